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
        Phrase.ChangeComparedWith => " on {0}",
        Phrase.ChangeUp => "up {0}{1}",
        Phrase.ChangeDown => "down {0}{1}",
        Phrase.ChangeUnchanged => "unchanged{0}",
        Phrase.ChangeRelativeOfRate => "{0} (relative)",
        Phrase.ChangeNotComputed => "the change{0} cannot be computed because {1}",
        Phrase.ChangePercentNotComputed => "the percent change{0} cannot be computed because {1}",
        Phrase.ChangeNoBasePeriod => "there is no base period to compare with",
        Phrase.ChangeNoBaseValue => "no value for {0} to compare with",
        Phrase.ChangeBaseSamePeriodLastYear => "{0}",
        Phrase.ChangeBaseLastYear => "{0}",
        Phrase.GrowthPeriodInSentence => "{0}",
        Phrase.GrowthDate => "{1}",
        Phrase.GrowthRateUp => "up {0} a year on average",
        Phrase.GrowthRateDown => "down {0} a year on average",
        Phrase.GrowthRateUnchanged => "unchanged",
        Phrase.GrowthRateNotComputed => "the average annual growth cannot be computed because {0}",
        Phrase.ProgressAchieved => "Target achieved",
        Phrase.ProgressOnTrack => "On track",
        Phrase.ProgressAccelerationNeeded => "Acceleration needed",
        Phrase.ProgressLimited => "Limited progress",
        Phrase.ProgressDeterioration => "Deterioration",
        Phrase.ProgressUnassessable => "Cannot be assessed",
        Phrase.ProgressAchievedSentence => "{0}: {1} against a target of {2}",
        Phrase.ProgressUnassessableSentence => "Progress cannot be assessed because {1}",
        Phrase.ProgressSentence => "{0}: {1} a year since {2}, against {3} a year needed to reach {4} by {5} ({6})",
        Phrase.ProgressRatio => "R = {0}",
        Phrase.ProgressRatioUndefined => "R is undefined because {0}",
        Phrase.TrendGood => "Good trend",
        Phrase.TrendFair => "Fair trend",
        Phrase.TrendPoor => "Poor trend",
        Phrase.TrendUnassessable => "Trend cannot be assessed",
        Phrase.TrendSentence => "{0}: {1}{2}",
        Phrase.TrendUnassessableSentence => "{0} because {1}{2}",
        Phrase.TrendSpan => " from {0} to {1}",
        Phrase.ProjectionMeetsTarget => "At the current pace ({0}), projected {1} by {2}: meets the {3} target",
        Phrase.ProjectionShortOfTarget => "At the current pace ({0}), projected {1} by {2}: short of the {3} target by {4}",
        Phrase.TrendMethodLeastSquares => "least squares",
        Phrase.TrendMethodLinearRecencyWeights => "least squares weighted linearly by recency",
        Phrase.TrendMethodGeometricRecencyWeights => "least squares, each observation weighing {0} times the one before",
        Phrase.TrendMethodMeanOfLastChanges => "mean of the last {0} changes",


        // Ranking: ranks, places, movements.
        Phrase.RankPlaceOne => "place",
        Phrase.RankPlaceOther => "places",
        Phrase.RankUp => "up {0} {1}",
        Phrase.RankDown => "down {0} {1}",
        Phrase.RankUpWithRanks => "up {0} {1}, from {2} to {3}",
        Phrase.RankDownWithRanks => "down {0} {1}, from {2} to {3}",
        Phrase.RankUnchanged => "unchanged",
        Phrase.RankUnchangedAt => "unchanged at {0}",
        Phrase.RankNotComparable => "not comparable: ranked {2} of {3} before, {4} of {5} now {6}",
        Phrase.RankFieldsDifferInSize => "(the fields differ in size)",
        Phrase.RankFieldChanged => "(the units ranked changed)",
        Phrase.RankInField => "ranked {1} of {2}",
        Phrase.RankEntered => "entered the ranking at {0}",
        Phrase.RankLeft => "left the ranking (was {0})",


        // Composite indices.


        // Scoring sheets and ratings.


        // Timeline: successions and restated figures.
        Phrase.TimelineRestatedLabel => "{0} (restated to current units)",
        Phrase.TimelineBaseAsReported => "{0} as reported",
        Phrase.TimelineBaseRestated => "{0} restated to current units, combining {1}",
        Phrase.TimelineBaseNotComparable => "not comparable with {0} because {1}",
        Phrase.TimelineSourceShare => "{0} ({1}%)",
        Phrase.TimelineSourceSeparator => ", ",


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
