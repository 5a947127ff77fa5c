using System.Globalization;
using De06Metrics.Excel;
using De06Metrics.Indicators;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;

namespace De06Metrics.Cli.Tests.Command;

/// <summary>
/// <c>de06 report --format xlsx</c>, a workbook as the scorecard read, and the CSV report as Excel opens it: a byte
/// order mark, the separator Excel expects in the language, plain numbers beside the text.
/// </summary>
public sealed class De06CommandExcelTest : IDisposable
{
    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    private readonly string folder = Directory.CreateTempSubdirectory("de06-excel-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_vietnamese_csv_report_has_a_byte_order_mark_semicolons_and_numbers_with_a_decimal_comma()
    {
        var file = Path.Combine(folder, "bao-cao.csv");

        var run = De06Process.Run("report", "--format", "csv", "--out", file);

        run.ExitCode.Should().Be(0, run.Error);
        File.ReadAllBytes(file).Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var lines = File.ReadAllLines(file);
        var header = lines[0].Split(';');
        header.Should().Equal("Mã", "Chỉ tiêu", "Đơn vị", "Kết quả", "Kết quả (số)", "Đơn vị tính", "Tính đến", "Chỉ tiêu giao", "Chỉ tiêu giao (số)",
            "Chênh lệch", "Chênh lệch (số)", "Đánh giá", "So sánh", "So sánh (số)", "Chủ trì", "Tình trạng số liệu", "Lý do hạn chế (mã)");
        var online = Row(lines, "DVC.ONLINE");
        // The report: 88,8%, target 70%, 18,8 points above it, up 16,5 points on 2023; each parses as a number with a decimal comma.
        decimal.Parse(online[4], DecimalComma).Should().Be(88.8m);
        online[5].Should().Be("%");
        decimal.Parse(online[8], DecimalComma).Should().Be(70m);
        decimal.Parse(online[10], DecimalComma).Should().Be(18.8m);
        decimal.Parse(online[13], DecimalComma).Should().Be(16.5m);
        // The margin's text starts with a sign a spreadsheet would run as a formula: it stays neutralised.
        online[9].Should().Be("\"'+18,8 điểm phần trăm\"");
        var credit = Row(lines, "CREDIT.LENT");
        (credit[3], credit[4], credit[5]).Should().Be(("2.527 tỷ đồng", "2527", "tỷ đồng"));
    }

    [Fact]
    public void An_english_csv_report_has_commas_and_numbers_with_a_decimal_point()
    {
        var file = Path.Combine(folder, "report.csv");

        var run = De06Process.Run("report", "--format", "csv", "--out", file, "--lang", "en");

        run.ExitCode.Should().Be(0, run.Error);
        File.ReadAllBytes(file).Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var online = File.ReadAllLines(file).Single(line => line.StartsWith("DVC.ONLINE,", StringComparison.Ordinal));
        online.Should().Contain(",88.8%,88.8,%,");
        decimal.Parse("88.8", CultureInfo.InvariantCulture).Should().Be(88.8m);
    }

    [Fact]
    public void Report_writes_a_workbook_that_reads_back_and_validates()
    {
        var file = Path.Combine(folder, "bao-cao.xlsx");

        var run = De06Process.Run("report", "--format", "xlsx", "--out", file);

        // Only the warning that the first quarter is compared with a whole year goes to the error stream.
        (run.ExitCode, run.Out, run.Error.Trim()).Should().Be((0, string.Empty, "de06: Quý I/2024 được so sánh với năm 2023, một kỳ có độ dài khác."));
        File.ReadAllBytes(file).Take(2).Should().Equal((byte)'P', (byte)'K');
        var validate = De06Process.Run("validate", file);
        validate.ExitCode.Should().Be(0, validate.Error);
        validate.Out.Should().Contain("no problems");
        var read = ScorecardWorkbook.ReadFile(file, Language.English).EnsureValid();
        read.ShouldHoldTheSameItems(Cli.ScorecardSource.Read(null, null).Scorecard);
    }

    [Fact]
    public void The_main_job_s_workbook_read_by_a_second_library_has_statuses_figure_statuses_and_number_formats()
    {
        var file = Path.Combine(folder, "bao-cao.xlsx");
        De06Process.Run("report", "--format", "xlsx", "--out", file).ExitCode.Should().Be(0);
        using var workbook = new MemoryStream(File.ReadAllBytes(file));

        // Read by MiniExcel, not by the package: the results sheet's headings, then the example's rows.
        var rows = Excel.Tests.Workbooks.Rows(workbook, "Kết quả chỉ tiêu");
        rows[0].Keys.Should().Equal("Mã", "Chỉ tiêu", "Đơn vị", "Kết quả", "Kết quả (số)", "Đơn vị tính", "Tính đến", "Chỉ tiêu giao", "Chỉ tiêu giao (số)",
            "Chênh lệch", "Chênh lệch (số)", "Đánh giá", "So sánh", "So sánh (số)", "Chủ trì", "Tình trạng số liệu", "Ghi chú");
        var lines = rows.ToList();
        int Line(string code) => lines.FindIndex(row => (string?)row["Mã"] == code && (string?)row["Đơn vị"] == "Tỉnh Hà Giang") + 2;
        var online = lines[Line("DVC.ONLINE") - 2];
        var models = lines[Line("MODELS.DEPLOYED") - 2];
        // The report: 88,8% against at least 70%, exceeded, its 2023 base (72,3%) derived from "tăng 16,5%";
        // 17/33 models with no target on the quarter (the plan is the year's), compared with 2023's illustrative 10,
        // marked estimated: 17 − 10 = 7. The example has no notes.
        (online["Đánh giá"], online["Tình trạng số liệu"], online["Ghi chú"]).Should().Be(("Vượt chỉ tiêu", "số liệu năm 2023 là số suy ra", null));
        // Its status is its share of the year's plan from 10: (17 − 10) / (33 − 10) = 30,4%; 17 is reached on day ⌈111,4⌉ = 112
        // of the line from 10 to 33 over 366 days, 21 days before 31 March (day 91).
        (models["Chỉ tiêu giao"], models["Đánh giá"], models["Tình trạng số liệu"], models["Ghi chú"]).Should().Be(
            ("≥ 33 mô hình (năm 2024)", "đạt 30,4% kế hoạch năm, vượt tiến độ 21 ngày", "số liệu năm 2023 là số ước tính", null));
        (online["Kết quả (số)"], online["Chỉ tiêu giao (số)"]).Should().Be((0.888, 0.7));
        (models["Kết quả (số)"], models["Chỉ tiêu giao (số)"], models["Chênh lệch (số)"], models["So sánh (số)"]).Should().Be((17d, null, null, 7d));

        // The value columns' number formats, from the sheet's XML: a rate in percent, a count whole, a margin signed.
        var sheet = Excel.Tests.Workbooks.Sheet(workbook, "Kết quả chỉ tiêu");
        string? Format(string column, string code) => Excel.Tests.Workbooks.FormatCodeOf(workbook, Excel.Tests.Workbooks.CellAt(sheet, column + Line(code)));
        (Format("E", "DVC.ONLINE"), Format("I", "DVC.ONLINE"), Format("K", "DVC.ONLINE"), Format("N", "DVC.ONLINE")).Should().Be(("0.0%", "0.0%", "+0.0;-0.0;0.0", "+0.0;-0.0;0.0"));
        // The models have no target on the quarter: their count is whole, their change on 2023 (+7) signed, and the target
        // and margin cells are empty.
        (Format("E", "MODELS.DEPLOYED"), Format("I", "MODELS.DEPLOYED"), Format("K", "MODELS.DEPLOYED"), Format("N", "MODELS.DEPLOYED")).Should().Be(("#,##0", null, null, "+#,##0;-#,##0;#,##0"));
        Format("E", "CREDIT.LENT").Should().Be("#,##0", "money is a whole number of đồng");
    }

    [Fact]
    public void Report_reads_a_workbook_and_gives_the_example_s_figures()
    {
        var file = Path.Combine(folder, "so-lieu.xlsx");
        De06Process.Run("report", "--format", "xlsx", "--out", file).ExitCode.Should().Be(0);

        var run = De06Process.Run("report", file, "--format", "md", "--compare-with", "2023");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("| DVC.ONLINE | Tỷ lệ hồ sơ trực tuyến | Tỉnh Hà Giang | 88,8% |").And.Contain("2.527 tỷ đồng").And.Contain("17/33 mô hình");
    }

    [Fact]
    public void A_workbook_needs_a_file_to_be_written_to()
    {
        var run = De06Process.Run("report", "--format", "xlsx");

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("--format xlsx writes a workbook, which a terminal cannot show: give the file with --out");
    }

    [Fact]
    public void A_file_named_xlsx_that_is_not_a_workbook_is_a_problem_with_its_name()
    {
        var file = Path.Combine(folder, "not-a-workbook.xlsx");
        File.WriteAllText(file, "indicator,unit\n");

        var run = De06Process.Run("validate", file);

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().StartWith(file + ": the file is not an Excel workbook (.xlsx) that can be read: ");
    }

    private static string[] Row(string[] lines, string code) =>
        lines.Single(line => line.StartsWith(code + ";", StringComparison.Ordinal) && line.Contains(";Tỉnh Hà Giang;", StringComparison.Ordinal)).Split(';');
}
