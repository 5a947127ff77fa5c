using System.Globalization;
using System.Text.Json;
using De06Metrics.Indicators;
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
    /// <summary>
    /// The period a report is for when none is asked: the latest that has both a target and a figure, else the latest
    /// that has a target, else the latest of all. A plan for a period still running (the year's, when only its first
    /// quarter has figures) does not take the report to a period with nothing to show.
    /// </summary>
    public static ReportingPeriod DefaultPeriod(Scorecard scorecard)
    {
        var observed = scorecard.Observations.Select(observation => observation.Period).ToHashSet();
        var targeted = scorecard.Targets.Select(target => target.Period).ToList();
        return targeted.Where(observed.Contains).DefaultIfEmpty().Max() ?? targeted.DefaultIfEmpty().Max() ?? scorecard.Periods[^1];
    }

    /// <param name="result">The evaluated scorecard.</param>
    /// <param name="language">The language.</param>
    /// <param name="tasks">The tasks judged on the report's day, whose counts join the summary; <see langword="null"/> for none.</param>
    /// <param name="tree">The scorecard's weighted tree, which places each lagging item in its area and objective; <see langword="null"/> for none.</param>
    public static ReportTable Build(ScorecardResult result, Language language, TaskListAssessment? tasks = null, ScorecardTree? tree = null)
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

        // Where the figures come from: a column for the status of a figure that is not simply reported, and one for the
        // rows' notes, each only when some row needs it, so that a scorecard of reported figures prints as before.
        var withStatus = result.Rows.Any(row => row.ValueStatus != ValueStatus.Reported || row.ChangeStatus != ValueStatus.Reported);
        var withNotes = result.Rows.Any(row => row.Note?.Text is not null);
        if (withStatus)
        {
            columns = [.. columns, new("valueStatus", language[Phrase.ReportColumnValueStatus])];
        }

        if (withNotes)
        {
            columns = [.. columns, new("note", language[Phrase.ReportColumnNotes])];
        }

        // Made from the result each time the rows are read and never kept: a writer holds one row at a time.
        var rows = result.Rows.Select(row => Row(row, result, language, withStatus, withNotes));
        var title = language.Format(Phrase.ReportTitle, result.Period.ToString(language));
        var notes = new List<string>();
        if (result.AsOf is { } asOf)
        {
            notes.Add(language.Format(Phrase.ReportAsOfNote, Date(asOf, language)));
        }

        notes.Insert(0, result.DescribePeriods(language) + ".");

        var (summary, grades) = Summary(result, language, tasks);
        List<ReportSection> sections =
        [
            new ReportSection(language[Phrase.ReportSummaryHeading], summary),
            // What lags, streamed: at most ten items per lead unit in the text the terminal and Markdown write, every item
            // in the lines the JSON writes as it reads them.
            new ReportSection(
                language[Phrase.ReportLaggingHeading],
                string.Join(Environment.NewLine, LaggingReport.DescribeLines(LaggingReport.Stream(result, tree), language, LaggingReport.ListedPerLead)))
            {
                Lines = () => LaggingReport.DescribeLines(LaggingReport.Stream(result, tree), language, null),
            },
        ];
        // The legend of the marks, then each marked figure's footnote: how it was derived, what it revised.
        var legend = result.DescribeStatusLegend(language).Concat(result.Rows.SelectMany(row => row.DescribeProvenance(language))).ToList();
        if (legend.Count > 0)
        {
            sections.Add(new ReportSection(language[Phrase.ProvenanceLegendHeading], string.Join('\n', legend)));
        }

        return new ReportTable(title, string.Join(" ", notes), columns, rows, language.Code)
        {
            Sections = sections,
            Evaluated = true,
            Phrases = language,
            Result = result,
            NumberColumns = ["actual", "target", "margin", "change"],
            Grades = grades,
        };
    }

    /// <summary>
    /// The summary a periodic report opens with: the grades overall ("Tổng hợp chung: 4/5 chỉ tiêu đạt và vượt; 1 chỉ tiêu chưa
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

    private static ReportRow Row(ScorecardRow row, ScorecardResult result, Language language, bool withStatus, bool withNotes)
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
            Marked(row.IsEarlierFigure ? $"{row.DescribeValue(language)} ({language.Format(Phrase.ScorecardFigureOf, PeriodText.InSentence(row.Period, language))})" : row.DescribeValue(language), row.ValueStatus, language),
            row.AsOf is { } asOf ? Date(asOf, language) : string.Empty,
            // A row without a target of its own shows the containing period's plan it is set against: "≥ 33 (năm 2024)".
            row.Target is { } target ? indicator.FormatGoal(target.Goal, language)
                : row.PlanShare is { } plan ? plan.DescribePlan(language)
                : "—",
            evaluation?.Margin is { } margin ? indicator.FormatDifference(margin, language, explicitPlusSign: true) : string.Empty,
            // A status set by hand stands beside the computed one, never in its place. Against a containing period's plan,
            // where the figure stands on the plan's line, kept short so the table fits; the share is in the sentence.
            StatusOverride.BesideComputed(
                evaluation is null ? row.PlanShare?.DescribeSchedule(language)
                    : row.IsBeforePeriodEnd ? Status(language[Phrase.ReportStatusPeriodNotEnded], row.IsBehindSchedule, language)
                    : Status(evaluation.Status.Describe(language), row.IsBehindSchedule, language),
                row.Override,
                language),
            // A change on a restated base already says so ("số liệu quy đổi theo đơn vị hiện nay"); other statuses are marked.
            row.ChangeStatus == ValueStatus.Restated ? row.DescribeComparison(language) : Marked(row.DescribeComparison(language), row.ChangeStatus, language),
            result.DescribeLead(row, language),
            .. withStatus ? [StatusCell(row, language)] : Array.Empty<string>(),
            .. withNotes ? [row.Note?.Text ?? string.Empty] : Array.Empty<string>(),
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
            ["valueStatus"] = Token(row.ValueStatus),
            ["statusNote"] = row.DescribeStatusNote(language) is { Length: > 0 } statusNote ? statusNote : null,
            ["baseStatus"] = Token(row.BaseStatus),
            ["changeStatus"] = Token(row.ChangeStatus),
            ["publishedOn"] = row.Reported?.PublishedOn is { } published ? published.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : null,
            ["revisedFrom"] = row.Revises?.Value.Value,
            ["revisedFromPublishedOn"] = row.Revises?.PublishedOn is { } earlier ? earlier.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : null,
            ["note"] = row.Note?.Text,
            ["statusSetByHand"] = row.Override?.Status.ToString(),
            ["statusSetBy"] = row.Override?.SetBy,
            ["statusSetReason"] = row.Override?.Reason,
            // Set against a containing period's plan (a quarter against the year's): the plan, the share reached and expected.
            ["planPeriod"] = row.PlanShare?.TargetPeriod.ToString("I", null),
            ["planGoal"] = row.PlanShare?.Goal,
            ["planStartValue"] = row.PlanShare?.Start?.Value,
            ["planStartDate"] = row.PlanShare?.Start?.Date is { } startDate ? startDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : null,
            ["planShare"] = row.PlanShare?.Share,
            ["planExpectedShare"] = row.PlanShare?.ExpectedShare,
            ["planExpectedValue"] = row.PlanShare?.ExpectedValue,
            ["planDaysAhead"] = (decimal?)row.PlanShare?.DaysAhead,
            ["planSchedule"] = row.PlanShare is { } planned ? planned.Status.ToString() : null,
            // A figure dated after the day the evaluation was made as of is shown, not judged.
            ["datedAfterAsOf"] = row.IsDatedAfterAsOf,
            // A figure without a date, as of a day before its period ends, is shown, not judged against the whole period's target.
            ["beforePeriodEnd"] = row.IsBeforePeriodEnd,
            ["sentence"] = row.Describe(language),
        };
        // Where the figure stands on its trajectory's milestone, and the days its period's figures cover: written only
        // for a scorecard that has them, so that a report without them is as it was.
        if (row.TrajectoryCheck is { } check)
        {
            values["trajectoryYear"] = (decimal)check.Milestone.Year;
            values["trajectoryMilestone"] = check.Milestone.Value;
            values["trajectoryGap"] = check.Gap;
            values["trajectoryStatus"] = check.Status.ToString();
        }

        if (row.DataWindow is { } window)
        {
            values["dataWindowStart"] = window.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            values["dataWindowEnd"] = window.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        }
        var status = evaluation?.Status switch
        {
            null when row.PlanShare is { IsBehind: true } => RowStatus.Behind,
            null => RowStatus.None,
            _ when row.IsBeforePeriodEnd => row.IsBehindSchedule ? RowStatus.Behind : RowStatus.None,
            TargetStatus.Met or TargetStatus.Exceeded => RowStatus.Met,
            TargetStatus.BasicallyMet => RowStatus.AtRisk,
            TargetStatus.NotMet when row.IsBehindSchedule => RowStatus.Behind,
            TargetStatus.NotMet => RowStatus.AtRisk,
            _ => RowStatus.AtRisk,
        };
        // Why the row lags, as words a program can match, beside the lagging report's sentences.
        var reasons = ReasonWords(row.LaggingReasons);
        values["laggingReasons"] = reasons;
        return new ReportRow(cells, values, status)
        {
            LaggingReasons = reasons,
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

    /// <summary>The status cell of a row without a verdict of its own: its plan share, then a status set by hand, each when there is one.</summary>

    /// <summary>A cell with its status mark beside it: "72,3% (suy ra)"; an empty cell, or a reported figure's, as it is.</summary>
    private static string Marked(string cell, ValueStatus status, Language language) =>
        cell.Length == 0 || status == ValueStatus.Reported ? cell : $"{cell} {status.Mark(language)}";

    /// <summary>The status column: the value's status word, then what the comparison stands on when that is weaker.</summary>
    private static string StatusCell(ScorecardRow row, Language language)
    {
        var parts = new List<string>();
        if (row.ValueStatus != ValueStatus.Reported)
        {
            parts.Add(row.ValueStatus.Describe(language));
        }

        if (row.ChangeStatus != ValueStatus.Reported && row.BaseStatus != ValueStatus.Reported && row.BasePeriod is { } basePeriod)
        {
            parts.Add(language.Format(Phrase.ProvenanceBaseClause, PeriodText.InSentence(basePeriod, language), row.BaseStatus.Describe(language)));
        }

        return string.Join("; ", parts);
    }

    /// <summary>The lagging reasons' words in machine formats, in the order of the flags: "notMet", "behindSchedule", "declining", "noData", "offTrack".</summary>
    internal static string[] ReasonWords(LaggingReasons reasons) =>
        [.. Enum.GetValues<LaggingReasons>().Where(reason => reason != LaggingReasons.None && reasons.HasFlag(reason)).Select(reason => JsonNamingPolicy.CamelCase.ConvertName(reason.ToString()))];

    /// <summary>The status's word in machine formats: "estimated", "derived"; "reported" by default.</summary>
    private static string Token(ValueStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    /// <summary>The status as the library labels it ("Vượt chỉ tiêu", "Chưa đạt"), and whether the row is behind schedule.</summary>
    private static string Status(string status, bool behindSchedule, Language language) => behindSchedule
        ? language.Format(Phrase.ReportStatusBehindSchedule, status)
        : status;

    /// <summary>A date in a cell or a note: "30/9/2025" in Vietnamese, "30 Sep 2025" in English.</summary>
    public static string Date(LocalDate date, Language language) => PeriodText.ShortDate(date, language);
}
