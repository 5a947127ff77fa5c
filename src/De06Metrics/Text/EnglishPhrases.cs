namespace De06Metrics.Text;

// The switch names every key and has no default arm: a key missing here is CS8509, an error. CS8524 (a value outside
// the named keys) cannot happen for a key the library passes.
#pragma warning disable CS8524

/// <summary>English words.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class EnglishPhrases : IPhraseBook
{
    /// <summary>The one instance.</summary>
    public static EnglishPhrases Instance { get; } = new();

    private EnglishPhrases()
    {
    }

    /// <inheritdoc />
    public string this[Phrase phrase] => phrase switch
    {
        // General words several layers use.
        Phrase.NoData => "no data",
        Phrase.Meaningful => "meaningful",
        Phrase.Yes => "yes",
        Phrase.No => "no",


        // Why a figure is not meaningful (NotMeaningfulReason).
        Phrase.ReasonZeroTarget => "the target is zero",
        Phrase.ReasonNegativeTarget => "the target is negative",
        Phrase.ReasonZeroActual => "the actual is zero and lower is better",
        Phrase.ReasonNegativeActual => "the actual is negative and lower is better",
        Phrase.ReasonTargetEqualsBaseline => "the target equals the baseline",
        Phrase.ReasonTargetBehindBaseline => "the target is worse than the baseline",
        Phrase.ReasonNotDefinedForTargetKind => "not defined for this kind of target",
        Phrase.ReasonZeroBase => "the base value is zero",
        Phrase.ReasonSignChange => "the base and the compared value have opposite signs",
        Phrase.ReasonOutOfRange => "the result is too large to represent",
        Phrase.ReasonMissingBase => "there is no value for the base period",
        Phrase.ReasonUnitsChanged => "the unit changed (merged, split, abolished or a function moved) between the two periods and the base was not restated",
        Phrase.ReasonMergedBaseIncomplete => "one of the units that make up this one has no figure for the base period",
        Phrase.ReasonBaseWithoutParts => "the merged units' base figures have no numerator and denominator, and rates are never averaged",
        Phrase.ReasonBaseDoesNotCombine => "the indicator's figures do not combine across units",
        Phrase.ReasonBaseCannotBeApportioned => "the split unit's base figure cannot be divided by shares",
        Phrase.ReasonBaseNotCarried => "the base figure belongs to a unit abolished or split, and passes to no unit",
        Phrase.ReasonRankFieldChanged => "the field of units ranked changed between the two periods, and a rank is not restated",


        // Measures: units of measure and value labels.
        Phrase.DifferencePercentagePointsOne => "{0} percentage point",
        Phrase.DifferencePercentagePointsOther => "{0} percentage points",
        Phrase.DifferenceScorePointsOne => "{0} point",
        Phrase.DifferenceScorePointsOther => "{0} points",
        Phrase.DifferencePlacesOne => "{0} place",
        Phrase.DifferencePlacesOther => "{0} places",
        Phrase.RankPositionNotWhole => "{0}",
        Phrase.CurrencyVnd => "đồng",
        Phrase.MoneyInUnits => "{2} {0}",
        Phrase.MoneyInThousands => "{2} {0} thousand",
        Phrase.MoneyInMillions => "{2} {0} million",
        Phrase.MoneyInBillions => "{2} {0} billion",
        Phrase.MoneyInTrillions => "{2} {0} trillion",


        // Periods: labels, month names, dates.
        Phrase.PeriodYear => "{0}",
        Phrase.PeriodFirstHalf => "H1 {0}",
        Phrase.PeriodSecondHalf => "H2 {0}",
        Phrase.PeriodQuarter1 => "Q1 {0}",
        Phrase.PeriodQuarter2 => "Q2 {0}",
        Phrase.PeriodQuarter3 => "Q3 {0}",
        Phrase.PeriodQuarter4 => "Q4 {0}",
        Phrase.PeriodMonth => "{1} {2}",
        Phrase.PeriodMonthsToDateOne => "{0} month to {1} {2}",
        Phrase.PeriodMonthsToDateOther => "{0} months to {1} {2}",
        Phrase.PeriodYearToDate => "Year to {0}",
        Phrase.PeriodReportingMonth => "{0} ({1} – {2})",
        Phrase.PeriodRange => "{0} – {1}",
        Phrase.PeriodDate => "{0} {3} {2}",
        Phrase.PeriodDateShort => "{0} {3} {2}",
        Phrase.MonthJanuary => "January",
        Phrase.MonthFebruary => "February",
        Phrase.MonthMarch => "March",
        Phrase.MonthApril => "April",
        Phrase.MonthMay => "May",
        Phrase.MonthJune => "June",
        Phrase.MonthJuly => "July",
        Phrase.MonthAugust => "August",
        Phrase.MonthSeptember => "September",
        Phrase.MonthOctober => "October",
        Phrase.MonthNovember => "November",
        Phrase.MonthDecember => "December",
        Phrase.MonthShortJanuary => "Jan",
        Phrase.MonthShortFebruary => "Feb",
        Phrase.MonthShortMarch => "Mar",
        Phrase.MonthShortApril => "Apr",
        Phrase.MonthShortMay => "May",
        Phrase.MonthShortJune => "Jun",
        Phrase.MonthShortJuly => "Jul",
        Phrase.MonthShortAugust => "Aug",
        Phrase.MonthShortSeptember => "Sep",
        Phrase.MonthShortOctober => "Oct",
        Phrase.MonthShortNovember => "Nov",
        Phrase.MonthShortDecember => "Dec",


        // Evaluation: verdicts, statuses, bands, schedule.
        Phrase.EvaluationSentence => "{0}, {1}{3}",
        Phrase.EvaluationNoData => "no data ({0})",
        Phrase.EvaluationGoalClause => "target: {0}",
        Phrase.EvaluationGoalClauseYesNo => "target: {0}",
        Phrase.EvaluationAttainment => " ({0} of the target)",
        Phrase.EvaluationActualRank => "{0}",
        Phrase.EvaluationActualHigherIsBetter => "{0}",
        Phrase.EvaluationActualLowerIsBetter => "{0}",
        Phrase.EvaluationGoalAtLeast => "at least {0}",
        Phrase.EvaluationGoalAtMost => "at most {0}",
        Phrase.EvaluationGoalRange => "{0} to {1}",
        Phrase.EvaluationGoalExactWithinTolerance => "{0} ± {1}",
        Phrase.EvaluationTargetNamedByValue => "the {0} target",
        Phrase.EvaluationTargetOfValue => "the target of {0}",
        Phrase.EvaluationMaximumNamedByValue => "the {0} maximum",
        Phrase.EvaluationMaximumOfValue => "the maximum of {0}",
        Phrase.EvaluationTargetRangeOf => "the target range of {0}",
        Phrase.VerdictYesNoMet => "meets the target of {0}",
        Phrase.VerdictYesNoNotMet => "does not meet the target of {0}",
        Phrase.VerdictAtLeastExceeded => "{0} above {1}",
        Phrase.VerdictAtLeastNotMet => "{0} short of {1}",
        Phrase.VerdictAtMostExceeded => "{0} below {1}",
        Phrase.VerdictAtMostNotMet => "{0} above {1}",
        Phrase.VerdictBandNotMetBelow => "{0} below {1}",
        Phrase.VerdictBandNotMetAbove => "{0} above {1}",
        Phrase.VerdictOnTarget => "meets {1}",
        Phrase.VerdictOnBand => "within {1}",
        Phrase.VerdictMetAboveTarget => "meets {1} within the tolerance of {3} ({0} above)",
        Phrase.VerdictMetBelowTarget => "meets {1} within the tolerance of {3} ({0} below)",
        Phrase.VerdictMetBelowMaximum => "meets {1} within the tolerance of {3} ({0} below)",
        Phrase.VerdictMetAboveMaximum => "meets {1} within the tolerance of {3} ({0} above)",
        Phrase.VerdictMetBelowBand => "meets {1} within the tolerance of {3} ({0} below)",
        Phrase.VerdictMetAboveBand => "meets {1} within the tolerance of {3} ({0} above)",
        Phrase.VerdictWithinTolerance => "",
        Phrase.RuleAtLeast => "exceeded when above the {0} target, met when equal to it, not met when below it",
        Phrase.RuleAtLeastWithTolerance => "exceeded when more than {1} above the {0} target, met when within {1} of it, not met when more than {1} below it",
        Phrase.RuleAtMost => "exceeded when below the {0} maximum, met when equal to it, not met when above it",
        Phrase.RuleAtMostWithTolerance => "exceeded when more than {1} below the {0} maximum, met when within {1} of it, not met when more than {1} above it",
        Phrase.RuleBand => "met when within {0}, not met outside it; never exceeded",
        Phrase.RuleBandWithTolerance => "met when within {0} or no more than {1} outside it, not met when further; never exceeded",
        Phrase.RuleYesNo => "met when the answer is \"{0}\", not met otherwise",
        Phrase.RuleBandScheme => "; banded by {0}",
        Phrase.RatioNotMeaningful => "not meaningful: {0}",
        Phrase.BaselineProgressNotMeaningful => "progress from the baseline is not meaningful: {0}",
        Phrase.BaselineProgress => "{0} of the way from the baseline of {1} to the target of {2}{3}",
        Phrase.BaselineProgressWorseThanBaseline => ", worse than the baseline",
        Phrase.BaselineProgressPastTarget => ", past the target",
        Phrase.BandSchemeTrafficLight => "Traffic lights by attainment",
        Phrase.BandSchemeMicrosoftKpi => "Microsoft-style KPI status",
        Phrase.BandSchemeOkr => "OKR grade",
        Phrase.BandRed => "Red",
        Phrase.BandAmber => "Amber",
        Phrase.BandYellow => "Yellow",
        Phrase.BandGreen => "Green",
        Phrase.BandBad => "Bad",
        Phrase.BandNeutral => "Neutral",
        Phrase.BandGood => "Good",
        Phrase.BandByStatus => "{0} (by status; {1})",
        Phrase.BandByScore => "{0} ({1}{2})",
        Phrase.BandAttainment => "attainment {0}",
        Phrase.BandStatusScore => "status score {0}",
        Phrase.BandGrade => "grade {0}",
        Phrase.BandOutsideScale => ", outside the scale",
        Phrase.ScheduleDay => "day {0} of {1}",
        Phrase.ScheduleNoData => "no data as of {0} ({1} planned, {2})",
        Phrase.ScheduleActual => "{3} as of {0} against {1} planned ({2}); ",
        Phrase.ScheduleBehindLessThanADay => "less than a day behind schedule",
        Phrase.ScheduleBehindOne => "{0} day behind schedule",
        Phrase.ScheduleBehindOther => "{0} days behind schedule",
        Phrase.ScheduleShortOfPlan => ", {0} short of the plan",
        Phrase.ScheduleAbovePlan => ", {0} above the plan",
        Phrase.ScheduleTargetReached => "the target for the whole period is already reached",
        Phrase.ScheduleReachedEarlyOne => ", at least {0} day ahead of schedule",
        Phrase.ScheduleReachedEarlyOther => ", at least {0} days ahead of schedule",
        Phrase.ScheduleAheadOne => "{0} day ahead of schedule",
        Phrase.ScheduleAheadOther => "{0} days ahead of schedule",
        Phrase.ScheduleAheadOfPlan => ", {0} ahead of the plan",
        Phrase.ScheduleBelowPlan => ", {0} below the plan",
        Phrase.ScheduleOnSchedule => "on schedule",
        Phrase.MarginCheckAgrees => "the target implied by the report ({0}) agrees with the stored target ({1})",
        Phrase.MarginCheckDisagrees => "the target implied by the report ({0}) does not agree with the stored target ({1}): {2}",
        Phrase.StatusExceeded => "Exceeded",
        Phrase.StatusMet => "Met",
        Phrase.StatusNotMet => "Not met",
        Phrase.StatusNoData => "No data",
        Phrase.StatusInvalid => "Invalid",
        Phrase.StatusNoTarget => "No target",
        Phrase.GoalAtLeast => "≥ {0}",
        Phrase.GoalAtMost => "≤ {0}",
        Phrase.GoalRange => "{0} – {1}",
        Phrase.GoalExact => "= {0}",
        Phrase.GoalExactWithinTolerance => "= {0} ± {1}",


        // Growth: changes, growth rates, progress, trends.


        // Ranking: ranks, places, movements.


        // Composite indices.
        Phrase.CompositeNotComputed => "{0}: {1} not computed: {2}.",
        Phrase.CompositeComputed => "{0}: {1} = {2}{3} ({4} of {5} of {6} indicators, {7}{8}).",
        Phrase.CompositeWeightsRenormalised => "; weights renormalised over the indicators with data",
        Phrase.CompositeIndexDefinition => "{0}: {1}, {2}, requiring {3}",
        Phrase.AggregationArithmetic => "weighted arithmetic mean",
        Phrase.AggregationGeometric => "weighted geometric mean",
        Phrase.AggregationHarmonic => "weighted harmonic mean",
        Phrase.NormalisationMinMax => "min-max normalised onto [{0}, {1}]",
        Phrase.NormalisationZScore => "z-scores (mean {0}, standard deviation {1})",
        Phrase.NormalisationPercentileRank => "percentile ranks on a 0–100 scale (PERCENTRANK.INC × 100)",
        Phrase.NormalisationDistanceCapped => "distance to target on a 0–100 scale, capped at 100 once the target is reached (part of the method)",
        Phrase.NormalisationDistanceUncapped => "distance to target on a 0–100 scale, uncapped (passing the target gives more than 100)",
        Phrase.NotNormalisableNoValues => "no unit has a value for this indicator",
        Phrase.NotNormalisableMinMaxAllEqual => "every unit has the same value {0}, so min-max is undefined (max − min = 0)",
        Phrase.NotNormalisablePercentileOneValue => "a percentile rank needs at least two values; there is one",
        Phrase.NotNormalisablePercentileAllEqual => "every unit has the same value {0}, so percentile ranks tell no unit apart",
        Phrase.NotNormalisableZScoreOneValue => "a standard deviation needs at least two values; there is one",
        Phrase.NotNormalisableZScoreAllEqual => "every unit has the same value {0}, so the standard deviation is 0",
        Phrase.NotNormalisableTargetNotBelowHighest => "the target {0} is not below the highest value {1}, so max − target ≤ 0",
        Phrase.NotNormalisableTargetNotAboveLowest => "the target {0} is not above the lowest value {1}, so target − min ≤ 0",
        Phrase.CompositeNoDataForAnyIndicator => "no data for any of its indicators",
        Phrase.CompositeNoValueNormalisable => "none of its values could be normalised",
        Phrase.CompositeUsedWeightsZero => "the indicators it has data for all weigh 0",
        Phrase.CompositeBelowMinimumCoverage => "usable data for only {0} of {1} indicators ({2} of the indicators, {3} of the weight), below the minimum of {4}",
        Phrase.CompositeNeedsPositiveValues => "the {0} needs positive normalised values, but {1} is normalised to {2}; normalise onto a positive range (such as min-max onto [1, 100]) or use the arithmetic mean",
        Phrase.ContributionMissing => ": no data; its weight {0} is shared among the other indicators",
        Phrase.ContributionNotUsed => ": {0} not used: {1}",
        Phrase.ContributionCapped => " (uncapped {0}; capped at 100 by the method)",
        Phrase.ContributionWeight => "; weight {0} (nominal {1})",
        Phrase.ContributionTermArithmetic => "; contribution {0}",
        Phrase.ContributionTermGeometric => "; factor {0}",
        Phrase.ContributionTermHarmonic => "; term w/x {0}",
        Phrase.CoverageAnyData => "data for at least one indicator",
        Phrase.CoverageShareOfWeight => "at least {0} of the total weight",
        Phrase.CoverageShareOfIndicators => "at least {0} of the indicators",


        // Scoring sheets and ratings.
        Phrase.RuleMissing => "no data → not scored (missing data is not zero)",
        Phrase.RuleMissingScoredZero => "no data → 0 of {0} points (under the option 'missing data scores zero')",
        Phrase.RuleNotScored => "{0} cannot be scored: {1}",
        Phrase.RuleUncapped => "; uncapped {0}",
        Phrase.RuleUncappedUndefinedAtZero => "; uncapped: undefined at a value of 0",
        Phrase.RuleWithinThresholdFull => "{0} is within the threshold {1} → full {2} points (capped linear: full points while within the threshold{3})",
        Phrase.RuleReachesThresholdFull => "{0} reaches the threshold {1} → full {2} points (capped linear: full points once the threshold is reached{3})",
        Phrase.RuleExceedsThreshold => "{0} exceeds the threshold {1} → {2} × {3} / {4} = {5} of {6} points",
        Phrase.RuleBelowThreshold => "{0} is below the threshold {1} → {2} × {3} / {4} = {5} of {6} points",
        Phrase.RuleBandReached => "{0} {1} {2} → {3} of {4} points (bands)",
        Phrase.RuleNoBandReached => "{0} reaches no band (the last is {1} {2}) → {3} of {4} points",
        Phrase.RuleFractionScored => "{0} → {1} × {2} = {3} of {4} points (fraction of maximum)",
        Phrase.RuleNegativeLinear => "a negative value has no points under a linear rule",
        Phrase.RuleOutsideScale => "{0} lies outside the scale from 0 to {1}",
        Phrase.RuleCappedLinearLower => "capped linear (lower is better): full {1} points up to {0}, above it {1} × {0} / value",
        Phrase.RuleCappedLinearHigher => "capped linear: full {1} points from {0}, below it value × {1} / {0}",
        Phrase.RuleBands => "bands: {0}; otherwise → {1} points",
        Phrase.RuleFractionLower => "fraction of maximum (lower is better): ({0} − value) / {0} × {1} points",
        Phrase.RuleFractionHigher => "fraction of maximum: value / {0} × {1} points",
        Phrase.GroupComplete => "{0}: {1} of {2} points",
        Phrase.GroupIncomplete => "{0}: {1} of {2} points, incomplete: {3} sub-indicator(s) not scored (worth up to {4} points)",
        Phrase.SheetScoredZeroForMissing => " (including {0} sub-indicator(s) without data scored 0 under the option 'missing data scores zero')",
        Phrase.SheetIncomplete => "{0}{1} incomplete: {2} of {3} points from the sub-indicators scored; {4} not scored (worth up to {5} points){6}; not rated.",
        Phrase.SheetRated => " — rated {0} ({1})",
        Phrase.SheetNoRatingScale => " — no rating scale",
        Phrase.SheetTotal => "{0}{1} {2} of {3} points{4}{5}.",
        Phrase.SheetDefinition => "{0}: {1} points ({2}); {3}",
        Phrase.SheetNoRating => "no rating",
        Phrase.RatingGood => "Good",
        Phrase.RatingFair => "Fair",
        Phrase.RatingAverage => "Average",
        Phrase.RatingPoor => "Poor",
        Phrase.RatingScaleCutOffs => "Good from {0}, Fair from {1}, Average from {2}, Poor below {2}; {3}",
        Phrase.RatingScaleSetByUser => "cut-offs set by the user",


        // Timeline: successions and restated figures.


        // Scorecards: rows, narrative, lagging report.


        // Reporting: charts and the notebook views.


        // The de06 command's report: headings, columns, legends.
    };

    /// <inheritdoc />
    public bool IsSingular(decimal count) => count == 1m;

    /// <inheritdoc />
    public string Ordinal(string number, long value) => number + ((value % 100) is 11 or 12 or 13
        ? "th"
        : (value % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        });
}
