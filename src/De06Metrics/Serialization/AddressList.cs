namespace De06Metrics.Serialization;

/// <summary>
/// The places of many items, kept compactly: each item's line, column and index (12 bytes and the number of its
/// source), its file and table (or JSON array) once for a run of items from the same one. While every place is a
/// table's row (a line, no column or index), only its line is kept: 4 bytes. Stored in blocks that are never copied
/// as the list grows and stay off the large object heap. Not thread-safe.
/// </summary>
internal sealed class AddressList
{
    // 4 096 entries of 16 bytes: 64 KB a block, under the 85 000 bytes from which an array goes to the large object heap.
    private const int BlockShift = 12;
    private const int BlockSize = 1 << BlockShift;

    private readonly List<Entry[]> blocks = [];
    private readonly List<RowAddress> sources = [];

    // While every place has no column and no index: each one's line, and the position from which each source's run starts.
    private List<int[]>? lineBlocks = [];
    private readonly List<int> sourceStarts = [];

    /// <summary>The number of places kept.</summary>
    public int Count { get; private set; }

    /// <summary>The place of the item at a position, as it was added.</summary>
    public RowAddress this[int position]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(position);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, Count);
            if (lineBlocks is not null)
            {
                var source = sourceStarts.BinarySearch(position);
                source = source >= 0 ? source : ~source - 1;
                return sources[source].At(lineBlocks[position >> BlockShift][position & (BlockSize - 1)], 0, 0);
            }

            var entry = blocks[position >> BlockShift][position & (BlockSize - 1)];
            return sources[entry.Source].At(entry.Line, entry.Column, entry.Index);
        }
    }

    /// <summary>Adds the place of the next item.</summary>
    public void Add(RowAddress at)
    {
        // Only the last source is compared: items come in runs, and a source per item costs no more than before.
        if (sources.Count == 0 || !sources[^1].SameSource(at))
        {
            sources.Add(at);
            sourceStarts.Add(Count);
        }

        if (lineBlocks is not null && (at.Column != 0 || at.Index != 0))
        {
            KeepWhole();
        }

        if (lineBlocks is not null)
        {
            if ((Count & (BlockSize - 1)) == 0)
            {
                lineBlocks.Add(new int[BlockSize]);
            }

            lineBlocks[^1][Count & (BlockSize - 1)] = at.Line;
            Count++;
            return;
        }

        if ((Count & (BlockSize - 1)) == 0 && Count >> BlockShift == blocks.Count)
        {
            blocks.Add(new Entry[BlockSize]);
        }

        blocks[Count >> BlockShift][Count & (BlockSize - 1)] = new Entry(sources.Count - 1, at.Line, at.Column, at.Index);
        Count++;
    }

    // The first place with a column or an index: every place so far is kept whole, and so is every place after.
    private void KeepWhole()
    {
        var lines = lineBlocks!;
        lineBlocks = null;
        var source = 0;
        for (var position = 0; position < Count; position++)
        {
            while (source + 1 < sourceStarts.Count && sourceStarts[source + 1] <= position)
            {
                source++;
            }

            if ((position & (BlockSize - 1)) == 0)
            {
                blocks.Add(new Entry[BlockSize]);
            }

            blocks[position >> BlockShift][position & (BlockSize - 1)] = new Entry(source, lines[position >> BlockShift][position & (BlockSize - 1)], 0, 0);
        }
    }

    private readonly record struct Entry(int Source, int Line, int Column, int Index);
}
