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
    CompositeNotComputed,
    CompositeComputed,
    CompositeWeightsRenormalised,
    CompositeIndexDefinition,
    AggregationArithmetic,
    AggregationGeometric,
    AggregationHarmonic,
    NormalisationMinMax,
    NormalisationZScore,
    NormalisationPercentileRank,
    NormalisationDistanceCapped,
    NormalisationDistanceUncapped,
    NotNormalisableNoValues,
    NotNormalisableMinMaxAllEqual,
    NotNormalisablePercentileOneValue,
    NotNormalisablePercentileAllEqual,
    NotNormalisableZScoreOneValue,
    NotNormalisableZScoreAllEqual,
    NotNormalisableTargetNotBelowHighest,
    NotNormalisableTargetNotAboveLowest,
    CompositeNoDataForAnyIndicator,
    CompositeNoValueNormalisable,
    CompositeUsedWeightsZero,
    CompositeBelowMinimumCoverage,
    CompositeNeedsPositiveValues,
    ContributionMissing,
    ContributionNotUsed,
    ContributionCapped,
    ContributionWeight,
    ContributionTermArithmetic,
    ContributionTermGeometric,
    ContributionTermHarmonic,
    CoverageAnyData,
    CoverageShareOfWeight,
    CoverageShareOfIndicators,


    // Scoring sheets and ratings.
    RuleMissing,
    RuleMissingScoredZero,
    RuleNotScored,
    RuleUncapped,
    RuleUncappedUndefinedAtZero,
    RuleWithinThresholdFull,
    RuleReachesThresholdFull,
    RuleExceedsThreshold,
    RuleBelowThreshold,
    RuleBandReached,
    RuleNoBandReached,
    RuleFractionScored,
    RuleNegativeLinear,
    RuleOutsideScale,
    RuleCappedLinearLower,
    RuleCappedLinearHigher,
    RuleBands,
    RuleFractionLower,
    RuleFractionHigher,
    GroupComplete,
    GroupIncomplete,
    SheetScoredZeroForMissing,
    SheetIncomplete,
    SheetRated,
    SheetNoRatingScale,
    SheetTotal,
    SheetDefinition,
    SheetNoRating,
    RatingGood,
    RatingFair,
    RatingAverage,
    RatingPoor,
    RatingScaleCutOffs,
    RatingScaleSetByUser,


    // Timeline: successions and restated figures.


    // Scorecards: rows, narrative, lagging report.


    // Reporting: charts and the notebook views.


    // The de06 command's report: headings, columns, legends.
}
