using De06Metrics.Evaluation;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Tasks;
using De06Metrics.Text;

namespace De06Metrics.Excel;

/// <summary>
/// The report's sheets: the indicator results (each value as a number with its format, beside its text), the lagging
/// list and the tasks, in the report's language.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ReportSheets
{
    public static ValueTask WriteResultsAsync(SheetWriter writer, ScorecardResult result, Language language, CancellationToken cancellationToken)
    {
        // Two columns more, the milestone and where the figure stands, only when some row is checked against a trajectory.
        var trajectories = result.Rows.Any(row => row.TrajectoryCheck is not null);
        string[] headings =
        [
            language[Phrase.ReportColumnCode],
            language[Phrase.ReportColumnIndicator],
            language[Phrase.ReportColumnUnit],
            language[Phrase.ReportColumnActual],
            Number(Phrase.ReportColumnActual),
            language[Phrase.WorkbookColumnMeasureUnit],
            language[Phrase.ReportColumnAsOf],
            language[Phrase.ReportColumnTarget],
            Number(Phrase.ReportColumnTarget),
            language[Phrase.ReportColumnMargin],
            Number(Phrase.ReportColumnMargin),
            language[Phrase.ReportColumnStatus],
            .. trajectories ? [language[Phrase.WorkbookColumnMilestone], language[Phrase.WorkbookColumnTrajectoryStatus]] : Array.Empty<string>(),
            language[Phrase.ReportColumnChange],
            Number(Phrase.ReportColumnChange),
            language[Phrase.ReportColumnLead],
            language[Phrase.ReportColumnValueStatus],
            language[Phrase.ReportColumnNotes],
        ];
        var dates = ExcelFormats.DateFormat(language);
        // An indicator's number formats and unit are the same on each of its rows: made once per indicator, not per row.
        var formats = new Dictionary<IndicatorCode, RowFormats>();
        return writer.WriteTableAsync(SheetNames.Results(language), headings, () => result.Rows.Select(row => ResultRow(row, result, language, dates, trajectories, FormatsOf(row.Indicator))), cancellationToken);

        RowFormats FormatsOf(Indicator indicator)
        {
            if (!formats.TryGetValue(indicator.Code, out var made))
            {
                made = new RowFormats(ExcelFormats.ValueFormat(indicator), ExcelFormats.DifferenceFormat(indicator), ExcelFormats.UnitOf(indicator.Measure, language, scaled: false));
                formats[indicator.Code] = made;
            }

            return made;
        }

        string Number(Phrase heading) => language.Format(Phrase.WorkbookColumnNumber, language[heading]);
    }

    public static ValueTask WriteLaggingAsync(SheetWriter writer, ScorecardResult result, Language language, ScorecardTree? tree, CancellationToken cancellationToken)
    {
        string[] headings =
        [
            language[Phrase.ReportColumnLead],
            language[Phrase.ReportColumnCode],
            language[Phrase.ReportColumnIndicator],
            language[Phrase.ReportColumnUnit],
            .. tree is null ? Array.Empty<string>() : [language[Phrase.ReportColumnPlace]],
            language[Phrase.WorkbookColumnDetails],
        ];
        // Streamed: each item is made as its row is written, never the whole report at once.
        return writer.WriteTableAsync(SheetNames.Lagging(language), headings, () => LaggingReport.Stream(result, tree).SelectMany(section => section.EnumerateItems().Select(item => (SheetCell[])
        [
            section.Lead.Name.In(language),
            item.Row.Indicator.Code.Value,
            item.Row.Indicator.Name.In(language),
            item.Row.Unit.Name.In(language),
            .. tree is null ? Array.Empty<SheetCell>() : [string.Join(" › ", item.Groups.Select(group => group.Name!.Value.In(language)))],
            item.Describe(language),
        ])), cancellationToken);
    }

    /// <summary>
    /// The weighted tree scored for every unit: per unit and node, the node (indented by depth), its kind, weight and
    /// score out of 100 as numbers, the indicators scored and the node's sentence.
    /// </summary>
    public static ValueTask WriteTreeAsync(SheetWriter writer, ScorecardResult result, ScorecardTree tree, Language language, CancellationToken cancellationToken)
    {
        string[] headings =
        [
            language[Phrase.ReportColumnUnit],
            language[Phrase.ReportColumnNode],
            language[Phrase.ReportColumnWeight],
            language[Phrase.ReportColumnScore],
            language[Phrase.ReportColumnScored],
            language[Phrase.ReportColumnExplanation],
        ];
        return writer.WriteTableAsync(SheetNames.Tree(language), headings, () => tree.ScoreAll(result).SelectMany(score => score.Nodes.Select(node => (SheetCell[])
        [
            score.UnitName.In(language),
            new string(' ', 4 * node.Depth) + (node.Indicator is { } indicator ? $"{indicator.Code} ({indicator.Name.In(language)})" : node.Node.Label(language)),
            node.Depth == 0 ? SheetCell.Empty : SheetCell.ExactNumber(node.Node.Weight),
            node.Points is { } points ? new SheetCell(null, points, ExcelFormats.TwoDecimals) : "—",
            $"{node.Scored}/{node.Indicators}",
            node.Describe(language),
        ])), cancellationToken);
    }

    public static ValueTask WriteTasksAsync(SheetWriter writer, TaskListAssessment tasks, Language language, CancellationToken cancellationToken)
    {
        string[] headings =
        [
            language[Phrase.ReportColumnCode],
            language[Phrase.ReportColumnTask],
            language[Phrase.ReportColumnLead],
            language[Phrase.ReportColumnCoordinating],
            language[Phrase.ReportColumnDeadline],
            language[Phrase.ReportColumnDoneOn],
            language[Phrase.ReportColumnStatus],
            language[Phrase.ReportColumnNotes],
        ];
        var dates = ExcelFormats.DateFormat(language);
        return writer.WriteTableAsync(SheetNames.Tasks(language), headings, () => tasks.Items.Select(item => new SheetCell[]
        {
            item.Task.Code,
            item.Task.Name.In(language),
            tasks.NameOf(item.Responsibility.Lead).In(language),
            string.Join(", ", item.Responsibility.Coordinating.Select(unit => tasks.NameOf(unit).In(language))),
            SheetCell.OfDate(item.Task.Deadline, dates),
            item.Task.DoneOn is { } done ? SheetCell.OfDate(done, dates) : string.Empty,
            new(item.Deadline.Describe(language), Fill: FillOf(item)),
            item.Task.Notes ?? string.Empty,
        }), cancellationToken);
    }

    /// <summary>An indicator's number formats for its values and its differences, and its unit of measure in words.</summary>
    private readonly record struct RowFormats(string Value, string Difference, string Unit);

    private static SheetCell[] ResultRow(ScorecardRow row, ScorecardResult result, Language language, string dates, bool trajectories, RowFormats formats)
    {
        var indicator = row.Indicator;
        var measure = indicator.Measure;
        var evaluation = row.Evaluation;
        var valueFormat = formats.Value;
        var differenceFormat = formats.Difference;
        return
        [
            indicator.Code.Value,
            indicator.Name.In(language),
            row.Unit.Name.In(language),
            row.DescribeValue(language),
            row.Actual is { } actual ? new SheetCell(null, ExcelFormats.CellValue(measure, actual.Value), valueFormat) : SheetCell.Empty,
            formats.Unit,
            row.AsOf is { } asOf ? SheetCell.OfDate(asOf, dates) : string.Empty,
            // A row without a target of its own shows the containing period's plan it is set against: "≥ 33 (năm 2024)".
            row.Target is { } target ? indicator.FormatGoal(target.Goal, language)
                : row.PlanShare is { } plan ? plan.DescribePlan(language)
                : string.Empty,
            row.Target is { } goal && SingleNumber(goal.Goal) is { } threshold ? new SheetCell(null, ExcelFormats.CellValue(measure, threshold), valueFormat) : SheetCell.Empty,
            evaluation?.Margin is { } margin ? indicator.FormatDifference(margin, language, explicitPlusSign: true) : string.Empty,
            evaluation?.Margin is { } number ? new SheetCell(null, number, differenceFormat) : SheetCell.Empty,
            // A status set by hand stands beside the computed one, never in its place; the fill is the computed status's.
            evaluation is null
                ? new SheetCell(StatusOverride.BesideComputed(row.PlanShare?.DescribeBrief(language), row.Override, language),
                    Fill: row.PlanShare switch { { IsBehind: true } => CellFill.Bad, { Share: not null } => CellFill.Good, _ => CellFill.None })
                : new SheetCell(StatusOverride.BesideComputed(Status(row, evaluation.Status, language), row.Override, language), Fill: FillOf(evaluation.Status, row.IsBehindSchedule)),
            .. trajectories ? TrajectoryCells(row, language, valueFormat) : Array.Empty<SheetCell>(),
            row.DescribeChange(language),
            row.Change is { Amount: { } change } && row.Actual is not null ? new SheetCell(null, change, differenceFormat) : SheetCell.Empty,
            result.DescribeLead(row, language),
            FigureStatus(row, language),
            row.Note?.Text ?? string.Empty,
        ];
    }

    /// <summary>
    /// The milestone of the row's year on its trajectory as a number in the row's format, and where the figure stands in
    /// words ("chậm so với lộ trình", on a red fill; "đúng lộ trình", on a green one); two empty cells for a row without one.
    /// </summary>
    private static SheetCell[] TrajectoryCells(ScorecardRow row, Language language, string valueFormat) => row.TrajectoryCheck is { } check
        ?
        [
            new SheetCell(null, ExcelFormats.CellValue(row.Indicator.Measure, check.Milestone.Value), valueFormat),
            check.Status == TrajectoryStatus.OnTrack
                ? new SheetCell(language[Phrase.TrajectoryOnTrack], Fill: CellFill.Good)
                : new SheetCell(language[Phrase.TrajectoryOffTrack], Fill: CellFill.Bad),
        ]
        : [SheetCell.Empty, SheetCell.Empty];

    /// <summary>How firm the figures are: the value's status word, then what the comparison stands on when that is weaker.</summary>
    private static string FigureStatus(ScorecardRow row, Language language)
    {
        var parts = new List<string>(2);
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

    /// <summary>The goal's one number (at least, at most, exactly); none for a range or a yes/no goal, whose text says it.</summary>
    internal static decimal? SingleNumber(Goal goal) => goal.Kind is TargetKind.AtLeast or TargetKind.AtMost or TargetKind.ExactWithinTolerance ? goal.Low : null;

    private static string Status(ScorecardRow row, TargetStatus status, Language language)
    {
        // A figure without a date whose period had not ended is shown, not judged: the cell says so, not "no data".
        var word = row.IsBeforePeriodEnd ? language[Phrase.ReportStatusPeriodNotEnded] : status.Describe(language);
        return row.IsBehindSchedule ? language.Format(Phrase.ReportStatusBehindSchedule, word) : word;
    }

    internal static CellFill FillOf(TargetStatus status, bool behindSchedule) => status switch
    {
        _ when behindSchedule => CellFill.Bad,
        TargetStatus.Exceeded or TargetStatus.Met => CellFill.Good,
        TargetStatus.BasicallyMet => CellFill.Warning,
        TargetStatus.NotMet => CellFill.Bad,
        _ => CellFill.Missing,
    };

    private static CellFill FillOf(TaskAssessment item) => item.Status switch
    {
        DeadlineStatus.DoneOnTime => CellFill.Good,
        DeadlineStatus.Overdue => CellFill.Bad,
        DeadlineStatus.DoneLate or DeadlineStatus.DueSoon => CellFill.Warning,
        _ when item.IsLagging => CellFill.Bad,
        _ => CellFill.None,
    };
}
