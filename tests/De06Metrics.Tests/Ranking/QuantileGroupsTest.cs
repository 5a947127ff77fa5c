using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Ranking;

namespace De06Metrics.Tests.Ranking;

public class QuantileGroupsTest
{
    [Fact]
    public void Sixty_three_provinces_in_four_groups_hold_16_16_16_15()
    {
        // Rank r goes to ⌊(r − 1) · 4 / 63⌋ + 1: ranks 1-16 → 1 (15 · 4 / 63 < 1), 17-32 → 2, 33-48 → 3, 49-63 → 4.
        var scores = Enumerable.Range(1, 63).Select(i => (decimal?)i).ToArray();
        var groups = QuantileGroups.Assign(scores, Polarity.HigherIsBetter, 4);

        groups.GroupBy(group => group).Select(g => g.Count()).Should().Equal(15, 16, 16, 16); // scores 1..15 are the worst
        groups[62].Should().Be(1); // score 63 ranks 1
        groups[47].Should().Be(1); // score 48 ranks 16
        groups[46].Should().Be(2); // score 47 ranks 17
        groups[0].Should().Be(4);  // score 1 ranks 63
    }

    [Fact]
    public void A_tie_at_a_boundary_goes_whole_to_the_better_group()
    {
        // Descending "1224" ranks: 10 → 1; 9, 9 → 2, 2; 7 → 4; 6 → 5; 5 → 6; 4 → 7; 3 → 8. With 8 values in 4 groups:
        // r = 1, 2 → ⌊(r − 1) / 2⌋ + 1 = 1; r = 4 → 2; r = 5, 6 → 3; r = 7, 8 → 4. The tie straddling places 2-3 stays
        // in group 1, which holds 3; group 2 holds 1.
        decimal?[] scores = [10, 9, 9, 7, 6, 5, 4, 3];
        QuantileGroups.Assign(scores, Polarity.HigherIsBetter, 4).Should().Equal(1, 1, 1, 2, 3, 3, 4, 4);
    }

    [Fact]
    public void A_tie_spanning_a_whole_group_leaves_it_empty()
    {
        // Five tied best values rank 1 → group 1; the last ranks 6 → ⌊5 · 3 / 6⌋ + 1 = 3; group 2 is empty.
        decimal?[] scores = [5, 5, 5, 5, 5, 1];
        QuantileGroups.Assign(scores, Polarity.HigherIsBetter, 3).Should().Equal(1, 1, 1, 1, 1, 3);
    }

    [Fact]
    public void Lower_is_better_puts_the_smallest_first_and_missing_values_nowhere()
    {
        // Present: 0,1 0,2 0,3 0,4 (ascending ranks 1-4) → groups 1, 1, 2, 2.
        decimal?[] rates = [0.3m, null, 0.1m, 0.4m, 0.2m];
        QuantileGroups.Assign(rates, Polarity.LowerIsBetter, 2).Should().Equal(2, null, 1, 2, 1);
    }

    [Fact]
    public void A_tolerance_joins_near_ties()
    {
        // 10,0 and 9,96 tie within 0,05 (rank 1, 1); 8 ranks 3; 7 ranks 4 → groups of 2: 1, 1, 2, 2.
        decimal?[] scores = [10.0m, 9.96m, 8m, 7m];
        QuantileGroups.Assign(scores, Polarity.HigherIsBetter, 2, tolerance: 0.05m).Should().Equal(1, 1, 2, 2);
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        var zero = () => QuantileGroups.Assign([1m], Polarity.HigherIsBetter, 0);
        zero.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("groupCount").WithMessage("*0*");
        var band = () => QuantileGroups.Assign([1m], Polarity.WithinBand, 4);
        band.Should().Throw<ArgumentException>().WithParameterName("polarity");
    }
}
