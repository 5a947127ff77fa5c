using System.Globalization;

namespace De06Metrics.Ranking;

/// <summary>
/// Units ranked by their scores, each with its <see cref="FieldRank"/> ("x/N"), keyed by a unit id such as a
/// province code. Units whose score is missing are listed in <see cref="Unranked"/>, never dropped silently.
/// </summary>
/// <typeparam name="TKey">The unit id.</typeparam>
/// <remarks>
/// <para>
/// A field rank is a whole position, so the tie method must give whole ranks: <see cref="TieMethod.Min"/> (the
/// usual "1224", as in PAPI and Excel's <c>RANK.EQ</c>), <see cref="TieMethod.Max"/>, <see cref="TieMethod.First"/>
/// or <see cref="TieMethod.Dense"/>; <see cref="TieMethod.Average"/> and fractions are refused. The field size is the
/// number of ranked units: under <see cref="MissingPlacement.Keep"/> the units with a score; under
/// <see cref="MissingPlacement.Top"/> or <see cref="MissingPlacement.Bottom"/> all units, the missing ones placed as
/// pandas places them (and then <see cref="Unranked"/> is empty).
/// </para>
/// <para>
/// Create one with <see cref="Ranks.ByUnit{TKey}(IEnumerable{KeyValuePair{TKey, Nullable{decimal}}}, Measures.Polarity)"/>; compare two
/// with <see cref="RankMovements.Between{TKey}(UnitRanking{TKey}, UnitRanking{TKey})"/>. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class UnitRanking<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, FieldRank> ranks;
    private readonly KeyValuePair<TKey, FieldRank>[] inOrder;

    internal UnitRanking(Dictionary<TKey, FieldRank> ranks, KeyValuePair<TKey, FieldRank>[] inOrder, TKey[] unranked, int fieldSize)
    {
        this.ranks = ranks;
        this.inOrder = inOrder;
        Unranked = unranked;
        FieldSize = fieldSize;
    }

    /// <summary>How unit ids are compared.</summary>
    internal IEqualityComparer<TKey> Comparer => ranks.Comparer;

    /// <summary>The number of ranked units, the N of every "x/N" in this ranking.</summary>
    public int FieldSize { get; }

    /// <summary>The units that were not ranked because their score is missing, in input order.</summary>
    public IReadOnlyList<TKey> Unranked { get; }

    /// <summary>The ranked units in rank order, ties in input order.</summary>
    public IReadOnlyList<KeyValuePair<TKey, FieldRank>> InRankOrder => inOrder;

    /// <summary>The rank of a ranked unit.</summary>
    /// <param name="key">The unit id.</param>
    /// <returns>The unit's rank.</returns>
    /// <exception cref="KeyNotFoundException">The unit is not ranked (unknown, or its score is missing).</exception>
    public FieldRank this[TKey key] => ranks.TryGetValue(key, out var rank)
        ? rank
        : throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"The unit '{key}' is not ranked: it is unknown or its score is missing."));

    /// <summary>Looks up a unit's rank.</summary>
    /// <param name="key">The unit id.</param>
    /// <param name="rank">The rank, when the unit is ranked.</param>
    /// <returns><see langword="true"/> when the unit is ranked.</returns>
    public bool TryGetRank(TKey key, out FieldRank rank) => ranks.TryGetValue(key, out rank);
}
