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
    private readonly int[] slots;
    private readonly T[] items;

    private UnitSlice(int[] slots, T[] items)
    {
        this.slots = slots;
        this.items = items;
    }

    /// <summary>A slice with no items.</summary>
    public static UnitSlice<T> Empty { get; } = new([], []);

    /// <summary>The number of items.</summary>
    public int Count => items.Length;

    /// <summary>The items, in slot order.</summary>
    public ReadOnlySpan<T> Items => items;

    /// <summary>Builds a slice.</summary>
    /// <param name="slots">The units' slots, one per item, each at most once (the scorecard refuses duplicate keys before it builds slices); the array is sorted in place.</param>
    /// <param name="items">The items, in the same order as <paramref name="slots"/>; sorted with them.</param>
    /// <returns>The slice.</returns>
    public static UnitSlice<T> Create(int[] slots, T[] items)
    {
        // Items usually come in the order of their units: sorting is skipped when there is nothing to sort.
        for (var k = 1; k < slots.Length; k++)
        {
            if (slots[k] < slots[k - 1])
            {
                Array.Sort(slots, items);
                break;
            }
        }

        return new(slots, items);
    }

    /// <summary>The item of the unit in a slot, or <see langword="null"/>.</summary>
    /// <param name="slot">The unit's slot; a negative slot (a unit the scorecard does not know) finds nothing.</param>
    /// <returns>The item, or <see langword="null"/>.</returns>
    public T? Find(int slot)
    {
        var index = slot < 0 ? -1 : Array.BinarySearch(slots, slot);
        return index >= 0 ? items[index] : null;
    }

    /// <summary>Writes each item into <paramref name="bySlot"/> at its unit's slot; other entries are left as they are.</summary>
    /// <param name="bySlot">An array with one entry per slot.</param>
    public void ScatterInto(T?[] bySlot)
    {
        for (var k = 0; k < slots.Length; k++)
        {
            bySlot[slots[k]] = items[k];
        }
    }
}
