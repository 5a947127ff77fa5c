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
    public void A_targets_start_round_trips_in_the_last_two_columns()
    {
        var unit = new UnitId("HG");
        var models = new IndicatorCode("MODELS");
        var records = new IndicatorCode("RECORDS");
        var scorecard = Scorecard.Create(
            [
                new Indicator(models, new LocalizedText("Mô hình"), Measure.Count(), Polarity.HigherIsBetter, 0, accumulation: AccumulationKind.Stock),
                new Indicator(records, new LocalizedText("Hồ sơ"), Measure.Count(), Polarity.HigherIsBetter, 0, accumulation: AccumulationKind.Stock),
            ],
            UnitRegistry.Create([new ResponsibleUnit(unit, new LocalizedText("Hà Giang"), UnitKind.Province)]),
            [
                new Target(models, unit, ReportingPeriod.ForYear(2024), Goal.AtLeast(33m), start: PlanStart.Stated(10.5m, new LocalDate(2023, 12, 31))),
                new Target(records, unit, ReportingPeriod.ForYear(2024), Goal.AtLeast(500m), start: PlanStart.Previous),
            ],
            [new Observation(models, unit, ReportingPeriod.ForQuarter(2024, 1), MeasuredValue.Of(17m))]);
        using var folder = new CsvFolder(null, null, null, null, null);

        ScorecardCsv.WriteFolder(scorecard, folder.Path, DecimalSeparator.Comma);
        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Should().BeEmpty();
        result.Scorecard!.Targets.Should().Equal(scorecard.Targets);
        var lines = File.ReadAllLines(folder.File("targets.csv"));
        lines[0].Should().EndWith(";source_note;start;start_date");
        lines[1].Should().EndWith(";10,5;2023-12-31");
        lines[2].Should().EndWith(";previous;");
    }

    [Theory]
    [InlineData("33,10,", "start_date", "needs its date")]
    [InlineData("33,,2023-12-31", "start_date", "needs its value")]
    [InlineData("33,previous,2023-12-31", "start_date", "leave start_date empty")]
    [InlineData("33,ten,2023-12-31", "start", "")]
    public void A_bad_start_is_reported_in_its_cell(string cells, string column, string message)
    {
        using var folder = new CsvFolder(
            units: """
                id,name_vi,kind
                HG,Hà Giang,province
                """,
            indicators: """
                code,name_vi,measure,polarity,decimals,accumulation
                MODELS,Mô hình,count,higherIsBetter,0,stock
                """,
            targets: $"""
                indicator,unit,period,goal,value,start,start_date
                MODELS,HG,2024,atLeast,{cells}
                """,
            observations: """
                indicator,unit,period,value
                """);

        var problem = ScorecardCsv.ReadFolder(folder.Path).Problems.Should().ContainSingle().Subject;
        problem.Location.Line.Should().Be(2);
        problem.Location.Column.Should().Be(column == "start" ? 6 : 7);
        if (message.Length > 0)
        {
            problem.Message.Should().Contain(message);
        }
    }
}
