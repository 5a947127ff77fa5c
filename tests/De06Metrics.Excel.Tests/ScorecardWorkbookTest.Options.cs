using De06Metrics.Evaluation;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;

namespace De06Metrics.Excel.Tests;

/// <summary>The scorecard's options as rows of the workbook's settings sheet, written and read back.</summary>
public sealed class ScorecardWorkbookOptionsTest
{
    private static readonly Scorecard Example = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();

    [Fact]
    public async Task The_options_are_written_to_the_settings_sheet_and_read_back()
    {
        var scorecard = Example.WithOptions(new ScorecardOptions(
            new EvaluationOptions(0.5m), comparisonPeriod: ReportingPeriod.ForYear(2023), requireNoteWhenNotMet: true, acrossPeriodKinds: PeriodKindMismatch.Allow));
        using var data = new MemoryStream();
        await ScorecardWorkbook.WriteDataAsync(scorecard, data);

        var rows = Workbooks.Rows(data, "settings");
        rows.Select(row => (row["setting"], row["value"])).Should().Contain(
            [("tolerance", "0.5"), ("comparison_period", "2023"), ("require_note_when_not_met", "true"), ("across_period_kinds", "allow")]);
        data.Position = 0;
        var read = ScorecardWorkbook.Read(data, "data.xlsx", Language.English);

        read.Problems.Should().BeEmpty();
        var options = read.Scorecard.Options;
        (options.Evaluation.Tolerance, options.ComparisonPeriod, options.RequireNoteWhenNotMet, options.AcrossPeriodKinds)
            .Should().Be((0.5m, ReportingPeriod.ForYear(2023), true, PeriodKindMismatch.Allow));
        options.DeriveFromChildren.Should().BeTrue("an option left at its default is not written and reads as the default");
    }

    [Fact]
    public void The_results_sheet_says_a_quarter_not_over_is_not_judged()
    {
        // As of 10/3/2024 the example's undated 88,8% of Quý I/2024 is shown, not judged against the quarter's 70%.
        var result = Example.Evaluate(HaGiangExample.Q1, new NodaTime.LocalDate(2024, 3, 10), new ScorecardOptions(comparisonPeriod: HaGiangExample.Year2023));
        using var workbook = new MemoryStream();
        ScorecardWorkbook.Write(result, workbook, Language.Vietnamese);

        var rows = Workbooks.Rows(workbook, "Kết quả chỉ tiêu");
        var online = rows.Single(row => (string?)row["Mã"] == "DVC.ONLINE" && (string?)row["Đơn vị"] == "Tỉnh Hà Giang");
        online["Đánh giá"].Should().Be("Chưa đánh giá (kỳ báo cáo chưa kết thúc)");
    }
}
