using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Ranking;

namespace De06Metrics.Tests.Ranking;

public class RanksTest_Tolerance
{
    [Fact]
    public void Values_within_the_tolerance_of_their_sorted_neighbour_chain_into_one_tie()
    {
        // Sorted: 1,0  1,4  1,8  3,0. Gaps 0,4; 0,4; 1,2. With ε = 0,5 the first three chain into one group
        // (positions 1-3, average 2) although 1,8 − 1,0 = 0,8 > ε; 3,0 stands alone at 4.
        decimal?[] values = [1.8m, 1.0m, 3.0m, 1.4m];
        var options = new RankOptions(Polarity.LowerIsBetter, tolerance: 0.5m);
        Ranks.Compute(values, options).Should().Equal(2m, 2m, 4m, 2m);
        Ranks.Compute([1.8, 1.0, 3.0, 1.4], options).Should().Equal(2, 2, 4, 2);
    }

    [Fact]
    public void The_groups_are_the_same_in_both_directions()
    {
        // Descending: 3,0 first; then the chained group at positions 2-4, min rank 2.
        decimal?[] values = [1.8m, 1.0m, 3.0m, 1.4m];
        var options = new RankOptions(Polarity.HigherIsBetter, TieMethod.Min, tolerance: 0.5m);
        Ranks.Compute(values, options).Should().Equal(2m, 2m, 1m, 2m);
    }

    [Fact]
    public void A_gap_exactly_equal_to_the_tolerance_ties()
    {
        // 2,5 − 2,0 = 0,5 ≤ ε: one group, dense 1; 3,1 − 2,5 = 0,6 > ε: dense 2.
        decimal?[] values = [2.0m, 2.5m, 3.1m];
        Ranks.Compute(values, new RankOptions(Polarity.LowerIsBetter, TieMethod.Dense, tolerance: 0.5m))
            .Should().Equal(1m, 1m, 2m);
    }

    [Fact]
    public void A_zero_tolerance_is_exact_equality()
    {
        decimal?[] values = [2.0m, 2.00m, 2.0000000000000000000000000001m];
        Ranks.Compute(values, new RankOptions(Polarity.LowerIsBetter, TieMethod.Min)).Should().Equal(1m, 1m, 3m);
    }

    [Fact]
    public void A_tolerance_across_zero_cannot_overflow()
    {
        // The gaps below exceed decimal.MaxValue, so subtracting would overflow; the comparison must not.
        var huge = new RankOptions(Polarity.LowerIsBetter, tolerance: decimal.MaxValue);
        Ranks.Compute([decimal.MinValue, decimal.MaxValue], huge).Should().Equal(1m, 2m);   // gap 2 × Max > ε
        Ranks.Compute([-2m, decimal.MaxValue - 1], huge).Should().Equal(1m, 2m);            // gap Max + 1 > ε
        Ranks.Compute([-1m, decimal.MaxValue - 1], huge).Should().Equal(1.5m, 1.5m);        // gap Max = ε
    }
}
