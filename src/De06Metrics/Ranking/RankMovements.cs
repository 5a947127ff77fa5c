using System.Collections;
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

/// <summary>
/// The movement of every unit between two rankings keyed by unit id. Units ranked in only one of them are reported
/// as having entered or left, never dropped.
/// </summary>
/// <typeparam name="TKey">The unit id.</typeparam>
/// <remarks>
/// <para>
/// Made by <see cref="RankMovements.Between{TKey}(IEnumerable{KeyValuePair{TKey, FieldRank}}, IEnumerable{KeyValuePair{TKey, FieldRank}})"/>.
/// The list runs in the current ranking's order (position, then the order given), followed by the units that left,
/// in their previous order. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class RankMovements<TKey> : IReadOnlyList<UnitMovement<TKey>>
    where TKey : notnull
{
    private readonly UnitMovement<TKey>[] movements;
    private readonly Dictionary<TKey, UnitMovement<TKey>> byKey;

    internal RankMovements(UnitMovement<TKey>[] movements, IEqualityComparer<TKey> comparer)
    {
        this.movements = movements;
        byKey = movements.ToDictionary(movement => movement.Key, comparer);
        InBoth = [.. movements.Where(movement => movement.Kind == RankMovementKind.InBoth)];
        Entered = [.. movements.Where(movement => movement.Kind == RankMovementKind.Entered)];
        Left = [.. movements.Where(movement => movement.Kind == RankMovementKind.Left)];
    }

    /// <summary>The units ranked in both, in the current ranking's order.</summary>
    public IReadOnlyList<UnitMovement<TKey>> InBoth { get; }

    /// <summary>The units ranked now but not before, in the current ranking's order.</summary>
    public IReadOnlyList<UnitMovement<TKey>> Entered { get; }

    /// <summary>The units ranked before but not now, in the previous ranking's order.</summary>
    public IReadOnlyList<UnitMovement<TKey>> Left { get; }

    /// <summary>The number of units in either ranking.</summary>
    public int Count => movements.Length;

    /// <summary>The movement at a position in the list.</summary>
    /// <param name="index">The position, from 0.</param>
    /// <returns>The movement.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public UnitMovement<TKey> this[int index] => movements[index];

    /// <summary>Looks up a unit's movement by id.</summary>
    /// <param name="key">The unit id.</param>
    /// <param name="movement">The movement, when the unit is in either ranking.</param>
    /// <returns><see langword="true"/> when the unit is in either ranking.</returns>
    public bool TryGet(TKey key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out UnitMovement<TKey> movement) =>
        byKey.TryGetValue(key, out movement);

    /// <summary>Enumerates the movements in list order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<UnitMovement<TKey>> GetEnumerator() => ((IEnumerable<UnitMovement<TKey>>)movements).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
