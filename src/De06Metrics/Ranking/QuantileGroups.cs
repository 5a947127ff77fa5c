using System.Globalization;
using De06Metrics.Measures;

namespace De06Metrics.Ranking;

/// <summary>
/// Splits ranked values into k groups of about equal size by rank, best group first, such as PAPI's four
/// colour-coded performance groups (k = 4) or quintiles (k = 5).
/// </summary>
/// <remarks>
/// <para>
/// The present values are ranked by standard competition ranking (<see cref="TieMethod.Min"/>, "1224") under the
/// given polarity; with m ranked values, the value whose rank is r goes to group ⌊(r − 1) · k / m⌋ + 1. Group g
/// therefore holds the positions from (g − 1) · m / k (exclusive) to g · m / k (inclusive): 63 values in 4 groups
/// give 16, 16, 16 and 15.
/// </para>
/// <para>
/// <b>Ties never split.</b> Tied values share their best position (the "1224" rank), so a tie that straddles a
/// boundary goes, whole, to the better group, which then holds more than its share; the group after it holds fewer,
/// and may be empty. Missing values (<see langword="null"/>) are in no group. Thread-safe.
/// </para>
/// </remarks>
public static class QuantileGroups
{
    /// <summary>Assigns each value to one of <paramref name="groupCount"/> groups by rank; group 1 is the best.</summary>
    /// <param name="values">The values; <see langword="null"/> is missing.</param>
    /// <param name="polarity">Which direction is better; not <see cref="Polarity.WithinBand"/>.</param>
    /// <param name="groupCount">The number of groups, at least 1.</param>
    /// <returns>The group (1 to <paramref name="groupCount"/>) of each value at the same index; <see langword="null"/> for a missing value.</returns>
    /// <exception cref="ArgumentException"><paramref name="polarity"/> is <see cref="Polarity.WithinBand"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="groupCount"/> is below 1.</exception>
    public static int?[] Assign(ReadOnlySpan<decimal?> values, Polarity polarity, int groupCount) =>
        Assign(values, new RankOptions(polarity, TieMethod.Min), groupCount);

    /// <summary>
    /// Assigns each value to one of <paramref name="groupCount"/> groups by rank, with a tie tolerance; group 1 is
    /// the best.
    /// </summary>
    /// <param name="values">The values; <see langword="null"/> is missing.</param>
    /// <param name="polarity">Which direction is better; not <see cref="Polarity.WithinBand"/>.</param>
    /// <param name="groupCount">The number of groups, at least 1.</param>
    /// <param name="tolerance">How far apart neighbouring sorted values may be and still tie (see <see cref="RankOptions.Tolerance"/>).</param>
    /// <returns>The group (1 to <paramref name="groupCount"/>) of each value at the same index; <see langword="null"/> for a missing value.</returns>
    /// <exception cref="ArgumentException"><paramref name="polarity"/> is <see cref="Polarity.WithinBand"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="groupCount"/> is below 1, or <paramref name="tolerance"/> is negative.</exception>
    public static int?[] Assign(ReadOnlySpan<decimal?> values, Polarity polarity, int groupCount, decimal tolerance) =>
        Assign(values, new RankOptions(polarity, TieMethod.Min, tolerance: tolerance), groupCount);

    private static int?[] Assign(ReadOnlySpan<decimal?> values, RankOptions options, int groupCount)
    {
        if (groupCount < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(groupCount),
                groupCount,
                string.Create(CultureInfo.InvariantCulture, $"The number of groups is {groupCount}; it must be at least 1."));
        }

        var ranks = Ranks.Compute(values, options);
        long ranked = 0;
        foreach (var rank in ranks)
        {
            if (rank.HasValue)
            {
                ranked++;
            }
        }

        var groups = new int?[values.Length];
        for (var i = 0; i < ranks.Length; i++)
        {
            if (ranks[i] is { } rank)
            {
                groups[i] = (int)((((long)rank - 1) * groupCount / ranked) + 1);
            }
        }

        return groups;
    }
}
