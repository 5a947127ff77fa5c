using System.Globalization;
using De06Metrics.Csv;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;

namespace De06Metrics.Excel.Tests;

/// <summary>
/// Dates in the report's sheets are date cells: the number of days Excel counts from 30 December 1899, with a date
/// format made from the language's short date (10/3/2024, 10 Mar 2024), so that Excel sorts and filters them as dates.
/// </summary>
public sealed class ScorecardWorkbookDatesTest
{
    private static readonly Scorecard Example = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();

    private static MemoryStream Workbook(Language language, LocalDate? asOf = null)
    {
        var tasks = TaskCsv.ReadFolder(Path.Combine(HaGiangExample.Folder, "csv"), Example).Tasks.Assess(HaGiangExample.Q1.End, 7);
        var workbook = new MemoryStream();
        ScorecardWorkbook.Write(Example.Evaluate(HaGiangExample.Q1, asOf), workbook, language, tasks);
        return workbook;
    }

    /// <summary>Excel's serial number of a day: days since 30 December 1899 (so 1 January 2024 is 45 292).</summary>
    private static string Serial(LocalDate date) =>
        Period.Between(new LocalDate(1899, 12, 30), date, PeriodUnits.Days).Days.ToString(CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("vi", "Nhiệm vụ", "d/m/yyyy")]
    [InlineData("en", "Tasks", "d mmm yyyy")]
    public void A_tasks_deadline_and_day_done_are_date_cells_in_the_languages_date_format(string code, string sheetName, string format)
    {
        using var workbook = Workbook(Language.FromCode(code));
        var sheet = Workbooks.Sheet(workbook, sheetName);

        // tasks.csv: MH.01, the first task, was due on 2023-12-31 and done on 2023-12-11. 2024-01-01 is Excel's 45 292,
        // so the deadline is 45 291 and the day done 20 days before it, 45 271.
        var deadline = Workbooks.CellAt(sheet, "E2");
        var done = Workbooks.CellAt(sheet, "F2");
        Serial(new LocalDate(2024, 1, 1)).Should().Be("45292");
        deadline.Attribute("t").Should().BeNull("a number cell has no type");
        deadline.Element(Workbooks.Name("v"))!.Value.Should().Be("45291");
        done.Element(Workbooks.Name("v"))!.Value.Should().Be(Serial(new LocalDate(2023, 12, 11))).And.Be("45271");
        Workbooks.FormatCodeOf(workbook, deadline).Should().Be(format);
        Workbooks.FormatCodeOf(workbook, done).Should().Be(format);
    }

    [Fact]
    public void The_as_of_date_is_a_date_cell_in_the_results_and_the_summary()
    {
        // The example's quarter counted to 10/3/2024, the day of the e-ID figure (docs/examples/ha-giang-2024-q1).
        var asOf = new LocalDate(2024, 3, 10);
        using var workbook = Workbook(Language.Vietnamese, asOf);
        var summary = Workbooks.Sheet(workbook, "Tổng hợp");
        var results = Workbooks.Sheet(workbook, "Kết quả chỉ tiêu");

        // 10 March 2024 is 45 292 + 31 (January) + 29 (February, a leap year) + 9 = 45 361.
        var dates = summary.Descendants(Workbooks.Name("c")).Concat(results.Descendants(Workbooks.Name("c")))
            .Where(cell => Workbooks.FormatCodeOf(workbook, cell) == "d/m/yyyy")
            .ToList();
        dates.Should().NotBeEmpty();
        dates.Should().OnlyContain(cell => cell.Element(Workbooks.Name("v"))!.Value == "45361");
        dates.Select(cell => cell.Attribute("r")!.Value).Should().Contain(reference => reference.StartsWith('B'), "the summary's as-of row has the date beside its label");
    }
}
