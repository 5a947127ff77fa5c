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


        // Scoring sheets and ratings.


        // Timeline: successions and restated figures.


        // Scorecards: rows, narrative, lagging report.


        // Reporting: charts and the notebook views.
        Phrase.ViewIndicator => "Indicator",
        Phrase.ViewUnit => "Unit",
        Phrase.ViewValue => "Value",
        Phrase.ViewTarget => "Target",
        Phrase.ViewStatus => "Status",
        Phrase.ViewChange => "Change",
        Phrase.ViewMargin => "Margin",
        Phrase.ViewInWords => "In words",
        Phrase.ViewRank => "Rank",
        Phrase.ViewUnranked => "unranked",
        Phrase.ViewNothingLags => "Nothing lags.",
        Phrase.ViewRowCaption => "{0} — {1}",
        Phrase.ViewRankChange => "{0} → {1}: {2}",
        Phrase.ChartResultsAgainstTargets => "Results against targets",
        Phrase.ChartTitleForPeriod => "{0} — {1}",
        Phrase.ChartTarget => "Target {0}",
        Phrase.ChartRankMovement => "Rank movement",
        Phrase.ChartBefore => "Before",
        Phrase.ChartNow => "Now",


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
