namespace De06Metrics.Scorecards;

/// <summary>
/// The items of one indicator in one period (observations or targets), keyed by their unit's slot in the scorecard
/// (<see cref="UnitSlots"/>) and sorted by it: evaluating a slice walks two arrays, and finding one unit's item is a binary
/// search, with no hashing of unit ids on either path.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>Built once when the scorecard is created, never changed; thread-safe.</remarks>
internal sealed class UnitSlice<T>
    where T : class
{
    // A slice is a range of two arrays that a scorecard's slices share: one pair of arrays for every slice of a large
    // scorecard, rather than a pair each.
    private readonly int[] slots;
    private readonly T[] items;
    private readonly int start;
    private readonly int count;

    private UnitSlice(int[] slots, T[] items, int start, int count)
    {
        this.slots = slots;
        this.items = items;
        this.start = start;
        this.count = count;
    }

    /// <summary>A slice with no items.</summary>
    public static UnitSlice<T> Empty { get; } = new([], [], 0, 0);

    /// <summary>The number of items.</summary>
    public int Count => count;

    /// <summary>The items, in slot order.</summary>
    public ReadOnlySpan<T> Items => new(items, start, count);

    private ReadOnlySpan<int> Slots => new(slots, start, count);

    /// <summary>Builds a slice.</summary>
    /// <param name="slots">The units' slots, one per item, each at most once (the scorecard refuses duplicate keys before it builds slices); the array is sorted in place.</param>
    /// <param name="items">The items, in the same order as <paramref name="slots"/>; sorted with them.</param>
    /// <returns>The slice.</returns>
    public static UnitSlice<T> Create(int[] slots, T[] items) => Create(slots, items, 0, slots.Length);

    /// <summary>Builds a slice of a range of two arrays, which other slices may share.</summary>
    /// <param name="slots">The units' slots: those in the range are one per item, each at most once; the range is sorted in place.</param>
    /// <param name="items">The items, the range in the same order as <paramref name="slots"/>'s; sorted with them.</param>
    /// <param name="start">Where the range starts.</param>
    /// <param name="count">How many items the range has.</param>
    /// <returns>The slice.</returns>
    public static UnitSlice<T> Create(int[] slots, T[] items, int start, int count)
    {
        // Items usually come in the order of their units: sorting is skipped when there is nothing to sort.
        var range = slots.AsSpan(start, count);
        for (var k = 1; k < range.Length; k++)
        {
            if (range[k] < range[k - 1])
            {
                range.Sort(items.AsSpan(start, count));
                break;
            }
        }

        return new(slots, items, start, count);
    }

    /// <summary>The item of the unit in a slot, or <see langword="null"/>.</summary>
    /// <param name="slot">The unit's slot; a negative slot (a unit the scorecard does not know) finds nothing.</param>
    /// <returns>The item, or <see langword="null"/>.</returns>
    public T? Find(int slot)
    {
        var index = slot < 0 ? -1 : Slots.BinarySearch(slot);
        return index >= 0 ? items[start + index] : null;
    }

    /// <summary>Writes each item into <paramref name="bySlot"/> at its unit's slot; other entries are left as they are.</summary>
    /// <param name="bySlot">An array with one entry per slot.</param>
    public void ScatterInto(T?[] bySlot)
    {
        var own = Slots;
        var mine = Items;
        for (var k = 0; k < own.Length; k++)
        {
            bySlot[own[k]] = mine[k];
        }
    }
}
