using System.Text;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Serialization;

public partial class ScorecardJsonTest
{
    private static Scorecard StocksWithStarts()
    {
        var unit = new UnitId("HG");
        var models = new IndicatorCode("MODELS");
        var records = new IndicatorCode("RECORDS");
        return Scorecard.Create(
            [
                new Indicator(models, new LocalizedText("Mô hình"), Measure.Count(), Polarity.HigherIsBetter, 0, accumulation: AccumulationKind.Stock),
                new Indicator(records, new LocalizedText("Hồ sơ"), Measure.Count(), Polarity.HigherIsBetter, 0, accumulation: AccumulationKind.Stock),
            ],
            UnitRegistry.Create([new ResponsibleUnit(unit, new LocalizedText("Hà Giang"), UnitKind.Province)]),
            [
                new Target(models, unit, ReportingPeriod.ForYear(2024), Goal.AtLeast(33m), start: PlanStart.Stated(10m, new LocalDate(2023, 12, 31))),
                new Target(records, unit, ReportingPeriod.ForYear(2024), Goal.AtLeast(500m), start: PlanStart.Previous),
            ],
            [new Observation(models, unit, ReportingPeriod.ForQuarter(2024, 1), MeasuredValue.Of(17m))]);
    }

    [Fact]
    public void A_targets_start_round_trips_as_a_value_with_its_date_or_the_word_previous()
    {
        var scorecard = StocksWithStarts();
        var json = ScorecardJson.ToJson(scorecard);

        json.Should().Contain("\"start\": {").And.Contain("\"date\": \"2023-12-31\"").And.Contain("\"start\": \"previous\"");
        var read = ScorecardJson.Read(Encoding.UTF8.GetBytes(json), "plans.json");
        read.Problems.Should().BeEmpty();
        read.Scorecard!.Targets.Should().Equal(scorecard.Targets);
        read.Scorecard.Targets[0].Start.Should().Be(PlanStart.Stated(10m, new LocalDate(2023, 12, 31)));
        read.Scorecard.Targets[1].Start.Should().BeSameAs(PlanStart.Previous);
    }

    [Theory]
    [InlineData("\"start\": \"last\"", "$.targets[0].start", "expected \"previous\"")]
    [InlineData("\"start\": { \"value\": 10 }", "$.targets[0].start.date", "is missing")]
    [InlineData("\"start\": { \"date\": \"2023-12-31\" }", "$.targets[0].start.value", "is missing")]
    [InlineData("\"start\": { \"value\": 10, \"date\": \"2023-13-40\" }", "$.targets[0].start.date", "")]
    [InlineData("\"start\": { \"value\": 10, \"date\": \"2023-12-31\", \"on\": 1 }", "$.targets[0].start.on", "unknown property")]
    [InlineData("\"start\": 10", "$.targets[0].start", "expected an object")]
    public void A_bad_start_is_located(string property, string path, string message)
    {
        var json = """
            {
              "version": 1,
              "units": [ { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" } ],
              "indicators": [
                { "code": "MODELS", "name": { "vi": "Mô hình" }, "measure": { "kind": "count" }, "polarity": "higherIsBetter", "decimals": 0, "accumulation": "stock" }
              ],
              "targets": [
                { "indicator": "MODELS", "unit": "HG", "period": "2024", "goal": { "kind": "atLeast", "value": 33 }, PROPERTY }
              ],
              "observations": []
            }
            """.Replace("PROPERTY", property, StringComparison.Ordinal);

        var problem = ScorecardJson.Read(Encoding.UTF8.GetBytes(json), "plans.json").Problems.Should().ContainSingle().Subject;
        problem.Location.Path.Should().Be(path);
        problem.Location.Line.Should().Be(8);
        if (message.Length > 0)
        {
            problem.Message.Should().Contain(message);
        }
    }
}
