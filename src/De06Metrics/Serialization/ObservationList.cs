using System.Collections.Immutable;
using System.Runtime.InteropServices;
using De06Metrics.Indicators;

namespace De06Metrics.Serialization;

/// <summary>
/// The observations a reader has read, in blocks that are never copied as the list grows and stay under the size from
/// which an array goes to the large object heap; the scorecard's array is made once, at its final length. Not
/// thread-safe.
/// </summary>
internal sealed class ObservationList
{
    // 4 096 references a block: 32 KB.
    private const int BlockShift = 12;
    private const int BlockSize = 1 << BlockShift;

    private readonly List<Observation[]> blocks = [];
    private ImmutableArray<Observation>? all;

    /// <summary>How many observations there are.</summary>
    public int Count { get; private set; }

    /// <summary>The observation at a position.</summary>
    public Observation this[int position]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(position);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, Count);
            return blocks[position >> BlockShift][position & (BlockSize - 1)];
        }
    }

    /// <summary>Adds an observation.</summary>
    public void Add(Observation observation)
    {
        var at = Count & (BlockSize - 1);
        if (at == 0)
        {
            blocks.Add(new Observation[BlockSize]);
        }

        blocks[^1][at] = observation;
        Count++;
        all = null;
    }

    /// <summary>Every observation, in the order added, as one array made once.</summary>
    public ImmutableArray<Observation> ToImmutableArray()
    {
        if (all is { } made)
        {
            return made;
        }

        var array = new Observation[Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            var length = Math.Min(BlockSize, Count - (b << BlockShift));
            blocks[b].AsSpan(0, length).CopyTo(array.AsSpan(b << BlockShift));
        }

        made = ImmutableCollectionsMarshal.AsImmutableArray(array);
        all = made;
        return made;
    }
}
