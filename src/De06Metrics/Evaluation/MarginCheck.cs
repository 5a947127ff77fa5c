using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Evaluation;

/// <summary>
/// A reported margin checked against a stored target: a report saying 88,8% "exceeds the target by 18,8 points"
/// implies a target of 70%, which a host can compare with the target it holds.
/// </summary>
/// <remarks>
/// Reports round the actual and the margin to the displayed decimals, so the implied target may be off by up to one
/// unit of the last displayed decimal (two half-units): the check <see cref="Agrees"/> when the discrepancy is within
/// that <see cref="Allowance"/>, <c>10^−DisplayDecimals</c>. Immutable and thread-safe.
/// </remarks>
public sealed class MarginCheck
{
    private MarginCheck(Indicator indicator, Goal goal, decimal actual, decimal reportedMargin)
    {
        Indicator = indicator;
        Goal = goal;
        Actual = actual;
        ReportedMargin = reportedMargin;
        ImpliedTarget = Implied(indicator, actual, reportedMargin, nameof(reportedMargin));
        try
        {
            Discrepancy = ImpliedTarget - goal.Value;
        }
        catch (OverflowException e)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"The target implied by actual {actual} and margin {reportedMargin} for indicator '{indicator.Code}', {ImpliedTarget}, differs from the stored target {goal.Value} by more than the range of decimal (±7,9 × 10^28): the discrepancy cannot be computed."),
                nameof(reportedMargin),
                e);
        }

        Allowance = 1m / Pow10(indicator.DisplayDecimals);
    }

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>The stored goal.</summary>
    public Goal Goal { get; }

    /// <summary>The reported actual.</summary>
    public decimal Actual { get; }

    /// <summary>The reported margin, positive when better than the target.</summary>
    public decimal ReportedMargin { get; }

    /// <summary>The target the report implies: actual − margin (actual + margin when lower is better).</summary>
    public decimal ImpliedTarget { get; }

    /// <summary>The stored target.</summary>
    public decimal StoredTarget => Goal.Value;

    /// <summary>Implied minus stored target.</summary>
    /// <remarks>Computed when the check is made: a discrepancy beyond decimal's range is refused by <see cref="Check"/>.</remarks>
    public decimal Discrepancy { get; }

    /// <summary>The discrepancy that display rounding explains: one unit of the last displayed decimal.</summary>
    public decimal Allowance { get; }

    /// <summary>Whether the report agrees with the stored target, within <see cref="Allowance"/>.</summary>
    public bool Agrees => Math.Abs(Discrepancy) <= Allowance;

    /// <summary>
    /// The target implied by an actual and a margin signed positive when better: 88,8% with a margin of
    /// +18,8 points implies 70%; for lower-is-better, 3% with a margin of +2 points implies at most 5%.
    /// </summary>
    /// <param name="indicator">The indicator, whose polarity gives the margin's sign.</param>
    /// <param name="actual">The actual.</param>
    /// <param name="margin">The margin, in the measure's difference unit.</param>
    /// <returns>The implied target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The indicator is within-band or yes/no, where a margin does not imply one target (<c>indicator</c>); or the
    /// implied target passes decimal's range (<c>margin</c>, with the values and the <see cref="OverflowException"/>
    /// as the inner exception).
    /// </exception>
    public static decimal ImpliedTargetOf(Indicator indicator, decimal actual, decimal margin)
    {
        EnsureOneSided(indicator, nameof(indicator));
        return Implied(indicator, actual, margin, nameof(margin));
    }

    /// <summary>Checks a reported actual and margin against a stored goal.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="goal">The stored at-least or at-most goal.</param>
    /// <param name="actual">The reported actual.</param>
    /// <param name="reportedMargin">The reported margin, positive when better.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The indicator is within-band or yes/no, or the goal does not fit it; or the implied target, or its discrepancy
    /// with the stored target, passes decimal's range (<c>reportedMargin</c>, with the values): such a report cannot be
    /// checked, and refusing it here means <see cref="Discrepancy"/> and <see cref="Agrees"/> never throw.
    /// </exception>
    public static MarginCheck Check(Indicator indicator, Goal goal, decimal actual, decimal reportedMargin)
    {
        EnsureOneSided(indicator, nameof(indicator));
        GoalRules.EnsureFits(indicator, goal, nameof(goal));
        return new(indicator, goal, actual, reportedMargin);
    }

    /// <summary>
    /// Writes the check: "chỉ tiêu suy ra từ báo cáo (70%) khớp với chỉ tiêu đã lưu (70%)" /
    /// "the target implied by the report (70%) agrees with the stored target (70%)".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public string Describe(Language language) => EvaluationText.DescribeCheck(this, language);

    /// <summary>Writes the check in English.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => Describe(Language.English);

    private static void EnsureOneSided(Indicator indicator, string paramName)
    {
        ArgumentNullException.ThrowIfNull(indicator, paramName);
        if (indicator.Polarity == Polarity.WithinBand || indicator.Measure.Kind == MeasureKind.YesNo)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Indicator '{indicator.Code}' ({indicator.Polarity}, {indicator.Measure}) has no one-sided target that a margin could imply."),
                paramName);
        }
    }

    private static decimal Implied(Indicator indicator, decimal actual, decimal margin, string paramName)
    {
        try
        {
            return GoalRules.ImpliedTarget(indicator.Polarity, actual, margin);
        }
        catch (OverflowException e)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"The target implied by actual {actual} and margin {margin} for indicator '{indicator.Code}' ({indicator.Polarity}) passes the range of decimal (±7,9 × 10^28)."),
                paramName,
                e);
        }
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
