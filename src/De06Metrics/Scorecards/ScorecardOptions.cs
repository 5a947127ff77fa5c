using De06Metrics.Evaluation;
using De06Metrics.Growth;
using De06Metrics.Periods;
using De06Metrics.Timeline;
using NodaTime;

namespace De06Metrics.Scorecards;

/// <summary>How a scorecard is evaluated: the evaluation rules, which earlier period a change is measured against, and whether parents' values are derived from their children.</summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Default"/> compares with the same period last year ("cùng kỳ"), derives missing
/// parents' values, and compares units that changed on a restated base.
/// </remarks>
public sealed class ScorecardOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="evaluation">The tolerance and band scheme for target evaluation; <see langword="null"/> for <see cref="EvaluationOptions.Default"/>.</param>
    /// <param name="comparison">Which earlier period a change is measured against, when <paramref name="comparisonPeriod"/> is not given.</param>
    /// <param name="comparisonPeriod">An explicit earlier period to compare every row with (a report may compare Q1 2024 with the whole of 2023); <see langword="null"/> to follow <paramref name="comparison"/>.</param>
    /// <param name="deriveFromChildren">Whether a unit's value is derived from its children by the indicator's roll-up rule when it was not reported, and checked against them when it was.</param>
    /// <param name="narrative">The sentence templates; <see langword="null"/> for <see cref="NarrativeTemplates.Default"/>.</param>
    /// <param name="acrossUnitChanges">
    /// For a scorecard built on a <see cref="UnitTimeline"/>, how a unit that changed between the base period and the
    /// evaluated one (merged, split, a function moved) is compared: on a base restated into the later units (the
    /// default), or flagged as not comparable. A scorecard of one unit tree ignores it.
    /// </param>
    /// <param name="figures">
    /// Which figures each indicator shows and which earlier figures it is compared with: those of the evaluated period
    /// (the default), or each indicator's latest (see <see cref="FigureChoice"/>).
    /// </param>
    /// <param name="publishedOn">
    /// Evaluate the figures as published on this day: of a figure with several vintages, the latest published on or
    /// before it; a figure published after it is left out. <see langword="null"/> (the default) takes every figure's
    /// latest vintage. A figure without a publication date counts as published from the start.
    /// </param>
    /// <param name="requireNoteWhenNotMet">
    /// Whether every row with a target that is not met or exceeded (basically met, not met, no data) needs a note that
    /// explains it; the rows without one are listed by <see cref="ScorecardResult.RowsWithoutRequiredNote"/>.
    /// </param>
    /// <param name="acrossPeriodKinds">
    /// What to do with a comparison with a base of another kind (a quarter with a year): compare and flag the result
    /// (<see cref="PeriodKindMismatch.Flag"/>, the default, <see cref="ScorecardResult.ComparesAcrossPeriodKinds"/>),
    /// compare without a flag (<see cref="PeriodKindMismatch.Allow"/>), or not compare (<see cref="PeriodKindMismatch.Refuse"/>).
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="comparison"/>, <paramref name="acrossUnitChanges"/>, <paramref name="figures"/> or <paramref name="acrossPeriodKinds"/> is not defined.</exception>
    public ScorecardOptions(
        EvaluationOptions? evaluation = null,
        PeriodComparison comparison = PeriodComparison.SamePeriodLastYear,
        ReportingPeriod? comparisonPeriod = null,
        bool deriveFromChildren = true,
        NarrativeTemplates? narrative = null,
        UnitChangeComparison acrossUnitChanges = UnitChangeComparison.RestateBase,
        FigureChoice figures = FigureChoice.EvaluatedPeriod,
        LocalDate? publishedOn = null,
        bool requireNoteWhenNotMet = false,
        PeriodKindMismatch acrossPeriodKinds = PeriodKindMismatch.Flag)
    {
        if (!Enum.IsDefined(comparison))
        {
            throw new ArgumentOutOfRangeException(nameof(comparison), comparison, $"Comparison {(int)comparison} is not defined.");
        }

        if (!Enum.IsDefined(acrossUnitChanges))
        {
            throw new ArgumentOutOfRangeException(nameof(acrossUnitChanges), acrossUnitChanges, $"Comparison across unit changes {(int)acrossUnitChanges} is not defined.");
        }

        Evaluation = evaluation ?? EvaluationOptions.Default;
        Comparison = comparison;
        ComparisonPeriod = comparisonPeriod;
        DeriveFromChildren = deriveFromChildren;
        Narrative = narrative ?? NarrativeTemplates.Default;
        AcrossUnitChanges = acrossUnitChanges;
        AcrossPeriodKinds = Enum.IsDefined(acrossPeriodKinds)
            ? acrossPeriodKinds
            : throw new ArgumentOutOfRangeException(nameof(acrossPeriodKinds), acrossPeriodKinds, $"Comparison across period kinds {(int)acrossPeriodKinds} is not defined.");
        Figures = Enum.IsDefined(figures)
            ? figures
            : throw new ArgumentOutOfRangeException(nameof(figures), figures, $"Figure choice {(int)figures} is not defined.");
        PublishedOn = publishedOn;
        RequireNoteWhenNotMet = requireNoteWhenNotMet;
    }

    /// <summary>The day the figures are taken as published on, or <see langword="null"/> for every figure's latest vintage.</summary>
    public LocalDate? PublishedOn { get; }

    /// <summary>Whether every row whose target is not met or exceeded needs a note that explains it.</summary>
    public bool RequireNoteWhenNotMet { get; }

    /// <summary>Same period last year, values derived from children, default evaluation and sentences.</summary>
    public static ScorecardOptions Default { get; } = new();

    /// <summary>The tolerance and band scheme for target evaluation.</summary>
    public EvaluationOptions Evaluation { get; }

    /// <summary>Which earlier period a change is measured against, unless <see cref="ComparisonPeriod"/> is set.</summary>
    public PeriodComparison Comparison { get; }

    /// <summary>An explicit earlier period every row is compared with, or <see langword="null"/>.</summary>
    public ReportingPeriod? ComparisonPeriod { get; }

    /// <summary>Whether parents' values are derived from, and checked against, their children.</summary>
    public bool DeriveFromChildren { get; }

    /// <summary>The sentence templates.</summary>
    public NarrativeTemplates Narrative { get; }

    /// <summary>
    /// How a scorecard built on a <see cref="UnitTimeline"/> compares a unit that changed between the base period and
    /// the evaluated one: on a restated base (<see cref="UnitChangeComparison.RestateBase"/>, the default) or not at all.
    /// </summary>
    public UnitChangeComparison AcrossUnitChanges { get; }

    /// <summary>
    /// Which figures each indicator shows and which earlier figures it is compared with:
    /// <see cref="FigureChoice.EvaluatedPeriod"/> (the default) or <see cref="FigureChoice.LatestAvailable"/>.
    /// </summary>
    public FigureChoice Figures { get; }

    /// <summary>
    /// What is done with a comparison with a base of another kind (a quarter with a year): compared and flagged
    /// (<see cref="PeriodKindMismatch.Flag"/>, the default, <see cref="ScorecardResult.ComparesAcrossPeriodKinds"/>),
    /// compared without a flag (<see cref="PeriodKindMismatch.Allow"/>), or not compared, each row's change not
    /// meaningful (<see cref="PeriodKindMismatch.Refuse"/>).
    /// </summary>
    public PeriodKindMismatch AcrossPeriodKinds { get; }

    /// <summary>
    /// The base period the options name for a period: <see cref="ComparisonPeriod"/> when set, else the one
    /// <see cref="Comparison"/> names. Under <see cref="FigureChoice.LatestAvailable"/> an indicator without figures in
    /// it is compared with its latest earlier figures instead.
    /// </summary>
    /// <param name="period">The period evaluated.</param>
    /// <returns>The earlier period, or <see langword="null"/> when there is none in the supported range.</returns>
    public ReportingPeriod? BasePeriodFor(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (ComparisonPeriod is not null)
        {
            return ComparisonPeriod;
        }

        try
        {
            return Comparison == PeriodComparison.SamePeriodLastYear ? period.SamePeriodLastYear() : period.Previous();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
