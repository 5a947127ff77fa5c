using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Ranking;

namespace De06Metrics.Tests.Ranking;

/// <summary>The radix-sorted fast path against the plain comparison sort, and the values that trip bit tricks.</summary>
public class RanksTest_RadixPath
{
    public static TheoryData<int, int> Sizes => new()
    {
        { 0, 1 }, { 1, 2 }, { 7, 3 }, { 500, 4 }, { 4095, 5 }, { 4096, 6 }, { 4097, 7 }, { 20_000, 8 },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_radix_path_agrees_with_the_comparison_path_on_random_data_with_ties(int count, int seed)
    {
        var random = new Random(seed);
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = random.Next(10) switch
            {
                0 => double.NaN,
                1 => -random.Next(50),                         // negative ties
                2 => random.Next(2) == 0 ? 0.0 : -0.0,          // signed zeros tie
                3 => random.NextDouble() * 1e-310,              // subnormals
                4 => random.Next(2) == 0 ? double.PositiveInfinity : double.NegativeInfinity,
                5 => (random.NextDouble() - 0.5) * 1e300,
                _ => Math.Round(random.NextDouble() * 100, 1),  // many ties
            };
        }

        foreach (var options in AllOptions())
        {
            var fast = Ranks.Compute(values, options);
            var plain = new double[count];
            Ranks.ComputeByComparison(values, plain, options);
            fast.Should().Equal(plain, because: options.ToString());
        }
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(4_095)]
    public void Values_a_few_units_in_the_last_place_apart_rank_in_order_below_the_radix_threshold(int count)
    {
        // Below the threshold the sort packs each key's position into its low 12 bits; values that differ only there
        // (72,5 and its next doubles up, shuffled, each twice, with negatives) must still rank by value, ties in input order.
        var random = new Random(count);
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            var ulps = random.Next(count / 2);
            var value = 72.5;
            for (var k = 0; k < ulps % 300; k++)
            {
                value = Math.BitIncrement(value);
            }

            values[i] = i % 5 == 0 ? -value : value;
        }

        foreach (var options in AllOptions())
        {
            var plain = new double[count];
            Ranks.ComputeByComparison(values, plain, options);
            Ranks.Compute(values, options).Should().Equal(plain, because: options.ToString());
        }
    }

    [Theory]
    [InlineData(1_000, 0)]
    [InlineData(4_095, 0)]
    [InlineData(1_000, 1)]
    [InlineData(4_095, 1)]
    [InlineData(2_000, 999)]
    public void Below_the_radix_threshold_rates_sort_by_slices_and_a_far_outlier_falls_back_to_the_comparison_sort(int count, int outliers)
    {
        // Rates 0 to 100 with two decimals fill the slices of their range a few keys each; one value of 1e300 (or a
        // half of the values near it) squeezes every rate into the lowest slice, where the insertion sort would be
        // quadratic and the comparison sort takes over. Both must rank exactly as the comparison path does.
        var random = new Random(count + outliers);
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = i % 101 == 0 ? double.NaN : random.Next(10_001) / 100.0;
        }

        for (var k = 0; k < outliers; k++)
        {
            values[random.Next(count)] = 1e300 - (k * 1e285);
        }

        foreach (var options in AllOptions())
        {
            var plain = new double[count];
            Ranks.ComputeByComparison(values, plain, options);
            Ranks.Compute(values, options).Should().Equal(plain, because: options.ToString());
        }
    }

    [Fact]
    public void The_radix_path_agrees_on_a_million_random_doubles()
    {
        var random = new Random(11);
        var values = new double[1_000_000];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i % 97 == 0 ? double.NaN : (random.NextDouble() - 0.5) * 2e6;
        }

        var options = new RankOptions(Polarity.HigherIsBetter, TieMethod.Average, MissingPlacement.Bottom);
        var plain = new double[values.Length];
        Ranks.ComputeByComparison(values, plain, options);
        Ranks.Compute(values, options).Should().Equal(plain);
    }

    [Fact]
    public void A_missing_value_or_a_negative_zero_at_any_place_of_a_vector_or_its_tail_ranks_as_the_comparison_path_does()
    {
        // The keys are made a vector of values at a time, and a vector with a NaN value by value: a NaN or a -0.0 at
        // every position of short inputs (and another three places on, so that a vector may hold two), the last
        // values of each input falling outside the whole vectors.
        for (var count = 1; count <= 19; count++)
        {
            for (var at = 0; at < count; at++)
            {
                foreach (var special in new[] { double.NaN, -0.0 })
                {
                    var values = Enumerable.Range(0, count).Select(i => ((i * 7) % 5) - 2.0).ToArray();
                    values[at] = special;
                    values[(at + 3) % count] = special;
                    foreach (var options in AllOptions())
                    {
                        var plain = new double[count];
                        Ranks.ComputeByComparison(values, plain, options);
                        Ranks.Compute(values, options).Should().Equal(plain, because: $"{count} values, {special} at {at}, {options}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Negative_zero_ties_with_zero_as_in_pandas() =>
        Ranks.Compute([0.0, -0.0, 1, -1], new RankOptions(Polarity.LowerIsBetter)).Should().Equal(2.5, 2.5, 4, 1);

    [Fact]
    public void Infinities_are_ranked_as_values() =>
        Ranks.Compute([double.PositiveInfinity, double.MaxValue, double.NegativeInfinity, -double.MaxValue], new RankOptions(Polarity.HigherIsBetter))
            .Should().Equal(1, 2, 4, 3);

    [Fact]
    public void Subnormals_order_between_zero_and_the_smallest_normal()
    {
        double[] values = [double.Epsilon, 2.2250738585072014e-308, 0, -double.Epsilon, 1e-310];
        Ranks.Compute(values, new RankOptions(Polarity.LowerIsBetter)).Should().Equal(3, 5, 2, 1, 4);
    }

    [Fact]
    public void A_narrow_range_that_skips_radix_passes_still_sorts()
    {
        // Values in [1000; 1001) share sign, exponent and the top mantissa bits, so most digits are constant.
        var values = Enumerable.Range(0, 5000).Select(i => 1000 + ((i * 37 % 5000) / 5000.0)).ToArray();
        var plain = new double[values.Length];
        Ranks.ComputeByComparison(values, plain, new RankOptions(Polarity.LowerIsBetter));
        Ranks.Compute(values, new RankOptions(Polarity.LowerIsBetter)).Should().Equal(plain);
    }

    [Theory]
    [InlineData(100)]    // the comparison sort below the radix threshold
    [InlineData(10_000)] // the radix sort
    public void The_scratch_overload_allocates_nothing(int count)
    {
        var values = Enumerable.Range(0, count).Select(i => (double)(i * 7919 % (count / 10))).ToArray();
        var ranks = new double[values.Length];
        var scratch = new ulong[Ranks.ScratchLength(values.Length)];
        var options = new RankOptions(Polarity.HigherIsBetter, TieMethod.Dense, asFraction: true);
        Ranks.Compute(values, ranks, options, scratch);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Ranks.Compute(values, ranks, options, scratch);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        ranks[0].Should().Be(1.0); // value 0 is the smallest of count/10 distinct values: the last dense rank, pct 1
    }

    [Fact]
    public void A_larger_scratch_than_needed_is_fine()
    {
        var scratch = new ulong[Ranks.ScratchLength(10) + 100];
        var ranks = new double[3];
        Ranks.Compute([2, 1, 3], ranks, new RankOptions(Polarity.LowerIsBetter), scratch);
        ranks.Should().Equal(2, 1, 3);
    }

    private static IEnumerable<RankOptions> AllOptions()
    {
        foreach (var polarity in new[] { Polarity.HigherIsBetter, Polarity.LowerIsBetter })
        {
            foreach (var ties in Enum.GetValues<TieMethod>())
            {
                foreach (var missing in Enum.GetValues<MissingPlacement>())
                {
                    yield return new RankOptions(polarity, ties, missing, asFraction: false);
                    yield return new RankOptions(polarity, ties, missing, asFraction: true);
                }
            }

            yield return new RankOptions(polarity, TieMethod.Dense, tolerance: 0.25m);
            yield return new RankOptions(polarity, TieMethod.First, MissingPlacement.Top, tolerance: 1m);
        }
    }
}
