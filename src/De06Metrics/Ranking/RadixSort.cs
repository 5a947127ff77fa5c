using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace De06Metrics.Ranking;

/// <summary>
/// A stable least-significant-digit radix sort of (64-bit key, index) pairs, and the order-preserving map from
/// <see cref="double"/> to such keys.
/// </summary>
/// <remarks>
/// Keys are sorted a byte at a time (eight passes); with 256 buckets the scatter writes to few enough places at once
/// to stay in cache, which measured faster than 11-bit digits here. The histograms of all eight digits are counted in one read of the
/// keys, and a pass whose digit is the same for every key is skipped, so data in a narrow range (a shared sign and
/// exponent) costs fewer passes. Below <see cref="RadixThreshold"/> pairs the fixed cost of eight passes over 256
/// buckets outweighs the gain, and the pairs are spread instead: the range between the smallest and largest key (found
/// while the keys are made, see <see cref="ToKeys"/>) is cut into up to 2 048 equal slices (about two slices a key),
/// one pass counts the keys into them, a second writes them slice by slice in input order, and an insertion sort
/// orders each slice. Data spread over their range, as indicator values are, leave a few keys a slice and sort in
/// three linear passes. Data bunched into a few slices (a far outlier beside many close values) would make the
/// insertion sort quadratic, so it gives up after a budget of moves proportional to the count, and a comparison sort
/// does the work: each key's low 12 bits are replaced by its position, the packed numbers sorted alone by an
/// introspective sort (stable by construction, half the data of sorting keys with indices), and an insertion sort puts
/// back in order the keys that differed only in those 12 bits (none in most data; at worst, thousands of keys within
/// 4 096 units in the last place of one another, it is quadratic in them).
/// </remarks>
internal static class RadixSort
{
    internal const int DigitBits = 8;
    internal const int Buckets = 1 << DigitBits;
    internal const int Passes = (64 + DigitBits - 1) / DigitBits;
    internal const int HistogramLength = Buckets * Passes;
    internal const int RadixThreshold = 4096;
    private const ulong Mask = Buckets - 1;
    private const ulong PositionMask = RadixThreshold - 1;

    /// <summary>The most slices a spread sort uses, as a power of two: 2 048 counts fill the radix histogram.</summary>
    private const int SpreadSliceBits = 11;

    /// <summary>
    /// The insertion moves a key that a spread sort may spend before it leaves the work to the comparison sort: well
    /// above what data spread over their range need (under one), well below a comparison sort's cost of a key.
    /// </summary>
    private const int SpreadMovesPerKey = 8;
    private const ulong SignBit = 0x8000_0000_0000_0000;

    /// <summary>
    /// Maps a non-NaN double to a key whose unsigned order is the numeric order: negative values have every bit
    /// flipped, others the sign bit only. <c>-0.0</c> maps to the key of <c>0.0</c>, so the two tie.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong ToKey(double value)
    {
        var bits = (long)BitConverter.DoubleToUInt64Bits(value == 0 ? 0d : value);
        return (ulong)(bits ^ ((bits >> 63) | long.MinValue));
    }

    /// <summary>
    /// Maps each value that is not NaN to its key (<see cref="ToKey"/>), in input order, with its position, and finds the
    /// smallest and largest key on the way; the positions of NaNs are written from the end of
    /// <paramref name="missingBackwards"/> towards its start. A vector of values without a NaN, the usual case, is mapped
    /// at once.
    /// </summary>
    /// <param name="values">The values.</param>
    /// <param name="keys">Receives the keys; as long as <paramref name="values"/>.</param>
    /// <param name="indices">Receives each key's position in <paramref name="values"/>; as long as <paramref name="values"/>.</param>
    /// <param name="missingBackwards">Receives the positions of NaNs, the first at its end; as long as <paramref name="values"/>.</param>
    /// <param name="min">The smallest key, or <see cref="ulong.MaxValue"/> when there is none.</param>
    /// <param name="max">The largest key, or 0 when there is none.</param>
    /// <returns>The number of keys.</returns>
    public static int ToKeys(ReadOnlySpan<double> values, Span<ulong> keys, Span<int> indices, Span<int> missingBackwards, out ulong min, out ulong max)
    {
        var n = values.Length;
        keys = keys[..n];
        indices = indices[..n];
        missingBackwards = missingBackwards[..n];
        var present = 0;
        var missing = 0;
        var i = 0;
        min = ulong.MaxValue;
        max = ulong.MinValue;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            var width = Vector<double>.Count;
            var smallest = new Vector<ulong>(ulong.MaxValue);
            var largest = Vector<ulong>.Zero;
            ref var value0 = ref MemoryMarshal.GetReference(values);
            ref var key0 = ref MemoryMarshal.GetReference(keys);
            ref var index0 = ref MemoryMarshal.GetReference(indices);
            for (; i <= n - width; i += width)
            {
                var vector = Vector.LoadUnsafe(ref value0, (nuint)i);
                if (!Vector.EqualsAll(vector, vector))
                {
                    // A NaN among them: each value on its own, its key counted straight into min and max.
                    for (var k = i; k < i + width; k++)
                    {
                        Place(values[k], k, keys, indices, missingBackwards, ref present, ref missing, ref min, ref max);
                    }

                    continue;
                }

                // ToKey in every lane: -0.0 made 0.0, then the sign bit set, or every bit flipped for a negative value.
                var bits = Vector.AsVectorInt64(Vector.ConditionalSelect(Vector.Equals(vector, Vector<double>.Zero), Vector<double>.Zero, vector));
                var key = Vector.AsVectorUInt64(bits ^ (Vector.ShiftRightArithmetic(bits, 63) | new Vector<long>(long.MinValue)));
                key.StoreUnsafe(ref key0, (nuint)present);
                smallest = Vector.Min(smallest, key);
                largest = Vector.Max(largest, key);
                for (var k = 0; k < width; k++)
                {
                    Unsafe.Add(ref index0, present + k) = i + k;
                }

                present += width;
            }

            for (var k = 0; k < width; k++)
            {
                min = Math.Min(min, smallest[k]);
                max = Math.Max(max, largest[k]);
            }
        }

        for (; i < n; i++)
        {
            Place(values[i], i, keys, indices, missingBackwards, ref present, ref missing, ref min, ref max);
        }

        return present;

        static void Place(double value, int position, Span<ulong> keys, Span<int> indices, Span<int> missingBackwards, ref int present, ref int missing, ref ulong min, ref ulong max)
        {
            if (double.IsNaN(value))
            {
                missingBackwards[^++missing] = position;
                return;
            }

            var key = ToKey(value);
            keys[present] = key;
            indices[present++] = position;
            min = Math.Min(min, key);
            max = Math.Max(max, key);
        }
    }

    /// <summary>The inverse of <see cref="ToKey"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double FromKey(ulong key) =>
        BitConverter.UInt64BitsToDouble((key & SignBit) != 0 ? key ^ SignBit : ~key);

    /// <summary>
    /// Sorts <paramref name="keys"/> ascending, carrying <paramref name="indices"/> along; equal keys keep their order.
    /// </summary>
    /// <param name="keys">The keys; may be overwritten.</param>
    /// <param name="indices">The indices, as long as <paramref name="keys"/>; may be overwritten.</param>
    /// <param name="keysBuffer">Scratch as long as <paramref name="keys"/>.</param>
    /// <param name="indicesBuffer">Scratch as long as <paramref name="keys"/>.</param>
    /// <param name="histogram">Scratch of <see cref="HistogramLength"/> integers.</param>
    /// <param name="min">The smallest key (see <see cref="ToKeys"/>); the spread below <see cref="RadixThreshold"/> pairs cuts its range from it.</param>
    /// <param name="max">The largest key.</param>
    /// <returns><see langword="true"/> when the sorted pairs ended in the buffers, <see langword="false"/> when in place.</returns>
    public static bool Sort(Span<ulong> keys, Span<int> indices, Span<ulong> keysBuffer, Span<int> indicesBuffer, Span<int> histogram, ulong min, ulong max)
    {
        var count = keys.Length;
        if (count < RadixThreshold)
        {
            if (!TrySpreadSort(keys, indices, keysBuffer[..count], indicesBuffer[..count], histogram, min, max))
            {
                PackedSort(keys, indices, keysBuffer[..count], indicesBuffer[..count]);
            }

            return true;
        }

        histogram = histogram[..HistogramLength];
        histogram.Clear();
        ref var histogram0 = ref MemoryMarshal.GetReference(histogram);
        ref var key0 = ref MemoryMarshal.GetReference(keys[..count]);
        for (var i = 0; i < count; i++)
        {
            var key = Unsafe.Add(ref key0, i);
            Unsafe.Add(ref histogram0, (int)(key & Mask))++;
            Unsafe.Add(ref histogram0, Buckets + (int)((key >> 8) & Mask))++;
            Unsafe.Add(ref histogram0, (2 * Buckets) + (int)((key >> 16) & Mask))++;
            Unsafe.Add(ref histogram0, (3 * Buckets) + (int)((key >> 24) & Mask))++;
            Unsafe.Add(ref histogram0, (4 * Buckets) + (int)((key >> 32) & Mask))++;
            Unsafe.Add(ref histogram0, (5 * Buckets) + (int)((key >> 40) & Mask))++;
            Unsafe.Add(ref histogram0, (6 * Buckets) + (int)((key >> 48) & Mask))++;
            Unsafe.Add(ref histogram0, (7 * Buckets) + (int)(key >> 56))++;
        }

        var inBuffer = false;
        for (var pass = 0; pass < Passes; pass++)
        {
            var shift = pass * DigitBits;
            var sourceKeys = inBuffer ? keysBuffer : keys;
            var sourceIndices = inBuffer ? indicesBuffer : indices;
            var targetKeys = inBuffer ? keys : keysBuffer;
            var targetIndices = inBuffer ? indices : indicesBuffer;
            var offsets = histogram.Slice(pass * Buckets, Buckets);
            if (offsets[(int)((sourceKeys[0] >> shift) & Mask)] == count)
            {
                continue;
            }

            var sum = 0;
            for (var bucket = 0; bucket < Buckets; bucket++)
            {
                var size = offsets[bucket];
                offsets[bucket] = sum;
                sum += size;
            }

            Scatter(sourceKeys[..count], sourceIndices[..count], targetKeys[..count], targetIndices[..count], offsets, shift);
            inBuffer = !inBuffer;
        }

        return inBuffer;
    }

    private static void Scatter(ReadOnlySpan<ulong> sourceKeys, ReadOnlySpan<int> sourceIndices, Span<ulong> targetKeys, Span<int> targetIndices, Span<int> offsets, int shift)
    {
        ref var offset0 = ref MemoryMarshal.GetReference(offsets);
        ref var sourceKey0 = ref MemoryMarshal.GetReference(sourceKeys);
        ref var sourceIndex0 = ref MemoryMarshal.GetReference(sourceIndices);
        ref var targetKey0 = ref MemoryMarshal.GetReference(targetKeys);
        ref var targetIndex0 = ref MemoryMarshal.GetReference(targetIndices);
        for (var i = 0; i < sourceKeys.Length; i++)
        {
            var key = Unsafe.Add(ref sourceKey0, i);
            ref var offset = ref Unsafe.Add(ref offset0, (int)((key >> shift) & Mask));
            var position = offset++;
            Unsafe.Add(ref targetKey0, position) = key;
            Unsafe.Add(ref targetIndex0, position) = Unsafe.Add(ref sourceIndex0, i);
        }
    }

    /// <summary>
    /// Sorts fewer than <see cref="RadixThreshold"/> pairs into the buffers by slices of the keys' range, equal keys in
    /// input order, unless the insertion sort within the slices needs more than <see cref="SpreadMovesPerKey"/> moves a
    /// key; then it stops and returns <see langword="false"/>, leaving the inputs as they were.
    /// </summary>
    private static bool TrySpreadSort(ReadOnlySpan<ulong> keys, ReadOnlySpan<int> indices, Span<ulong> sortedKeys, Span<int> sortedIndices, Span<int> histogram, ulong min, ulong max)
    {
        var count = keys.Length;
        if (count < 2)
        {
            keys.CopyTo(sortedKeys);
            indices.CopyTo(sortedIndices);
            return true;
        }

        // About two slices a key, at most 2 048 (the histogram's length); a range narrower than that needs fewer.
        var rangeBits = 64 - BitOperations.LeadingZeroCount(max - min);
        var sliceBits = Math.Min(rangeBits, Math.Min(BitOperations.Log2((uint)count) + 1, SpreadSliceBits));
        var shift = rangeBits - sliceBits;
        var starts = histogram[..(1 << sliceBits)];
        starts.Clear();
        ref var start0 = ref MemoryMarshal.GetReference(starts);
        foreach (var key in keys)
        {
            Unsafe.Add(ref start0, (int)((key - min) >> shift))++;
        }

        var sum = 0;
        for (var slice = 0; slice < starts.Length; slice++)
        {
            var size = starts[slice];
            starts[slice] = sum;
            sum += size;
        }

        ref var sortedKey0 = ref MemoryMarshal.GetReference(sortedKeys);
        ref var sortedIndex0 = ref MemoryMarshal.GetReference(sortedIndices);
        for (var p = 0; p < count; p++)
        {
            var key = keys[p];
            var position = Unsafe.Add(ref start0, (int)((key - min) >> shift))++;
            Unsafe.Add(ref sortedKey0, position) = key;
            Unsafe.Add(ref sortedIndex0, position) = indices[p];
        }

        // The slices are in order; a key moves only within its own, past larger keys, never past an equal one.
        return TryInsertionSort(sortedKeys, sortedIndices, (long)SpreadMovesPerKey * count);
    }

    /// <summary>
    /// Sorts fewer than <see cref="RadixThreshold"/> pairs into the buffers: each key with its low 12 bits replaced by
    /// its position sorts as one number, so equal keys come out in input order without a pass to restore it.
    /// </summary>
    private static void PackedSort(ReadOnlySpan<ulong> keys, ReadOnlySpan<int> indices, Span<ulong> sortedKeys, Span<int> sortedIndices)
    {
        var count = keys.Length;
        for (var p = 0; p < count; p++)
        {
            sortedKeys[p] = (keys[p] & ~PositionMask) | (uint)p;
        }

        sortedKeys.Sort();
        for (var q = 0; q < count; q++)
        {
            var p = (int)(sortedKeys[q] & PositionMask);
            sortedKeys[q] = keys[p];
            sortedIndices[q] = indices[p];
        }

        // The keys are now in order but for those sharing all bits above the low 12, which are in input order. A
        // stable insertion sort by the whole key puts those right; it passes over the rest with one comparison each.
        TryInsertionSort(sortedKeys, sortedIndices, long.MaxValue);
    }

    /// <summary>
    /// A stable insertion sort of keys with their indices, which gives up, leaving them part sorted, once it has moved
    /// keys more than <paramref name="budget"/> places in all.
    /// </summary>
    /// <returns><see langword="true"/> when sorted; <see langword="false"/> when the budget ran out.</returns>
    private static bool TryInsertionSort(Span<ulong> keys, Span<int> indices, long budget)
    {
        for (var q = 1; q < keys.Length; q++)
        {
            var key = keys[q];
            if (keys[q - 1] <= key)
            {
                continue;
            }

            var index = indices[q];
            var r = q - 1;
            while (r >= 0 && keys[r] > key)
            {
                keys[r + 1] = keys[r];
                indices[r + 1] = indices[r];
                r--;
            }

            keys[r + 1] = key;
            indices[r + 1] = index;
            budget -= q - r;
            if (budget < 0)
            {
                return false;
            }
        }

        return true;
    }
}
