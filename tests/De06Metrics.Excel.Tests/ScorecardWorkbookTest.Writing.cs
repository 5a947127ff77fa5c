using De06Metrics.Csv;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Units;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tasks;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;

namespace De06Metrics.Excel.Tests;

/// <summary>
/// The report workbook of the Hà Giang example, read back by a second library (MiniExcel) and, for what Excel stores
/// but MiniExcel does not tell (number format codes, fills, frozen panes, filters, widths), from its XML parts. The
/// models are held to all 33 of the programme on the quarter (the example plans them over the year instead), so that
/// the workbook has a row not met, drawn and listed as lagging.
/// </summary>
public sealed class ScorecardWorkbookWritingTest : IDisposable
{
    private static readonly Scorecard Example = HaGiangExample.WithTheModelsHeldToTheProgrammeOnQ1(ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid());
    private static readonly ScorecardResult Q1 = Example.Evaluate(HaGiangExample.Q1, options: new ScorecardOptions(comparisonPeriod: HaGiangExample.Year2023));

    private readonly MemoryStream workbook = new();

    public ScorecardWorkbookWritingTest()
    {
        var tasks = TaskCsv.ReadFolder(Path.Combine(HaGiangExample.Folder, "csv"), Example).Tasks.Assess(HaGiangExample.Q1.End, 7);
        ScorecardWorkbook.Write(Q1, workbook, Language.Vietnamese, tasks);
    }

    public void Dispose() => workbook.Dispose();

    [Fact]
    public void The_sheets_are_the_reports_in_its_language_then_the_data_tables()
    {
        Workbooks.SheetNames(workbook).Should().Equal(
            "Tổng hợp", "Kết quả chỉ tiêu", "Hạn chế, chậm tiến độ", "Nhiệm vụ", "settings", "units", "indicators", "targets", "observations");
    }

    [Fact]
    public void The_summary_names_the_body_the_period_and_the_grades_overall_and_per_unit()
    {
        workbook.Position = 0;
        var rows = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: false, sheetName: "Tổng hợp").Cast<IDictionary<string, object?>>().ToList();
        object? Beside(string label) => rows.Single(row => (row["A"] as string) == label)["B"];

        Beside("Đơn vị báo cáo").Should().Be("Tỉnh Hà Giang");
        Beside("Kỳ báo cáo").Should().Be("Quý I/2024");
        Beside("So sánh với").Should().Be("Năm 2023");
        // The example's four targets (targets.csv), all for the province, all exceeded (88,8 ≥ 70; 95 ≥ 70; 83,7 ≥ 45;
        // 92,7 ≥ 70), and the models held to all 33 on the quarter: short (17 < 33).
        var header = rows.Single(row => (row["A"] as string) == "Đơn vị");
        header.Values.Should().ContainInOrder("Đánh giá chung", "Vượt chỉ tiêu", "Đạt chỉ tiêu", "Cơ bản đạt", "Chưa đạt", "Không có số liệu");
        foreach (var label in new[] { "Tất cả đơn vị", "Tỉnh Hà Giang" })
        {
            var grades = rows.Single(row => (row["A"] as string) == label);
            ((string)grades["B"]!).Should().StartWith("4/5 chỉ tiêu đạt và vượt; 1 chỉ tiêu chưa đạt");
            (grades["C"], grades["D"], grades["E"], grades["F"], grades["G"], grades["I"]).Should().Be((4d, 0d, 0d, 1d, 0d, 5d));
        }

        // The tasks' counts as the task list says them (docs/examples/ha-giang-2024-q1/README.md: 17 of 33 models).
        ((string)Beside("Kết quả thực hiện nhiệm vụ")!).Should().StartWith("Đã hoàn thành 17/33 mô hình");
    }

    [Fact]
    public void A_rate_is_a_fraction_beside_its_text_with_the_target_margin_and_change_as_numbers()
    {
        var row = ResultRow("DVC.ONLINE");

        // The report: 88,8%, target 70%, 18,8 points above it, up 16,5 points on 2023 (72,3%).
        row["Kết quả"].Should().Be("88,8%");
        row["Kết quả (số)"].Should().Be(0.888);
        row["Đơn vị tính"].Should().Be("%");
        row["Chỉ tiêu giao (số)"].Should().Be(0.7);
        ((double)row["Chênh lệch (số)"]!).Should().BeApproximately(18.8, 1e-9);
        ((double)row["So sánh (số)"]!).Should().BeApproximately(16.5, 1e-9);
        row["Đánh giá"].Should().Be("Vượt chỉ tiêu");
    }

    [Fact]
    public void Money_is_a_whole_number_of_dong_and_a_count_of_models_a_whole_number()
    {
        var credit = ResultRow("CREDIT.LENT");
        credit["Kết quả"].Should().Be("2.527 tỷ đồng");
        credit["Kết quả (số)"].Should().Be(2_527_000_000_000d);
        credit["Đơn vị tính"].Should().Be("đồng");

        var models = ResultRow("MODELS.DEPLOYED");
        models["Kết quả (số)"].Should().Be(17d);
        models["Chỉ tiêu giao (số)"].Should().Be(33d);
        models["Chênh lệch (số)"].Should().Be(-16d);
        models["Đánh giá"].Should().Be("Chưa đạt");
    }

    [Fact]
    public void Number_formats_are_stored_invariantly_and_shown_by_the_readers_excel()
    {
        var sheet = Workbooks.Sheet(workbook, "Kết quả chỉ tiêu");
        var online = RowNumberOf("DVC.ONLINE");
        var credit = RowNumberOf("CREDIT.LENT");

        // Excel stores "#,##0" and "0.0%" whatever the language; a Vietnamese Excel shows them as 2.527.000.000.000 and 88,8%.
        Workbooks.FormatCodeOf(workbook, Workbooks.CellAt(sheet, "E" + online)).Should().Be("0.0%");
        Workbooks.FormatCodeOf(workbook, Workbooks.CellAt(sheet, "E" + credit)).Should().Be("#,##0");
        Workbooks.FormatCodeOf(workbook, Workbooks.CellAt(sheet, "K" + online)).Should().Be("+0.0;-0.0;0.0");
        Workbooks.FormatCodeOf(workbook, Workbooks.CellAt(sheet, "K" + RowNumberOf("MODELS.DEPLOYED"))).Should().Be("+#,##0;-#,##0;#,##0");
    }

    [Fact]
    public void A_status_has_its_words_and_a_fill()
    {
        var sheet = Workbooks.Sheet(workbook, "Kết quả chỉ tiêu");
        var met = Workbooks.CellAt(sheet, "L" + RowNumberOf("DVC.ONLINE"));
        var notMet = Workbooks.CellAt(sheet, "L" + RowNumberOf("MODELS.DEPLOYED"));

        Workbooks.FillOf(workbook, met).Should().NotBeNull().And.NotBe(Workbooks.FillOf(workbook, notMet));
        Workbooks.FillOf(workbook, notMet).Should().NotBeNull();
    }

    [Theory]
    [InlineData("Kết quả chỉ tiêu")]
    [InlineData("Hạn chế, chậm tiến độ")]
    [InlineData("Nhiệm vụ")]
    [InlineData("observations")]
    public void A_table_has_its_header_frozen_a_filter_over_its_rows_and_columns_wider_than_their_heading(string name)
    {
        var sheet = Workbooks.Sheet(workbook, name);
        var rows = Workbooks.Rows(workbook, name);

        var pane = sheet.Descendants(Workbooks.Name("pane")).Single();
        pane.Attribute("ySplit")!.Value.Should().Be("1");
        pane.Attribute("state")!.Value.Should().Be("frozen");
        var filter = sheet.Descendants(Workbooks.Name("autoFilter")).Single().Attribute("ref")!.Value;
        filter.Should().StartWith("A1:").And.EndWith((rows.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var widths = sheet.Descendants(Workbooks.Name("col")).Select(col => double.Parse(col.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var headings = rows[0].Keys.ToList();
        widths.Should().HaveCount(headings.Count);
        widths.Zip(headings).Should().OnlyContain(pair => pair.First >= Math.Min(pair.Second.Length, 60));
    }

    [Fact]
    public void The_report_workbook_reads_back_as_its_scorecard()
    {
        workbook.Position = 0;
        var read = ScorecardWorkbook.Read(workbook, "report.xlsx", Language.English);

        read.Problems.Should().BeEmpty();
        read.Scorecard.ShouldHoldTheSameItems(Example);
    }

    [Fact]
    public async Task Every_feature_of_a_scorecard_and_a_timeline_survive_a_data_workbook()
    {
        foreach (var scorecard in new[] { ScorecardSamples.Everything(), TimelineSamples.EveryKind(), TimelineSamples.EveryKind(Timeline.SuccessionDateBasis.Legal) })
        {
            using var data = new MemoryStream();
            await ScorecardWorkbook.WriteDataAsync(scorecard, data);
            data.Position = 0;

            var read = ScorecardWorkbook.Read(data, "data.xlsx", Language.English);

            read.Problems.Should().BeEmpty();
            read.Scorecard.ShouldHoldTheSameItems(scorecard);
            read.Scorecard.Timeline.ShouldHoldTheSameTimeline(scorecard.Timeline);
        }
    }

    [Fact]
    public async Task A_number_a_double_cannot_hold_is_written_as_its_exact_text()
    {
        // 28 significant digits: Excel's double keeps 15 to 17, so the cell would lose the rest.
        var precise = 1234567890.123456789012345678m;
        ((decimal)(double)precise).Should().NotBe(precise);
        var unit = new UnitId("HG");
        var indicator = new Indicator(new IndicatorCode("MONEY"), new LocalizedText("Vốn"), Measure.Money(Currency.Vnd), Polarity.HigherIsBetter, 0);
        var scorecard = Scorecard.Create(
            [indicator],
            UnitRegistry.Create([new ResponsibleUnit(unit, new LocalizedText("Tỉnh Hà Giang"), UnitKind.Province)]),
            [],
            [new Observation(indicator.Code, unit, HaGiangExample.Q1, MeasuredValue.Of(precise))]);
        using var data = new MemoryStream();
        await ScorecardWorkbook.WriteDataAsync(scorecard, data);

        Workbooks.Rows(data, "observations").Single()["value"].Should().Be("1234567890.123456789012345678");
        data.Position = 0;
        ScorecardWorkbook.Read(data, "data.xlsx", Language.English).EnsureValid().Observations.Single().Value.Value.Should().Be(precise);
    }

    [Fact]
    public void Sheet_names_are_ones_excel_accepts_in_both_languages()
    {
        foreach (var language in Language.All)
        {
            foreach (var name in new[] { SheetNames.Summary(language), SheetNames.Results(language), SheetNames.Lagging(language), SheetNames.Tasks(language) })
            {
                name.Length.Should().BeInRange(1, 31);
                name.Should().NotContainAny("[", "]", ":", "*", "?", "/", "\\");
            }
        }
    }

    private IDictionary<string, object?> ResultRow(string code) =>
        Workbooks.Rows(workbook, "Kết quả chỉ tiêu").Single(row => (string?)row["Mã"] == code && (string?)row["Đơn vị"] == "Tỉnh Hà Giang");

    /// <summary>The sheet row (1 is the header) of the province's row of an indicator.</summary>
    private int RowNumberOf(string code) =>
        Workbooks.Rows(workbook, "Kết quả chỉ tiêu").ToList().FindIndex(row => (string?)row["Mã"] == code && (string?)row["Đơn vị"] == "Tỉnh Hà Giang") + 2;
}
