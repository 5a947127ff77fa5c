using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace De06Metrics.Measures;

/// <summary>
/// How the batch paths over <see cref="Vector{T}"/> of <see cref="double"/> write the <see cref="NotMeaningfulReason"/>s
/// of a vector of rows, a byte each, and when they classify every vector instead of branching on each.
/// </summary>
/// <remarks>
/// A vector's reasons are written with single stores where the hardware allows. A general block copy of
/// <c>Vector&lt;double&gt;.Count</c> bytes is a call the compiler does not unroll, and in a kernel that divides four
/// rows in a few cycles that call alone costs as much as the division.
/// </remarks>
internal static class ReasonLanes
{
    /// <summary>The rows of a chunk, after which a batch path chooses again between branching and not (see <see cref="PreferBranchFree"/>).</summary>
    public const int ChunkRows = 1 << 14;

    /// <summary>From this many rows a batch streams from memory rather than from the core's own caches (see <see cref="PreferBranchFree"/>).</summary>
    public const int BranchFreeRows = 1 << 18;

    /// <summary>The end of the chunk that starts at <paramref name="from"/>, at most <paramref name="whole"/>.</summary>
    /// <param name="from">The chunk's first row.</param>
    /// <param name="whole">The end of the whole vectors of the batch.</param>
    /// <returns>The chunk's end, exclusive.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ChunkEnd(int from, int whole) => whole - from > ChunkRows ? from + ChunkRows : whole;

    /// <summary>
    /// Whether the next chunk of a batch should classify every vector instead of branching on each, given how many of
    /// the chunk before's rows were not meaningful. A vector with such a row takes a branch the processor rarely
    /// predicts. While the batch sits in the core's caches the branch is still the quicker; once it streams from
    /// memory, a mispredicted branch also discards the loads in flight, and classifying every vector, a dozen more
    /// operations a vector, can be quicker. Measured on a 2-core Zen 4 at 10^6 rows: with 3 % of rows not meaningful
    /// (attainment), branching cost 2,05 × the memory reference and classifying 1,17 ×; with 1 % (percent change),
    /// branching 1,09 × and classifying 1,56 ×. The choice turns at one row in 64, and only from
    /// <see cref="BranchFreeRows"/> rows; at 10^5 rows branching was the quicker at 3 % too (0,39 against 0,45 ns a row).
    /// </summary>
    /// <param name="batchRows">The rows of the whole batch.</param>
    /// <param name="rows">The rows of the chunk before.</param>
    /// <param name="notMeaningful">How many of them were not meaningful.</param>
    /// <returns>Whether to classify every vector.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool PreferBranchFree(int batchRows, int rows, int notMeaningful) => batchRows >= BranchFreeRows && notMeaningful * 64 > rows;

    /// <summary>Marks the vector of rows at <paramref name="start"/> as meaningful (<see cref="NotMeaningfulReason.None"/>).</summary>
    /// <param name="reasons">The first reason of the batch.</param>
    /// <param name="start">The first row of the vector.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Clear(ref byte reasons, int start)
    {
        ref var first = ref Unsafe.Add(ref reasons, start);
        switch (Vector<double>.Count)
        {
            case 2:
                Unsafe.WriteUnaligned(ref first, (ushort)0);
                break;
            case 4:
                Unsafe.WriteUnaligned(ref first, 0u);
                break;
            case 8:
                Unsafe.WriteUnaligned(ref first, 0ul);
                break;
            default:
                Unsafe.InitBlockUnaligned(ref first, 0, (uint)Vector<double>.Count);
                break;
        }
    }

    /// <summary>Writes the reason in each lane of <paramref name="why"/>, each below 256, to the vector of rows at <paramref name="start"/>.</summary>
    /// <param name="reasons">The first reason of the batch.</param>
    /// <param name="start">The first row of the vector.</param>
    /// <param name="why">A reason a lane.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(ref byte reasons, int start, Vector<long> why)
    {
        ref var first = ref Unsafe.Add(ref reasons, start);
        if (Vector<long>.Count == 4 && Avx512F.VL.IsSupported)
        {
            Unsafe.WriteUnaligned(ref first, Avx512F.VL.ConvertToVector128Byte(why.AsVector256()).AsUInt32().ToScalar());
            return;
        }

        if (Vector<long>.Count == 4 && Avx2.IsSupported)
        {
            // Lane k's byte moved to bits 8k to 8k + 7, then the four lanes folded into one word.
            var shifted = Avx2.ShiftLeftLogicalVariable(why.AsVector256().AsUInt64(), Vector256.Create(0UL, 8UL, 16UL, 24UL));
            var folded = shifted.GetLower() | shifted.GetUpper();
            Unsafe.WriteUnaligned(ref first, (uint)(folded.GetElement(0) | folded.GetElement(1)));
            return;
        }

        for (var k = 0; k < Vector<long>.Count; k++)
        {
            Unsafe.Add(ref first, k) = (byte)why[k];
        }
    }
}
