using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using De06Metrics.Indicators;
using De06Metrics.Periods;

namespace De06Metrics.Scorecards;

/// <summary>
/// The keys of a scorecard's targets or observations as they are checked, held by number: each (indicator, period)
/// slice is numbered when first met, and each slice marks the unit slots it has, so that a repeated key is found by a
/// bit rather than by hashing the key. The slices, and each item's slice and slot, are then what the scorecard is
/// indexed by, without looking any key up again. Only items whose indicator is in the catalog and whose unit has a
/// slot are marked. Not thread-safe: one per check.
/// </summary>
internal sealed class KeyGrid
{
    private readonly Dictionary<IndicatorCode, int> indicatorIndex;
    private readonly int indicatorCount;
    private readonly int words;
    private readonly long bitBudget;
    private readonly Dictionary<ReportingPeriod, int> periodIndex = [];
    private readonly List<(IndicatorCode Indicator, ReportingPeriod Period)> slices = [];
    private readonly List<ulong[]?> marks = [];
    private HashSet<long>? sparseMarks;
    private readonly long cellLimit;
    private int[] sliceAt = [];
    private Dictionary<long, int>? sliceByCell;
    private long bitsHeld;
    private string? lastCode;
    private int lastIndicator;
    private ReportingPeriod? lastPeriod;
    private int lastPeriodIndex;

    /// <param name="indicatorIndex">Each catalog indicator's number, from 0.</param>
    /// <param name="slotCount">How many unit slots there are.</param>
    /// <param name="itemCount">How many items will be marked at most.</param>
    public KeyGrid(Dictionary<IndicatorCode, int> indicatorIndex, int slotCount, int itemCount)
    {
        this.indicatorIndex = indicatorIndex;
        indicatorCount = Math.Max(indicatorIndex.Count, 1);
        words = (slotCount + 63) / 64;
        // A slice's bits are kept while they cost no more than a few bits an item; past that, marks go in a set.
        bitBudget = (8L * itemCount) + (1L << 20);
        // Slices are found by (period, indicator) in an array while it stays near the items' number, else in a dictionary.
        cellLimit = (4L * itemCount) + 4096;
        // Borrowed, as they are needed only until the scorecard is indexed (Release): arrays of a large scorecard's size
        // would go to the large object heap, which only a full collection frees.
        SliceOfItem = ArrayPool<int>.Shared.Rent(itemCount);
        SlotOfItem = ArrayPool<int>.Shared.Rent(itemCount);
    }

    /// <summary>The slice of each item marked, by the item's position.</summary>
    public int[] SliceOfItem { get; private set; }

    /// <summary>The unit slot of each item marked, by the item's position.</summary>
    public int[] SlotOfItem { get; private set; }

    /// <summary>How many items have been marked.</summary>
    public int Marked { get; private set; }

    /// <summary>The slices, by number.</summary>
    public IReadOnlyList<(IndicatorCode Indicator, ReportingPeriod Period)> Slices => slices;

    /// <summary>The distinct periods of the items marked.</summary>
    public IEnumerable<ReportingPeriod> Periods => periodIndex.Keys;

    /// <summary>
    /// Marks the key of item <paramref name="item"/>: its indicator (in the catalog), period and unit slot (from 0).
    /// Returns <see langword="false"/> when an earlier item has the same key.
    /// </summary>
    public bool TryMark(int item, IndicatorCode indicator, ReportingPeriod period, int slot)
    {
        var slice = SliceOf(indicator, period);
        Marked++;
        SliceOfItem[item] = slice;
        SlotOfItem[item] = slot;
        if (marks[slice] is { } bits)
        {
            ref var word = ref bits[slot >> 6];
            var bit = 1UL << (slot & 63);
            if ((word & bit) != 0)
            {
                return false;
            }

            word |= bit;
            return true;
        }

        return (sparseMarks ??= []).Add(((long)slice << 32) | (uint)slot);
    }

    /// <summary>The items by slice, each slice's items in the order of their unit slots; every item must have been marked.</summary>
    public Dictionary<(IndicatorCode, ReportingPeriod), UnitSlice<T>> SlicesOf<T>(ReadOnlySpan<T> items)
        where T : class
    {
        var counts = new int[slices.Count];
        for (var i = 0; i < items.Length; i++)
        {
            counts[SliceOfItem[i]]++;
        }

        var slotArrays = new int[slices.Count][];
        var itemArrays = new T[slices.Count][];
        for (var s = 0; s < slices.Count; s++)
        {
            slotArrays[s] = new int[counts[s]];
            itemArrays[s] = new T[counts[s]];
            counts[s] = 0;
        }

        for (var i = 0; i < items.Length; i++)
        {
            var s = SliceOfItem[i];
            var at = counts[s]++;
            slotArrays[s][at] = SlotOfItem[i];
            // Each array was made as a T[] of its slice's count just above, so the item is stored through a reference,
            // without the type check an array store of a reference type makes in shared generic code.
            var slice = itemArrays[s];
            if ((uint)at >= (uint)slice.Length)
            {
                throw new InvalidOperationException("An item's slice holds more items than were counted.");
            }

            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slice), at) = items[i];
        }

        var result = new Dictionary<(IndicatorCode, ReportingPeriod), UnitSlice<T>>(slices.Count);
        for (var s = 0; s < slices.Count; s++)
        {
            result.Add(slices[s], UnitSlice<T>.Create(slotArrays[s], itemArrays[s]));
        }

        return result;
    }

    /// <summary>Gives back the items' slices and slots once the scorecard is indexed; the grid is not used after.</summary>
    public void Release()
    {
        if (SliceOfItem.Length > 0)
        {
            ArrayPool<int>.Shared.Return(SliceOfItem);
            ArrayPool<int>.Shared.Return(SlotOfItem);
        }

        SliceOfItem = [];
        SlotOfItem = [];
    }

    private int SliceOf(IndicatorCode indicator, ReportingPeriod period)
    {
        // Items come in runs of one indicator, or one period: the last one is compared by reference first.
        if (!ReferenceEquals(indicator.Value, lastCode))
        {
            lastIndicator = indicatorIndex[indicator];
            lastCode = indicator.Value;
        }

        if (!ReferenceEquals(period, lastPeriod))
        {
            if (!periodIndex.TryGetValue(period, out lastPeriodIndex))
            {
                lastPeriodIndex = periodIndex.Count;
                periodIndex.Add(period, lastPeriodIndex);
            }

            lastPeriod = period;
        }

        var cell = ((long)lastPeriodIndex * indicatorCount) + lastIndicator;
        if (cell >= cellLimit)
        {
            sliceByCell ??= [];
            if (!sliceByCell.TryGetValue(cell, out var found))
            {
                found = NewSlice(indicator, period);
                sliceByCell.Add(cell, found);
            }

            return found;
        }

        if (cell >= sliceAt.Length)
        {
            Array.Resize(ref sliceAt, (int)Math.Min(Math.Max(cell + 1, 2L * sliceAt.Length), cellLimit));
        }

        var slice = sliceAt[cell] - 1;
        if (slice < 0)
        {
            slice = NewSlice(indicator, period);
            sliceAt[cell] = slice + 1;
        }

        return slice;
    }

    private int NewSlice(IndicatorCode indicator, ReportingPeriod period)
    {
        var slice = slices.Count;
        slices.Add((indicator, period));
        var bits = bitsHeld + (64L * words) <= bitBudget;
        marks.Add(bits ? new ulong[words] : null);
        bitsHeld += bits ? 64L * words : 0;
        return slice;
    }
}
