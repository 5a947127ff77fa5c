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
    private static Scorecard CumulativeWithAnnualTarget()
    {
        var unit = new UnitId("HG");
        var code = new IndicatorCode("HS.DIGITISED");
        var indicator = new Indicator(code, new LocalizedText("Số hồ sơ số hóa lũy kế"), Measure.Count(), Polarity.HigherIsBetter, 0, accumulation: AccumulationKind.CumulativeToDate);
        var flow = new Indicator(new IndicatorCode("HS.RECEIVED"), new LocalizedText("Số hồ sơ tiếp nhận"), Measure.Count(), Polarity.HigherIsBetter, 0);
        return Scorecard.Create(
            [indicator, flow],
            UnitRegistry.Create([new ResponsibleUnit(unit, new LocalizedText("Hà Giang"), UnitKind.Province)]),
            [new Target(code, unit, ReportingPeriod.ForYear(2024), Goal.AtLeast(100m))],
            [new Observation(code, unit, ReportingPeriod.ForQuarter(2024, 1), MeasuredValue.Of(31m))]);
    }

    [Fact]
    public void An_accumulation_kind_and_a_target_of_a_containing_period_round_trip()
    {
        var scorecard = CumulativeWithAnnualTarget();
        var json = ScorecardJson.ToJson(scorecard);

        // Only the kind that is not the measure's natural one is written.
        json.Should().Contain("\"accumulation\": \"cumulativeToDate\"");
        json.Split("\"accumulation\"").Should().HaveCount(2);
        var read = ScorecardJson.Read(Encoding.UTF8.GetBytes(json), "time.json");
        read.Problems.Should().BeEmpty();
        read.Scorecard.ShouldHoldTheSameItems(scorecard);
        read.Scorecard.Indicators[0].Accumulation.Should().Be(AccumulationKind.CumulativeToDate);
        read.Scorecard.Indicators[1].Accumulation.Should().Be(AccumulationKind.Flow);
    }

    [Theory]
    [InlineData("\"accumulation\": \"sum\"", "expected 'flow', 'stock'")]
    [InlineData("\"accumulation\": \"flow\"", "cannot accumulate over time as Flow")]
    public void A_bad_accumulation_kind_is_located(string property, string message)
    {
        var json = """
            {
              "version": 1,
              "units": [ { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" } ],
              "indicators": [
                { "code": "RATE", "name": { "vi": "Tỷ lệ" }, "measure": { "kind": "rate" }, "polarity": "higherIsBetter", "decimals": 1, PROPERTY }
              ],
              "targets": [],
              "observations": []
            }
            """.Replace("PROPERTY", property, StringComparison.Ordinal);

        var problem = ScorecardJson.Read(Encoding.UTF8.GetBytes(json), "time.json").Problems.Should().ContainSingle().Subject;
        problem.Location.Path.Should().Be("$.indicators[0].accumulation");
        problem.Location.Line.Should().Be(5);
        problem.Message.Should().Contain(message);
    }
}
