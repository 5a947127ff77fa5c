using De06Metrics.Measures;
using De06Metrics.Periods;

namespace De06Metrics.Scorecards;

/// <summary>
/// What a scorecard does when the period evaluated is compared with a base of another <see cref="PeriodKind"/> (the
/// first quarter of 2024 with the whole of 2023): a change between periods of different lengths misleads unless the
/// reader knows.
/// </summary>
public enum PeriodKindMismatch
{
    /// <summary>
    /// Compare, and flag the result (the default): the changes are computed, and
    /// <see cref="ScorecardResult.ComparesAcrossPeriodKinds"/> and <see cref="ScorecardResult.DescribeComparisonAcrossKinds"/>
    /// say the base is of another kind.
    /// </summary>
    Flag = 0,

    /// <summary>
    /// Compare without a flag, for a comparison the reader asked for (a report that sets a quarter against the previous
    /// year on purpose): the changes are computed and the result is not flagged.
    /// </summary>
    Allow = 1,

    /// <summary>
    /// Do not compare: each row compared with a base of another kind has a change that is not meaningful, with the
    /// reason <see cref="NotMeaningfulReason.PeriodKindMismatch"/> (<see cref="ScorecardRow.NotComparedReason"/>), and
    /// its sentence says so ("không so sánh quý I/2024 với năm 2023 vì khác loại kỳ báo cáo"); the result is not flagged,
    /// since nothing was compared.
    /// </summary>
    Refuse = 2,
}
