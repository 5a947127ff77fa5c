using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using De06Metrics.Measures;

namespace De06Metrics.Evaluation;

/// <summary>
/// Margins and statuses for many rows at once, from spans of actuals and targets into spans the caller provides,
/// without allocating. One-sided targets only: at least the target when higher is better, at most when lower is better.
/// </summary>
/// <remarks>
/// <para>
/// Per row, the same rule as <see cref="TargetEvaluation"/>: margin <c>m = actual − target</c>
/// (<c>target − actual</c> when lower is better); <see cref="TargetStatus.Exceeded"/> when <c>m &gt; τ</c>,
/// <see cref="TargetStatus.Met"/> when <c>0 ≤ m ≤ τ</c>, <see cref="TargetStatus.BasicallyMet"/> when <c>−τ ≤ m &lt; 0</c>,
/// <see cref="TargetStatus.NotMet"/> when <c>m &lt; −τ</c>.
/// </para>
/// <para>
/// Missing values: a <see langword="null"/> actual (decimal path) or a NaN actual (double path) gives
/// <see cref="TargetStatus.NoData"/> and a missing margin (<see langword="null"/> or NaN), never zero.
/// </para>
/// <para>
/// Bad rows do not stop the batch: a row that cannot be evaluated gets <see cref="TargetStatus.Invalid"/> and a missing
/// margin, the rows around it are evaluated as usual, and the returned <see cref="BatchSummary"/> counts the invalid
/// rows and gives the first one's index. Invalid are: in the double path, a NaN or infinite target, an infinite actual,
/// or a margin that overflows to infinity; in the decimal path, a margin beyond the range of <see cref="decimal"/>.
/// </para>
/// <para>
/// The double path is branch-free and uses <see cref="Vector{T}"/> when the hardware accelerates it; its results equal
/// the scalar <see cref="EvaluateOne"/> row by row. The methods are thread-safe for distinct output spans.
/// </para>
/// </remarks>
public static class BatchEvaluation
{
    /// <summary>Evaluates rows of decimal actuals against decimal targets.</summary>
    /// <param name="actuals">The actuals; <see langword="null"/> for no data.</param>
    /// <param name="targets">The targets, one per actual.</param>
    /// <param name="polarity">Higher is better (at-least targets) or lower is better (at-most targets).</param>
    /// <param name="tolerance">The tolerance for "met"; not negative.</param>
    /// <param name="margins">Receives the margins, positive when better; <see langword="null"/> for no data and invalid rows.</param>
    /// <param name="statuses">Receives the statuses.</param>
    /// <returns>The counts of rows by grade, without data and invalid.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, or <paramref name="polarity"/> is within-band.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative, or <paramref name="polarity"/> is undefined.</exception>
    public static BatchSummary Evaluate(
        ReadOnlySpan<decimal?> actuals,
        ReadOnlySpan<decimal> targets,
        Polarity polarity,
        decimal tolerance,
        Span<decimal?> margins,
        Span<TargetStatus> statuses)
    {
        EnsureLength(targets.Length, actuals.Length, nameof(targets));
        EnsureLength(margins.Length, actuals.Length, nameof(margins));
        EnsureLength(statuses.Length, actuals.Length, nameof(statuses));
        var higherIsBetter = EnsurePolarity(polarity);
        EvaluationOptions.EnsureTolerance(tolerance, nameof(tolerance));
        var negativeTolerance = -tolerance;

        // The try is around the loop, not each row: a try per row, in a helper that then could not be inlined, made
        // a row cost about 1,6 times as much (measured at 1 000 rows). Only a margin beyond decimal's range throws;
        // that row is marked invalid and the loop resumes after it.
        var i = 0;
        while (i < actuals.Length)
        {
            try
            {
                for (; i < actuals.Length; i++)
                {
                    if (actuals[i] is not { } actual)
                    {
                        margins[i] = null;
                        statuses[i] = TargetStatus.NoData;
                        continue;
                    }

                    var margin = higherIsBetter ? actual - targets[i] : targets[i] - actual;
                    margins[i] = margin;
                    statuses[i] = margin > tolerance ? TargetStatus.Exceeded
                        : margin < negativeTolerance ? TargetStatus.NotMet
                        : margin < 0m ? TargetStatus.BasicallyMet
                        : TargetStatus.Met;
                }
            }
            catch (OverflowException)
            {
                margins[i] = null;
                statuses[i] = TargetStatus.Invalid;
                i++;
            }
        }

        return BatchSummary.Of(statuses);
    }

    /// <summary>Evaluates rows of double actuals against double targets, vectorised where the hardware allows.</summary>
    /// <param name="actuals">The actuals; NaN for no data.</param>
    /// <param name="targets">The targets, one per actual; a NaN or infinite target makes its row invalid.</param>
    /// <param name="polarity">Higher is better (at-least targets) or lower is better (at-most targets).</param>
    /// <param name="tolerance">The tolerance for "met"; finite and not negative.</param>
    /// <param name="margins">Receives the margins, positive when better; NaN for no data and invalid rows.</param>
    /// <param name="statuses">Receives the statuses.</param>
    /// <returns>The counts of rows by grade, without data and invalid.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, or <paramref name="polarity"/> is within-band.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative, NaN or infinite, or <paramref name="polarity"/> is undefined.</exception>
    public static BatchSummary Evaluate(
        ReadOnlySpan<double> actuals,
        ReadOnlySpan<double> targets,
        Polarity polarity,
        double tolerance,
        Span<double> margins,
        Span<TargetStatus> statuses)
    {
        EnsureLength(targets.Length, actuals.Length, nameof(targets));
        EnsureLength(margins.Length, actuals.Length, nameof(margins));
        EnsureLength(statuses.Length, actuals.Length, nameof(statuses));
        var sign = EnsurePolarity(polarity) ? 1.0 : -1.0;
        EnsureTolerance(tolerance);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            i = EvaluateVectors(actuals, targets, sign, tolerance, margins, statuses);
        }

        for (; i < actuals.Length; i++)
        {
            statuses[i] = Row(actuals[i], targets[i], sign, tolerance, out margins[i]);
        }

        return BatchSummary.Of(statuses);
    }

    /// <summary>
    /// Writes the attainment of each row, actual / target when higher is better and target / actual when lower is
    /// better, with the rule of <see cref="TargetEvaluation.Attainment"/>.
    /// </summary>
    /// <param name="actuals">The actuals; <see langword="null"/> for no data.</param>
    /// <param name="targets">The targets, one per actual.</param>
    /// <param name="polarity">Higher is better (at-least targets) or lower is better (at-most targets).</param>
    /// <param name="attainments">Receives the attainments as fractions of one (1 is 100%); 0 where not meaningful.</param>
    /// <param name="reasons">
    /// Receives <see cref="NotMeaningfulReason.None"/> where the attainment is meaningful, else why not:
    /// <see cref="NotMeaningfulReason.NoData"/>, <see cref="NotMeaningfulReason.ZeroTarget"/>,
    /// <see cref="NotMeaningfulReason.NegativeTarget"/>, <see cref="NotMeaningfulReason.ZeroActual"/>,
    /// <see cref="NotMeaningfulReason.NegativeActual"/> or <see cref="NotMeaningfulReason.OutOfRange"/>.
    /// </param>
    /// <returns>The count of rows whose attainment is not meaningful, those without data included.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, or <paramref name="polarity"/> is within-band.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="polarity"/> is undefined.</exception>
    public static int Attainment(
        ReadOnlySpan<decimal?> actuals,
        ReadOnlySpan<decimal> targets,
        Polarity polarity,
        Span<decimal> attainments,
        Span<NotMeaningfulReason> reasons)
    {
        EnsureLength(targets.Length, actuals.Length, nameof(targets));
        EnsureLength(attainments.Length, actuals.Length, nameof(attainments));
        EnsureLength(reasons.Length, actuals.Length, nameof(reasons));
        var higherIsBetter = EnsurePolarity(polarity);
        var notMeaningful = 0;
        for (var i = 0; i < actuals.Length; i++)
        {
            var outcome = actuals[i] is { } actual
                ? GoalRules.Attainment(higherIsBetter, actual, targets[i])
                : RatioOutcome.NotMeaningful(NotMeaningfulReason.NoData);
            outcome.TryGetValue(out attainments[i]);
            reasons[i] = outcome.Reason;
            if (!outcome.IsMeaningful)
            {
                notMeaningful++;
            }
        }

        return notMeaningful;
    }

    /// <summary>
    /// Writes the attainment of each row, actual / target when higher is better and target / actual when lower is
    /// better, with the rule of <see cref="TargetEvaluation.Attainment"/>; vectorised where the hardware allows.
    /// </summary>
    /// <param name="actuals">The actuals; NaN for no data.</param>
    /// <param name="targets">The targets, one per actual; NaN for no target.</param>
    /// <param name="polarity">Higher is better (at-least targets) or lower is better (at-most targets).</param>
    /// <param name="attainments">
    /// Receives the attainments as fractions of one (1 is 100%); 0 where not meaningful, never NaN or infinite. May be
    /// the very memory of an input, but not part of it.
    /// </param>
    /// <param name="reasons">
    /// Receives <see cref="NotMeaningfulReason.None"/> where the attainment is meaningful, else why not: as for
    /// <c>decimal</c>, and besides <see cref="NotMeaningfulReason.NoData"/> for a NaN actual or target and
    /// <see cref="NotMeaningfulReason.OutOfRange"/> for an infinite input or a ratio beyond double's range.
    /// </param>
    /// <returns>The count of rows whose attainment is not meaningful, those without data included.</returns>
    /// <exception cref="ArgumentException">
    /// The spans differ in length, <paramref name="attainments"/> partly overlaps an input, or <paramref name="polarity"/> is within-band.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="polarity"/> is undefined.</exception>
    public static int Attainment(
        ReadOnlySpan<double> actuals,
        ReadOnlySpan<double> targets,
        Polarity polarity,
        Span<double> attainments,
        Span<NotMeaningfulReason> reasons)
    {
        EnsureLength(targets.Length, actuals.Length, nameof(targets));
        EnsureLength(attainments.Length, actuals.Length, nameof(attainments));
        EnsureLength(reasons.Length, actuals.Length, nameof(reasons));
        EnsureNoPartialOverlap(actuals, attainments, nameof(actuals));
        EnsureNoPartialOverlap(targets, attainments, nameof(targets));
        var higherIsBetter = EnsurePolarity(polarity);
        var i = 0;
        var notMeaningful = 0;
        if (Vector.IsHardwareAccelerated)
        {
            i = AttainmentVectors(actuals, targets, higherIsBetter, attainments, reasons, ref notMeaningful);
        }

        for (; i < actuals.Length; i++)
        {
            var reason = GoalRules.Attainment(higherIsBetter, actuals[i], targets[i], out attainments[i]);
            reasons[i] = reason;
            if (reason != NotMeaningfulReason.None)
            {
                notMeaningful++;
            }
        }

        return notMeaningful;
    }

    /// <summary>Evaluates one row as the double batch does, but throws on a bad target or actual.</summary>
    /// <param name="actual">The actual; NaN for no data.</param>
    /// <param name="target">The target; finite.</param>
    /// <param name="polarity">Higher is better (at least) or lower is better (at most).</param>
    /// <param name="tolerance">The tolerance; finite and not negative.</param>
    /// <param name="margin">The margin, positive when better; NaN for no data.</param>
    /// <returns>The status; never <see cref="TargetStatus.Invalid"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="polarity"/> is within-band, or the margin overflows to infinity.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The target is NaN or infinite, the actual is infinite, the tolerance is negative, NaN or infinite, or the
    /// polarity is undefined.
    /// </exception>
    public static TargetStatus EvaluateOne(double actual, double target, Polarity polarity, double tolerance, out double margin)
    {
        var sign = EnsurePolarity(polarity) ? 1.0 : -1.0;
        EnsureTolerance(tolerance);
        if (!double.IsFinite(target))
        {
            throw new ArgumentOutOfRangeException(nameof(target), target,
                string.Create(CultureInfo.InvariantCulture, $"A target must be a finite number; {target} was given."));
        }

        if (double.IsInfinity(actual))
        {
            throw new ArgumentOutOfRangeException(nameof(actual), actual,
                string.Create(CultureInfo.InvariantCulture, $"An actual must be finite, or NaN for no data; {actual} was given."));
        }

        var status = Row(actual, target, sign, tolerance, out margin);
        if (status == TargetStatus.Invalid)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The margin between the actual {actual} and the target {target} overflows a double."), nameof(actual));
        }

        return status;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TargetStatus Row(double actual, double target, double sign, double tolerance, out double margin)
    {
        var difference = (actual - target) * sign;
        if (!(Math.Abs(target) < double.PositiveInfinity) || Math.Abs(actual) == double.PositiveInfinity || Math.Abs(difference) == double.PositiveInfinity)
        {
            margin = double.NaN;
            return TargetStatus.Invalid;
        }

        margin = difference;
        if (double.IsNaN(actual))
        {
            return TargetStatus.NoData;
        }

        return difference > tolerance ? TargetStatus.Exceeded
            : difference < -tolerance ? TargetStatus.NotMet
            : difference < 0.0 ? TargetStatus.BasicallyMet
            : TargetStatus.Met;
    }

    // Evaluates whole blocks of Vector<byte>.Count rows (eight vectors of doubles, whose statuses narrow into one
    // vector of bytes) and returns the index of the first row left for the scalar tail.
    private static int EvaluateVectors(ReadOnlySpan<double> actuals, ReadOnlySpan<double> targets, double sign, double tolerance, Span<double> margins, Span<TargetStatus> statuses)
    {
        var width = Vector<double>.Count;
        var block = Vector<byte>.Count;
        ref var actual = ref MemoryMarshal.GetReference(actuals);
        ref var target = ref MemoryMarshal.GetReference(targets);
        ref var margin = ref MemoryMarshal.GetReference(margins);
        ref var status = ref Unsafe.As<TargetStatus, byte>(ref MemoryMarshal.GetReference(statuses));
        var constants = new VectorConstants(sign, tolerance);
        var i = 0;
        for (; i <= actuals.Length - block; i += block)
        {
            var offset = (nuint)i;
            var s0 = Block(ref actual, ref target, ref margin, offset, constants);
            var s1 = Block(ref actual, ref target, ref margin, offset + (nuint)width, constants);
            var s2 = Block(ref actual, ref target, ref margin, offset + (nuint)(2 * width), constants);
            var s3 = Block(ref actual, ref target, ref margin, offset + (nuint)(3 * width), constants);
            var s4 = Block(ref actual, ref target, ref margin, offset + (nuint)(4 * width), constants);
            var s5 = Block(ref actual, ref target, ref margin, offset + (nuint)(5 * width), constants);
            var s6 = Block(ref actual, ref target, ref margin, offset + (nuint)(6 * width), constants);
            var s7 = Block(ref actual, ref target, ref margin, offset + (nuint)(7 * width), constants);
            var low = Vector.Narrow(Vector.Narrow(s0, s1), Vector.Narrow(s2, s3));
            var high = Vector.Narrow(Vector.Narrow(s4, s5), Vector.Narrow(s6, s7));
            Vector.AsVectorByte(Vector.Narrow(low, high)).StoreUnsafe(ref status, offset);
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<long> Block(ref double actualStart, ref double targetStart, ref double marginStart, nuint offset, in VectorConstants c)
    {
        var actual = Vector.LoadUnsafe(ref actualStart, offset);
        var target = Vector.LoadUnsafe(ref targetStart, offset);
        var difference = (actual - target) * c.Sign;
        var invalid = Vector.OnesComplement(Vector.LessThan(Vector.Abs(target), c.Infinity))
            | Vector.Equals(Vector.Abs(actual), c.Infinity)
            | Vector.Equals(Vector.Abs(difference), c.Infinity);
        var noData = Vector.OnesComplement(Vector.Equals(actual, actual));
        Vector.ConditionalSelect(invalid, c.NaN, difference).StoreUnsafe(ref marginStart, offset);

        // Met is 2; a mask is −1 where true, so subtracting "above" makes 3 (exceeded) and adding "below" makes 1
        // (not met); short of the target within the tolerance adds 3, making 5 (basically met).
        var below = Vector.LessThan(difference, c.NegativeTolerance);
        var shortWithin = Vector.AndNot(Vector.LessThan(difference, Vector<double>.Zero), below);
        var status = c.Met - Vector.GreaterThan(difference, c.Tolerance) + below + (shortWithin & c.BasicallyMetStep);
        status = Vector.ConditionalSelect(noData, Vector<long>.Zero, status);
        return Vector.ConditionalSelect(invalid, c.Invalid, status);
    }

    // Whole vectors of rows; returns the index of the first row left for the scalar tail. Each chunk of rows either
    // branches on each vector (the common vector, every row meaningful, costs a division and four comparisons, and
    // one with a row that is not is classified) or classifies every vector without a branch, as ReasonLanes decides
    // from the rows of the chunk before.
    private static int AttainmentVectors(
        ReadOnlySpan<double> actuals, ReadOnlySpan<double> targets, bool higherIsBetter, Span<double> attainments, Span<NotMeaningfulReason> reasons, ref int notMeaningful)
    {
        var whole = actuals.Length - (actuals.Length % Vector<double>.Count);
        var branchFree = false;
        for (var from = 0; from < whole;)
        {
            var to = ReasonLanes.ChunkEnd(from, whole);
            var before = notMeaningful;
            if (branchFree)
            {
                AttainmentBranchFree(actuals, targets, higherIsBetter, attainments, reasons, from, to, ref notMeaningful);
            }
            else
            {
                AttainmentBranching(actuals, targets, higherIsBetter, attainments, reasons, from, to, ref notMeaningful);
            }

            branchFree = ReasonLanes.PreferBranchFree(whole, to - from, notMeaningful - before);
            from = to;
        }

        return whole;
    }

    private static void AttainmentBranching(
        ReadOnlySpan<double> actuals, ReadOnlySpan<double> targets, bool higherIsBetter, Span<double> attainments, Span<NotMeaningfulReason> reasons,
        int from, int to, ref int notMeaningful)
    {
        var width = Vector<double>.Count;
        ref var actual = ref MemoryMarshal.GetReference(actuals);
        ref var target = ref MemoryMarshal.GetReference(targets);
        ref var result = ref MemoryMarshal.GetReference(attainments);
        ref var reason = ref Unsafe.As<NotMeaningfulReason, byte>(ref MemoryMarshal.GetReference(reasons));
        for (var i = from; i < to; i += width)
        {
            var offset = (nuint)i;
            var a = Vector.LoadUnsafe(ref actual, offset);
            var t = Vector.LoadUnsafe(ref target, offset);
            var (ratio, meaningful) = Ratio(a, t, higherIsBetter);
            if (Vector.EqualsAll(meaningful, Vector<long>.AllBitsSet))
            {
                ratio.StoreUnsafe(ref result, offset);
                ReasonLanes.Clear(ref reason, i);
                continue;
            }

            var why = AttainmentReasons(a, t, meaningful, higherIsBetter);
            var none = Vector.Equals(why, Vector<long>.Zero);
            Vector.ConditionalSelect(none, ratio, Vector<double>.Zero).StoreUnsafe(ref result, offset);
            ReasonLanes.Store(ref reason, i, why);
            notMeaningful += width + (int)Vector.Sum(none);
        }
    }

    private static void AttainmentBranchFree(
        ReadOnlySpan<double> actuals, ReadOnlySpan<double> targets, bool higherIsBetter, Span<double> attainments, Span<NotMeaningfulReason> reasons,
        int from, int to, ref int notMeaningful)
    {
        var width = Vector<double>.Count;
        ref var actual = ref MemoryMarshal.GetReference(actuals);
        ref var target = ref MemoryMarshal.GetReference(targets);
        ref var result = ref MemoryMarshal.GetReference(attainments);
        ref var reason = ref Unsafe.As<NotMeaningfulReason, byte>(ref MemoryMarshal.GetReference(reasons));
        var meaningfulRows = Vector<long>.Zero;
        for (var i = from; i < to; i += width)
        {
            var offset = (nuint)i;
            var a = Vector.LoadUnsafe(ref actual, offset);
            var t = Vector.LoadUnsafe(ref target, offset);
            var (ratio, meaningful) = Ratio(a, t, higherIsBetter);
            var why = AttainmentReasons(a, t, meaningful, higherIsBetter);
            var none = Vector.Equals(why, Vector<long>.Zero);
            Vector.ConditionalSelect(none, ratio, Vector<double>.Zero).StoreUnsafe(ref result, offset);
            ReasonLanes.Store(ref reason, i, why);
            meaningfulRows -= none;
        }

        notMeaningful += to - from - (int)Vector.Sum(meaningfulRows);
    }

    // actual / target when higher is better, target / actual when lower is better, and whether each row's ratio is
    // meaningful: a NaN or infinite dividend makes the ratio NaN or infinite; a NaN, infinite, zero or negative divisor
    // fails the first two tests; when lower is better the dividend, a ceiling, must not be negative.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector<double> Ratio, Vector<long> Meaningful) Ratio(Vector<double> a, Vector<double> t, bool higherIsBetter)
    {
        var (n, d) = higherIsBetter ? (a, t) : (t, a);
        var ratio = n / d;
        var infinity = new Vector<double>(double.PositiveInfinity);
        var meaningful = Vector.GreaterThan(d, Vector<double>.Zero)
            & Vector.LessThan(d, infinity)
            & Vector.LessThan(Vector.Abs(ratio), infinity);
        return (ratio, higherIsBetter ? meaningful : meaningful & Vector.GreaterThanOrEqual(n, Vector<double>.Zero));
    }

    // Each row's reason, case by case in the order of GoalRules.Attainment, the last case that applies winning;
    // None where the ratio is meaningful.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<long> AttainmentReasons(Vector<double> a, Vector<double> t, Vector<long> meaningful, bool higherIsBetter)
    {
        var infinity = new Vector<double>(double.PositiveInfinity);
        var why = Vector.ConditionalSelect(meaningful, Vector<long>.Zero, new Vector<long>((long)NotMeaningfulReason.OutOfRange));
        if (higherIsBetter)
        {
            why = Vector.ConditionalSelect(Vector.Equals(t, Vector<double>.Zero), new Vector<long>((long)NotMeaningfulReason.ZeroTarget), why);
        }
        else
        {
            why = Vector.ConditionalSelect(Vector.LessThan(a, Vector<double>.Zero), new Vector<long>((long)NotMeaningfulReason.NegativeActual), why);
            why = Vector.ConditionalSelect(Vector.Equals(a, Vector<double>.Zero), new Vector<long>((long)NotMeaningfulReason.ZeroActual), why);
        }

        why = Vector.ConditionalSelect(Vector.LessThan(t, Vector<double>.Zero), new Vector<long>((long)NotMeaningfulReason.NegativeTarget), why);
        why = Vector.ConditionalSelect(
            Vector.Equals(Vector.Abs(a), infinity) | Vector.Equals(Vector.Abs(t), infinity), new Vector<long>((long)NotMeaningfulReason.OutOfRange), why);
        return Vector.ConditionalSelect(
            Vector.Equals(a, a) & Vector.Equals(t, t), why, new Vector<long>((long)NotMeaningfulReason.NoData));
    }

    private static void EnsureNoPartialOverlap(ReadOnlySpan<double> input, Span<double> destination, string paramName)
    {
        if (input.Overlaps(destination, out var offset) && offset != 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The attainments overlap this input at an offset of {offset} elements; use the same memory or none of it."), paramName);
        }
    }

    private static bool EnsurePolarity(Polarity polarity)
    {
        if (!Enum.IsDefined(polarity))
        {
            throw new ArgumentOutOfRangeException(nameof(polarity), polarity, $"Polarity {(int)polarity} is not defined.");
        }

        if (polarity == Polarity.WithinBand)
        {
            throw new ArgumentException(
                $"Batch evaluation takes one-sided targets, at least (HigherIsBetter) or at most (LowerIsBetter); {polarity} was given. Evaluate band targets one by one with TargetEvaluation.",
                nameof(polarity));
        }

        return polarity == Polarity.HigherIsBetter;
    }

    private static void EnsureTolerance(double tolerance)
    {
        if (!(tolerance >= 0.0) || double.IsInfinity(tolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance,
                string.Create(CultureInfo.InvariantCulture, $"A tolerance must be a finite number, not negative; {tolerance} was given."));
        }
    }

    private static void EnsureLength(int length, int actuals, string paramName)
    {
        if (length != actuals)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{paramName} has {length} elements but actuals has {actuals}; the spans must have the same length."),
                paramName);
        }
    }

    private readonly struct VectorConstants(double sign, double tolerance)
    {
        public readonly Vector<double> Sign = new(sign);
        public readonly Vector<double> Tolerance = new(tolerance);
        public readonly Vector<double> NegativeTolerance = new(-tolerance);
        public readonly Vector<double> Infinity = new(double.PositiveInfinity);
        public readonly Vector<double> NaN = new(double.NaN);
        public readonly Vector<long> Met = new((long)TargetStatus.Met);
        public readonly Vector<long> Invalid = new((long)TargetStatus.Invalid);
        public readonly Vector<long> BasicallyMetStep = new((long)TargetStatus.BasicallyMet - (long)TargetStatus.Met);
    }
}
