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


        // Periods: labels, month names, dates.


        // Evaluation: verdicts, statuses, bands, schedule.
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
