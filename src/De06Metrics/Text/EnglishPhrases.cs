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


        // Scoring sheets and ratings.


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
