using System.Globalization;
using De06Metrics.Evaluation;
using De06Metrics.Excel;
using De06Metrics.Measures;
using De06Metrics.Growth;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Tasks;
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

    /// <param name="result">The evaluated scorecard.</param>
    /// <param name="language">The language.</param>
    /// <param name="tasks">The tasks judged on the report's day, whose counts join the summary; <see langword="null"/> for none.</param>
    public static ReportTable Build(ScorecardResult result, Language language, TaskListAssessment? tasks = null)
    {
        ReportColumn[] columns =
        [
            new("indicator", language[Phrase.ReportColumnCode]),
            new("name", language[Phrase.ReportColumnIndicator]),
            new("unit", language[Phrase.ReportColumnUnit]),
            new("actual", language[Phrase.ReportColumnActual], AlignRight: true),
            new("asOf", language[Phrase.ReportColumnAsOf]),
            new("target", language[Phrase.ReportColumnTarget], AlignRight: true),
            new("margin", language[Phrase.ReportColumnMargin], AlignRight: true),
            new("status", language[Phrase.ReportColumnStatus]),
            new("change", language[Phrase.ReportColumnChange]),
            new("lead", language[Phrase.ReportColumnLead]),
        ];

        // Made from the result each time the rows are read and never kept: a writer holds one row at a time.
        var rows = result.Rows.Select(row => Row(row, result, language));
        var title = language.Format(Phrase.ReportTitle, result.Period.ToString(language));
        var notes = new List<string>();
        if (result.AsOf is { } asOf)
        {
            notes.Add(language.Format(Phrase.ReportAsOfNote, Date(asOf, language)));
        }

        notes.Insert(0, result.DescribePeriods(language) + ".");

        var lagging = result.Lagging();
        var (summary, grades) = Summary(result, language, tasks);
        return new ReportTable(title, string.Join(" ", notes), columns, rows, language.Code)
        {
            Sections =
            [
                new ReportSection(language[Phrase.ReportSummaryHeading], summary),
                new ReportSection(language[Phrase.ReportLaggingHeading], lagging.Describe(language)),
            ],
            Evaluated = true,
            Phrases = language,
            Result = result,
            NumberColumns = ["actual", "target", "margin", "change"],
            Grades = grades,
        };
    }

    /// <summary>
    /// The summary a periodic report opens with: the grades overall ("Chung: 4/5 chỉ tiêu đạt và vượt; 1 chỉ tiêu chưa
    /// đạt; …"), then per unit when more than one unit has rows, then the tasks' counts when there are tasks; and the
    /// grades as counts, overall (unit <see langword="null"/>) and per unit, for the JSON output.
    /// </summary>
    private static (string Text, IReadOnlyList<(string? Unit, GradeSummary Grades)> Grades) Summary(ScorecardResult result, Language language, TaskListAssessment? tasks)
    {
        var lines = new List<string> { language.Format(Phrase.ReportSummaryOverall, result.Grades.Describe(language)) };
        var grades = new List<(string? Unit, GradeSummary Grades)> { (null, result.Grades) };
        var units = result.Rows.Select(row => row.Unit).DistinctBy(unit => unit.Id).ToList();
        foreach (var unit in units)
        {
            var ofUnit = result.GradesFor(unit.Id);
            grades.Add((unit.Id.Value, ofUnit));
            if (units.Count > 1)
            {
                lines.Add(language.Format(Phrase.ReportSummaryUnit, unit.Name.In(language), ofUnit.Describe(language)));
            }
        }

        if (tasks is { Items.IsEmpty: false })
        {
            // Mid-sentence after the label, the counts' sentence starts in lower case ("Nhiệm vụ: đã hoàn thành 17/33 mô hình …").
            var counts = tasks.Describe(language);
            lines.Add(language.Format(Phrase.ReportSummaryTasks, AfterLabel.Of(counts)));
        }

        return (string.Join('\n', lines), grades);
    }

    private static ReportRow Row(ScorecardRow row, ScorecardResult result, Language language)
    {
        var indicator = row.Indicator;
        var evaluation = row.Evaluation;
        // A lead that has gone since the assignment is named by the unit that answers for it on the report's date.
        var lead = result.CarryOver(row)?.Mapped?.Lead ?? row.Responsibility.Lead;
        string[] cells =
        [
            indicator.Code.Value,
            indicator.Name.In(language),
            row.Unit.Name.In(language),
            row.IsEarlierFigure ? $"{row.DescribeValue(language)} ({language.Format(Phrase.ScorecardFigureOf, GrowthText.PeriodInSentence(row.Period, language))})" : row.DescribeValue(language),
            row.AsOf is { } asOf ? Date(asOf, language) : string.Empty,
            row.Target is { } target ? indicator.FormatGoal(target.Goal, language) : "—",
            evaluation?.Margin is { } margin ? indicator.FormatDifference(margin, language, explicitPlusSign: true) : string.Empty,
            evaluation is null ? string.Empty : Status(evaluation.Status, row.IsBehindSchedule, language),
            row.DescribeComparison(language),
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
            TargetStatus.BasicallyMet => RowStatus.AtRisk,
            TargetStatus.NotMet when row.IsBehindSchedule => RowStatus.Behind,
            TargetStatus.NotMet => RowStatus.AtRisk,
            _ => RowStatus.AtRisk,
        };
        return new ReportRow(cells, values, status)
        {
            Numbers = Numbers(row),
            MeasureUnit = ExcelFormats.UnitOf(indicator.Measure, language, scaled: true),
        };
    }

    /// <summary>
    /// The row's value, target, margin and change as plain numbers in the unit the report writes them in: a rate in
    /// percent and its differences in percentage points, money at its display scale (2.527 tỷ đồng is 2527), exactly.
    /// </summary>
    private static Dictionary<string, decimal?> Numbers(ScorecardRow row)
    {
        var measure = row.Indicator.Measure;
        var scale = measure.Kind == MeasureKind.Money ? Measure.FactorOf(measure.Scale) : 1m;
        var target = row.Target is { } goal && ReportSheets.SingleNumber(goal.Goal) is { } threshold ? threshold : (decimal?)null;
        return new Dictionary<string, decimal?>
        {
            ["actual"] = row.Actual?.Value / scale,
            ["target"] = target / scale,
            ["margin"] = row.Evaluation?.Margin / scale,
            ["change"] = row.Change is { Amount: { } change } && row.Actual is not null ? change / scale : null,
        };
    }

    /// <summary>The status as the library labels it ("Vượt chỉ tiêu", "Chưa đạt"), and whether the row is behind schedule.</summary>
    private static string Status(TargetStatus status, bool behindSchedule, Language language) => behindSchedule
        ? language.Format(Phrase.ReportStatusBehindSchedule, status.Describe(language))
        : status.Describe(language);

    /// <summary>A date in a cell or a note: "30/9/2025" in Vietnamese, "30 Sep 2025" in English.</summary>
    public static string Date(LocalDate date, Language language) => PeriodText.ShortDate(date, language);
}
