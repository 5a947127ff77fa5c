using System.Globalization;
using System.Text;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;
using NodaTime;
using NodaTime.Text;

namespace De06Metrics.Evaluation;

/// <summary>The sentences evaluation results write, in Vietnamese and English.</summary>
internal static class EvaluationText
{
    private static readonly LocalDatePattern EnglishDate = LocalDatePattern.CreateWithInvariantCulture("d MMMM uuuu");

    internal static string Reason(NotMeaningfulReason reason, Language language) => reason.Describe(language);

    /// <summary>A set value (target, bound, baseline) with the decimals it has, at most the display decimals.</summary>
    public static string SetValue(Indicator indicator, decimal value, Language language) =>
        indicator.Measure.FormatValue(value, Math.Min(DecimalsOf(value), indicator.DisplayDecimals), language);

    /// <summary>A tolerance with the decimals it has, in the measure's difference unit.</summary>
    public static string Tolerance(Indicator indicator, decimal tolerance, Language language) =>
        indicator.Measure.FormatDifference(tolerance, Math.Min(DecimalsOf(tolerance), 28), language);

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

    public static string Describe(TargetEvaluation evaluation, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return IsVietnamese(language) ? DescribeVietnamese(evaluation) : DescribeEnglish(evaluation);
    }

    private static string DescribeVietnamese(TargetEvaluation e)
    {
        var vi = Language.Vietnamese;
        var indicator = e.Indicator;
        var goal = GoalVietnamese(indicator, e.Goal);
        var goalClause = e.Goal.Kind == TargetKind.YesNo ? $"chỉ tiêu: {goal}" : $"chỉ tiêu {goal}";
        if (e.Actual is not { } actual)
        {
            return $"không có số liệu ({goalClause})";
        }

        var prefix = e.Goal.Kind == TargetKind.YesNo ? string.Empty
            : indicator.Measure.Kind == MeasureKind.Rank ? "xếp "
            : indicator.Polarity == Polarity.HigherIsBetter ? "đạt " : "ở mức ";
        var verdict = VerdictVietnamese(e);
        var attainment = ShowsAttainment(e) ? $"; đạt {e.Attainment.Format(1, vi)} chỉ tiêu" : string.Empty;
        return $"{prefix}{Actual(indicator, actual, vi)}, {verdict} ({goalClause}{attainment})";
    }

    private static string DescribeEnglish(TargetEvaluation e)
    {
        var en = Language.English;
        var indicator = e.Indicator;
        if (e.Actual is not { } actual)
        {
            return $"no data (target: {GoalEnglish(indicator, e.Goal)})";
        }

        var verdict = VerdictEnglish(e);
        var attainment = ShowsAttainment(e) ? $" ({e.Attainment.Format(1, en)} of the target)" : string.Empty;
        return $"{Actual(indicator, actual, en)}, {verdict}{attainment}";
    }

    /// <summary>The verdict clause alone, without the actual: "vượt chỉ tiêu 18,8 điểm phần trăm" / "18.8 percentage points above the 70% target".</summary>
    public static string Verdict(TargetEvaluation evaluation, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (evaluation.Actual is null)
        {
            return IsVietnamese(language) ? "không có số liệu" : "no data";
        }

        return IsVietnamese(language) ? VerdictVietnamese(evaluation) : VerdictEnglish(evaluation);
    }

    private static string VerdictVietnamese(TargetEvaluation e)
    {
        var vi = Language.Vietnamese;
        var indicator = e.Indicator;
        var margin = e.Margin ?? 0m;
        var size = e.Goal.Kind == TargetKind.YesNo ? string.Empty : Difference(indicator, margin, vi);
        var withinTolerance = e.Tolerance > 0m && e.Goal.Kind != TargetKind.YesNo ? $", trong phạm vi dung sai {Tolerance(indicator, e.Tolerance, vi)}" : string.Empty;
        return (e.Goal.Kind, e.Status) switch
        {
            (TargetKind.YesNo, TargetStatus.NotMet) => "chưa đạt chỉ tiêu",
            (TargetKind.YesNo, _) => "đạt chỉ tiêu",
            (TargetKind.AtLeast, TargetStatus.Exceeded) => $"vượt chỉ tiêu {size}",
            (TargetKind.AtLeast, TargetStatus.NotMet) => $"chưa đạt chỉ tiêu, còn thiếu {size}",
            (TargetKind.AtMost, TargetStatus.Exceeded) => $"vượt chỉ tiêu, thấp hơn mức tối đa {size}",
            (TargetKind.AtMost, TargetStatus.NotMet) => $"chưa đạt chỉ tiêu, vượt mức tối đa {size}",
            (_, TargetStatus.NotMet) => $"chưa đạt chỉ tiêu, {SideVietnamese(e.Deviation!.Value)} {size}",
            _ when e.Deviation == 0m => "đạt chỉ tiêu",
            (TargetKind.AtLeast, _) => $"đạt chỉ tiêu, {(margin > 0m ? "cao hơn" : "thấp hơn")} {size}{withinTolerance}",
            (TargetKind.AtMost, _) => $"đạt chỉ tiêu, {(margin > 0m ? "thấp hơn" : "cao hơn")} mức tối đa {size}{withinTolerance}",
            _ => $"đạt chỉ tiêu, {SideVietnamese(e.Deviation!.Value)} {size}{withinTolerance}",
        };
    }

    private static string VerdictEnglish(TargetEvaluation e)
    {
        var en = Language.English;
        var indicator = e.Indicator;
        var phrase = TargetPhraseEnglish(indicator, e.Goal);
        var margin = e.Margin ?? 0m;
        var size = e.Goal.Kind == TargetKind.YesNo ? string.Empty : Difference(indicator, margin, en);
        var tolerance = e.Goal.Kind == TargetKind.YesNo ? string.Empty : Tolerance(indicator, e.Tolerance, en);
        var side = (e.Deviation ?? 0m) < 0m ? "below" : "above";
        return (e.Goal.Kind, e.Status) switch
        {
            (TargetKind.YesNo, TargetStatus.NotMet) => $"does not meet the target of {GoalEnglish(indicator, e.Goal)}",
            (TargetKind.YesNo, _) => $"meets the target of {GoalEnglish(indicator, e.Goal)}",
            (TargetKind.AtLeast, TargetStatus.Exceeded) => $"{size} above {phrase}",
            (TargetKind.AtLeast, TargetStatus.NotMet) => $"{size} short of {phrase}",
            (TargetKind.AtMost, TargetStatus.Exceeded) => $"{size} below {phrase}",
            (TargetKind.AtMost, TargetStatus.NotMet) => $"{size} above {phrase}",
            (_, TargetStatus.NotMet) => $"{size} {side} {phrase}",
            _ when e.Deviation == 0m => e.Goal.Kind is TargetKind.AtLeast or TargetKind.AtMost ? $"meets {phrase}" : $"within {phrase}",
            _ => $"meets {phrase} within the tolerance of {tolerance} ({size} {side})",
        };
    }

    // A ratio of a rate to a rate would put a percent of a percent beside percentage points: shown for other measures only.
    private static bool ShowsAttainment(TargetEvaluation e) =>
        e.Status == TargetStatus.NotMet && e.Attainment.IsMeaningful && e.Indicator.Measure.Kind != MeasureKind.Rate;

    private static string SideVietnamese(decimal deviation) => deviation < 0m ? "thấp hơn giới hạn dưới" : "cao hơn giới hạn trên";

    private static string GoalVietnamese(Indicator indicator, Goal goal)
    {
        var vi = Language.Vietnamese;
        return goal.Kind switch
        {
            TargetKind.AtLeast => SetValue(indicator, goal.Value, vi),
            TargetKind.AtMost => "không quá " + SetValue(indicator, goal.Value, vi),
            TargetKind.Range => $"từ {SetValue(indicator, goal.Low, vi)} đến {SetValue(indicator, goal.High, vi)}",
            TargetKind.ExactWithinTolerance => $"{SetValue(indicator, goal.Value, vi)} ± {Tolerance(indicator, goal.Tolerance, vi)}",
            _ => indicator.Measure.FormatValue(goal.Value, 0, vi),
        };
    }

    private static string GoalEnglish(Indicator indicator, Goal goal)
    {
        var en = Language.English;
        return goal.Kind switch
        {
            TargetKind.AtLeast => "at least " + SetValue(indicator, goal.Value, en),
            TargetKind.AtMost => "at most " + SetValue(indicator, goal.Value, en),
            TargetKind.Range => $"{SetValue(indicator, goal.Low, en)} to {SetValue(indicator, goal.High, en)}",
            TargetKind.ExactWithinTolerance => $"{SetValue(indicator, goal.Value, en)} ± {Tolerance(indicator, goal.Tolerance, en)}",
            _ => indicator.Measure.FormatValue(goal.Value, 0, en),
        };
    }

    private static string TargetPhraseEnglish(Indicator indicator, Goal goal)
    {
        var en = Language.English;
        var value = SetValue(indicator, goal.Value, en);
        var isRate = indicator.Measure.Kind == MeasureKind.Rate;
        return goal.Kind switch
        {
            TargetKind.AtLeast => isRate ? $"the {value} target" : $"the target of {value}",
            TargetKind.AtMost => isRate ? $"the {value} maximum" : $"the maximum of {value}",
            TargetKind.Range => $"the target range of {GoalEnglish(indicator, goal)}",
            _ => $"the target of {GoalEnglish(indicator, goal)}",
        };
    }

    public static string DescribeRule(TargetEvaluation e, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var vi = IsVietnamese(language);
        var indicator = e.Indicator;
        var t = e.Goal.Kind == TargetKind.YesNo ? string.Empty : Tolerance(indicator, e.Tolerance, language);
        var none = e.Tolerance == 0m;
        string rule;
        switch (e.Goal.Kind)
        {
            case TargetKind.AtLeast or TargetKind.AtMost:
                var atLeast = e.Goal.Kind == TargetKind.AtLeast;
                var target = SetValue(indicator, e.Goal.Value, language);
                var (better, worse) = atLeast
                    ? (vi ? "cao hơn" : "above", vi ? "thấp hơn" : "below")
                    : (vi ? "thấp hơn" : "below", vi ? "cao hơn" : "above");
                var name = vi ? (atLeast ? $"chỉ tiêu {target}" : $"mức tối đa {target}") : (atLeast ? $"the {target} target" : $"the {target} maximum");
                rule = (vi, none) switch
                {
                    (true, true) => $"vượt chỉ tiêu khi {better} {name}, đạt khi bằng, chưa đạt khi {worse}",
                    (true, false) => $"vượt chỉ tiêu khi {better} {name} quá {t}, đạt khi chênh lệch trong phạm vi {t}, chưa đạt khi {worse} quá {t}",
                    (false, true) => $"exceeded when {better} {name}, met when equal to it, not met when {worse} it",
                    _ => $"exceeded when more than {t} {better} {name}, met when within {t} of it, not met when more than {t} {worse} it",
                };
                break;
            case TargetKind.Range or TargetKind.ExactWithinTolerance:
                var band = vi ? GoalVietnamese(indicator, e.Goal) : GoalEnglish(indicator, e.Goal);
                rule = (vi, none) switch
                {
                    (true, true) => $"đạt khi nằm trong khoảng {band}, chưa đạt khi nằm ngoài; không có mức vượt",
                    (true, false) => $"đạt khi nằm trong khoảng {band} hoặc cách khoảng đó không quá {t}, chưa đạt khi xa hơn; không có mức vượt",
                    (false, true) => $"met when within {band}, not met outside it; never exceeded",
                    _ => $"met when within {band} or no more than {t} outside it, not met when further; never exceeded",
                };
                break;
            default:
                var answer = indicator.Measure.FormatValue(e.Goal.Value, 0, language);
                rule = vi ? $"đạt khi câu trả lời là \"{answer}\", chưa đạt khi ngược lại" : $"met when the answer is \"{answer}\", not met otherwise";
                break;
        }

        if (e.BandScheme is { } scheme)
        {
            rule += vi ? $"; phân loại theo {scheme.Name.In(language)}" : $"; banded by {scheme.Name.In(language)}";
        }

        return rule;
    }

    public static string DescribeProgress(GapClosure progress, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var vi = IsVietnamese(language);
        var baseline = SetValue(progress.Indicator, progress.Baseline, language);
        var target = SetValue(progress.Indicator, progress.Target, language);
        if (!progress.Fraction.TryGetValue(out _))
        {
            return progress.Fraction.Reason == NotMeaningfulReason.NoData
                ? (vi ? "không có số liệu" : "no data")
                : (vi ? "tiến độ so với mức cơ sở không có ý nghĩa: " : "progress from the baseline is not meaningful: ") + Reason(progress.Fraction.Reason, language);
        }

        var share = progress.Fraction.Format(1, language);
        var flag = (progress.IsRegression, progress.IsBeyondTarget, vi) switch
        {
            (true, _, true) => ", kém hơn mức cơ sở",
            (true, _, false) => ", worse than the baseline",
            (_, true, true) => ", đã vượt chỉ tiêu",
            (_, true, false) => ", past the target",
            _ => string.Empty,
        };
        return vi
            ? $"đi được {share} chặng đường từ mức cơ sở {baseline} đến chỉ tiêu {target}{flag}"
            : $"{share} of the way from the baseline of {baseline} to the target of {target}{flag}";
    }

    public static string DescribeBand(BandAssignment assignment, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var vi = IsVietnamese(language);
        var name = assignment.Band.Name.In(language);
        switch (assignment.ChosenBy)
        {
            case BandChoice.NoData:
                return name;
            case BandChoice.Status:
                return vi
                    ? $"{name} (theo trạng thái; {Reason(assignment.ScoreReason, language)})"
                    : $"{name} (by status; {Reason(assignment.ScoreReason, language)})";
            default:
                var score = assignment.Score!.Value;
                var text = assignment.Scheme.Basis switch
                {
                    ScoreBasis.Attainment => (vi ? "tỷ lệ hoàn thành " : "attainment ") + RatioOutcome.Of(score).Format(1, language),
                    ScoreBasis.StatusScore => (vi ? "điểm trạng thái " : "status score ") + language.FormatNumber(score, 2),
                    _ => (vi ? "điểm OKR " : "grade ") + language.FormatNumber(score, 2),
                };
                var outside = assignment.IsOutsideScale ? (vi ? ", ngoài thang đo" : ", outside the scale") : string.Empty;
                return $"{name} ({text}{outside})";
        }
    }

    public static string DescribeSchedule(ScheduleVariance progress, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var vi = IsVietnamese(language);
        var indicator = progress.Indicator;
        var date = vi
            ? string.Create(CultureInfo.InvariantCulture, $"{progress.AsOf.Day}/{progress.AsOf.Month}/{progress.AsOf.Year}")
            : EnglishDate.Format(progress.AsOf);
        var expected = indicator.FormatValue(progress.ExpectedValue, language);
        var day = vi
            ? string.Create(CultureInfo.InvariantCulture, $"ngày {progress.ElapsedDays}/{progress.PeriodDays}")
            : string.Create(CultureInfo.InvariantCulture, $"day {progress.ElapsedDays} of {progress.PeriodDays}");
        if (progress.Actual is not { } actual)
        {
            return vi
                ? $"tính đến ngày {date} không có số liệu (kế hoạch {expected}, {day})"
                : $"no data as of {date} ({expected} planned, {day})";
        }

        var sb = new StringBuilder();
        var actualText = indicator.FormatValue(actual, language);
        sb.Append(vi
            ? $"tính đến ngày {date} đạt {actualText}, kế hoạch {expected} ({day}); "
            : $"{actualText} as of {date} against {expected} planned ({day}); ");
        var gap = progress.Gap!.Value;
        var size = Difference(indicator, gap, language);
        var higher = indicator.Polarity == Polarity.HigherIsBetter;
        var days = Math.Abs(progress.DaysAhead!.Value);
        switch (progress.Status)
        {
            case ScheduleStatus.BehindSchedule:
                sb.Append(days == 0
                    ? (vi ? "chậm tiến độ chưa tới 1 ngày" : "less than a day behind schedule")
                    : vi ? string.Create(CultureInfo.InvariantCulture, $"chậm tiến độ {days} ngày") : DaysEnglish(days, "behind schedule"));
                sb.Append(vi
                    ? (higher ? $", thiếu {size} so với kế hoạch" : $", cao hơn kế hoạch {size}")
                    : (higher ? $", {size} short of the plan" : $", {size} above the plan"));
                break;
            case ScheduleStatus.AheadOfSchedule:
                if (progress.IsTargetReached)
                {
                    sb.Append(vi ? "đã đạt chỉ tiêu cả kỳ" : "the target for the whole period is already reached");
                    sb.Append(days == 0 ? string.Empty : vi
                        ? string.Create(CultureInfo.InvariantCulture, $", sớm ít nhất {days} ngày so với kế hoạch")
                        : ", at least " + DaysEnglish(days, "ahead of schedule"));
                }
                else
                {
                    sb.Append(vi ? string.Create(CultureInfo.InvariantCulture, $"vượt tiến độ {days} ngày") : DaysEnglish(days, "ahead of schedule"));
                }

                sb.Append(vi
                    ? (higher ? $", vượt kế hoạch {size}" : $", thấp hơn kế hoạch {size}")
                    : (higher ? $", {size} ahead of the plan" : $", {size} below the plan"));
                break;
            default:
                sb.Append(vi ? "đúng tiến độ" : "on schedule");
                break;
        }

        return sb.ToString();
    }

    private static string DaysEnglish(int days, string rest) =>
        string.Create(CultureInfo.InvariantCulture, $"{days} {(days == 1 ? "day" : "days")} {rest}");

    public static string DescribeCheck(MarginCheck check, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var vi = IsVietnamese(language);
        var implied = check.Indicator.FormatValue(check.ImpliedTarget, language);
        var stored = SetValue(check.Indicator, check.StoredTarget, language);
        if (check.Agrees)
        {
            return vi
                ? $"chỉ tiêu suy ra từ báo cáo ({implied}) khớp với chỉ tiêu đã lưu ({stored})"
                : $"the target implied by the report ({implied}) agrees with the stored target ({stored})";
        }

        var off = check.Indicator.FormatDifference(check.Discrepancy, language, explicitPlusSign: true);
        return vi
            ? $"chỉ tiêu suy ra từ báo cáo ({implied}) không khớp với chỉ tiêu đã lưu ({stored}), lệch {off}"
            : $"the target implied by the report ({implied}) does not agree with the stored target ({stored}): {off}";
    }

    private static bool IsVietnamese(Language language) => language == Language.Vietnamese;

    // The decimals a value really has once trailing zeros are dropped: 70,0 has none, 0,25 has two.
    private static int DecimalsOf(decimal value)
    {
        var normalized = value / 1.0000000000000000000000000000m;
        return (decimal.GetBits(normalized)[3] >> 16) & 0xFF;
    }
}
