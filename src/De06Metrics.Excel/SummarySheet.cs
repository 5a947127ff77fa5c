using De06Metrics.Evaluation;
using De06Metrics.Scorecards;
using De06Metrics.Tasks;
using De06Metrics.Text;

namespace De06Metrics.Excel;

/// <summary>
/// The summary sheet: the title; the reporting body (the top units), the period, the as-of date and the period compared
/// with; the grades overall and per unit, as the sentence a report opens with and a count per status; the tasks' counts
/// overall and per lead unit when there are tasks.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class SummarySheet
{
    public static async ValueTask WriteAsync(SheetWriter writer, ScorecardResult result, Language language, TaskListAssessment? tasks, CancellationToken cancellationToken)
    {
        await writer.StartSheetAsync(SheetNames.Summary(language), [28, 60, 14, 14, 14, 14, 14, 14, 14], cancellationToken).ConfigureAwait(false);
        async ValueTask Row(params SheetCell[] cells) => await writer.AddRowAsync(cells, cancellationToken).ConfigureAwait(false);

        await Row(new SheetCell(language.Format(Phrase.ReportTitle, result.Period.ToString(language)), Bold: true));
        await Row();
        await Row(language[Phrase.WorkbookReportingBody], string.Join(", ", result.Units.Roots.Select(unit => unit.Name.In(language))));
        await Row(language[Phrase.WorkbookPeriod], result.Period.ToString(language));
        if (result.AsOf is { } asOf)
        {
            await Row(language[Phrase.WorkbookAsOf], SheetCell.OfDate(asOf, ExcelFormats.DateFormat(language)));
        }

        if (result.BasePeriod is { } basePeriod)
        {
            await Row(language[Phrase.WorkbookComparedWith], basePeriod.ToString(language));
        }

        await Row();
        await Row(
            Heading(Phrase.ReportColumnUnit),
            Heading(Phrase.WorkbookOverall),
            new(TargetStatus.Exceeded.Describe(language), Bold: true),
            new(TargetStatus.Met.Describe(language), Bold: true),
            new(TargetStatus.BasicallyMet.Describe(language), Bold: true),
            new(TargetStatus.NotMet.Describe(language), Bold: true),
            new(TargetStatus.NoData.Describe(language), Bold: true),
            Heading(Phrase.WorkbookWithoutTarget),
            Heading(Phrase.WorkbookGraded));
        await Row(Grades(language[Phrase.WorkbookAllUnits], result.Grades, language));
        foreach (var unit in result.Units.Units)
        {
            var grades = result.GradesFor(unit.Id);
            if (grades.Graded + grades.WithoutTarget > 0)
            {
                await Row(Grades(unit.Name.In(language), grades, language));
            }
        }

        if (tasks is { Items.IsEmpty: false })
        {
            await Row();
            await Row(Heading(Phrase.ReportTasksHeading), tasks.Describe(language));
            foreach (var unit in tasks.ByLead)
            {
                await Row(unit.Lead.Name.In(language), unit.Counts.Describe(language, tasks.List.Items));
            }
        }

        SheetCell Heading(Phrase phrase) => new(language[phrase], Bold: true);
    }

    private static SheetCell[] Grades(string name, GradeSummary grades, Language language) =>
    [
        name,
        grades.Describe(language),
        Count(grades.Exceeded),
        Count(grades.Met),
        Count(grades.BasicallyMet),
        Count(grades.NotMet),
        Count(grades.NoData),
        Count(grades.WithoutTarget),
        Count(grades.Graded),
    ];

    private static SheetCell Count(int count) => new(null, count, ExcelFormats.Whole);
}
