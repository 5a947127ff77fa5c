using System.Globalization;
using De06Metrics.Csv;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace De06Metrics.Excel.Tests;

/// <summary>
/// The tasks of a workbook's <c>tasks</c> sheet, made by a second library (MiniExcel) from the example's
/// <c>tasks.csv</c>, read as the CSV folder's tasks are: the same 33 tasks, dates from date cells, every problem at the
/// sheet's row and column.
/// </summary>
public sealed class ScorecardWorkbookTasksTest
{
    private static readonly Scorecard Example = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();

    private static readonly string[] DateColumns = ["start", "deadline", "done_on", "counted_on", "source_date"];

    /// <summary>
    /// The example's <c>tasks.csv</c> as rows for MiniExcel: dates as <see cref="DateTime"/> (so MiniExcel writes date
    /// cells), counts as numbers, the rest as text; <paramref name="change"/> may alter a row (by its index) first.
    /// </summary>
    private static MemoryStream TasksWorkbook(Action<int, Dictionary<string, object?>>? change = null)
    {
        var rows = MiniExcel.Query(Path.Combine(HaGiangExample.Folder, "csv", TaskCsv.FileName), useHeaderRow: true, excelType: ExcelType.CSV, configuration: new CsvConfiguration { Seperator = ';' })
            .Cast<IDictionary<string, object?>>()
            .Select((row, index) =>
            {
                var cells = row.ToDictionary(cell => cell.Key.TrimStart('\uFEFF'), cell => Cell(cell.Key.TrimStart('\uFEFF'), cell.Value?.ToString()));
                change?.Invoke(index, cells);
                return cells;
            })
            .ToList();
        return Workbooks.Build([("tasks", rows)]);

        static object? Cell(string column, string? text) =>
            string.IsNullOrEmpty(text) ? null
            : DateColumns.Contains(column) ? DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : column is "count_to_reach" or "count_done" ? double.Parse(text, CultureInfo.InvariantCulture)
            : text;
    }

    [Fact]
    public void The_tasks_sheet_reads_as_the_folders_tasks_csv()
    {
        var expected = TaskCsv.ReadFolder(Path.Combine(HaGiangExample.Folder, "csv"), Example).Tasks.Tasks;
        using var workbook = TasksWorkbook();

        var read = ScorecardWorkbook.ReadTasks(workbook, "tasks.xlsx", Example, Language.English);

        read.Problems.Should().BeEmpty();
        // docs/examples/ha-giang-2024-q1: 33 models, 17 of them done.
        read.Tasks.Tasks.Should().HaveCount(33);
        read.Tasks.Tasks.Select(task => (task.Code, task.Name, task.Responsibility.Lead, task.Deadline, task.DoneOn, task.Notes))
            .Should().Equal(expected.Select(task => (task.Code, task.Name, task.Responsibility.Lead, task.Deadline, task.DoneOn, task.Notes)));
        read.Tasks.Tasks.Count(task => task.DoneOn is not null).Should().Be(17);
    }

    [Fact]
    public void A_bad_cell_is_located_by_the_workbook_the_sheet_the_row_and_the_column()
    {
        // The second task (row 3 of the sheet, under the header) gets a deadline, typed as text, that is no day (30 February);
        // deadline is the 7th column of tasks.csv (code, name_vi, name_en, lead, coordinating, start, deadline), G.
        using var workbook = TasksWorkbook((index, row) =>
        {
            if (index == 1)
            {
                row["deadline"] = "2023-02-30";
            }
        });

        var read = ScorecardWorkbook.ReadTasks(workbook, "tasks.xlsx", Example, Language.English);

        var problem = read.Problems.Should().ContainSingle().Subject;
        (problem.Location.File, problem.Location.Line, problem.Location.Column).Should().Be(("tasks.xlsx, sheet tasks", 3, 7));
        problem.Value.Should().Be("2023-02-30");
        read.Tasks.Tasks.Should().HaveCount(32, "the task with a problem is left out and listed");
    }

    [Fact]
    public void A_workbook_without_a_tasks_sheet_has_no_tasks_and_an_english_reports_tasks_sheet_is_not_taken_for_one()
    {
        var result = Example.Evaluate(HaGiangExample.Q1);
        var tasks = TaskCsv.ReadFolder(Path.Combine(HaGiangExample.Folder, "csv"), Example).Tasks.Assess(HaGiangExample.Q1.End, 7);
        using var report = new MemoryStream();
        ScorecardWorkbook.Write(result, report, Language.English, tasks);
        Workbooks.SheetNames(report).Should().Contain("Tasks");

        var read = ScorecardWorkbook.ReadTasks(report, "report.xlsx", Example, Language.English);

        read.Problems.Should().BeEmpty();
        read.Tasks.Tasks.Should().BeEmpty();
    }
}
