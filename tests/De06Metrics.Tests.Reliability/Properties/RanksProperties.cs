using De06Metrics.Ranking;
using De06Metrics.Tests.Reliability.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace De06Metrics.Tests.Reliability.Properties;

/// <summary>
/// What every ranking must satisfy whatever the data: ranks follow the values, not their positions; they lie in
/// [1, n]; ties share a rank; dense ranks have no gaps; and the double and decimal paths agree.
/// </summary>
[Properties(Replay = Seeds.Replay, MaxTest = Seeds.Cases)]
public class RanksProperties
{
    private static readonly TieMethod[] SharingMethods = [TieMethod.Average, TieMethod.Min, TieMethod.Max, TieMethod.Dense];
    private static readonly TieMethod[] AllMethods = [.. SharingMethods, TieMethod.First];

    [Property]
    public Property Ranking_a_shuffled_input_gives_the_shuffled_ranks_for_every_method_that_shares_ranks_among_ties() =>
        Prop.ForAll(Arb.From(Generators.ValuesWithPermutation), Arb.From(Generators.Options(SharingMethods)), (input, options) =>
        {
            var (values, permutation) = input;
            var ranks = Ranks.Compute(values, options);
            var shuffledRanks = Ranks.Compute(Permute(values, permutation), options);
            return Permute(ranks, permutation).SequenceEqual(shuffledRanks)
                .Label($"values [{string.Join(", ", values)}], permutation [{string.Join(", ", permutation)}], {options}");
        });

    /// <summary>
    /// First breaks ties by input position, so shuffling may reorder the copies of a tied value. The right statement:
    /// a First rank is the group's Min rank plus the number of earlier members of its tie group, so each tie group
    /// keeps the same set of ranks under any shuffle and hands them out in input order.
    /// </summary>
    [Property]
    public Property A_First_rank_is_the_Min_rank_plus_the_number_of_earlier_values_in_its_tie_group() =>
        Prop.ForAll(Arb.From(Generators.ValuesWithPermutation), Arb.From(Generators.Options(TieMethod.First)), (input, options) =>
        {
            var values = Permute(input.Values, input.Permutation);
            var whole = With(options, asFraction: false);
            var first = Ranks.Compute(values, whole);
            var min = Ranks.Compute(values, With(whole, ties: TieMethod.Min));
            for (var i = 0; i < values.Length; i++)
            {
                var earlierInGroup = Enumerable.Range(0, i).Count(j => min[j].Equals(min[i]));
                var expected = double.IsNaN(min[i]) ? double.NaN : min[i] + earlierInGroup;
                if (!first[i].Equals(expected))
                {
                    return false.Label($"position {i} of [{string.Join(", ", values)}]: First {first[i]}, Min {min[i]}, {whole}");
                }
            }

            return true.ToProperty();
        });

    /// <summary>
    /// Defect found by the property above: within a tolerance tie group, First ranked by value instead of input
    /// position, ascending whatever the polarity. With ε = 0,5 and higher is better, 1,0 and 1,4 tie; 1,4 comes first in
    /// the input, so it ranks 1 (pandas' rule for exact ties). Before the fix 1,0 ranked 1: a lower value ahead of a
    /// higher one although higher is better.
    /// </summary>
    [Fact]
    public void First_breaks_a_tolerance_tie_by_input_position_in_both_directions()
    {
        var higher = new RankOptions(Measures.Polarity.HigherIsBetter, TieMethod.First, tolerance: 0.5m);
        Ranks.Compute([1.4, 1.0, 3.0], higher).Should().Equal(2, 3, 1);
        Ranks.Compute([1.0, 1.4, 3.0], higher).Should().Equal(2, 3, 1);
        Ranks.Compute([1.0m, 1.4m, 3.0m], higher).Should().Equal(2m, 3m, 1m);
        Ranks.Compute([1.4, 1.0, 3.0], new RankOptions(Measures.Polarity.LowerIsBetter, TieMethod.First, tolerance: 0.5m)).Should().Equal(1, 2, 3);
    }

    [Property]
    public Property Every_rank_lies_between_1_and_the_number_ranked_and_equal_values_share_a_rank() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Generators.RankableDouble)), Arb.From(Generators.Options(AllMethods)), (values, options) =>
        {
            var ranks = Ranks.Compute(values, options);
            var missing = values.Count(double.IsNaN);
            var ranked = options.Missing == MissingPlacement.Keep ? values.Length - missing : values.Length;
            var upper = options.AsFraction ? 1.0 : ranked;
            var lower = options.AsFraction ? double.Epsilon : 1.0;
            for (var i = 0; i < values.Length; i++)
            {
                if (double.IsNaN(values[i]) && options.Missing == MissingPlacement.Keep)
                {
                    if (!double.IsNaN(ranks[i]))
                    {
                        return false.Label($"missing value {i} was ranked {ranks[i]} under Keep");
                    }

                    continue;
                }

                if (!(ranks[i] >= lower && ranks[i] <= upper))
                {
                    return false.Label($"rank {ranks[i]} of value {values[i]} lies outside [{lower}, {upper}] ({options})");
                }

                for (var j = 0; j < i && options.Ties != TieMethod.First; j++)
                {
                    // Equal values (NaN with NaN, -0 with +0) tie whatever the tolerance.
                    if ((values[j] == values[i] || (double.IsNaN(values[j]) && double.IsNaN(values[i]))) && !ranks[j].Equals(ranks[i]))
                    {
                        return false.Label($"equal values at {j} and {i} rank {ranks[j]} and {ranks[i]} ({options})");
                    }
                }
            }

            return true.ToProperty();
        });

    [Property]
    public Property Average_ranks_sit_midway_between_Min_and_Max_and_add_up_to_the_sum_of_1_to_n() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Generators.RankableDouble)), Arb.From(Generators.Options(TieMethod.Average)), (values, options) =>
        {
            var whole = With(options, asFraction: false);
            var average = Ranks.Compute(values, whole);
            var min = Ranks.Compute(values, With(whole, ties: TieMethod.Min));
            var max = Ranks.Compute(values, With(whole, ties: TieMethod.Max));
            var ranked = average.Where(rank => !double.IsNaN(rank)).ToArray();
            var n = ranked.Length;
            return (average.Select((rank, i) => double.IsNaN(rank) || rank == (min[i] + max[i]) / 2).All(ok => ok)
                    && ranked.Sum() == n * (n + 1) / 2.0)
                .Label($"[{string.Join(", ", values)}] {whole}");
        });

    [Property]
    public Property Dense_ranks_run_from_1_without_gaps() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Generators.RankableDouble)), Arb.From(Generators.Options(TieMethod.Dense)), (values, options) =>
        {
            var whole = With(options, asFraction: false);
            var distinct = Ranks.Compute(values, whole).Where(rank => !double.IsNaN(rank)).Distinct().Order().ToArray();
            return distinct.SequenceEqual(Enumerable.Range(1, distinct.Length).Select(i => (double)i))
                .Label($"dense ranks {string.Join(", ", distinct)} of [{string.Join(", ", values)}] {whole}");
        });

    /// <summary>
    /// The double overloads sort by radix (4 096 values and more) or by Span.Sort; the decimal overloads by
    /// comparison. On the same values, with and without missing ones, every rank is the same.
    /// </summary>
    [Property(MaxTest = Seeds.CostlyCases)]
    public Property The_double_path_and_the_decimal_path_rank_the_same_values_alike() =>
        Prop.ForAll(Arb.From(Generators.DoubleSafeDecimals), Arb.From(Generators.Options(AllMethods)), Arb.From(Gen.Choose(0, 5)), (values, options, missingEvery) =>
        {
            var exact = With(options, tolerance: 0m);
            decimal?[] withMissing = [.. values.Select((value, i) => missingEvery > 0 && i % (missingEvery + 3) == 0 ? (decimal?)null : value)];
            double[] asDoubles = [.. withMissing.Select(value => value is { } v ? (double)v : double.NaN)];
            var fromDoubles = Ranks.Compute(asDoubles, exact);
            var fromDecimals = Ranks.Compute(withMissing, exact);
            for (var i = 0; i < values.Length; i++)
            {
                var agree = fromDecimals[i] is { } d
                    ? exact.AsFraction ? Math.Abs((double)d - fromDoubles[i]) <= 1e-15 : (double)d == fromDoubles[i]
                    : double.IsNaN(fromDoubles[i]);
                if (!agree)
                {
                    return false.Label($"position {i} of {values.Length} ({withMissing[i]}): double {fromDoubles[i]}, decimal {fromDecimals[i]}, {exact}");
                }
            }

            if (missingEvery == 0)
            {
                var plain = Ranks.Compute(values, exact);
                if (!plain.Select(rank => (decimal?)rank).SequenceEqual(fromDecimals))
                {
                    return false.Label("decimal and decimal? overloads differ on data without missing values");
                }
            }

            return true.ToProperty();
        });

    [Property]
    public Property With_a_tolerance_the_double_and_decimal_paths_chain_the_same_tie_groups() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Choose(-40, 40).Select(i => i / 8m))), Arb.From(Generators.Options(AllMethods)), (values, options) =>
        {
            // Multiples of 1/8 and tolerances of 1/4, 1, 5/2 are exact in both types, so the paths must agree exactly.
            var fromDoubles = Ranks.Compute(values.Select(value => (double)value).ToArray(), options);
            var fromDecimals = Ranks.Compute(values, options);
            return fromDecimals.Select(rank => (double)rank).Zip(fromDoubles, (d, f) => options.AsFraction ? Math.Abs(d - f) <= 1e-15 : d == f).All(ok => ok)
                .Label($"[{string.Join(", ", values)}] {options}: double [{string.Join(", ", fromDoubles)}], decimal [{string.Join(", ", fromDecimals)}]");
        });

    private static T[] Permute<T>(T[] items, int[] permutation) => [.. permutation.Select(index => items[index])];

    // The same options with some settings changed, through the one constructor.
    private static RankOptions With(RankOptions options, TieMethod? ties = null, bool? asFraction = null, decimal? tolerance = null) =>
        new(options.Polarity, ties ?? options.Ties, options.Missing, asFraction ?? options.AsFraction, tolerance ?? options.Tolerance);
}
