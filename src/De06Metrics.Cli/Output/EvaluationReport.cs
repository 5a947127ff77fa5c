using System.Globalization;
using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Cli.Output;

/// <summary>
/// A scorecard evaluated for one period as a report table: per indicator and unit the actual value, the target, the
/// margin, the status, the change on the comparison period and the lead unit; then the lagging report.
/// </summary>
internal static class EvaluationReport
{
    /// <summary>The period a report is for when none is asked: the latest that has a target, else the latest of all.</summary>
    public static ReportingPeriod DefaultPeriod(Scorecard scorecard) =>
        scorecard.Targets.Select(target => target.Period).DefaultIfEmpty().Max() ?? scorecard.Periods[^1];

    public static ReportTable Build(ScorecardResult result, Language language)
    {
        var vi = language == Language.Vietnamese;
        ReportColumn[] columns =
        [
            new("indicator", vi ? "Mã" : "Code"),
            new("name", vi ? "Chỉ tiêu" : "Indicator"),
            new("unit", vi ? "Đơn vị" : "Unit"),
            new("actual", vi ? "Kết quả" : "Actual", AlignRight: true),
            new("asOf", vi ? "Tính đến" : "As of"),
            new("target", vi ? "Chỉ tiêu giao" : "Target", AlignRight: true),
            new("margin", vi ? "Chênh lệch" : "Margin", AlignRight: true),
            new("status", vi ? "Đánh giá" : "Status"),
            new("change", vi ? "So sánh" : "Change"),
            new("lead", vi ? "Chủ trì" : "Lead"),
        ];

        var rows = result.Rows.Select(row => Row(row, result, language)).ToList();
        var title = (vi ? "Kết quả thực hiện chỉ tiêu — " : "Scorecard — ") + result.Period.ToString(language);
        var notes = new List<string>();
        if (result.AsOf is { } asOf)
        {
            notes.Add((vi ? "Ngày đánh giá: " : "As of: ") + Date(asOf, language) + ".");
        }

        if (result.BasePeriod is { } basePeriod)
        {
            notes.Add((vi ? "So sánh với: " : "Compared with: ") + basePeriod.ToString(language) + ".");
        }

        var lagging = result.Lagging();
        return new ReportTable(title, string.Join(" ", notes), columns, rows, language.Code)
        {
            Sections = [new ReportSection(vi ? "Chỉ tiêu còn hạn chế, chậm tiến độ" : "What lags", lagging.Describe(language))],
            Evaluated = true,
        };
    }

    private static ReportRow Row(ScorecardRow row, ScorecardResult result, Language language)
    {
        var indicator = row.Indicator;
        var evaluation = row.Evaluation;
        var vi = language == Language.Vietnamese;
        // A lead that has gone since the assignment is named by the unit that answers for it on the report's date.
        var lead = result.CarryOver(row)?.Mapped?.Lead ?? row.Responsibility.Lead;
        string[] cells =
        [
            indicator.Code.Value,
            indicator.Name.In(language),
            row.Unit.Name.In(language),
            row.DescribeValue(language),
            row.AsOf is { } asOf ? Date(asOf, language) : string.Empty,
            row.Target is { } target ? FormatGoal(indicator, target.Goal, language) : "—",
            evaluation?.Margin is { } margin ? indicator.FormatDifference(margin, language, explicitPlusSign: true) : string.Empty,
            evaluation is null ? string.Empty : StatusText(evaluation.Status, vi) + (row.IsBehindSchedule ? (vi ? ", chậm tiến độ" : ", behind schedule") : string.Empty),
            row.DescribeChange(language),
            result.DescribeLead(row, language),
        ];
        var values = new Dictionary<string, object?>
        {
            ["indicator"] = indicator.Code.Value,
            ["unit"] = row.Unit.Id.Value,
            ["period"] = row.Period.ToString("I", null),
            ["value"] = row.Actual?.Value,
            ["numerator"] = row.Actual?.Numerator,
            ["denominator"] = row.Actual?.Denominator,
            ["origin"] = row.Origin.ToString(),
            ["asOf"] = row.AsOf is { } date ? date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : null,
            ["goal"] = row.Target?.Goal,
            ["status"] = evaluation?.Status.ToString(),
            ["margin"] = evaluation?.Margin,
            ["behindSchedule"] = row.IsBehindSchedule,
            ["basePeriod"] = row.BasePeriod?.ToString("I", null),
            ["baseValue"] = row.BaseValue?.Value,
            ["change"] = row.Change is { IsMeaningful: true } c ? c.Amount : null,
            ["lead"] = lead.Value,
            ["sentence"] = row.Describe(language),
        };
        var status = evaluation?.Status switch
        {
            null => RowStatus.None,
            TargetStatus.Met or TargetStatus.Exceeded => RowStatus.Met,
            TargetStatus.NotMet when row.IsBehindSchedule => RowStatus.Behind,
            TargetStatus.NotMet => RowStatus.AtRisk,
            _ => RowStatus.AtRisk,
        };
        return new ReportRow(cells, values, status);
    }

    private static string StatusText(TargetStatus status, bool vi) => status switch
    {
        TargetStatus.Exceeded => vi ? "Vượt" : "Exceeded",
        TargetStatus.Met => vi ? "Đạt" : "Met",
        TargetStatus.NotMet => vi ? "Chưa đạt" : "Not met",
        TargetStatus.NoData => vi ? "Không có số liệu" : "No data",
        _ => vi ? "Không đánh giá được" : "Cannot be evaluated",
    };

    /// <summary>A goal in the indicator's unit: "≥ 70,0%", "90,0% – 110,0%", "= 100 ± 0,5", "có".</summary>
    public static string FormatGoal(Indicator indicator, Goal goal, Language language) => goal.Kind switch
    {
        TargetKind.AtLeast => "≥ " + indicator.FormatValue(goal.Low, language),
        TargetKind.AtMost => "≤ " + indicator.FormatValue(goal.Low, language),
        TargetKind.Range => indicator.FormatValue(goal.Low, language) + " – " + indicator.FormatValue(goal.High, language),
        TargetKind.ExactWithinTolerance => "= " + indicator.FormatValue(goal.Low, language) + " ± " + indicator.FormatValue(goal.Tolerance, language),
        _ => goal.Low == 1m ? (language == Language.Vietnamese ? "có" : "yes") : (language == Language.Vietnamese ? "không" : "no"),
    };

    public static string Date(LocalDate date, Language language) => language == Language.Vietnamese
        ? date.ToString("d/M/yyyy", CultureInfo.InvariantCulture)
        : date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
