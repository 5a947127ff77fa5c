using System.Text;
using De06Metrics.Indicators;
using De06Metrics.Serialization;

namespace De06Metrics.Tests.Serialization;

/// <summary>
/// A target's amounts at a declared scale: "at least 3000" with "tỷ đồng" is 3000 × 10⁹ = 3 000 000 000 000 đồng, and
/// a band's bounds and an exact goal's tolerance are scaled alike.
/// </summary>
public partial class ScorecardJsonTest
{
    private static string TargetJson(string goal) => $$"""
        {
          "units": [ { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" } ],
          "indicators": [
            { "code": "CREDIT", "name": { "vi": "Dư nợ" }, "measure": { "kind": "money", "currency": "VND", "scale": "billions" }, "polarity": "higherIsBetter", "decimals": 0 },
            { "code": "BUDGET", "name": { "vi": "Dự toán" }, "measure": { "kind": "money", "currency": "VND", "scale": "billions" }, "polarity": "withinBand", "decimals": 0 },
            { "code": "RATE", "name": { "vi": "Tỷ lệ" }, "measure": { "kind": "rate" }, "polarity": "higherIsBetter", "decimals": 1 }
          ],
          "targets": [
            {{goal}}
          ],
          "observations": []
        }
        """;

    [Fact]
    public void A_target_at_a_declared_scale_is_read_in_whole_currency_units()
    {
        var atLeast = ScorecardJson.Read(Encoding.UTF8.GetBytes(TargetJson(
            """{ "indicator": "CREDIT", "unit": "HG", "period": "2024", "goal": { "kind": "atLeast", "value": 3000, "scale": "tỷ đồng" } }""")), "t.json");
        atLeast.Problems.Should().BeEmpty();
        atLeast.Scorecard.Targets.Should().ContainSingle().Which.Goal.Should().Be(Goal.AtLeast(3_000_000_000_000m));

        // 2,5 to 3 nghìn tỷ: 2,5 × 10^12 to 3 × 10^12.
        var between = ScorecardJson.Read(Encoding.UTF8.GetBytes(TargetJson(
            """{ "indicator": "BUDGET", "unit": "HG", "period": "2024", "goal": { "kind": "between", "value": 2.5, "high": 3, "scale": "nghìn tỷ đồng" } }""")), "t.json");
        between.Problems.Should().BeEmpty();
        between.Scorecard.Targets.Should().ContainSingle().Which.Goal.Should().Be(Goal.Between(2_500_000_000_000m, 3_000_000_000_000m));
    }

    [Fact]
    public void A_target_scale_that_cannot_apply_is_one_problem_at_its_place()
    {
        var read = ScorecardJson.Read(Encoding.UTF8.GetBytes(TargetJson(
            """{ "indicator": "RATE", "unit": "HG", "period": "2024", "goal": { "kind": "atLeast", "value": 60, "scale": "triệu đồng" } }""")), "t.json");
        read.Problems.Select(p => p.ToString()).Should().ContainSingle()
            .Which.Should().Contain("$.targets[0].goal.scale").And.Contain("a scale applies to money only; RATE is not measured in money.");
        read.Scorecard.Targets.Should().BeEmpty("a target with a problem is left out, never read at another scale");
    }
}
