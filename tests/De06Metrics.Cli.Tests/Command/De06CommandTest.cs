using System.Text.Json;
using De06Metrics.Csv.Tests;
using De06Metrics.Tests.Serialization;

namespace De06Metrics.Cli.Tests.Command;

public class De06CommandTest
{
    [Fact]
    public void Report_without_a_path_evaluates_the_built_in_example_and_lists_what_lags()
    {
        var run = De06Process.Run("report");

        run.ExitCode.Should().Be(0, run.Error);
        // The first quarter is compared with the whole of 2023, as the source report does, and the command says so.
        run.Error.Trim().Should().Be("de06: Quý I/2024 được so sánh với năm 2023, một kỳ có độ dài khác.");
        run.Out.Should().Contain("Kết quả thực hiện chỉ tiêu — Quý I/2024");
        // The report's own numbers: each figure, its margin on the target in points ("vượt chỉ tiêu giao 18,8%"),
        // its rise on 2023 in points ("tăng 16,5%"), in Vietnamese conventions.
        var online = run.Out.Split('\n').Single(line => line.Contains("│ DVC.ONLINE ", StringComparison.Ordinal));
        // A target is set, so it keeps its own decimals ("≥ 70%"); an actual and a margin are measured, at the indicator's one.
        online.Should().ContainAll("88,8%", "≥ 70%", "+18,8 điểm phần trăm", "Vượt", "tăng 16,5 điểm phần trăm so với năm 2023", "Công an tỉnh");
        var payment = run.Out.Split('\n').Single(line => line.Contains("│ DVC.PAYMENT ", StringComparison.Ordinal));
        payment.Should().ContainAll("83,7%", "≥ 45%", "+38,7 điểm phần trăm", "tăng 19,0 điểm phần trăm");
        foreach (var figure in new[] { "66,7%", "10/3/2024", "17/17 (100,0%)", "903.221 hồ sơ", "1.804.228 lượt", "2.527 tỷ đồng", "57.396 hộ" })
        {
            run.Out.Should().Contain(figure);
        }

        // 17 of 33 models: no target on the quarter (the plan is the year's, from 2023's illustrative, estimated 10), so no
        // margin and no grade; 17 − 10 = 7 more than at the end of 2023. Nothing lags: the four targets are exceeded.
        var models = run.Out.Split('\n').Single(line => line.Contains("│ MODELS.DEPLOYED ", StringComparison.Ordinal));
        models.Should().ContainAll("17/33 mô hình (51,5%)", "tăng 7 mô hình so với năm 2023 (ước tính)", "số liệu năm 2023 là số ước tính");
        // Set against the year's plan from 10: 17 is reached on day ⌈(17 − 10) × 366 / 23⌉ = 112 of the line, 21 days
        // before 31 March (day 91).
        models.Should().NotContain("Chưa đạt").And.ContainAll("≥ 33 mô hình (năm 2024)", "vượt tiến độ 21 ngày");
        run.Out.Should().Contain("Chỉ tiêu còn hạn chế, chậm tiến độ").And.Contain("Không có chỉ tiêu nào còn hạn chế hoặc chậm tiến độ.");

        // The report's one ranking figure, PAPI 2023: 11/63, up 29 places on 2022 ("tăng 29 bậc so với năm 2022").
        var papi = run.Out.Split('\n').Single(line => line.Contains("│ PAPI.RANK ", StringComparison.Ordinal));
        papi.Should().ContainAll("Xếp hạng Chỉ số PAPI", "thứ 11/63 (số liệu năm 2023)", "tăng 29 bậc so với năm 2022");
        // The e-ID rate has no earlier figure, and the change column says so.
        run.Out.Split('\n').Single(line => line.Contains("│ EID.ACTIVATION ", StringComparison.Ordinal)).Should().Contain("chưa có số liệu kỳ trước");
        run.Out.Should().Contain("Kỳ báo cáo: quý I/2024; so sánh với năm 2023.");
        // 16 rows (15 Q1 figures and the PAPI rank's 2023 one), 4 graded: 16 − 4 = 12 without a target.
        run.Out.Should().Contain("Tổng hợp chung: 4/4 chỉ tiêu đạt và vượt; 12 chỉ tiêu chưa giao mục tiêu");
        run.Out.Should().Contain("Nhiệm vụ: đã hoàn thành 17/33 mô hình (15 đúng hạn, 2 chậm)");
    }

    [Fact]
    public void Report_as_json_in_english_gives_the_raw_values_the_text_and_the_lagging_list()
    {
        var run = De06Process.Run("report", "--lang", "en", "--format", "json", "--period", "Quý I/2024", "--as-of", "2024-03-10");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        root.GetProperty("evaluated").GetBoolean().Should().BeTrue();
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        rows.Should().HaveCount(16, "every indicator but the PAPI rank has a Q1 2024 figure (the loan per household computed from two of them), and the rank its 2023 one");
        rows.Where(row => row.GetProperty("indicator").GetString() != "PAPI.RANK").Should().OnlyContain(row => row.GetProperty("period").GetString() == "2024-Q1");
        var papi = rows.Single(row => row.GetProperty("indicator").GetString() == "PAPI.RANK");
        (papi.GetProperty("period").GetString(), papi.GetProperty("basePeriod").GetString()).Should().Be(("2023", "2022"));
        // The 2022 rank is derived from "tăng 29 bậc" (11 + 29 = 40), so the movement on it is marked derived.
        papi.GetProperty("text").GetProperty("change").GetString().Should().Be("up 29 places on 2022 (derived)");
        var online = rows.Single(row => row.GetProperty("indicator").GetString() == "DVC.ONLINE");
        online.GetProperty("value").GetDecimal().Should().Be(88.8m);
        // As of 10 March, the quarter's undated 88,8% is shown but not judged against the quarter's 70%: the quarter was
        // not over, and nothing says the figure was known then. It does not lag either.
        online.GetProperty("margin").ValueKind.Should().Be(JsonValueKind.Null);
        online.GetProperty("status").GetString().Should().Be("NoData");
        online.GetProperty("beforePeriodEnd").GetBoolean().Should().BeTrue();
        online.GetProperty("laggingReasons").GetArrayLength().Should().Be(0);
        online.GetProperty("basePeriod").GetString().Should().Be("2023");
        online.GetProperty("change").GetDecimal().Should().Be(16.5m, "88,8 − 72,3 in percentage points");
        online.GetProperty("text").GetProperty("actual").GetString().Should().Be("88.8%");
        var models = rows.Single(row => row.GetProperty("indicator").GetString() == "MODELS.DEPLOYED");
        (models.GetProperty("numerator").GetDecimal(), models.GetProperty("denominator").GetDecimal()).Should().Be((17m, 33m));
        // No target on the quarter (the year's plan runs from 2023's 10): no status, not behind; 17 − 10 = 7 on 2023.
        (models.GetProperty("status").ValueKind, models.GetProperty("behindSchedule").GetBoolean()).Should().Be((JsonValueKind.Null, false));
        (models.GetProperty("baseValue").GetDecimal(), models.GetProperty("change").GetDecimal(), models.GetProperty("baseStatus").GetString()).Should().Be((10m, 7m, "estimated"));
        // The sentence sets 17 against the year's plan from 10: (17 − 10) / (33 − 10) = 30,4%.
        models.GetProperty("sentence").GetString().Should().Contain("30.4% of the annual plan, counting the change from 10 models on 31 December 2023");
        // The grade summary first: the four graded rows not judged yet (their quarter not over on 10 March), 16 − 4 = 12
        // rows without a target; then what lags, which is nothing.
        var summary = root.GetProperty("sections")[0];
        summary.GetProperty("heading").GetString().Should().Be("Summary");
        summary.GetProperty("text").GetString().Should().StartWith("Overall: 0 of 4 indicators met or exceeded; 4 not yet judged (period not over); 12 without a target\nTasks: ");
        var overall = root.GetProperty("grades")[0];
        (overall.GetProperty("exceeded").GetInt32(), overall.GetProperty("periodNotEnded").GetInt32(), overall.GetProperty("withoutTarget").GetInt32()).Should().Be((0, 4, 12));
        root.GetProperty("sections")[1].GetProperty("heading").GetString().Should().Be("Lagging indicators");
        root.GetProperty("sections")[1].GetProperty("text").GetString().Should().Be("No indicator is lagging or behind schedule.");
    }

    [Fact]
    public void Report_reads_a_csv_folder_and_writes_markdown_for_another_period()
    {
        var run = De06Process.Run("report", Path.Combine(HaGiangExample.Folder, "csv"), "--format", "md", "--period", "2023");

        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Out.Split('\n');
        lines[0].Should().Be("# Kết quả thực hiện chỉ tiêu — Năm 2023");
        // The 2023 figures are derived from the report's statement: a column says so, and the value carries its mark.
        lines.Should().Contain("| Mã | Chỉ tiêu | Đơn vị | Kết quả | Tính đến | Chỉ tiêu giao | Chênh lệch | Đánh giá | So sánh | Chủ trì | Tình trạng số liệu |");
        // 2023 is the first year with this figure: the change column says there is no earlier one, not a blank.
        lines.Should().Contain("| DVC.ONLINE | Tỷ lệ hồ sơ trực tuyến | Tỉnh Hà Giang | 72,3% (suy ra) |  | — |  |  | chưa có số liệu kỳ trước | Công an tỉnh | suy ra |");
        // 11th of 63 in 2023, 40th in 2022: up 29 places, as the report says.
        lines.Single(line => line.StartsWith("| PAPI.RANK ", StringComparison.Ordinal)).Should().Contain("thứ 11/63").And.Contain("tăng 29 bậc so với năm 2022");
        lines.Count(line => line.StartsWith("| ", StringComparison.Ordinal)).Should().Be(1 + 7, "a heading and the seven 2023 figures (five rates, the models' illustrative 10 and the PAPI rank)");
        lines.Should().Contain("## Chỉ tiêu còn hạn chế, chậm tiến độ");
    }

    [Fact]
    public void Report_across_a_merger_names_todays_lead_and_says_which_bases_were_restated_or_cannot_be()
    {
        var run = De06Process.Run("report", TuyenQuangExample.CsvFolder, "--format", "md");

        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Out.Split('\n');
        // Q3 2024 restated to today's Tuyên Quang: (3 900 + 5 250) / (6 000 + 7 000) = 9 150 / 13 000 = 70,38%; 80% now, up 9,6 points.
        lines.Single(line => line.StartsWith("| DVC.ONLINE ", StringComparison.Ordinal)).Should().Contain(
            "tăng 9,6 điểm phần trăm so với cùng kỳ năm 2024 (số liệu quy đổi theo đơn vị hiện nay) |").And.EndWith(" là số quy đổi |", "the change says it stands on a restated base, and the status column marks it");
        // Dossier counts were assigned to Hà Giang's information department, merged into science and technology on 1/3/2025.
        lines.Single(line => line.StartsWith("| HS.TIEPNHAN | Số hồ sơ tiếp nhận | Thị trấn Việt Quang ", StringComparison.Ordinal))
            .Should().EndWith("| Sở Khoa học và Công nghệ |  |", "a count reported for the same unit both years needs no status").And.NotContain("HG.STTTT");
        lines.Single(line => line.StartsWith("| HS.TIEPNHAN | Số hồ sơ tiếp nhận | Thị trấn Sơn Dương ", StringComparison.Ordinal))
            .Should().EndWith("| Huyện Sơn Dương (đã giải thể từ 1/7/2025, không có đơn vị kế thừa) |  |");
        // Rates without parts cannot be added into the merged province, and the table says so instead of leaving a blank.
        lines.Single(line => line.StartsWith("| EID.ACTIVATION ", StringComparison.Ordinal)).Should().Contain("không so sánh được với cùng kỳ năm 2024 vì");
    }

    [Fact]
    public void Report_writes_html_and_csv_to_a_file_and_only_a_warning_to_the_terminal()
    {
        var html = Path.Combine(Path.GetTempPath(), $"de06-{Guid.NewGuid():N}.html");
        var csv = Path.ChangeExtension(html, ".csv");
        try
        {
            var htmlRun = De06Process.Run("report", "--format", "html", "--out", html, "--as-of", "31/3/2024", "--generated", "2024-04-04");
            var csvRun = De06Process.Run("report", "--format", "csv", "--out", csv, "--lang", "en");

            // Only the warning that the first quarter is compared with a whole year goes to the error stream.
            (htmlRun.ExitCode, htmlRun.Out, htmlRun.Error.Trim()).Should().Be((0, string.Empty, "de06: Quý I/2024 được so sánh với năm 2023, một kỳ có độ dài khác."));
            (csvRun.ExitCode, csvRun.Out, csvRun.Error.Trim()).Should().Be((0, string.Empty, "de06: Q1 2024 is compared with 2023, a period of another length."));
            var page = File.ReadAllText(html);
            page.Should().StartWith("<!DOCTYPE html>\n<html lang=\"vi\">");
            page.Should().Contain("<td class=\"de06-num de06-wrap\">2.527 tỷ đồng<sup class=\"de06-ref\">", "the value, then the reference to its source's note");
            // The four targets exceeded; the models have no target on the quarter, so nothing is not met and nothing lags.
            page.Should().Contain("data-status=\"exceeded\"").And.NotContain("data-status=\"not-met\"").And.Contain("<p>Không có chỉ tiêu nào chậm.</p>");
            page.Should().Contain("<dt>Số liệu tính đến</dt><dd>31/3/2024</dd>");
            page.Should().Contain("<dt>Ngày lập báo cáo</dt><dd>4/4/2024</dd>", "--generated sets the day the report is made");
            page.Should().Contain("<th scope=\"col\">Chỉ tiêu giao</th>", "Vietnamese letters are written as themselves, not as entities");
            page.Should().Contain("<section id=\"de06-tree\"", "the command passes the example's weighted tree to the document")
                .And.Contain("<h2 id=\"de06-tree-heading\">Điểm theo cây mục tiêu: Bảng điểm DA06")
                .And.Contain("<table class=\"de06-table de06-tree\" data-unit=\"HG\">");
            var table = File.ReadAllLines(csv);
            table[0].Should().Be("Code,Indicator,Unit,Actual,Actual (number),Unit of measure,As of,Target,Target (number),Margin,Margin (number),Status,Change,Change (number),Lead,Figure status,Lagging reasons (codes)");
            // A margin starts with its sign, which a spreadsheet would run as a formula: it is neutralised as OWASP says.
            // Beside each figure, the same as a plain number Excel reads: 88.8 (%), 70, 18.8 and 16.5 (percentage points).
            // The 2023 base is derived from the report's "tăng 16,5%": the change carries the mark, the status column says why.
            table.Should().Contain("DVC.ONLINE,Online dossier rate,Hà Giang Province,88.8%,88.8,%,,≥ 70%,70,\"'+18.8 percentage points\",18.8,Exceeded,up 16.5 percentage points on 2023 (derived),16.5,Provincial Police,the figure of 2023 is derived,");
        }
        finally
        {
            File.Delete(html);
            File.Delete(csv);
        }
    }

    [Fact]
    public void Validate_a_sound_scorecard_says_what_it_holds()
    {
        var run = De06Process.Run("validate", HaGiangExample.JsonPath);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Be($"{HaGiangExample.JsonPath}: no problems: 5 units, 16 indicators, 5 targets, 22 observations, 33 tasks.\n");
    }

    [Fact]
    public void Validate_a_bad_folder_lists_every_problem_with_its_location_on_standard_error_and_exits_1()
    {
        using var folder = new CsvFolder(observations: CsvFolder.Observations + "\nRATE,TQ,Quý II/2024,50,,,\nRATE,HG,Quý II/2024,50,,,31/06/2024");

        var run = De06Process.Run("validate", folder.Path);

        run.ExitCode.Should().Be(1);
        run.Out.Should().BeEmpty();
        var file = folder.File("observations.csv");
        run.Error.Should().Be(
            $"{file}:4:2: unit 'TQ': the unit 'TQ' is not registered.\n" +
            $"{file}:5:7: as_of '31/06/2024': it is not a date: June 2024 has 30 days.\n" +
            $"{folder.Path}: 2 problems; the items with problems were left out.\n");
    }

    [Fact]
    public void Report_on_bad_data_makes_no_report_and_exits_1()
    {
        using var folder = new CsvFolder(settings: null);

        var run = De06Process.Run("report", folder.Path);

        run.ExitCode.Should().Be(1);
        run.Out.Should().BeEmpty();
        run.Error.Should().StartWith($"{folder.File("observations.csv")}:2:4: value '88.8': the number has a separator but no decimal separator is declared");
        run.Error.Should().EndWith("The scorecard has 1 problem(s); no report was made. 'de06 validate PATH' lists them too.\n");

        De06Process.Run("report", folder.Path, "--decimal-separator", "point").ExitCode.Should().Be(0);
    }

    [Theory]
    [InlineData(new[] { "report", "--format", "pdf" }, "de06: --format must be table, json, csv, md, html or xlsx, not 'pdf'.")]
    [InlineData(new[] { "report", "--lang", "fr" }, "de06: --lang must be 'vi' or 'en', not 'fr'.")]
    [InlineData(new[] { "report", "--period", "Quý 5/2024" }, "de06: --period: Cannot read 'Quý 5/2024' as a reporting period: quarter 5 does not exist; a year has quarters 1 to 4.")]
    [InlineData(new[] { "report", "--period", "2025" }, "de06: The scorecard has no data for Năm 2025; its periods are Năm 2022, Năm 2023, Quý I/2024, Năm 2024.")]
    [InlineData(new[] { "report", "--as-of", "10.3.2024" }, "de06: --as-of must be a date as yyyy-MM-dd or dd/MM/yyyy, not '10.3.2024'.")]
    [InlineData(new[] { "report", "--generated", "5.4.2024" }, "de06: --generated must be a date as yyyy-MM-dd or dd/MM/yyyy, not '5.4.2024'.")]
    [InlineData(new[] { "report", "--decimal-separator", "dot" }, "de06: --decimal-separator must be 'comma' or 'point', not 'dot'.")]
    [InlineData(new[] { "validate", "no/such/folder" }, "de06: 'no/such/folder' does not exist; give a scorecard JSON file, a folder of CSV files or an Excel workbook (.xlsx).")]
    [InlineData(new[] { "frobnicate" }, "de06: Unknown command 'frobnicate'.")]
    [InlineData(new[] { "report", "--colour" }, "de06: Unknown option 'colour'.")]
    public void Bad_usage_is_explained_on_standard_error_and_exits_2(string[] arguments, string firstLine)
    {
        var run = De06Process.Run(arguments);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Split('\n')[0].Should().Be(firstLine);
        run.Error.Should().Contain("Try 'de06 --help'.");
    }

    [Fact]
    public void Help_explains_the_commands_and_each_commands_options()
    {
        var help = De06Process.Run("--help");
        var report = De06Process.Run("report", "--help");
        var validate = De06Process.Run("validate", "--help");

        help.ExitCode.Should().Be(0);
        help.Out.Should().Contain("report").And.Contain("Prints a scorecard's report").And.Contain("validate <PATH>").And.Contain("lists every problem");
        report.ExitCode.Should().Be(0);
        foreach (var option in new[] { "[PATH]", "--period", "--compare-with", "--as-of", "--lang", "--format", "--out", "--decimal-separator" })
        {
            report.Out.Should().Contain(option);
        }

        validate.ExitCode.Should().Be(0);
        validate.Out.Should().Contain("<PATH>").And.Contain("--decimal-separator");
    }
}
