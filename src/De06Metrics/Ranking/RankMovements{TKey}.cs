using System.Collections;

namespace De06Metrics.Ranking;

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
