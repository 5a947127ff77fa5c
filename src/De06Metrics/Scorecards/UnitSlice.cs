namespace De06Metrics.Scorecards;

/// <summary>
/// The items of one indicator in one period (observations or targets), keyed by the position of their unit in the
/// scorecard's registry and sorted by it: evaluating a slice walks two arrays, and finding one unit's item is a binary
/// search, with no hashing of unit ids on either path.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>Built once when the scorecard is created, never changed; thread-safe.</remarks>
internal sealed class UnitSlice<T>
    where T : class
{
    private readonly int[] positions;
    private readonly T[] items;

    private UnitSlice(int[] positions, T[] items)
    {
        this.positions = positions;
        this.items = items;
    }

    /// <summary>A slice with no items.</summary>
    public static UnitSlice<T> Empty { get; } = new([], []);

    /// <summary>The number of items.</summary>
    public int Count => items.Length;

    /// <summary>Builds a slice.</summary>
    /// <param name="positions">The units' positions, one per item, each at most once (the scorecard refuses duplicate keys before it builds slices); the array is sorted in place.</param>
    /// <param name="items">The items, in the same order as <paramref name="positions"/>; sorted with them.</param>
    /// <returns>The slice.</returns>
    public static UnitSlice<T> Create(int[] positions, T[] items)
    {
        Array.Sort(positions, items);
        return new(positions, items);
    }

    /// <summary>The item of the unit at a position, or <see langword="null"/>.</summary>
    /// <param name="position">The unit's position in the registry; a negative position finds nothing.</param>
    /// <returns>The item, or <see langword="null"/>.</returns>
    public T? Find(int position)
    {
        var index = position < 0 ? -1 : Array.BinarySearch(positions, position);
        return index >= 0 ? items[index] : null;
    }

    /// <summary>Writes each item into <paramref name="byPosition"/> at its unit's position; other entries are left as they are.</summary>
    /// <param name="byPosition">An array with one entry per registered unit.</param>
    public void ScatterInto(T?[] byPosition)
    {
        for (var k = 0; k < positions.Length; k++)
        {
            byPosition[positions[k]] = items[k];
        }
    }
}
