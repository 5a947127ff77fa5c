using De06Metrics.Evaluation;
using De06Metrics.Periods;
using De06Metrics.Reporting;
using De06Metrics.Scorecards;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;

namespace De06Metrics.Tests.Reporting;

/// <summary>The figures of the Hà Giang report as the document writes them, in each language's conventions.</summary>
public partial class HtmlReportTest
{
    [Theory]
    [InlineData("vi", "Kết quả", "88,8%", "Chỉ tiêu giao", "≥ 70%", "Chênh lệch", "+18,8 điểm phần trăm")]
    [InlineData("en", "Actual", "88.8%", "Target", "≥ 70%", "Margin", "+18.8 percentage points")]
    public void The_online_dossier_rate_is_written_as_the_report_has_it(string code, string actual, string value, string target, string goal, string margin, string points)
    {
        var document = Report(Language.FromCode(code));
        var row = ResultRow(document, "DVC.ONLINE");

        // The report: 88,8%, exceeding the target by 18,8 points, so the target is 88,8 − 18,8 = 70.
        Cell(document, row, actual).TextContent.Should().StartWith(value);
        Cell(document, row, target).TextContent.Should().StartWith(goal);
        Text(Cell(document, row, margin)).Should().Be(points);
    }

    [Theory]
    [InlineData("vi", "17/33", "Đã hoàn thành 17/33 mô hình (15 đúng hạn, 2 chậm); 3 nhiệm vụ quá hạn, lâu nhất 45 ngày")]
    [InlineData("en", "17/33", "17/33 models completed (15 on time, 2 late); 3 tasks overdue, the longest by 45 days")]
    public void The_tasks_tile_counts_the_models_done(string code, string figure, string sentence)
    {
        var tile = Report(Language.FromCode(code)).QuerySelector(".de06-tile[data-tile='tasks']");

        // The report: 17 of the 33 models done (15 on time, 2 late), 3 overdue, the longest by 45 days.
        Text(tile!.QuerySelector(".de06-figure")).Should().Be(figure);
        Text(tile.QuerySelector(".de06-sentence")).Should().StartWith(sentence);
    }

    [Fact]
    public void The_models_row_says_17_of_33_with_no_target_on_the_quarter()
    {
        var row = ResultRow(Report(Language.Vietnamese), "MODELS.DEPLOYED");

        // 17 of 33 is 51,5% (17 / 33 = 0,5151…); the models' plan is the year's, so the quarter has no target of its own.
        row.Children[3].TextContent.Should().StartWith("17/33 mô hình (51,5%)");
        // The year's plan stands in the target cell, and the badge says where 17 stands on its line from 10 at the end of
        // 2023: reached on day ⌈(17 − 10) × 366 / 23⌉ = 112, 21 days before 31 March (day 91).
        Text(row.Children[4]).Should().Be("≥ 33 mô hình (năm 2024)");
        Text(row.QuerySelector(".de06-badge")).Should().Be("▲ Vượt tiến độ 21 ngày");
        // Ahead of the plan is drawn as a met target is: green, not the grey of a row without a target.
        row.QuerySelector(".de06-badge")!.GetAttribute("data-status").Should().Be("ahead-of-schedule");
        row.QuerySelector(".de06-badge")!.GetAttribute("style").Should().Contain(ReportPalette.Fill(TargetStatus.Met));
    }

    [Fact]
    public void Held_to_all_33_on_the_quarter_the_models_row_is_not_met()
    {
        var row = ResultRow(ReportWithOneNotMet(Language.Vietnamese), "MODELS.DEPLOYED");

        // 17 of 33 against at least 33: not met, 17 − 33 = −16.
        row.Children[3].TextContent.Should().StartWith("17/33 mô hình (51,5%)");
        Text(row.Children[5]).Should().Be("-16 mô hình");
        Text(row.QuerySelector(".de06-badge")).Should().Be("✗ Chưa đạt");
    }

    [Theory]
    [InlineData("vi", "thứ 11/63", "Tỉnh Hà Giang 40", "11 Tỉnh Hà Giang")]
    [InlineData("en", "11th of 63", "Hà Giang Province 40", "11 Hà Giang Province")]
    public void The_PAPI_rank_and_its_movement_are_shown(string code, string rank, string before, string now)
    {
        var language = Language.FromCode(code);
        // The year 2023 against 2022: 11th of 63, up from 40th, 29 places (40 − 11), as the report says.
        var result = Example.Value.Evaluate(HaGiangExample.Year2023, null, new ScorecardOptions(comparisonPeriod: ReportingPeriod.ForYear(2022)));
        var document = Parse(Html(result, language));
        var row = ResultRow(document, "PAPI.RANK");

        row.Children[3].TextContent.Should().Contain(rank);
        row.Children[7].TextContent.Should().Contain("29");
        var chart = document.QuerySelectorAll("main svg").Should().ContainSingle().Subject;
        chart.QuerySelectorAll("text.rank-label").Select(Text).Should().Equal(before, now);
        chart.QuerySelectorAll("line.movement").Should().ContainSingle();
    }

    [Theory]
    [InlineData("vi", "4/4", "4/4 chỉ tiêu đạt và vượt; 11 chỉ tiêu chưa giao mục tiêu")]
    [InlineData("en", "4/4", "4 of 4 indicators met or exceeded; 11 ")]
    public void The_overall_tile_counts_the_grades(string code, string figure, string sentence)
    {
        var tile = Report(Language.FromCode(code)).QuerySelector(".de06-tile[data-tile='overall']");

        // The quarter's four targets: online dossiers 88,8% ≥ 70, the 25 services 95% ≥ 70, payments 83,7% ≥ 45 and
        // chip-ID insurance 92,7% ≥ 70, all exceeded. The models' plan is the year's, so 15 − 4 = 11 rows have no target.
        Text(tile!.QuerySelector(".de06-figure")).Should().Be(figure);
        Text(tile.QuerySelector(".de06-sentence")).Should().StartWith(sentence);
        tile.GetAttribute("style").Should().Contain(De06Metrics.Reporting.ReportPalette.MetFill, "every target is met or exceeded");
    }

    [Theory]
    [InlineData("vi", "4/5", "4/5 chỉ tiêu đạt và vượt; 1 chỉ tiêu chưa đạt")]
    [InlineData("en", "4/5", "4 of 5 indicators met or exceeded; 1 not met")]
    public void The_overall_tile_takes_the_colour_of_a_target_not_met(string code, string figure, string sentence)
    {
        var tile = ReportWithOneNotMet(Language.FromCode(code)).QuerySelector(".de06-tile[data-tile='overall']");

        // The four rates exceeded, and the models held to all 33 on the quarter: 17 < 33, not met.
        Text(tile!.QuerySelector(".de06-figure")).Should().Be(figure);
        Text(tile.QuerySelector(".de06-sentence")).Should().StartWith(sentence);
        tile.GetAttribute("style").Should().Contain(De06Metrics.Reporting.ReportPalette.NotMetFill, "one target is not met");
    }

    [Fact]
    public void A_report_of_one_unit_has_no_tile_per_unit()
    {
        Report(Language.Vietnamese).QuerySelectorAll(".de06-tile").Select(tile => tile.GetAttribute("data-tile")).Should().Equal("overall", "tasks");
    }
}
