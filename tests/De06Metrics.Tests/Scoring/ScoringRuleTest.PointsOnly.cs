using De06Metrics.Measures;
using De06Metrics.Scoring;

namespace De06Metrics.Tests.Scoring;

/// <summary>
/// The points-only path that <see cref="ScoringSheet.ScoreAll"/> takes gives the points and status of the full
/// <see cref="ScoringRule.Score"/>, and refuses exactly the values it refuses.
/// </summary>
public partial class ScoringRuleTest
{
    private static readonly decimal?[] Probes =
    [
        null, 0m, 0.0000000000000000000000000001m, 0.5m, 1m, 4.99m, 5m, 5.01m, 19.99m, 20m, 20.01m, 79.9m, 80m, 80.1m,
        95m, 100m, 1_000_000m, 1e20m, decimal.MaxValue / 1000m, decimal.MaxValue, -0.1m,
    ];

    public static TheoryData<string> Rules => new(RuleCases.Keys);

    private static readonly Dictionary<string, ScoringRule> RuleCases = new()
    {
        ["capped higher 80 → 2"] = ScoringRule.CappedLinear(80m, 2m),
        ["capped lower 20 → 2"] = ScoringRule.CappedLinear(20m, 2m, Polarity.LowerIsBetter),
        ["capped higher 0,5 → 2 (uncapped can pass the range)"] = ScoringRule.CappedLinear(0.5m, 2m),
        ["capped higher 10^-20 → 10^6"] = ScoringRule.CappedLinear(1e-20m, 1_000_000m),
        ["capped lower 10^20 → 10^9 (uncapped can pass the range)"] = ScoringRule.CappedLinear(1e20m, 1e9m, Polarity.LowerIsBetter),
        ["capped lower 5 → 0,25"] = ScoringRule.CappedLinear(5m, 0.25m, Polarity.LowerIsBetter),
        ["bands higher"] = ScoringRule.Banded([new ScoreBand(95m, 2m), new ScoreBand(80m, 1m)], 0.5m),
        ["bands lower"] = ScoringRule.Banded([new ScoreBand(5m, 2m), new ScoreBand(20m, 1m)], 0m, Polarity.LowerIsBetter),
        ["fraction higher 100 → 10"] = ScoringRule.FractionOfMaximum(100m, 10m),
        ["fraction lower 100 → 10"] = ScoringRule.FractionOfMaximum(100m, 10m, Polarity.LowerIsBetter),
        ["fraction at decimal's limit"] = ScoringRule.FractionOfMaximum(decimal.MaxValue, 10m),
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_points_only_path_agrees_with_the_full_score_on_every_probe(string name)
    {
        var rule = RuleCases[name];
        foreach (var policy in new[] { MissingDataPolicy.StaysMissing, MissingDataPolicy.ScoresZero })
        {
            foreach (var value in Probes)
            {
                RuleScore? full = null;
                Exception? refused = null;
                try
                {
                    full = rule.Score(value, policy);
                }
                catch (ArgumentOutOfRangeException e)
                {
                    refused = e;
                }

                if (refused is not null)
                {
                    var act = () => rule.PointsOf(value, policy, out _);
                    act.Should().Throw<ArgumentOutOfRangeException>($"the full score refuses {value} under {policy}")
                        .Which.Message.Should().Be(refused.Message);
                    continue;
                }

                var points = rule.PointsOf(value, policy, out var status);
                points.Should().Be(full!.Points, $"{name}: value {value}, {policy}");
                status.Should().Be(full.Status, $"{name}: value {value}, {policy}");
            }
        }
    }

    /// <summary>
    /// 2 points from a threshold of 0,5: the value 7,9 × 10^28 reaches it, but its uncapped points, 7,9 × 10^28 × 2 /
    /// 0,5, have no decimal value either way round; a sheet scoring many units refuses it as the rule does.
    /// </summary>
    [Fact]
    public void A_capped_value_whose_uncapped_points_have_no_decimal_is_refused_by_a_whole_sheet_too()
    {
        var rule = ScoringRule.CappedLinear(0.5m, 2m);
        var single = () => rule.Score(decimal.MaxValue);
        var many = () => rule.PointsOf(decimal.MaxValue, MissingDataPolicy.StaysMissing, out _);

        single.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("value");
        many.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("value");
    }
}
