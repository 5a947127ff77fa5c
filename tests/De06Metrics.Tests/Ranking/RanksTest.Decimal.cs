using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Ranking;

namespace De06Metrics.Tests.Ranking;

public class RanksTest_Decimal
{
    [Fact]
    public void Plain_decimals_rank_like_pandas()
    {
        // 88,8 and 88,80 are equal; descending average: 90 → 1; 88,8 × 2 → positions 2-3 → 2,5; 70 → 4.
        decimal[] values = [88.8m, 90m, 88.80m, 70m];
        Ranks.Compute(values, new RankOptions(Polarity.HigherIsBetter)).Should().Equal(2.5m, 1m, 2.5m, 4m);
    }

    [Fact]
    public void Plain_decimals_into_a_span()
    {
        decimal[] values = [3m, 1m, 2m];
        var ranks = new decimal[3];
        Ranks.Compute(values, ranks, new RankOptions(Polarity.LowerIsBetter, ties: TieMethod.First, asFraction: true));
        ranks.Should().Equal(1m, 1m / 3, 2m / 3);
    }

    [Fact]
    public void Several_missing_values_tie_among_themselves_when_placed()
    {
        // [2, –, 1, –], ascending, top: the two missing take positions 1-2; 1 → 3; 2 → 4.
        decimal?[] values = [2m, null, 1m, null];
        var options = new RankOptions(Polarity.LowerIsBetter, missing: MissingPlacement.Top);
        Ranks.Compute(values, options).Should().Equal(4m, 1.5m, 3m, 1.5m);
        Ranks.Compute(values, new RankOptions(Polarity.LowerIsBetter, TieMethod.First, MissingPlacement.Top)).Should().Equal(4m, 1m, 3m, 2m);
        Ranks.Compute(values, new RankOptions(Polarity.LowerIsBetter, TieMethod.Max, MissingPlacement.Top)).Should().Equal(4m, 2m, 3m, 2m);
        Ranks.Compute(values, new RankOptions(Polarity.LowerIsBetter, TieMethod.Dense, MissingPlacement.Top)).Should().Equal(3m, 1m, 2m, 1m);
    }

    [Fact]
    public void An_empty_span_gives_no_ranks()
    {
        Ranks.Compute(ReadOnlySpan<decimal?>.Empty, new RankOptions(Polarity.HigherIsBetter)).Should().BeEmpty();
        Ranks.Compute(ReadOnlySpan<double>.Empty, new RankOptions(Polarity.HigherIsBetter)).Should().BeEmpty();
    }
}
