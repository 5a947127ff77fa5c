using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Excel.Tests;

/// <summary>
/// One district, the lead of 25 rate indicators K00 … K24 with a target of at least 70% in Q1 2024, each reached at
/// 10 + 2k %: all 25 lag. The views list 10 per lead unit; the workbook's "what lags" sheet keeps all 25, streamed, the
/// furthest behind first.
/// </summary>
public sealed class ScorecardWorkbookLaggingTest
{
    [Fact]
    public void The_lagging_sheet_keeps_every_item_of_a_lead_unit_the_most_severe_first()
    {
        var unit = new ResponsibleUnit(new UnitId("D"), new LocalizedText("Huyện Bắc Quang", "Bac Quang district"), UnitKind.District);
        var indicators = Enumerable.Range(0, 25)
            .Select(k => new Indicator(new IndicatorCode($"K{k:00}"), new LocalizedText($"Chỉ tiêu {k:00}", $"Indicator {k:00}"), Measure.Rate, Polarity.HigherIsBetter))
            .ToList();
        var quarter = ReportingPeriod.ForQuarter(2024, 1);
        var scorecard = Scorecard.Create(
            [.. indicators],
            UnitRegistry.Create([unit]),
            [.. indicators.Select(indicator => new Target(indicator.Code, unit.Id, quarter, Goal.AtLeast(70m)))],
            [.. indicators.Select((indicator, k) => new Observation(indicator.Code, unit.Id, quarter, MeasuredValue.Of(10m + (2 * k))))]);
        using var workbook = new MemoryStream();

        ScorecardWorkbook.Write(scorecard.Evaluate(quarter), workbook, Language.Vietnamese);

        var rows = Workbooks.Rows(workbook, SheetNames.Lagging(Language.Vietnamese));
        rows.Should().HaveCount(25, "the full list: 25 below 70%, not the 10 a view lists");
        rows.Select(row => row["Mã"]).Should().Equal(Enumerable.Range(0, 25).Select(k => (object?)$"K{k:00}"), "10%, 12%, … 58%: the furthest below 70% first");
        rows.Should().OnlyContain(row => Equals(row["Chủ trì"], "Huyện Bắc Quang"));
    }
}
