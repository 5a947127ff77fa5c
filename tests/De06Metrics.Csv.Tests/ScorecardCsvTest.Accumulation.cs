using De06Metrics.Csv;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Csv.Tests;

public partial class ScorecardCsvTest
{
    [Fact]
    public void An_accumulation_kind_and_a_target_of_a_containing_period_round_trip_in_their_own_column()
    {
        var unit = new UnitId("HG");
        var code = new IndicatorCode("HS.DIGITISED");
        var scorecard = Scorecard.Create(
            [
                new Indicator(code, new LocalizedText("Số hồ sơ số hóa lũy kế"), Measure.Count(), Polarity.HigherIsBetter, 0, accumulation: AccumulationKind.CumulativeToDate),
                new Indicator(new IndicatorCode("RATE"), new LocalizedText("Tỷ lệ"), Measure.Rate, Polarity.HigherIsBetter),
            ],
            UnitRegistry.Create([new ResponsibleUnit(unit, new LocalizedText("Hà Giang"), UnitKind.Province)]),
            [new Target(code, unit, ReportingPeriod.ForYear(2024), Goal.AtLeast(100m))],
            [new Observation(code, unit, ReportingPeriod.ForQuarter(2024, 1), MeasuredValue.Of(31m))]);
        using var folder = new CsvFolder(null, null, null, null, null);

        ScorecardCsv.WriteFolder(scorecard, folder.Path, DecimalSeparator.Point);
        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Should().BeEmpty();
        result.Scorecard.Indicators.Should().Equal(scorecard.Indicators);
        result.Scorecard.Targets.Should().Equal(scorecard.Targets);
        result.Scorecard.Observations.Should().Equal(scorecard.Observations);
        var lines = File.ReadAllLines(folder.File("indicators.csv"));
        lines[0].Should().EndWith(",coordinating,accumulation");
        lines[1].Should().EndWith(",cumulativeToDate");
        lines[2].Should().EndWith(",rateFromParts");
    }

    [Fact]
    public void A_scorecard_of_natural_kinds_is_written_without_the_column()
    {
        // A rate, a count and a count of a total, each left to its measure's natural kind.
        var scorecard = Scorecard.Create(
            [
                new Indicator(new IndicatorCode("RATE"), new LocalizedText("Tỷ lệ"), Measure.Rate, Polarity.HigherIsBetter),
                new Indicator(new IndicatorCode("COUNT"), new LocalizedText("Số hồ sơ"), Measure.Count(), Polarity.HigherIsBetter, 0),
                new Indicator(new IndicatorCode("MODELS"), new LocalizedText("Mô hình"), Measure.Count(), Polarity.HigherIsBetter, 0, RollUpRule.AddNumeratorsAndDenominators),
            ],
            UnitRegistry.Create([new ResponsibleUnit(new UnitId("HG"), new LocalizedText("Hà Giang"), UnitKind.Province)]),
            [],
            []);

        ScorecardTables.ColumnsFor(scorecard, ScorecardTable.Indicators).Should().NotContain("accumulation");
    }

    [Fact]
    public void The_example_with_its_models_a_stock_is_written_with_the_column() =>
        // The Hà Giang example's models deployed are a level (a stock), not their count's natural kind.
        ScorecardTables.ColumnsFor(HaGiangScorecard(), ScorecardTable.Indicators).Should().Contain("accumulation");

    [Fact]
    public void A_kind_that_cannot_apply_is_reported_in_its_cell()
    {
        using var folder = new CsvFolder(indicators: """
            code,name_vi,measure,polarity,decimals,accumulation
            RATE,Tỷ lệ hồ sơ trực tuyến,rate,higherIsBetter,1,flow
            MODELS,Mô hình,count,higherIsBetter,0,
            """);

        var result = ScorecardCsv.ReadFolder(folder.Path);

        // The row is left out, and with it the target and observation that name the indicator (the second problem).
        result.Problems.Select(p => p.ToString()).Should().HaveCount(2).And.Subject.First()
            .Should().Be($"{folder.File("indicators.csv")}:2:6: accumulation 'flow': Indicator 'RATE' measures Rate, which cannot accumulate over time as Flow.");
    }

    private static Scorecard HaGiangScorecard() => ScorecardCsv.ReadFolder(ExampleCsv).Scorecard!;
}
