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
    DifferencePercentagePointsOne,
    DifferencePercentagePointsOther,
    DifferenceScorePointsOne,
    DifferenceScorePointsOther,
    DifferencePlacesOne,
    DifferencePlacesOther,
    RankPositionNotWhole,
    CurrencyVnd,
    MoneyInUnits,
    MoneyInThousands,
    MoneyInMillions,
    MoneyInBillions,
    MoneyInTrillions,


    // Periods: labels, month names, dates.
    PeriodYear,
    PeriodFirstHalf,
    PeriodSecondHalf,
    PeriodQuarter1,
    PeriodQuarter2,
    PeriodQuarter3,
    PeriodQuarter4,
    PeriodMonth,
    PeriodMonthsToDateOne,
    PeriodMonthsToDateOther,
    PeriodYearToDate,
    PeriodReportingMonth,
    PeriodRange,
    PeriodDate,
    PeriodDateShort,
    MonthJanuary,
    MonthFebruary,
    MonthMarch,
    MonthApril,
    MonthMay,
    MonthJune,
    MonthJuly,
    MonthAugust,
    MonthSeptember,
    MonthOctober,
    MonthNovember,
    MonthDecember,
    MonthShortJanuary,
    MonthShortFebruary,
    MonthShortMarch,
    MonthShortApril,
    MonthShortMay,
    MonthShortJune,
    MonthShortJuly,
    MonthShortAugust,
    MonthShortSeptember,
    MonthShortOctober,
    MonthShortNovember,
    MonthShortDecember,


    // Evaluation: verdicts, statuses, bands, schedule.
    EvaluationSentence,
    EvaluationNoData,
    EvaluationGoalClause,
    EvaluationGoalClauseYesNo,
    EvaluationAttainment,
    EvaluationActualRank,
    EvaluationActualHigherIsBetter,
    EvaluationActualLowerIsBetter,
    EvaluationGoalAtLeast,
    EvaluationGoalAtMost,
    EvaluationGoalRange,
    EvaluationGoalExactWithinTolerance,
    EvaluationTargetNamedByValue,
    EvaluationTargetOfValue,
    EvaluationMaximumNamedByValue,
    EvaluationMaximumOfValue,
    EvaluationTargetRangeOf,
    VerdictYesNoMet,
    VerdictYesNoNotMet,
    VerdictAtLeastExceeded,
    VerdictAtLeastNotMet,
    VerdictAtMostExceeded,
    VerdictAtMostNotMet,
    VerdictBandNotMetBelow,
    VerdictBandNotMetAbove,
    VerdictOnTarget,
    VerdictOnBand,
    VerdictMetAboveTarget,
    VerdictMetBelowTarget,
    VerdictMetBelowMaximum,
    VerdictMetAboveMaximum,
    VerdictMetBelowBand,
    VerdictMetAboveBand,
    VerdictWithinTolerance,
    RuleAtLeast,
    RuleAtLeastWithTolerance,
    RuleAtMost,
    RuleAtMostWithTolerance,
    RuleBand,
    RuleBandWithTolerance,
    RuleYesNo,
    RuleBandScheme,
    RatioNotMeaningful,
    BaselineProgressNotMeaningful,
    BaselineProgress,
    BaselineProgressWorseThanBaseline,
    BaselineProgressPastTarget,
    BandSchemeTrafficLight,
    BandSchemeMicrosoftKpi,
    BandSchemeOkr,
    BandRed,
    BandAmber,
    BandYellow,
    BandGreen,
    BandBad,
    BandNeutral,
    BandGood,
    BandByStatus,
    BandByScore,
    BandAttainment,
    BandStatusScore,
    BandGrade,
    BandOutsideScale,
    ScheduleDay,
    ScheduleNoData,
    ScheduleActual,
    ScheduleBehindLessThanADay,
    ScheduleBehindOne,
    ScheduleBehindOther,
    ScheduleShortOfPlan,
    ScheduleAbovePlan,
    ScheduleTargetReached,
    ScheduleReachedEarlyOne,
    ScheduleReachedEarlyOther,
    ScheduleAheadOne,
    ScheduleAheadOther,
    ScheduleAheadOfPlan,
    ScheduleBelowPlan,
    ScheduleOnSchedule,
    MarginCheckAgrees,
    MarginCheckDisagrees,
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


    // The de06 command's report: headings, columns, legends.
}
