namespace De06Metrics.Text;

/// <summary>
/// The key of every phrase a <see cref="IPhraseBook"/> holds, grouped by the layer that writes it. The English
/// template of each key is its documentation; <see cref="EnglishPhrases"/> and <see cref="VietnamesePhrases"/> hold
/// the words.
/// </summary>
/// <remarks>Keys are named for what the phrase says, not for its words, so that a change of wording keeps its key.</remarks>
internal enum Phrase
{
    // General words several layers use.
    NoData,
    Meaningful,
    Yes,
    No,


    // Why a figure is not meaningful (NotMeaningfulReason).
    ReasonZeroTarget,
    ReasonNegativeTarget,
    ReasonZeroActual,
    ReasonNegativeActual,
    ReasonTargetEqualsBaseline,
    ReasonTargetBehindBaseline,
    ReasonNotDefinedForTargetKind,
    ReasonZeroBase,
    ReasonSignChange,
    ReasonOutOfRange,
    ReasonMissingBase,
    ReasonUnitsChanged,
    ReasonMergedBaseIncomplete,
    ReasonBaseWithoutParts,
    ReasonBaseDoesNotCombine,
    ReasonBaseCannotBeApportioned,
    ReasonBaseNotCarried,
    ReasonRankFieldChanged,


    // Measures: units of measure and value labels.


    // Periods: labels, month names, dates.


    // Evaluation: verdicts, statuses, bands, schedule.
    StatusExceeded,
    StatusMet,
    StatusNotMet,
    StatusNoData,
    StatusInvalid,
    StatusNoTarget,
    GoalAtLeast,
    GoalAtMost,
    GoalRange,
    GoalExact,
    GoalExactWithinTolerance,


    // Growth: changes, growth rates, progress, trends.


    // Ranking: ranks, places, movements.


    // Composite indices.


    // Scoring sheets and ratings.


    // Timeline: successions and restated figures.


    // Scorecards: rows, narrative, lagging report.


    // Reporting: charts and the notebook views.
    ViewIndicator,
    ViewUnit,
    ViewValue,
    ViewTarget,
    ViewStatus,
    ViewChange,
    ViewMargin,
    ViewInWords,
    ViewRank,
    ViewUnranked,
    ViewNothingLags,
    ViewRowCaption,
    ViewRankChange,
    ChartResultsAgainstTargets,
    ChartTitleForPeriod,
    ChartTarget,
    ChartRankMovement,
    ChartBefore,
    ChartNow,


    // The de06 command's report: headings, columns, legends.
}
