using De06Metrics.Periods;
using De06Metrics.Text;

namespace De06Metrics.Scorecards;

/// <summary>
/// What every row of one evaluation shares: the period, the period compared with and its label, the options, and the
/// window of days the period's figures cover under the scorecard's closing rule.
/// </summary>
/// <param name="Period">The period evaluated.</param>
/// <param name="BasePeriod">The earlier period changes are measured against, if it exists.</param>
/// <param name="ComparedWith">The label of <paramref name="BasePeriod"/> ("cùng kỳ năm 2023"), if it exists.</param>
/// <param name="Options">The options of the evaluation.</param>
/// <param name="DataWindow">The window of <paramref name="Period"/> under the scorecard's closing rule, if it has one.</param>
internal sealed record RowContext(ReportingPeriod Period, ReportingPeriod? BasePeriod, LocalizedText? ComparedWith, ScorecardOptions Options, DataWindow? DataWindow = null)
{
    /// <summary>Whether the base is of another period kind and the options refuse to compare with it (<see cref="PeriodKindMismatch.Refuse"/>).</summary>
    public bool RefusesBase { get; } =
        Options.AcrossPeriodKinds == PeriodKindMismatch.Refuse && BasePeriod is { } basePeriod && basePeriod.Kind != Period.Kind;
}
