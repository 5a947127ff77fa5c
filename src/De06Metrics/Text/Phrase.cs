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
    ChangeComparedWith,
    ChangeUp,
    ChangeDown,
    ChangeUnchanged,
    ChangeRelativeOfRate,
    ChangeNotComputed,
    ChangePercentNotComputed,
    ChangeNoBasePeriod,
    ChangeNoBaseValue,
    // The base period's label: {0} the label, {1} its year.
    ChangeBaseSamePeriodLastYear,
    ChangeBaseLastYear,
    // A period label inside a sentence: {0} as labelled, {1} with a small initial.
    GrowthPeriodInSentence,
    // A date in a sentence: {0} day/month/year in figures, {1} with the month's name.
    GrowthDate,
    GrowthRateUp,
    GrowthRateDown,
    GrowthRateUnchanged,
    GrowthRateNotComputed,
    ProgressAchieved,
    ProgressOnTrack,
    ProgressAccelerationNeeded,
    ProgressLimited,
    ProgressDeterioration,
    ProgressUnassessable,
    ProgressAchievedSentence,
    ProgressUnassessableSentence,
    ProgressSentence,
    ProgressRatio,
    ProgressRatioUndefined,
    TrendGood,
    TrendFair,
    TrendPoor,
    TrendUnassessable,
    TrendSentence,
    TrendUnassessableSentence,
    TrendSpan,
    ProjectionMeetsTarget,
    ProjectionShortOfTarget,
    TrendMethodLeastSquares,
    TrendMethodLinearRecencyWeights,
    TrendMethodGeometricRecencyWeights,
    TrendMethodMeanOfLastChanges,


    // Ranking: ranks, places, movements.
    RankPlaceOne,
    RankPlaceOther,
    RankUp,
    RankDown,
    RankUpWithRanks,
    RankDownWithRanks,
    RankUnchanged,
    RankUnchangedAt,
    // {0}, {1} the ranks as x/N; {2}, {4} the positions as ordinals; {3}, {5} the field sizes; {6} why.
    RankNotComparable,
    RankFieldsDifferInSize,
    RankFieldChanged,
    // {0} the rank as x/N; {1} the position as an ordinal; {2} the field size.
    RankInField,
    RankEntered,
    RankLeft,


    // Composite indices.


    // Scoring sheets and ratings.


    // Timeline: successions and restated figures.
    TimelineRestatedLabel,
    TimelineBaseAsReported,
    TimelineBaseRestated,
    TimelineBaseNotComparable,
    TimelineSourceShare,
    TimelineSourceSeparator,


    // Scorecards: rows, narrative, lagging report.


    // Reporting: charts and the notebook views.


    // The de06 command's report: headings, columns, legends.
}
