using System.Globalization;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;

namespace De06Metrics.Growth;

/// <summary>
/// A figure set against the milestone of its year on a <see cref="Trajectory"/>: "đạt 72,5%, trên mốc 72,0% của lộ
/// trình năm 2022, đúng lộ trình". The gap is the figure less the milestone; the status reads it in the indicator's
/// better direction, so that 12% against a milestone of 10% is off track when lower is better.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TrajectoryCheck
{
    internal TrajectoryCheck(Trajectory trajectory, ReportingPeriod period, decimal actual, TrajectoryMilestone milestone)
    {
        Trajectory = trajectory;
        Period = period;
        Actual = actual;
        Milestone = milestone;
        Gap = actual - milestone.Value;
        Status = GrowthMath.Meets(actual, milestone.Value, trajectory.BetterSign) ? TrajectoryStatus.OnTrack : TrajectoryStatus.OffTrack;
    }

    /// <summary>The trajectory the figure is checked against.</summary>
    public Trajectory Trajectory { get; }

    /// <summary>The period of the figure.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The figure.</summary>
    public decimal Actual { get; }

    /// <summary>The milestone of the period's year.</summary>
    public TrajectoryMilestone Milestone { get; }

    /// <summary>
    /// <see cref="Actual"/> − the milestone's value, in the indicator's unit (percentage points for a rate):
    /// positive above the milestone, negative below it, whichever direction is better.
    /// </summary>
    public decimal Gap { get; }

    /// <summary>On track when the figure is at the milestone or beyond it in the better direction; off track otherwise.</summary>
    public TrajectoryStatus Status { get; }

    /// <summary>The rule that set the milestones (the trajectory's method).</summary>
    public TrajectoryMethod Method => Trajectory.Method;

    /// <summary>The indicator's polarity, which decided the status.</summary>
    public Polarity Polarity => Trajectory.Indicator.Polarity;

    /// <summary>
    /// Writes the check: "ở mức 72,5%, cao hơn mốc lộ trình năm 2022 (72,0%), đúng lộ trình"; "72.5%, above the 2022
    /// trajectory milestone of 72.0%, on track". The values use the indicator's display decimals.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence, without a full stop.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var indicator = Trajectory.Indicator;
        var position = Gap > 0m ? Phrase.TrajectoryAbove : Gap < 0m ? Phrase.TrajectoryBelow : Phrase.TrajectoryAt;
        var where = language.Format(
            position,
            indicator.FormatValue(Actual, language),
            indicator.FormatValue(Milestone.Value, language),
            Milestone.Year.ToString(CultureInfo.InvariantCulture));
        var status = language[Status == TrajectoryStatus.OnTrack ? Phrase.TrajectoryOnTrack : Phrase.TrajectoryOffTrack];
        return language.Format(Phrase.TrajectorySentence, where, status);
    }

    /// <summary>Writes the check in English.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => Describe(Language.English);
}
