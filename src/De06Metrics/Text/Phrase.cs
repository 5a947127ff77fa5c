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
    ScorecardSentence,
    ScorecardRankSentence,
    ScorecardRanked,
    ScorecardAsOf,
    ScorecardDate,
    ScorecardChangeOn,
    ScorecardLeadUnit,
    ScorecardNotYetInForce,
    ScorecardAssignedNow,
    ScorecardAssignedTo,
    ScorecardSplitInto,
    ScorecardAbolished,
    ScorecardSplit,
    ScorecardNoLongerInForce,
    ScorecardGoneWithoutSuccessor,
    ScorecardWith,
    ScorecardNoLongerCoordinating,
    ScorecardNothingLags,
    LaggingNoData,
    LaggingNotMet,
    LaggingBehindSchedule,
    LaggingDeclining,


    // Reporting: charts and the notebook views.


    // The de06 command's report: headings, columns, legends.
    ReportTitle,
    ReportAsOfNote,
    ReportComparedWithNote,
    ReportDate,
    ReportLaggingHeading,
    ReportStatusBehindSchedule,
    ReportColumnCode,
    ReportColumnIndicator,
    ReportColumnUnit,
    ReportColumnActual,
    ReportColumnAsOf,
    ReportColumnTarget,
    ReportColumnMargin,
    ReportColumnStatus,
    ReportColumnChange,
    ReportColumnLead,
}
