using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Ranking;

namespace De06Metrics.Tests.Ranking;

/// <summary>
/// Expectations published in pandas' own test suite (pandas/tests/series/methods/test_rank.py), reproduced here as
/// literal values: an independent check of the same semantics.
/// </summary>
public class RanksTest_PandasSuite
{
    private const double NaN = double.NaN;
    private static readonly double[] Series = [1, 3, 4, 2, NaN, 2, 1, 5, NaN, 3];

    public static TheoryData<TieMethod, double[]> TieMethods => new()
    {
        { TieMethod.Average, [1.5, 5.5, 7.0, 3.5, NaN, 3.5, 1.5, 8.0, NaN, 5.5] },
        { TieMethod.Min, [1, 5, 7, 3, NaN, 3, 1, 8, NaN, 5] },
        { TieMethod.Max, [2, 6, 7, 4, NaN, 4, 2, 8, NaN, 6] },
        { TieMethod.First, [1, 5, 7, 3, NaN, 4, 2, 8, NaN, 6] },
        { TieMethod.Dense, [1, 3, 4, 2, NaN, 2, 1, 5, NaN, 3] },
    };

    [Theory]
    [MemberData(nameof(TieMethods))]
    public void Test_rank_tie_methods(TieMethod ties, double[] expected) =>
        Ranks.Compute(Series, new RankOptions(Polarity.LowerIsBetter, ties)).Should().Equal(expected);

    // test_rank_tie_methods_on_infs_nans: [-inf x3, NaN x3, +inf x3]; the ranks of three tied blocks are
    // average (2, 5, 8), min (1, 4, 7), max (3, 6, 9), first (1 2 3, 4 5 6, 7 8 9), dense (1, 2, 3). pandas lays
    // the blocks out as NaN, -inf, +inf for top; -inf, +inf, NaN for bottom; -inf, (NaN kept), +inf for keep;
    // and reverses the layout when descending.
    public static TheoryData<TieMethod, MissingPlacement, bool> InfinityCases()
    {
        var data = new TheoryData<TieMethod, MissingPlacement, bool>();
        foreach (var ties in Enum.GetValues<TieMethod>())
        {
            foreach (var missing in Enum.GetValues<MissingPlacement>())
            {
                data.Add(ties, missing, true);
                data.Add(ties, missing, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InfinityCases))]
    public void Test_rank_tie_methods_on_infs_nans(TieMethod ties, MissingPlacement missing, bool ascending)
    {
        double[] input = [double.NegativeInfinity, double.NegativeInfinity, double.NegativeInfinity, NaN, NaN, NaN,
            double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity];
        double[][] blocks = ties switch
        {
            TieMethod.Average => [[2, 2, 2], [5, 5, 5], [8, 8, 8]],
            TieMethod.Min => [[1, 1, 1], [4, 4, 4], [7, 7, 7]],
            TieMethod.Max => [[3, 3, 3], [6, 6, 6], [9, 9, 9]],
            TieMethod.First => [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
            _ => [[1, 1, 1], [2, 2, 2], [3, 3, 3]],
        };
        double[][] order = missing switch
        {
            MissingPlacement.Top => [blocks[1], blocks[0], blocks[2]],
            MissingPlacement.Bottom => [blocks[0], blocks[2], blocks[1]],
            _ => [blocks[0], [NaN, NaN, NaN], blocks[1]],
        };
        var expected = (ascending ? order : order.Reverse()).SelectMany(block => block).ToArray();

        var options = new RankOptions(ascending ? Polarity.LowerIsBetter : Polarity.HigherIsBetter, ties, missing);
        Ranks.Compute(input, options).Should().Equal(expected);
    }

    [Fact]
    public void Test_rank_desc_mix_nans_infs() =>
        Ranks.Compute([1, NaN, double.PositiveInfinity, double.NegativeInfinity, 25], new RankOptions(Polarity.HigherIsBetter))
            .Should().Equal(3, NaN, 1, 4, 2);

    [Fact]
    public void Test_rank_tiny_values_are_distinct() =>
        Ranks.Compute([1e-50, 1e-100, 1e-20, 1e-2, 1e-20 + 1e-30, 1e-1], new RankOptions(Polarity.LowerIsBetter))
            .Should().Equal(2, 1, 3, 5, 4, 6);

    [Fact]
    public void Test_rank_pct_of_a_hundred_ties()
    {
        var ones = Enumerable.Repeat(1.0, 100).ToArray();
        Ranks.Compute(ones, new RankOptions(Polarity.LowerIsBetter, asFraction: true)).Should().AllBeEquivalentTo(0.505);

        ones[1] = NaN;
        var ranks = Ranks.Compute(ones, new RankOptions(Polarity.LowerIsBetter, asFraction: true));
        ranks[1].Should().Be(NaN);
        ranks.Where((_, i) => i != 1).Should().AllBeEquivalentTo(50.0 / 99.0);
    }

    [Fact]
    public void Test_rank_pct_of_all_missing_is_all_missing() =>
        Ranks.Compute(Enumerable.Repeat(NaN, 100).ToArray(), new RankOptions(Polarity.LowerIsBetter, asFraction: true))
            .Should().OnlyContain(rank => double.IsNaN(rank));

    public static TheoryData<TieMethod, double[], double[]> PctCases => new()
    {
        { TieMethod.Dense, [1, 1, 5, 5, 3], [1.0 / 3, 1.0 / 3, 3.0 / 3, 3.0 / 3, 2.0 / 3] },
        { TieMethod.Dense, [1, 2, 2], [1.0 / 2, 2.0 / 2, 2.0 / 2] },
        { TieMethod.Dense, [2, 2], [1.0, 1.0] },
        { TieMethod.Min, [1, 1, 5, 5, 3], [1.0 / 5, 1.0 / 5, 4.0 / 5, 4.0 / 5, 3.0 / 5] },
        { TieMethod.Min, [1, 1, 3, 3, 5, 5], [1.0 / 6, 1.0 / 6, 3.0 / 6, 3.0 / 6, 5.0 / 6, 5.0 / 6] },
        { TieMethod.Min, [2, 2], [1.0 / 2, 1.0 / 2] },
        { TieMethod.Max, [1, 1, 5, 5, 3], [2.0 / 5, 2.0 / 5, 5.0 / 5, 5.0 / 5, 3.0 / 5] },
        { TieMethod.Max, [1, 2, 2], [1.0 / 3, 3.0 / 3, 3.0 / 3] },
        { TieMethod.Max, [-5, -4, -3, -2, -1], [1.0 / 5, 2.0 / 5, 3.0 / 5, 4.0 / 5, 5.0 / 5] },
    };

    [Theory]
    [MemberData(nameof(PctCases))]
    public void Test_rank_pct_tables(TieMethod ties, double[] input, double[] expected) =>
        Ranks.Compute(input, new RankOptions(Polarity.LowerIsBetter, ties, asFraction: true)).Should().Equal(expected);

    [Fact]
    public void Test_rank_na_option_with_pct()
    {
        // Four ordered values and a missing one (the categorical test, as numbers).
        double[] input = [1, 2, 3, 4, NaN];
        Ranks.Compute(input, new RankOptions(Polarity.LowerIsBetter, missing: MissingPlacement.Top, asFraction: true)).Should().Equal(0.4, 0.6, 0.8, 1.0, 0.2);
        Ranks.Compute(input, new RankOptions(Polarity.LowerIsBetter, missing: MissingPlacement.Bottom, asFraction: true)).Should().Equal(0.2, 0.4, 0.6, 0.8, 1.0);
        Ranks.Compute(input, new RankOptions(Polarity.LowerIsBetter, missing: MissingPlacement.Keep, asFraction: true)).Should().Equal(0.25, 0.5, 0.75, 1.0, NaN);
    }

    [Fact]
    public void Test_rank_na_option_descending()
    {
        double[] input = [1, 2, 3, 4, 5, 6, NaN];
        Ranks.Compute(input, new RankOptions(Polarity.HigherIsBetter, missing: MissingPlacement.Top)).Should().Equal(7, 6, 5, 4, 3, 2, 1);
        Ranks.Compute(input, new RankOptions(Polarity.HigherIsBetter, missing: MissingPlacement.Bottom)).Should().Equal(6, 5, 4, 3, 2, 1, 7);
        Ranks.Compute(input, new RankOptions(Polarity.HigherIsBetter, missing: MissingPlacement.Keep)).Should().Equal(6, 5, 4, 3, 2, 1, NaN);
    }
}
