using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace De06Metrics.Measures;

/// <summary>
/// Writes the <see cref="NotMeaningfulReason"/>s of one vector of rows, a byte each, for the batch paths over
/// <see cref="Vector{T}"/> of <see cref="double"/>.
/// </summary>
/// <remarks>
/// Both are single stores where the hardware allows. A general block copy of <c>Vector&lt;double&gt;.Count</c> bytes
/// is a call the compiler does not unroll, and in a kernel that divides four rows in a few cycles that call alone
/// costs as much as the division.
/// </remarks>
internal static class ReasonLanes
{
    /// <summary>
    /// From this many rows a batch streams from memory rather than from the core's own caches, and the batch paths
    /// classify every vector instead of branching on each: a mispredicted branch (a missing value, a zero base: one
    /// vector in ten in real data) also discards the loads in flight. Measured for attainment on a 2-core Zen 4: at
    /// 10^5 rows the branch is quicker (0,39 against 0,45 ns a row), at 10^6 classifying every vector (0,53 against 0,92).
    /// </summary>
    public const int BranchFreeRows = 1 << 18;

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
