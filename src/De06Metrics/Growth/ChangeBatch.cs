using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using De06Metrics.Measures;

namespace De06Metrics.Growth;

/// <summary>
/// Changes over many pairs at once, written into caller-provided spans without allocating: absolute change
/// (current − base) and percent change ((current − base) × 100 / |base|), in <see cref="decimal"/> or
/// <see cref="double"/>.
/// </summary>
/// <remarks>
/// <para>
/// Percent change reports each element's status in a <see cref="NotMeaningfulReason"/> span:
/// <see cref="NotMeaningfulReason.None"/> where the value is meaningful, <see cref="NotMeaningfulReason.ZeroBase"/>,
/// <see cref="NotMeaningfulReason.SignChange"/> or <see cref="NotMeaningfulReason.OutOfRange"/> where it is not.
/// Where it is not, a <see cref="double"/> destination holds NaN (so an unchecked value is loud, never a plausible
/// number) and a <see cref="decimal"/> destination, which has no NaN, holds 0: read the status span. Both methods
/// return the count of elements that are not meaningful.
/// </para>
/// <para>
/// The <see cref="double"/> methods use <see cref="Vector{T}"/> where the hardware accelerates it and agree
/// bit for bit with the element-by-element path. NaN is a missing value, as in the batch evaluation: its row's
/// difference is NaN, and its percent change NaN with <see cref="NotMeaningfulReason.NoData"/> (no current value) or
/// <see cref="NotMeaningfulReason.MissingBase"/> (no base), counted with the rows that are not meaningful; every other
/// row is computed as alone. An infinite input is refused with its index and value.
/// </para>
/// <para>
/// Spans must have the same length. The destination may be the very same memory as an input (to compute in place)
/// but must not partly overlap one. Stateless and thread-safe for spans that no other thread writes.
/// </para>
/// </remarks>
public static class ChangeBatch
{
    /// <summary>Writes current − base for each element.</summary>
    /// <param name="baseValues">The earlier values.</param>
    /// <param name="currentValues">The later values; as long as <paramref name="baseValues"/>.</param>
    /// <param name="destination">Receives the changes; as long as <paramref name="baseValues"/>.</param>
    /// <exception cref="ArgumentException">The lengths differ or the destination partly overlaps an input.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A difference is outside the range of decimal.</exception>
    public static void Difference(ReadOnlySpan<decimal> baseValues, ReadOnlySpan<decimal> currentValues, Span<decimal> destination)
    {
        EnsureShapes(baseValues, currentValues, destination);
        for (var i = 0; i < baseValues.Length; i++)
        {
            try
            {
                destination[i] = currentValues[i] - baseValues[i];
            }
            catch (OverflowException)
            {
                throw new ArgumentOutOfRangeException(nameof(currentValues), currentValues[i],
                    string.Create(CultureInfo.InvariantCulture, $"At index {i}, {currentValues[i]} − {baseValues[i]} is outside the range of decimal."));
            }
        }
    }

    /// <summary>Writes current − base for each element.</summary>
    /// <param name="baseValues">The earlier values; finite, or NaN for a missing value.</param>
    /// <param name="currentValues">The later values; finite or NaN, as long as <paramref name="baseValues"/>.</param>
    /// <param name="destination">Receives the changes, NaN where either value is missing; as long as <paramref name="baseValues"/>.</param>
    /// <exception cref="ArgumentException">The lengths differ, the destination partly overlaps an input, or an input is infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A difference overflows to infinity.</exception>
    public static void Difference(ReadOnlySpan<double> baseValues, ReadOnlySpan<double> currentValues, Span<double> destination)
    {
        EnsureShapes(baseValues, currentValues, destination);
        var n = baseValues.Length;
        var i = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            var infinity = new Vector<double>(double.PositiveInfinity);
            ref var baseStart = ref MemoryMarshal.GetReference(baseValues);
            ref var currentStart = ref MemoryMarshal.GetReference(currentValues);
            ref var destinationStart = ref MemoryMarshal.GetReference(destination);
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                var d = Vector.LoadUnsafe(ref currentStart, (nuint)i) - Vector.LoadUnsafe(ref baseStart, (nuint)i);
                if (!Vector.LessThanAll(Vector.Abs(d), infinity))
                {
                    // NaN, infinity or overflow somewhere in the block: let the element path name it.
                    DifferenceElements(baseValues, currentValues, destination, i, i + Vector<double>.Count);
                    continue;
                }

                d.StoreUnsafe(ref destinationStart, (nuint)i);
            }
        }

        DifferenceElements(baseValues, currentValues, destination, i, n);
    }

    /// <summary>Writes the percent change (current − base) × 100 / |base| and its status for each element.</summary>
    /// <param name="baseValues">The earlier values.</param>
    /// <param name="currentValues">The later values; as long as <paramref name="baseValues"/>.</param>
    /// <param name="destination">Receives the percent changes (0 where not meaningful); as long as <paramref name="baseValues"/>.</param>
    /// <param name="status">Receives each element's status; as long as <paramref name="baseValues"/>.</param>
    /// <returns>The count of elements that are not meaningful.</returns>
    /// <exception cref="ArgumentException">The lengths differ or the destination partly overlaps an input.</exception>
    public static int PercentChange(ReadOnlySpan<decimal> baseValues, ReadOnlySpan<decimal> currentValues, Span<decimal> destination, Span<NotMeaningfulReason> status)
    {
        EnsureShapes(baseValues, currentValues, destination);
        EnsureLength(status.Length, baseValues.Length, nameof(status));
        var notMeaningful = 0;
        for (var i = 0; i < baseValues.Length; i++)
        {
            var reason = GrowthMath.TryPercentChange(baseValues[i], currentValues[i], out var percent);
            destination[i] = percent;
            status[i] = reason;
            if (reason != NotMeaningfulReason.None)
            {
                notMeaningful++;
            }
        }

        return notMeaningful;
    }

    /// <summary>Writes the percent change (current − base) × 100 / |base| and its status for each element.</summary>
    /// <param name="baseValues">The earlier values; finite, or NaN for a missing base.</param>
    /// <param name="currentValues">The later values; finite, or NaN for no data; as long as <paramref name="baseValues"/>.</param>
    /// <param name="destination">Receives the percent changes (NaN where not meaningful); as long as <paramref name="baseValues"/>.</param>
    /// <param name="status">
    /// Receives each element's status; <see cref="NotMeaningfulReason.NoData"/> where the current value is NaN,
    /// <see cref="NotMeaningfulReason.MissingBase"/> where only the base is; as long as <paramref name="baseValues"/>.
    /// </param>
    /// <returns>The count of elements that are not meaningful, missing values included.</returns>
    /// <exception cref="ArgumentException">The lengths differ, the destination partly overlaps an input, or an input is infinite.</exception>
    public static int PercentChange(ReadOnlySpan<double> baseValues, ReadOnlySpan<double> currentValues, Span<double> destination, Span<NotMeaningfulReason> status)
    {
        EnsureShapes(baseValues, currentValues, destination);
        EnsureLength(status.Length, baseValues.Length, nameof(status));
        var n = baseValues.Length;
        var i = 0;
        var notMeaningful = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            // Each chunk either branches on each vector or classifies every vector without a branch, as ReasonLanes
            // decides from the pairs of the chunk before.
            var whole = n - (n % Vector<double>.Count);
            var branchFree = false;
            for (var from = 0; from < whole;)
            {
                var to = ReasonLanes.ChunkEnd(from, whole);
                var before = notMeaningful;
                if (branchFree)
                {
                    PercentChangeBranchFree(baseValues, currentValues, destination, status, from, to, ref notMeaningful);
                }
                else
                {
                    PercentChangeBranching(baseValues, currentValues, destination, status, from, to, ref notMeaningful);
                }

                branchFree = ReasonLanes.PreferBranchFree(whole, to - from, notMeaningful - before);
                from = to;
            }

            i = whole;
        }

        return notMeaningful + PercentChangeElements(baseValues, currentValues, destination, status, i, n);
    }

    // Whole vectors from `from` to `to`, branching on each: the common vector, every pair meaningful, is written as it
    // is; one with a pair that is not is classified, and one with an infinite input goes to the element path, which
    // names it.
    private static void PercentChangeBranching(
        ReadOnlySpan<double> baseValues, ReadOnlySpan<double> currentValues, Span<double> destination, Span<NotMeaningfulReason> status,
        int from, int to, ref int notMeaningful)
    {
        var width = Vector<double>.Count;
        var infinity = new Vector<double>(double.PositiveInfinity);
        ref var baseStart = ref MemoryMarshal.GetReference(baseValues);
        ref var currentStart = ref MemoryMarshal.GetReference(currentValues);
        ref var destinationStart = ref MemoryMarshal.GetReference(destination);
        ref var statusStart = ref Unsafe.As<NotMeaningfulReason, byte>(ref MemoryMarshal.GetReference(status));
        for (var i = from; i < to; i += width)
        {
            var b = Vector.LoadUnsafe(ref baseStart, (nuint)i);
            var c = Vector.LoadUnsafe(ref currentStart, (nuint)i);
            var result = Percent(b, c);

            // One test catches NaN or infinite inputs, a zero base and overflow alike: the result is then not below ∞.
            if (Vector.LessThanAll(Vector.Abs(result), infinity) && SignChanges(b, c) == Vector<long>.Zero)
            {
                // The status is written here, not cleared in a pass of its own beforehand.
                result.StoreUnsafe(ref destinationStart, (nuint)i);
                ReasonLanes.Clear(ref statusStart, i);
                continue;
            }

            if (Vector.EqualsAny(Vector.Abs(b), infinity) || Vector.EqualsAny(Vector.Abs(c), infinity))
            {
                notMeaningful += PercentChangeElements(baseValues, currentValues, destination, status, i, i + width);
                continue;
            }

            var why = PercentChangeReasons(b, c, result);
            var none = Vector.Equals(why, Vector<long>.Zero);
            Vector.ConditionalSelect(none, result, new Vector<double>(double.NaN)).StoreUnsafe(ref destinationStart, (nuint)i);
            ReasonLanes.Store(ref statusStart, i, why);
            notMeaningful += width + (int)Vector.Sum(none);
        }
    }

    // Whole vectors from `from` to `to`, each classified without a branch on its pairs' reasons. The one branch left,
    // on an infinite input, is never taken in valid data and so always predicted; the element path then names the
    // input, before the vector is written (the destination may be an input).
    private static void PercentChangeBranchFree(
        ReadOnlySpan<double> baseValues, ReadOnlySpan<double> currentValues, Span<double> destination, Span<NotMeaningfulReason> status,
        int from, int to, ref int notMeaningful)
    {
        var width = Vector<double>.Count;
        var infinity = new Vector<double>(double.PositiveInfinity);
        ref var baseStart = ref MemoryMarshal.GetReference(baseValues);
        ref var currentStart = ref MemoryMarshal.GetReference(currentValues);
        ref var destinationStart = ref MemoryMarshal.GetReference(destination);
        ref var statusStart = ref Unsafe.As<NotMeaningfulReason, byte>(ref MemoryMarshal.GetReference(status));
        var meaningfulPairs = Vector<long>.Zero;
        for (var i = from; i < to; i += width)
        {
            var b = Vector.LoadUnsafe(ref baseStart, (nuint)i);
            var c = Vector.LoadUnsafe(ref currentStart, (nuint)i);
            var result = Percent(b, c);
            if (Vector.EqualsAny(Vector.Abs(b), infinity) || Vector.EqualsAny(Vector.Abs(c), infinity))
            {
                PercentChangeElements(baseValues, currentValues, destination, status, i, i + width);
            }

            var why = PercentChangeReasons(b, c, result);
            var none = Vector.Equals(why, Vector<long>.Zero);
            Vector.ConditionalSelect(none, result, new Vector<double>(double.NaN)).StoreUnsafe(ref destinationStart, (nuint)i);
            ReasonLanes.Store(ref statusStart, i, why);
            meaningfulPairs -= none;
        }

        notMeaningful += to - from - (int)Vector.Sum(meaningfulPairs);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Percent(Vector<double> b, Vector<double> c) => (c - b) * new Vector<double>(100d) / Vector.Abs(b);

    // Opposite signs: the sign bits differ and the current value is not zero (a zero base is caught apart).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<long> SignChanges(Vector<double> b, Vector<double> c) =>
        Vector.LessThan(Vector.Xor(Vector.AsVectorInt64(b), Vector.AsVectorInt64(c)), Vector<long>.Zero) & ~Vector.Equals(c, Vector<double>.Zero);

    // Each pair's reason, finite inputs, in the order of GrowthMath.TryPercentChange (the last case that applies wins);
    // None where the percent change is meaningful.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<long> PercentChangeReasons(Vector<double> b, Vector<double> c, Vector<double> result)
    {
        var why = Vector.ConditionalSelect(Vector.LessThan(Vector.Abs(result), new Vector<double>(double.PositiveInfinity)), Vector<long>.Zero, new Vector<long>((long)NotMeaningfulReason.OutOfRange));
        why = Vector.ConditionalSelect(SignChanges(b, c), new Vector<long>((long)NotMeaningfulReason.SignChange), why);
        why = Vector.ConditionalSelect(Vector.Equals(b, Vector<double>.Zero), new Vector<long>((long)NotMeaningfulReason.ZeroBase), why);
        why = Vector.ConditionalSelect(Vector.Equals(b, b), why, new Vector<long>((long)NotMeaningfulReason.MissingBase));
        return Vector.ConditionalSelect(Vector.Equals(c, c), why, new Vector<long>((long)NotMeaningfulReason.NoData));
    }

    /// <summary>The element-by-element percent change, without vectors: the baseline the vectorised path is measured against.</summary>
    internal static int PercentChangeScalar(ReadOnlySpan<double> baseValues, ReadOnlySpan<double> currentValues, Span<double> destination, Span<NotMeaningfulReason> status)
    {
        EnsureShapes(baseValues, currentValues, destination);
        EnsureLength(status.Length, baseValues.Length, nameof(status));
        return PercentChangeElements(baseValues, currentValues, destination, status, 0, baseValues.Length);
    }

    private static int PercentChangeElements(
        ReadOnlySpan<double> baseValues, ReadOnlySpan<double> currentValues, Span<double> destination, Span<NotMeaningfulReason> status, int from, int to)
    {
        var notMeaningful = 0;
        for (var i = from; i < to; i++)
        {
            var (b, c) = (baseValues[i], currentValues[i]);
            if (double.IsNaN(b) || double.IsNaN(c))
            {
                // A gap in the data: the row has no change, the others are computed as alone.
                destination[i] = double.NaN;
                status[i] = double.IsNaN(c) ? NotMeaningfulReason.NoData : NotMeaningfulReason.MissingBase;
                notMeaningful++;
                continue;
            }

            EnsureFinite(b, i, nameof(baseValues));
            EnsureFinite(c, i, nameof(currentValues));
            var reason = GrowthMath.TryPercentChange(b, c, out var percent);
            destination[i] = percent;
            status[i] = reason;
            if (reason != NotMeaningfulReason.None)
            {
                notMeaningful++;
            }
        }

        return notMeaningful;
    }

    private static void DifferenceElements(ReadOnlySpan<double> baseValues, ReadOnlySpan<double> currentValues, Span<double> destination, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var (b, c) = (baseValues[i], currentValues[i]);
            if (double.IsNaN(b) || double.IsNaN(c))
            {
                // A missing value on either side: the difference is missing too.
                destination[i] = double.NaN;
                continue;
            }

            EnsureFinite(b, i, nameof(baseValues));
            EnsureFinite(c, i, nameof(currentValues));
            var d = c - b;
            if (!double.IsFinite(d))
            {
                throw new ArgumentOutOfRangeException(nameof(currentValues), c,
                    string.Create(CultureInfo.InvariantCulture, $"At index {i}, {c:R} − {b:R} overflows double."));
            }

            destination[i] = d;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void EnsureFinite(double value, int index, string paramName)
    {
        if (!double.IsFinite(value))
        {
            ThrowNotFinite(value, index, paramName);
        }
    }

    private static void ThrowNotFinite(double value, int index, string paramName) =>
        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"The value at index {index} is {value}; only finite values have a change (NaN marks a missing value)."), paramName);

    private static void EnsureShapes<T>(ReadOnlySpan<T> baseValues, ReadOnlySpan<T> currentValues, Span<T> destination)
    {
        EnsureLength(currentValues.Length, baseValues.Length, nameof(currentValues));
        EnsureLength(destination.Length, baseValues.Length, nameof(destination));
        EnsureNoPartialOverlap(baseValues, destination, nameof(baseValues));
        EnsureNoPartialOverlap(currentValues, destination, nameof(currentValues));
    }

    private static void EnsureLength(int length, int expected, string paramName)
    {
        if (length != expected)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The span has {length} elements; the base values have {expected}."), paramName);
        }
    }

    private static void EnsureNoPartialOverlap<T>(ReadOnlySpan<T> input, Span<T> destination, string paramName)
    {
        if (input.Overlaps(destination, out var offset) && offset != 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The destination overlaps this input at an offset of {offset} elements; use the same memory or none of it."), paramName);
        }
    }
}
