using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Ranking;

namespace De06Metrics.Tests.Ranking;

/// <summary>
/// Every tie method × na_option × pct × direction on one data set with ties and a missing value, against pandas'
/// documented <c>Series.rank</c> semantics. The expectations are derived by hand below.
/// </summary>
public class RanksTest_PandasMatrix
{
    // index:             0  1  2  3  4  5         6  7  8  9  10 11
    private static readonly double[] Data = [3, 1, 4, 1, 5, double.NaN, 9, 2, 6, 5, 3, 5];
    private const double NaN = double.NaN;

    // Derivation. The 11 present values sorted ascending, with their indices:
    //   1 (1, 3) | 2 (7) | 3 (0, 10) | 4 (2) | 5 (4, 9, 11) | 6 (8) | 9 (6)
    //   positions 1-2 | 3 | 4-5 | 6 | 7-9 | 10 | 11
    // average = mean of the positions, min = first, max = last, first = positions in index order,
    // dense = 1..7 by distinct value. Descending (HigherIsBetter) reads the same groups from the other end:
    //   9 (6) | 6 (8) | 5 (4, 9, 11) | 4 (2) | 3 (0, 10) | 2 (7) | 1 (1, 3)
    //   positions 1 | 2 | 3-5 | 6 | 7-8 | 9 | 10-11
    // na_option: keep leaves index 5 NaN; top gives NaN position 1 (dense 1) and shifts every value by 1;
    // bottom gives NaN position 12 (dense 8). pct divides by the count of ranked values: 11 with keep, 12 with
    // top/bottom; for dense by the highest dense rank: 7 with keep, 8 with top/bottom.
    public static TheoryData<Polarity, TieMethod, MissingPlacement, double[], double> Cases => new()
    {
        { Polarity.LowerIsBetter, TieMethod.Average, MissingPlacement.Keep, [4.5, 1.5, 6, 1.5, 8, NaN, 11, 3, 10, 8, 4.5, 8], 11 },
        { Polarity.LowerIsBetter, TieMethod.Min, MissingPlacement.Keep, [4, 1, 6, 1, 7, NaN, 11, 3, 10, 7, 4, 7], 11 },
        { Polarity.LowerIsBetter, TieMethod.Max, MissingPlacement.Keep, [5, 2, 6, 2, 9, NaN, 11, 3, 10, 9, 5, 9], 11 },
        { Polarity.LowerIsBetter, TieMethod.First, MissingPlacement.Keep, [4, 1, 6, 2, 7, NaN, 11, 3, 10, 8, 5, 9], 11 },
        { Polarity.LowerIsBetter, TieMethod.Dense, MissingPlacement.Keep, [3, 1, 4, 1, 5, NaN, 7, 2, 6, 5, 3, 5], 7 },

        { Polarity.LowerIsBetter, TieMethod.Average, MissingPlacement.Top, [5.5, 2.5, 7, 2.5, 9, 1, 12, 4, 11, 9, 5.5, 9], 12 },
        { Polarity.LowerIsBetter, TieMethod.Min, MissingPlacement.Top, [5, 2, 7, 2, 8, 1, 12, 4, 11, 8, 5, 8], 12 },
        { Polarity.LowerIsBetter, TieMethod.Max, MissingPlacement.Top, [6, 3, 7, 3, 10, 1, 12, 4, 11, 10, 6, 10], 12 },
        { Polarity.LowerIsBetter, TieMethod.First, MissingPlacement.Top, [5, 2, 7, 3, 8, 1, 12, 4, 11, 9, 6, 10], 12 },
        { Polarity.LowerIsBetter, TieMethod.Dense, MissingPlacement.Top, [4, 2, 5, 2, 6, 1, 8, 3, 7, 6, 4, 6], 8 },

        { Polarity.LowerIsBetter, TieMethod.Average, MissingPlacement.Bottom, [4.5, 1.5, 6, 1.5, 8, 12, 11, 3, 10, 8, 4.5, 8], 12 },
        { Polarity.LowerIsBetter, TieMethod.Min, MissingPlacement.Bottom, [4, 1, 6, 1, 7, 12, 11, 3, 10, 7, 4, 7], 12 },
        { Polarity.LowerIsBetter, TieMethod.Max, MissingPlacement.Bottom, [5, 2, 6, 2, 9, 12, 11, 3, 10, 9, 5, 9], 12 },
        { Polarity.LowerIsBetter, TieMethod.First, MissingPlacement.Bottom, [4, 1, 6, 2, 7, 12, 11, 3, 10, 8, 5, 9], 12 },
        { Polarity.LowerIsBetter, TieMethod.Dense, MissingPlacement.Bottom, [3, 1, 4, 1, 5, 8, 7, 2, 6, 5, 3, 5], 8 },

        { Polarity.HigherIsBetter, TieMethod.Average, MissingPlacement.Keep, [7.5, 10.5, 6, 10.5, 4, NaN, 1, 9, 2, 4, 7.5, 4], 11 },
        { Polarity.HigherIsBetter, TieMethod.Min, MissingPlacement.Keep, [7, 10, 6, 10, 3, NaN, 1, 9, 2, 3, 7, 3], 11 },
        { Polarity.HigherIsBetter, TieMethod.Max, MissingPlacement.Keep, [8, 11, 6, 11, 5, NaN, 1, 9, 2, 5, 8, 5], 11 },
        { Polarity.HigherIsBetter, TieMethod.First, MissingPlacement.Keep, [7, 10, 6, 11, 3, NaN, 1, 9, 2, 4, 8, 5], 11 },
        { Polarity.HigherIsBetter, TieMethod.Dense, MissingPlacement.Keep, [5, 7, 4, 7, 3, NaN, 1, 6, 2, 3, 5, 3], 7 },

        { Polarity.HigherIsBetter, TieMethod.Average, MissingPlacement.Top, [8.5, 11.5, 7, 11.5, 5, 1, 2, 10, 3, 5, 8.5, 5], 12 },
        { Polarity.HigherIsBetter, TieMethod.Min, MissingPlacement.Top, [8, 11, 7, 11, 4, 1, 2, 10, 3, 4, 8, 4], 12 },
        { Polarity.HigherIsBetter, TieMethod.Max, MissingPlacement.Top, [9, 12, 7, 12, 6, 1, 2, 10, 3, 6, 9, 6], 12 },
        { Polarity.HigherIsBetter, TieMethod.First, MissingPlacement.Top, [8, 11, 7, 12, 4, 1, 2, 10, 3, 5, 9, 6], 12 },
        { Polarity.HigherIsBetter, TieMethod.Dense, MissingPlacement.Top, [6, 8, 5, 8, 4, 1, 2, 7, 3, 4, 6, 4], 8 },

        { Polarity.HigherIsBetter, TieMethod.Average, MissingPlacement.Bottom, [7.5, 10.5, 6, 10.5, 4, 12, 1, 9, 2, 4, 7.5, 4], 12 },
        { Polarity.HigherIsBetter, TieMethod.Min, MissingPlacement.Bottom, [7, 10, 6, 10, 3, 12, 1, 9, 2, 3, 7, 3], 12 },
        { Polarity.HigherIsBetter, TieMethod.Max, MissingPlacement.Bottom, [8, 11, 6, 11, 5, 12, 1, 9, 2, 5, 8, 5], 12 },
        { Polarity.HigherIsBetter, TieMethod.First, MissingPlacement.Bottom, [7, 10, 6, 11, 3, 12, 1, 9, 2, 4, 8, 5], 12 },
        { Polarity.HigherIsBetter, TieMethod.Dense, MissingPlacement.Bottom, [5, 7, 4, 7, 3, 8, 1, 6, 2, 3, 5, 3], 8 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Doubles_rank_as_pandas_does(Polarity polarity, TieMethod ties, MissingPlacement missing, double[] expected, double pctDivisor)
    {
        _ = pctDivisor;
        Ranks.Compute(Data, new RankOptions(polarity, ties, missing)).Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Doubles_with_pct_divide_by_the_field_as_pandas_does(Polarity polarity, TieMethod ties, MissingPlacement missing, double[] expected, double pctDivisor)
    {
        // pandas divides the float64 rank by the group size in float64; so does the expectation.
        var pct = expected.Select(rank => rank / pctDivisor).ToArray();
        Ranks.Compute(Data, new RankOptions(polarity, ties, missing, asFraction: true)).Should().Equal(pct);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Nullable_decimals_give_the_same_ranks_with_null_for_missing(Polarity polarity, TieMethod ties, MissingPlacement missing, double[] expected, double pctDivisor)
    {
        _ = pctDivisor;
        var values = Data.Select(value => double.IsNaN(value) ? (decimal?)null : (decimal)value).ToArray();
        var expectedDecimals = expected.Select(rank => double.IsNaN(rank) ? (decimal?)null : (decimal)rank).ToArray();
        Ranks.Compute(values, new RankOptions(polarity, ties, missing)).Should().Equal(expectedDecimals);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Nullable_decimals_with_pct_divide_exactly_in_decimal(Polarity polarity, TieMethod ties, MissingPlacement missing, double[] expected, double pctDivisor)
    {
        var values = Data.Select(value => double.IsNaN(value) ? (decimal?)null : (decimal)value).ToArray();
        var expectedDecimals = expected.Select(rank => double.IsNaN(rank) ? (decimal?)null : (decimal)rank / (decimal)pctDivisor).ToArray();
        Ranks.Compute(values, new RankOptions(polarity, ties, missing, asFraction: true)).Should().Equal(expectedDecimals);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_comparison_path_agrees(Polarity polarity, TieMethod ties, MissingPlacement missing, double[] expected, double pctDivisor)
    {
        _ = pctDivisor;
        var ranks = new double[Data.Length];
        Ranks.ComputeByComparison(Data, ranks, new RankOptions(polarity, ties, missing));
        ranks.Should().Equal(expected);
    }

    [Fact]
    public void Decimal_pct_is_the_exact_decimal_quotient()
    {
        // Ascending average keep: index 0 ranks 4,5 of 11 present values; 4,5 / 11 in decimal.
        var values = Data.Select(value => double.IsNaN(value) ? (decimal?)null : (decimal)value).ToArray();
        var ranks = Ranks.Compute(values, new RankOptions(Polarity.LowerIsBetter, asFraction: true));
        ranks[0].Should().Be(0.4090909090909090909090909091m);
        ranks[5].Should().BeNull();
    }
}
