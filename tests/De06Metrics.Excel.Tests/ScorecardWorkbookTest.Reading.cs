using De06Metrics.Csv;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Scorecards;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;

namespace De06Metrics.Excel.Tests;

/// <summary>
/// Reading a scorecard from a workbook built by a second library (MiniExcel): the example's CSV folder converted gives
/// the report's figures, and every problem names the workbook, the sheet, the row and the column.
/// </summary>
public sealed class ScorecardWorkbookReadingTest
{
    private static readonly IndicatorCode Online = new("DVC.ONLINE");

    [Fact]
    public void The_example_converted_to_a_workbook_gives_the_reports_figures()
    {
        using var workbook = Workbooks.HaGiangWorkbook();
        var read = ScorecardWorkbook.Read(workbook, "ha-giang.xlsx", Language.Vietnamese);

        read.Problems.Should().BeEmpty();
        var q1 = read.Scorecard.Evaluate(HaGiangExample.Q1, options: new ScorecardOptions(comparisonPeriod: HaGiangExample.Year2023));
        // The report's figures (docs/examples/ha-giang-2024-q1/README.md): 88,8%, 17/33 models, 2.527 tỷ đồng, 11th of 63.
        q1.Find(Online, HaGiangExample.Province)!.DescribeValue(Language.Vietnamese).Should().Be("88,8%");
        q1.Find(new IndicatorCode("MODELS.DEPLOYED"), HaGiangExample.Province)!.DescribeValue(Language.Vietnamese).Should().Be("17/33 mô hình (51,5%)");
        q1.Find(new IndicatorCode("CREDIT.LENT"), HaGiangExample.Province)!.DescribeValue(Language.Vietnamese).Should().Be("2.527 tỷ đồng");
        var year = read.Scorecard.Evaluate(HaGiangExample.Year2023, options: new ScorecardOptions(comparison: PeriodComparison.PreviousPeriod));
        year.Find(new IndicatorCode("PAPI.RANK"), HaGiangExample.Province)!.DescribeValue(Language.Vietnamese).Should().Be("thứ 11/63");
    }

    [Fact]
    public void The_example_converted_to_a_workbook_reads_as_its_csv_folder_does()
    {
        using var workbook = Workbooks.HaGiangWorkbook();
        var fromWorkbook = ScorecardWorkbook.Read(workbook, "ha-giang.xlsx", Language.Vietnamese).Scorecard;
        var fromFolder = ScorecardCsv.ReadFolder(Path.Combine(HaGiangExample.Folder, "csv")).EnsureValid();

        fromWorkbook.ShouldHoldTheSameItems(fromFolder);
    }

    [Fact]
    public void A_bad_cell_is_named_by_workbook_sheet_row_and_column()
    {
        using var workbook = Workbooks.Build(Sheets(observations:
        [
            Observation("RATE", "88.8"),
            Observation("RATE", "many"),
        ]));

        var read = ScorecardWorkbook.Read(workbook, "data.xlsx", Language.English);

        // The bad value is the second row under the header, row 3; 'value' is the fourth column, D.
        var problem = read.Problems.Should().ContainSingle().Subject;
        problem.Location.File.Should().Be("data.xlsx, sheet observations");
        problem.Location.Line.Should().Be(3);
        problem.Location.Column.Should().Be(4);
        problem.Value.Should().Be("many");
    }

    [Fact]
    public void A_location_is_written_in_the_language_asked_for()
    {
        using var workbook = Workbooks.Build(Sheets(observations: [Observation("RATE", "many")]));

        var read = ScorecardWorkbook.Read(workbook, "data.xlsx", Language.Vietnamese);

        read.Problems.Should().ContainSingle().Which.Location.File.Should().Be("data.xlsx, trang tính observations");
    }

    [Fact]
    public void A_missing_sheet_is_a_problem_of_the_workbook()
    {
        using var workbook = Workbooks.Build(Sheets().Where(sheet => sheet.Sheet != "targets"));

        var read = ScorecardWorkbook.Read(workbook, "data.xlsx", Language.English);

        read.Problems.Select(problem => problem.ToString()).Should().Equal(
            "data.xlsx: the workbook has no sheet targets; a scorecard workbook needs the sheets units, indicators, targets, observations.");
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_one_problem_not_an_exception()
    {
        using var stream = new MemoryStream("indicator,unit\n"u8.ToArray());

        var read = ScorecardWorkbook.Read(stream, "data.xlsx", Language.English);

        read.Problems.Should().ContainSingle().Which.Message.Should().StartWith("the file is not an Excel workbook (.xlsx) that can be read: ");
    }

    [Fact]
    public void Number_cells_are_read_exactly_and_date_cells_as_their_day()
    {
        // 88.8 has no exact double: the cell holds the double nearest it, which must read back as exactly 88.8.
        using var workbook = Workbooks.Build(Sheets(observations:
        [
            new() { ["indicator"] = "RATE", ["unit"] = "HG", ["period"] = "2024-Q1", ["value"] = 88.8, ["as_of"] = new DateTime(2024, 3, 31) },
        ]));

        var observation = ScorecardWorkbook.Read(workbook, "data.xlsx", Language.English).EnsureValid().Observations.Single();

        observation.Value.Value.Should().Be(88.8m);
        observation.AsOf.Should().Be(new LocalDate(2024, 3, 31));
    }

    [Fact]
    public void Numbers_typed_as_text_follow_the_settings_sheet()
    {
        using var workbook = Workbooks.Build(Sheets(
            observations: [Observation("RATE", "88,8")],
            settings: [new() { ["setting"] = "decimal_separator", ["value"] = "comma" }]));

        ScorecardWorkbook.Read(workbook, "data.xlsx", Language.English).EnsureValid().Observations.Single().Value.Value.Should().Be(88.8m);
    }

    [Fact]
    public void Sheets_that_are_not_data_are_ignored()
    {
        using var workbook = Workbooks.Build(Sheets().Append(("Tổng hợp", [new() { ["x"] = "anything" }])));

        ScorecardWorkbook.Read(workbook, "data.xlsx", Language.English).Problems.Should().BeEmpty();
    }

    private static Dictionary<string, object?> Observation(string indicator, object value) =>
        new() { ["indicator"] = indicator, ["unit"] = "HG", ["period"] = "2024-Q1", ["value"] = value };

    private static IEnumerable<(string Sheet, IReadOnlyList<Dictionary<string, object?>> Rows)> Sheets(
        IReadOnlyList<Dictionary<string, object?>>? observations = null, IReadOnlyList<Dictionary<string, object?>>? settings = null)
    {
        if (settings is not null)
        {
            yield return ("settings", settings);
        }

        yield return ("units", [new() { ["id"] = "HG", ["name_vi"] = "Tỉnh Hà Giang", ["kind"] = "province" }]);
        yield return ("indicators", [new() { ["code"] = "RATE", ["name_vi"] = "Tỷ lệ hồ sơ trực tuyến", ["measure"] = "rate", ["polarity"] = "higherIsBetter", ["decimals"] = 1 }]);
        yield return ("targets", [new() { ["indicator"] = "RATE", ["unit"] = "HG", ["period"] = "2024-Q1", ["goal"] = "atLeast", ["value"] = 70 }]);
        yield return ("observations", observations ?? [Observation("RATE", 88.8)]);
    }
}
