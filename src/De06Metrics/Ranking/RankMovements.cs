using System.Globalization;

namespace De06Metrics.Ranking;

/// <summary>
/// Compares two rankings keyed by unit id: every unit's movement, with units ranked in only one of them reported as
/// having entered or left, never dropped.
/// </summary>
/// <remarks>
/// Each ranking is a set of (id, <see cref="FieldRank"/>) pairs, such as a <see cref="UnitRanking{TKey}"/> or a
/// dictionary read from a published table. A unit in both gets a <see cref="RankChange"/>, which is flagged not
/// comparable when the two fields differ in size. Thread-safe.
/// </remarks>
public static class RankMovements
{
    /// <summary>Compares two rankings made by <see cref="Ranks.ByUnit{TKey}(IEnumerable{KeyValuePair{TKey, Nullable{decimal}}}, Measures.Polarity)"/>.</summary>
    /// <typeparam name="TKey">The unit id.</typeparam>
    /// <param name="previous">The earlier ranking.</param>
    /// <param name="current">The later ranking.</param>
    /// <returns>Every unit's movement; units unranked in a ranking (missing score) count as absent from it.</returns>
    /// <exception cref="ArgumentNullException">A ranking is <see langword="null"/>.</exception>
    public static RankMovements<TKey> Between<TKey>(UnitRanking<TKey> previous, UnitRanking<TKey> current)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        return Between(previous.InRankOrder, current.InRankOrder, previous.Comparer);
    }

    /// <summary>Compares two rankings by unit id.</summary>
    /// <typeparam name="TKey">The unit id.</typeparam>
    /// <param name="previous">The earlier ranking.</param>
    /// <param name="current">The later ranking.</param>
    /// <returns>Every unit's movement.</returns>
    /// <exception cref="ArgumentNullException">A ranking is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id occurs twice in one ranking.</exception>
    public static RankMovements<TKey> Between<TKey>(IEnumerable<KeyValuePair<TKey, FieldRank>> previous, IEnumerable<KeyValuePair<TKey, FieldRank>> current)
        where TKey : notnull =>
        Between(previous, current, EqualityComparer<TKey>.Default);

    /// <summary>Compares two rankings by unit id, with an id comparer.</summary>
    /// <typeparam name="TKey">The unit id.</typeparam>
    /// <param name="previous">The earlier ranking.</param>
    /// <param name="current">The later ranking.</param>
    /// <param name="comparer">Compares ids, for example <see cref="StringComparer.OrdinalIgnoreCase"/>.</param>
    /// <returns>Every unit's movement.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id occurs twice in one ranking.</exception>
    public static RankMovements<TKey> Between<TKey>(IEnumerable<KeyValuePair<TKey, FieldRank>> previous, IEnumerable<KeyValuePair<TKey, FieldRank>> current, IEqualityComparer<TKey> comparer)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(comparer);
        var before = Index(previous, comparer, nameof(previous));
        var now = Index(current, comparer, nameof(current));

        var movements = new List<UnitMovement<TKey>>(before.Count + now.Count);
        foreach (var (key, rank) in InOrder(current))
        {
            movements.Add(new UnitMovement<TKey>(key, before.TryGetValue(key, out var earlier) ? earlier : null, rank));
        }

        foreach (var (key, rank) in InOrder(previous))
        {
            if (!now.ContainsKey(key))
            {
                movements.Add(new UnitMovement<TKey>(key, rank, null));
            }
        }

        return new RankMovements<TKey>([.. movements], comparer);
    }

    private static Dictionary<TKey, FieldRank> Index<TKey>(IEnumerable<KeyValuePair<TKey, FieldRank>> ranking, IEqualityComparer<TKey> comparer, string paramName)
        where TKey : notnull
    {
        var index = new Dictionary<TKey, FieldRank>(comparer);
        foreach (var (key, rank) in ranking)
        {
            if (!index.TryAdd(key, rank))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The unit id '{key}' occurs more than once in the {paramName} ranking."),
                    paramName);
            }
        }

        return index;
    }

    private static IEnumerable<KeyValuePair<TKey, FieldRank>> InOrder<TKey>(IEnumerable<KeyValuePair<TKey, FieldRank>> ranking) =>
        ranking.OrderBy(entry => entry.Value.Position);
}
