using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Excel.Tests;

/// <summary>
/// A quarter's stock with no target of its own, set against the year's plan from its start: 10 models at 31/12/2023, at
/// least 33 for 2024, 17 by 31/3/2024. (17 − 10) / (33 − 10) = 30,4% of the plan, where 10 + 23 × 91/366 = 15,72 models
/// (24,9%) were expected; 17 is reached on day ⌈111,4⌉ = 112, 21 days ahead.
/// </summary>
public sealed class ScorecardWorkbookPlanTest : IDisposable
{
    private readonly MemoryStream workbook = new();

    public ScorecardWorkbookPlanTest()
    {
        var models = new IndicatorCode("MODELS");
        var province = new UnitId("P");
        var scorecard = Scorecard.Create(
            [new Indicator(models, new LocalizedText("Mô hình đã triển khai", "Models deployed"), Measure.Count(new LocalizedText("mô hình", "models"), "model"), Polarity.HigherIsBetter, 0, accumulation: AccumulationKind.Stock)],
            UnitRegistry.Create([new ResponsibleUnit(province, new LocalizedText("Tỉnh P", "Province P"), UnitKind.Province)]),
            [new Target(models, province, ReportingPeriod.ForYear(2024), Goal.AtLeast(33m), start: PlanStart.Stated(10m, new LocalDate(2023, 12, 31)))],
            [new Observation(models, province, ReportingPeriod.ForQuarter(2024, 1), MeasuredValue.Of(17m))]);
        ScorecardWorkbook.Write(scorecard.Evaluate(ReportingPeriod.ForQuarter(2024, 1)), workbook, Language.Vietnamese);
    }

    public void Dispose() => workbook.Dispose();

    [Fact]
    public void The_results_sheet_shows_the_years_plan_and_the_share_reached_on_a_green_fill()
    {
        var row = Workbooks.Rows(workbook, "Kết quả chỉ tiêu").Single();

        row["Chỉ tiêu giao"].Should().Be("≥ 33 mô hình (năm 2024)");
        row["Đánh giá"].Should().Be("đạt 30,4% kế hoạch năm, vượt tiến độ 21 ngày");
        var headings = Workbooks.Rows(workbook, "Kết quả chỉ tiêu")[0].Keys.ToList();
        var status = Workbooks.CellAt(Workbooks.Sheet(workbook, "Kết quả chỉ tiêu"), $"{(char)('A' + headings.IndexOf("Đánh giá"))}2");
        Workbooks.FillOf(workbook, status).Should().EndWith("C6EFCE", "ahead of the plan is good");
    }
}
