using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Cli.Output;

/// <summary>
/// The scorecard's data as a report table: every observation and target, indicator by indicator, in the language
/// asked for. It is data, not an evaluation, and says so in its title and note.
/// </summary>
internal static class DataReport
{
    public static ReportTable Build(Scorecard scorecard, ReportingPeriod? period, LocalDate? asOf, Language language)
    {
        var vi = language == Language.Vietnamese;
        ReportColumn[] columns =
        [
            new("indicator", vi ? "Mã" : "Code"),
            new("name", vi ? "Chỉ tiêu" : "Indicator"),
            new("unit", vi ? "Đơn vị" : "Unit"),
            new("period", vi ? "Kỳ" : "Period"),
            new("value", vi ? "Kết quả" : "Value", AlignRight: true),
            new("asOf", vi ? "Tính đến" : "As of"),
            new("target", vi ? "Chỉ tiêu giao" : "Target", AlignRight: true),
            new("lead", vi ? "Chủ trì" : "Lead"),
        ];

        var rows = new List<ReportRow>();
        foreach (var indicator in scorecard.Indicators)
        {
            var keys = scorecard.Observations.Where(o => o.Indicator == indicator.Code).Select(o => o.Key)
                .Concat(scorecard.Targets.Where(t => t.Indicator == indicator.Code).Select(t => t.Key))
                .Where(key => period is null || key.Period == period)
                .Distinct()
                .OrderByDescending(key => key.Period)
                .ThenBy(key => key.Unit);
            foreach (var key in keys)
            {
                rows.Add(Row(scorecard, indicator, key, language));
            }
        }

        var title = vi ? "Số liệu của bảng chỉ tiêu (chưa đánh giá)" : "Scorecard data (not evaluated)";
        var scope = period is null ? string.Empty : " " + (vi ? "Kỳ: " : "Period: ") + period.ToString(language) + ".";
        var when = asOf is { } date ? " " + (vi ? "Ngày đánh giá: " : "As of: ") + Date(date, language) + "." : string.Empty;
        var note = (vi
            ? "Đây là số liệu đầu vào: kết quả, chỉ tiêu giao và đơn vị chủ trì. Phần đánh giá (chênh lệch, trạng thái, xếp hạng, danh sách chậm tiến độ) chưa có trong phiên bản này."
            : "This is the input data: values, targets and lead units. The evaluation (margins, statuses, ranks, the lagging list) is not in this version yet.") + scope + when;
        return new ReportTable(title, note, columns, rows, language.Code);
    }

    private static ReportRow Row(Scorecard scorecard, Indicator indicator, IndicatorKey key, Language language)
    {
        var observation = scorecard.FindObservation(key);
        var target = scorecard.FindTarget(key);
        var lead = target?.Responsibility?.Lead ?? indicator.Responsibility?.Lead;
        string[] cells =
        [
            indicator.Code.Value,
            indicator.Name.In(language),
            scorecard.Units[key.Unit].Name.In(language),
            key.Period.ToString(language),
            observation is null ? "—" : FormatValue(indicator, observation.Value, language),
            observation?.AsOf is { } asOf ? Date(asOf, language) : string.Empty,
            target is null ? "—" : FormatGoal(indicator, target.Goal, language),
            lead is { } unit ? scorecard.Units[unit].Name.In(language) : string.Empty,
        ];
        var values = new Dictionary<string, object?>
        {
            ["indicator"] = indicator.Code.Value,
            ["unit"] = key.Unit.Value,
            ["period"] = key.Period.ToString("I", null),
            ["value"] = observation?.Value.Value,
            ["numerator"] = observation?.Value.Numerator,
            ["denominator"] = observation?.Value.Denominator,
            ["asOf"] = observation?.AsOf is { } date ? date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : null,
            ["goal"] = target?.Goal,
            ["lead"] = lead?.Value,
        };
        return new ReportRow(cells, values);
    }

    /// <summary>A value with its parts: "100,0% (17/17)", "17 mô hình / 33", "thứ 11/63" / "11th of 63".</summary>
    public static string FormatValue(Indicator indicator, MeasuredValue value, Language language)
    {
        var text = indicator.FormatValue(value.Value, language);
        if (!value.HasParts)
        {
            return text;
        }

        var numerator = Exact(value.Numerator!.Value, language);
        var denominator = Exact(value.Denominator!.Value, language);
        return indicator.Measure.Kind switch
        {
            MeasureKind.Rate => $"{text} ({numerator}/{denominator})",
            MeasureKind.Rank => language == Language.Vietnamese ? $"{text}/{denominator}" : $"{text} of {denominator}",
            _ => $"{text} / {denominator}",
        };
    }

    /// <summary>A goal in the indicator's unit: "≥ 70,0%", "90,0% – 110,0%", "= 100 ± 0,5", "có".</summary>
    public static string FormatGoal(Indicator indicator, Goal goal, Language language) => goal.Kind switch
    {
        TargetKind.AtLeast => "≥ " + indicator.FormatValue(goal.Low, language),
        TargetKind.AtMost => "≤ " + indicator.FormatValue(goal.Low, language),
        TargetKind.Range => indicator.FormatValue(goal.Low, language) + " – " + indicator.FormatValue(goal.High, language),
        TargetKind.ExactWithinTolerance => "= " + indicator.FormatValue(goal.Low, language) + " ± " + Exact(goal.Tolerance, language),
        _ => goal.Low == 1m ? (language == Language.Vietnamese ? "có" : "yes") : (language == Language.Vietnamese ? "không" : "no"),
    };

    public static string Date(LocalDate date, Language language) => language == Language.Vietnamese
        ? date.ToString("d/M/yyyy", CultureInfo.InvariantCulture)
        : date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A number with as many decimals as it has, in the language's separators.</summary>
    private static string Exact(decimal value, Language language)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : text.TrimEnd('0').Length - point - 1;
        return language.FormatNumber(value, decimals);
    }
}
