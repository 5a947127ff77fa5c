using De06Metrics.Measures;
using De06Metrics.Scoring;
using De06Metrics.Tests.Text;

namespace De06Metrics.Tests.Scoring;

/// <summary>Every rule and every score a rule gives is said from the phrase book: the pseudo language leaves no word.</summary>
[Trait("Category", "Text")]
public partial class ScoringRuleTest
{
    public static TheoryData<Polarity> Polarities() => [Polarity.HigherIsBetter, Polarity.LowerIsBetter];

    [Theory]
    [MemberData(nameof(Polarities))]
    public void Every_rule_and_every_step_of_it_comes_from_the_phrase_book(Polarity polarity)
    {
        var pseudo = PseudoLanguage.Instance;
        var lower = polarity == Polarity.LowerIsBetter;
        var rules = new[]
        {
            ScoringRule.CappedLinear(80m, 2m, polarity),
            ScoringRule.Banded(lower ? [new ScoreBand(5m, 2m), new ScoreBand(10m, 1m)] : [new ScoreBand(95m, 2m), new ScoreBand(80m, 1m)], 0.5m, polarity),
            ScoringRule.FractionOfMaximum(10m, 10m, polarity),
        };

        // Values below, at and past every threshold, 0 (no uncapped points for lower-is-better), negative and past the
        // fraction's scale (not meaningful), and none at all under both missing-data policies.
        var values = new decimal?[] { null, -1m, 0m, 3m, 5m, 7.5m, 10m, 12m, 60m, 80m, 90m, 95m, 100m };
        var steps = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            PseudoLanguage.WordsIn(rule.Describe(pseudo)).Should().BeEmpty();
            foreach (var value in values)
            {
                foreach (var missing in Enum.GetValues<MissingDataPolicy>())
                {
                    var score = rule.Score(value, missing);
                    var text = score.Describe(pseudo);
                    PseudoLanguage.WordsIn(text).Should().BeEmpty(text);
                    steps.Add(score.Describe(De06Metrics.Text.Language.English));
                }
            }
        }

        steps.Should().Contain(step => step.Contains("cannot be scored", StringComparison.Ordinal))
            .And.Contain(step => step.Contains("not scored", StringComparison.Ordinal))
            .And.Contain(step => step.Contains("missing data scores zero", StringComparison.Ordinal))
            .And.Contain(step => step.Contains("full 2 points", StringComparison.Ordinal))
            .And.Contain(step => step.Contains("(bands)", StringComparison.Ordinal))
            .And.Contain(step => step.Contains("reaches no band", StringComparison.Ordinal))
            .And.Contain(step => step.Contains("(fraction of maximum)", StringComparison.Ordinal));
    }
}
