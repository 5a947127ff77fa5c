using System.Text;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;

namespace De06Metrics.Evaluation;

/// <summary>The sentences evaluation results write, one code path for every language, the words from its phrase book.</summary>
internal static class EvaluationText
{
    internal static string Reason(NotMeaningfulReason reason, Language language) => reason.Describe(language);

    /// <summary>A set value (target, bound, baseline) with the decimals it has, at most the display decimals.</summary>
    public static string SetValue(Indicator indicator, decimal value, Language language) => indicator.FormatSetValue(value, language);

    /// <summary>A tolerance with the decimals it has, in the measure's difference unit.</summary>
    public static string Tolerance(Indicator indicator, decimal tolerance, Language language) => indicator.FormatTolerance(tolerance, language);

    public static string Difference(Indicator indicator, decimal difference, Language language) =>
        indicator.FormatDifference(Math.Abs(difference), language);

    /// <summary>An actual, with its parts for a count of a total ("17/33 mô hình").</summary>
    public static string Actual(Indicator indicator, MeasuredValue actual, Language language)
    {
        var measure = indicator.Measure;
        if (measure.Kind != MeasureKind.Count || !actual.HasParts)
        {
            return indicator.FormatValue(actual.Value, language);
        }

        var parts = language.FormatNumber(actual.Value, indicator.DisplayDecimals) + "/" +
                    language.FormatNumber(actual.Denominator!.Value, Math.Min(DecimalsOf(actual.Denominator.Value), indicator.DisplayDecimals));
        return measure.CountUnit is { } unit ? parts + " " + unit.In(language) : parts;
    }

    public static string Describe(TargetEvaluation e, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var indicator = e.Indicator;
        var goalClause = language.Format(e.Goal.Kind == TargetKind.YesNo ? Phrase.EvaluationGoalClauseYesNo : Phrase.EvaluationGoalClause, Goal(indicator, e.Goal, language));
        if (e.Actual is not { } actual)
        {
            return language.Format(Phrase.EvaluationNoData, goalClause);
        }

        var actualText = Actual(indicator, actual, language);
        if (e.Goal.Kind != TargetKind.YesNo)
        {
            actualText = language.Format(
                indicator.Measure.Kind == MeasureKind.Rank ? Phrase.EvaluationActualRank
                : indicator.Polarity == Polarity.HigherIsBetter ? Phrase.EvaluationActualHigherIsBetter
                : Phrase.EvaluationActualLowerIsBetter,
                actualText);
        }

        var attainment = ShowsAttainment(e) ? language.Format(Phrase.EvaluationAttainment, e.Attainment.Format(1, language)) : string.Empty;
        return language.Format(Phrase.EvaluationSentence, actualText, VerdictOf(e, language), goalClause, attainment);
    }

    /// <summary>The verdict clause alone, without the actual: "vượt chỉ tiêu 18,8 điểm phần trăm" / "18.8 percentage points above the 70% target".</summary>
    public static string Verdict(TargetEvaluation evaluation, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return evaluation.Actual is null ? language[Phrase.NoData] : VerdictOf(evaluation, language);
    }

    // Every verdict template gets the same four values and writes those its language needs: {0} the size of the
    // margin, {1} the target named ("the 70% target"), {2} the clause "within the tolerance of …" that Vietnamese adds
    // when there is a tolerance, {3} the tolerance.
    private static string VerdictOf(TargetEvaluation e, Language language)
    {
        var indicator = e.Indicator;
        if (e.Goal.Kind == TargetKind.YesNo)
        {
            return language.Format(e.Status == TargetStatus.NotMet ? Phrase.VerdictYesNoNotMet : Phrase.VerdictYesNoMet, Goal(indicator, e.Goal, language));
        }

        var size = Difference(indicator, e.Margin ?? 0m, language);
        var tolerance = Tolerance(indicator, e.Tolerance, language);
        var withinTolerance = e.Tolerance > 0m ? language.Format(Phrase.VerdictWithinTolerance, tolerance) : string.Empty;
        var below = (e.Deviation ?? 0m) < 0m;
        var verdict = (e.Goal.Kind, e.Status) switch
        {
            (TargetKind.AtLeast, TargetStatus.Exceeded) => Phrase.VerdictAtLeastExceeded,
            (TargetKind.AtLeast, TargetStatus.NotMet) => Phrase.VerdictAtLeastNotMet,
            (TargetKind.AtMost, TargetStatus.Exceeded) => Phrase.VerdictAtMostExceeded,
            (TargetKind.AtMost, TargetStatus.NotMet) => Phrase.VerdictAtMostNotMet,
            (_, TargetStatus.NotMet) => below ? Phrase.VerdictBandNotMetBelow : Phrase.VerdictBandNotMetAbove,
            (TargetKind.AtLeast or TargetKind.AtMost, _) when e.Deviation == 0m => Phrase.VerdictOnTarget,
            _ when e.Deviation == 0m => Phrase.VerdictOnBand,
            (TargetKind.AtLeast, _) => below ? Phrase.VerdictBasicallyMetBelowTarget : Phrase.VerdictMetAboveTarget,
            (TargetKind.AtMost, _) => below ? Phrase.VerdictMetBelowMaximum : Phrase.VerdictBasicallyMetAboveMaximum,
            _ => below ? Phrase.VerdictBasicallyMetBelowBand : Phrase.VerdictBasicallyMetAboveBand,
        };
        return language.Format(verdict, size, TargetNamed(indicator, e.Goal, language), withinTolerance, tolerance);
    }

    // A ratio of a rate to a rate would put a percent of a percent beside percentage points: shown for other measures only.
    private static bool ShowsAttainment(TargetEvaluation e) =>
        e.Status == TargetStatus.NotMet && e.Attainment.IsMeaningful && e.Indicator.Measure.Kind != MeasureKind.Rate;

    /// <summary>The goal in words: "at least 70%", "không quá 10", "từ 4% đến 6%", "có".</summary>
    private static string Goal(Indicator indicator, Goal goal, Language language) => goal.Kind switch
    {
        TargetKind.AtLeast => language.Format(Phrase.EvaluationGoalAtLeast, SetValue(indicator, goal.Value, language)),
        TargetKind.AtMost => language.Format(Phrase.EvaluationGoalAtMost, SetValue(indicator, goal.Value, language)),
        TargetKind.Range => language.Format(Phrase.EvaluationGoalRange, SetValue(indicator, goal.Low, language), SetValue(indicator, goal.High, language)),
        TargetKind.ExactWithinTolerance => language.Format(
            Phrase.EvaluationGoalExactWithinTolerance, SetValue(indicator, goal.Value, language), Tolerance(indicator, goal.Tolerance, language)),
        _ => indicator.Measure.FormatValue(goal.Value, 0, language),
    };

    /// <summary>The target named in a verdict: "the 70% target", "the maximum of 12 records", "the target range of 4% to 6%".</summary>
    private static string TargetNamed(Indicator indicator, Goal goal, Language language)
    {
        var isRate = indicator.Measure.Kind == MeasureKind.Rate;
        return goal.Kind switch
        {
            TargetKind.AtLeast => language.Format(isRate ? Phrase.EvaluationTargetNamedByValue : Phrase.EvaluationTargetOfValue, SetValue(indicator, goal.Value, language)),
            TargetKind.AtMost => language.Format(isRate ? Phrase.EvaluationMaximumNamedByValue : Phrase.EvaluationMaximumOfValue, SetValue(indicator, goal.Value, language)),
            TargetKind.Range => language.Format(Phrase.EvaluationTargetRangeOf, Goal(indicator, goal, language)),
            _ => language.Format(Phrase.EvaluationTargetOfValue, Goal(indicator, goal, language)),
        };
    }

    public static string DescribeRule(TargetEvaluation e, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var indicator = e.Indicator;
        var none = e.Tolerance == 0m;
        var rule = e.Goal.Kind switch
        {
            TargetKind.AtLeast => language.Format(
                none ? Phrase.RuleAtLeast : Phrase.RuleAtLeastWithTolerance, SetValue(indicator, e.Goal.Value, language), Tolerance(indicator, e.Tolerance, language)),
            TargetKind.AtMost => language.Format(
                none ? Phrase.RuleAtMost : Phrase.RuleAtMostWithTolerance, SetValue(indicator, e.Goal.Value, language), Tolerance(indicator, e.Tolerance, language)),
            TargetKind.Range or TargetKind.ExactWithinTolerance => language.Format(
                none ? Phrase.RuleBand : Phrase.RuleBandWithTolerance, Goal(indicator, e.Goal, language), Tolerance(indicator, e.Tolerance, language)),
            _ => language.Format(Phrase.RuleYesNo, indicator.Measure.FormatValue(e.Goal.Value, 0, language)),
        };

        return e.BandScheme is { } scheme ? rule + language.Format(Phrase.RuleBandScheme, scheme.Name.In(language)) : rule;
    }

    public static string DescribeProgress(GapClosure progress, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (!progress.Fraction.TryGetValue(out _))
        {
            return progress.Fraction.Reason == NotMeaningfulReason.NoData
                ? language[Phrase.NoData]
                : language.Format(Phrase.BaselineProgressNotMeaningful, Reason(progress.Fraction.Reason, language));
        }

        var flag = progress.IsRegression ? language[Phrase.BaselineProgressWorseThanBaseline]
            : progress.IsBeyondTarget ? language[Phrase.BaselineProgressPastTarget]
            : string.Empty;
        return language.Format(
            Phrase.BaselineProgress,
            progress.Fraction.Format(1, language),
            SetValue(progress.Indicator, progress.Baseline, language),
            SetValue(progress.Indicator, progress.Target, language),
            flag);
    }

    public static string DescribeBand(BandAssignment assignment, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var name = assignment.Band.Name.In(language);
        switch (assignment.ChosenBy)
        {
            case BandChoice.NoData:
                return name;
            case BandChoice.Status:
                return language.Format(Phrase.BandByStatus, name, Reason(assignment.ScoreReason, language));
            default:
                var score = assignment.Score!.Value;
                var text = assignment.Scheme.Basis switch
                {
                    ScoreBasis.Attainment => language.Format(Phrase.BandAttainment, RatioOutcome.Of(score).Format(1, language)),
                    ScoreBasis.StatusScore => language.Format(Phrase.BandStatusScore, language.FormatNumber(score, 2)),
                    _ => language.Format(Phrase.BandGrade, language.FormatNumber(score, 2)),
                };
                var outside = assignment.IsOutsideScale ? language[Phrase.BandOutsideScale] : string.Empty;
                return language.Format(Phrase.BandByScore, name, text, outside);
        }
    }

    public static string DescribeSchedule(ScheduleVariance progress, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var indicator = progress.Indicator;
        var date = PeriodText.Date(progress.AsOf, language);
        var expected = indicator.FormatValue(progress.ExpectedValue, language);
        var day = language.Format(Phrase.ScheduleDay, progress.ElapsedDays, progress.PeriodDays, PeriodWord(progress.Period, language));
        if (progress.Actual is not { } actual)
        {
            return language.Format(Phrase.ScheduleNoData, date, expected, day);
        }

        var sb = new StringBuilder(language.Format(Phrase.ScheduleActual, date, expected, day, indicator.FormatValue(actual, language)));
        var size = Difference(indicator, progress.Gap!.Value, language);
        var higher = indicator.Polarity == Polarity.HigherIsBetter;
        var days = Math.Abs(progress.DaysAhead!.Value);
        switch (progress.Status)
        {
            case ScheduleStatus.BehindSchedule:
                sb.Append(days == 0
                    ? language[Phrase.ScheduleBehindLessThanADay]
                    : language.Format(language.Phrases.IsSingular(days) ? Phrase.ScheduleBehindOne : Phrase.ScheduleBehindOther, days));
                sb.Append(language.Format(higher ? Phrase.ScheduleShortOfPlan : Phrase.ScheduleAbovePlan, size));
                break;
            case ScheduleStatus.AheadOfSchedule:
                if (progress.IsTargetReached)
                {
                    sb.Append(language[Phrase.ScheduleTargetReached]);
                    sb.Append(days == 0
                        ? string.Empty
                        : language.Format(language.Phrases.IsSingular(days) ? Phrase.ScheduleReachedEarlyOne : Phrase.ScheduleReachedEarlyOther, days));
                }
                else
                {
                    sb.Append(language.Format(language.Phrases.IsSingular(days) ? Phrase.ScheduleAheadOne : Phrase.ScheduleAheadOther, days));
                }

                sb.Append(language.Format(higher ? Phrase.ScheduleAheadOfPlan : Phrase.ScheduleBelowPlan, size));
                break;
            default:
                sb.Append(language[Phrase.ScheduleOnSchedule]);
                break;
        }

        return sb.ToString();
    }

    /// <summary>What a span of days is called in "đã qua 70/91 ngày của quý": a calendar quarter, month or year, else "kỳ" / "period".</summary>
    private static string PeriodWord(NodaTime.DateInterval span, Language language)
    {
        var start = span.Start;
        var end = span.End;
        var word = start.Day != 1 || end.PlusDays(1).Day != 1 ? Phrase.PeriodWordOther
            : start.Year == end.Year && start.Month == 1 && end.Month == 12 ? Phrase.PeriodWordYear
            : start.Year == end.Year && start.Month == end.Month ? Phrase.PeriodWordMonth
            : start.Year == end.Year && start.Month % 3 == 1 && end.Month == start.Month + 2 ? Phrase.PeriodWordQuarter
            : Phrase.PeriodWordOther;
        return language[word];
    }

    public static string DescribeCheck(MarginCheck check, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var implied = check.Indicator.FormatValue(check.ImpliedTarget, language);
        var stored = SetValue(check.Indicator, check.StoredTarget, language);
        return check.Agrees
            ? language.Format(Phrase.MarginCheckAgrees, implied, stored)
            : language.Format(Phrase.MarginCheckDisagrees, implied, stored, check.Indicator.FormatDifference(check.Discrepancy, language, explicitPlusSign: true));
    }

    // The decimals a value really has once trailing zeros are dropped: 70,0 has none, 0,25 has two.
    private static int DecimalsOf(decimal value) => Indicator.DecimalsOf(value);
}
