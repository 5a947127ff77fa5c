namespace De06Metrics.Serialization;

/// <summary>
/// The places of many items, kept compactly: each item's line (4 bytes), and its file and table (or JSON array),
/// column and index once for a run of items that share the file, table and column and whose indexes count up by one
/// (JSON items read in turn) or stay the same (a table's rows, which have none). Stored in blocks that are never
/// copied as the list grows and stay off the large object heap. Not thread-safe.
/// </summary>
internal sealed class AddressList
{
    // 4 096 lines of 4 bytes: 16 KB a block, under the 85 000 bytes from which an array goes to the large object heap.
    private const int BlockShift = 12;
    private const int BlockSize = 1 << BlockShift;

    private readonly List<int[]> lineBlocks = [];

    // Each run's first position, its first place (file, table, column and index), and how its index moves from one
    // item to the next: 0 or 1, or -1 while the run has one item.
    private readonly List<int> runStarts = [];
    private readonly List<RowAddress> runFirsts = [];
    private readonly List<int> runSteps = [];

    /// <summary>The number of places kept.</summary>
    public int Count { get; private set; }

    /// <summary>The place of the item at a position, as it was added.</summary>
    public RowAddress this[int position]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(position);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, Count);
            var run = runStarts.BinarySearch(position);
            run = run >= 0 ? run : ~run - 1;
            var first = runFirsts[run];
            var index = first.Index + (Math.Max(runSteps[run], 0) * (position - runStarts[run]));
            return first.At(lineBlocks[position >> BlockShift][position & (BlockSize - 1)], first.Column, index);
        }
    }

    /// <summary>Adds the place of the next item.</summary>
    public void Add(RowAddress at)
    {
        // Only the last run is compared: items come in runs, and a run per item costs no more than a place kept whole.
        if (!Continues(at))
        {
            runStarts.Add(Count);
            runFirsts.Add(at);
            runSteps.Add(-1);
        }

        if ((Count & (BlockSize - 1)) == 0)
        {
            lineBlocks.Add(new int[BlockSize]);
        }

        lineBlocks[^1][Count & (BlockSize - 1)] = at.Line;
        Count++;
    }

    // Whether a place continues the last run: the same file, table and column, and the index the run's step gives (the
    // second item of a run sets the step).
    private bool Continues(RowAddress at)
    {
        if (runFirsts.Count == 0)
        {
            return false;
        }

        var first = runFirsts[^1];
        if (!first.SameSource(at) || at.Column != first.Column)
        {
            return false;
        }

        var offset = Count - runStarts[^1];
        var step = runSteps[^1];
        if (step < 0)
        {
            step = at.Index == first.Index ? 0 : at.Index == first.Index + 1 ? 1 : -1;
            if (step < 0)
            {
                return false;
            }

            runSteps[^1] = step;
            return true;
        }

        return at.Index == first.Index + (step * offset);
    }
}
