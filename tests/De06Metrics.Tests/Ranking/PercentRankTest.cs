using De06Metrics.Ranking;

namespace De06Metrics.Tests.Ranking;

public class PercentRankTest
{
    // Microsoft's PERCENTRANK.INC example data; sorted: 1 1 1 2 3 4 8 11 12 13 (n = 10).
    private static readonly decimal[] Microsoft = [13, 12, 11, 8, 4, 3, 2, 1, 1, 1];

    [Theory]
    [InlineData(2, "0.333")] // Microsoft: 3 values below 2, 3/9
    [InlineData(4, "0.555")] // Microsoft: 5/9 = 0,5555…, truncated not rounded
    [InlineData(8, "0.666")] // Microsoft: 6/9
    [InlineData(5, "0.583")] // Microsoft: between 4 (5/9) and 8 (6/9), a quarter of the way: 5,25/9
    [InlineData(1, "0")]     // the smallest value, three times: nothing below it
    [InlineData(13, "1")]    // the largest: 9/9
    [InlineData(1.5, "0.277")] // between the last 1 (index 2) and 2 (index 3), half way: 2,5/9
    public void Inclusive_reproduces_Microsofts_examples(double x, string expected) =>
        PercentRank.Inclusive(Microsoft, (decimal)x).Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(2, "0.363")]   // (3 + 1) / 11 = 0,3636…
    [InlineData(4, "0.545")]   // (5 + 1) / 11 = 0,5454…
    [InlineData(8, "0.636")]   // (6 + 1) / 11 = 0,6363…
    [InlineData(5, "0.568")]   // (6 + 0,25) / 11 = 0,5681…
    [InlineData(1, "0.090")]   // (0 + 1) / 11 = 0,0909…
    [InlineData(13, "0.909")]  // (9 + 1) / 11
    [InlineData(1.5, "0.318")] // (3 + 0,5) / 11 = 0,3181…
    public void Exclusive_by_hand_on_Microsofts_data(double x, string expected) =>
        PercentRank.Exclusive(Microsoft, (decimal)x).Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Exclusive_by_hand_on_data_with_a_tie()
    {
        // 1 2 3 6 6 6 7 8 9 (n = 9). At 7: 6 below, (6 + 1) / 10 = 0,7 exactly.
        // At 5,43: 3 below, between 3 and 6, f = 2,43 / 3 = 0,81: (3 + 0,81) / 10 = 0,381; 1 digit: 0,3.
        decimal[] data = [1, 2, 3, 6, 6, 6, 7, 8, 9];
        PercentRank.Exclusive(data, 7m).Should().Be(0.7m);
        PercentRank.Exclusive(data, 5.43m).Should().Be(0.381m);
        PercentRank.Exclusive(data, 5.43m, significance: 1).Should().Be(0.3m);
        // Inclusive at 6: 3 below, 3/8 = 0,375; at 6,5: from the last 6 (index 5), half way: 5,5/8 = 0,6875 → 0,687.
        PercentRank.Inclusive(data, 6m).Should().Be(0.375m);
        PercentRank.Inclusive(data, 6.5m).Should().Be(0.687m);
    }

    [Fact]
    public void Significance_truncates_to_that_many_decimals()
    {
        PercentRank.Inclusive(Microsoft, 5m, significance: 1).Should().Be(0.5m);
        PercentRank.Inclusive(Microsoft, 5m, significance: 5).Should().Be(0.58333m);
        PercentRank.Inclusive(Microsoft, 4m, significance: 28).Should().Be(0.5555555555555555555555555555m);
    }

    [Fact]
    public void The_arithmetic_is_exact_at_a_truncation_boundary()
    {
        // f = 0,21 / 0,3 = 0,7 exactly; in double 0.21 / 0.3 is 0.7000000000000001 and 0.69999… is one step away.
        PercentRank.Inclusive([0m, 0.3m], 0.21m).Should().Be(0.7m);
        PercentRank.Inclusive([0m, 0.3m], 0.21m, significance: 28).Should().Be(0.7m);
    }

    [Fact]
    public void Values_far_apart_do_not_overflow() =>
        PercentRank.Inclusive([decimal.MinValue, decimal.MaxValue], 0m).Should().Be(0.5m);

    [Fact]
    public void One_value_ranks_one_inclusive_and_a_half_exclusive()
    {
        PercentRank.Inclusive([5m], 5m).Should().Be(1m);
        PercentRank.Exclusive([5m], 5m).Should().Be(0.5m);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(13.01)]
    public void Outside_the_data_is_Excels_NA_not_a_number(double x)
    {
        var act = () => PercentRank.Inclusive(Microsoft, (decimal)x);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("x").WithMessage("*outside*[1; 13]*#N/A*");
        var exclusive = () => PercentRank.Exclusive(Microsoft, (decimal)x);
        exclusive.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("x");

        PercentRank.TryInclusive(Microsoft, (decimal)x, out _).Should().BeFalse();
        PercentRank.TryExclusive(Microsoft, (decimal)x, out _).Should().BeFalse();
    }

    [Fact]
    public void Try_methods_return_the_rank_inside_the_range()
    {
        PercentRank.TryInclusive(Microsoft, 5m, out var inclusive).Should().BeTrue();
        inclusive.Should().Be(0.583m);
        PercentRank.TryExclusive(Microsoft, 5m, out var exclusive, significance: 2).Should().BeTrue();
        exclusive.Should().Be(0.56m);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(29)]
    public void A_significance_outside_1_to_28_is_refused_naming_the_value(int significance)
    {
        var act = () => PercentRank.Inclusive(Microsoft, 5m, significance);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("significance")
            .WithMessage($"*{significance}*");
    }

    [Fact]
    public void An_empty_data_set_is_refused()
    {
        var act = () => PercentRank.Exclusive([], 1m);
        act.Should().Throw<ArgumentException>().WithParameterName("data").WithMessage("*empty*");
    }
}
