using De06Metrics.Measures;
using De06Metrics.Ranking;

namespace De06Metrics.Tests.Ranking;

/// <summary>
/// Decimals are sorted by their nearest doubles first and only runs of near-equal doubles by the decimals themselves;
/// these values differ below a double's precision, so only the exact step can order them.
/// </summary>
public class RanksTest_NearlyEqualDecimals
{
    [Fact]
    public void Decimals_that_share_a_double_are_still_ranked_exactly()
    {
        // All four convert to the double 0.1; exactly, 0,1 < 0,1 + 10⁻²⁸ < 0,1 + 2 × 10⁻²⁸, and 0,10 equals 0,1.
        decimal[] values = [0.1000000000000000000000000002m, 0.1m, 0.1000000000000000000000000001m, 0.10m];
        ((double)values[0]).Should().Be((double)values[1]);

        // Ascending (lower is better), ties averaged: 0,1 and 0,10 share positions 1-2 → 1,5; then 3; then 4.
        Ranks.Compute(values, new RankOptions(Polarity.LowerIsBetter)).Should().Equal(4m, 1.5m, 3m, 1.5m);
        Ranks.Compute(values, new RankOptions(Polarity.LowerIsBetter, ties: TieMethod.First)).Should().Equal(4m, 1m, 3m, 2m);
    }

    [Theory]
    [InlineData(TieMethod.Average)]
    [InlineData(TieMethod.Min)]
    [InlineData(TieMethod.Max)]
    [InlineData(TieMethod.First)]
    [InlineData(TieMethod.Dense)]
    public void Clusters_of_near_equal_values_rank_as_the_definition_says(TieMethod ties)
    {
        // Clusters around a few centres, spread by a few units of the 28th significant digit, with exact repeats and
        // both signs: the nearest doubles of a cluster coincide or interleave, the decimals do not.
        var random = new Random(20240331);
        decimal[] centres = [0m, 1m / 3m, -2m / 3m, 88.8m, 12345678901234.5678901234m, -7.9e27m];
        var values = new decimal[600];
        for (var i = 0; i < values.Length; i++)
        {
            var centre = centres[random.Next(centres.Length)];
            var scale = centre == 0m ? 1e-28m : Math.Abs(centre) * 1e-26m;
            values[i] = centre + (random.Next(-3, 4) * scale);
        }

        var ranks = Ranks.Compute(values, new RankOptions(Polarity.HigherIsBetter, ties: ties));

        ranks.Should().Equal(ByDefinition(values, ties));
    }

    // Ranks from their definition, in O(n²) with exact decimal comparisons only (descending: larger is better).
    private static decimal[] ByDefinition(decimal[] values, TieMethod ties)
    {
        var distinctBetter = values.Distinct().ToArray();
        return [.. values.Select((value, i) =>
        {
            var better = values.Count(other => other > value);
            var equal = values.Count(other => other == value);
            var earlierEqual = values.Take(i).Count(other => other == value);
            return ties switch
            {
                TieMethod.Min => better + 1m,
                TieMethod.Max => better + equal,
                TieMethod.First => better + earlierEqual + 1m,
                TieMethod.Dense => distinctBetter.Count(other => other > value) + 1m,
                _ => better + ((equal + 1m) / 2m),
            };
        })];
    }
}
