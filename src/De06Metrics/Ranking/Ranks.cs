using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using De06Metrics.Measures;

namespace De06Metrics.Ranking;

/// <summary>
/// Ranks a span of values: the best value (by the indicator's <see cref="Measures.Polarity"/>) ranks 1, ties share
/// ranks by a <see cref="TieMethod"/>, missing values are kept unranked or placed first or last. For the same values
/// and options the ranks equal pandas' <c>Series.rank</c>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Missing values.</b> The <see cref="decimal"/> APIs take <see cref="Nullable{T}"/> values: <see langword="null"/>
/// is missing, and an unranked result is <see langword="null"/>. The <see cref="double"/> APIs are the fast batch
/// path: there NaN is missing, and under <see cref="MissingPlacement.Keep"/> its rank is NaN, exactly as pandas
/// writes it. Positive and negative infinity are values, ranked like any other. <c>-0.0</c> ties with <c>0.0</c>.
/// </para>
/// <para>
/// <b>Tolerance.</b> Ties within <see cref="RankOptions.Tolerance"/> are found by chaining, as described there.
/// </para>
/// <para>
/// <b>Speed.</b> The <see cref="double"/> overloads sort with a stable radix sort of the values' bit patterns, linear
/// in the count, using caller-supplied scratch (see <see cref="ScratchLength"/>) or scratch rented from
/// <see cref="ArrayPool{T}.Shared"/>; they allocate nothing per element. The <see cref="decimal"/> overloads use a
/// comparison sort on pooled arrays. All methods are thread-safe; a scratch span must not be shared between threads.
/// </para>
/// </remarks>
public static class Ranks
{
    private const int HistogramUlongs = RadixSort.HistogramLength / 2;

    /// <summary>
    /// The length of the scratch span that <see cref="Compute(ReadOnlySpan{double}, Span{double}, RankOptions, Span{ulong})"/>
    /// needs for <paramref name="count"/> values: three 64-bit words per value plus a fixed histogram.
    /// </summary>
    /// <param name="count">The number of values, not negative.</param>
    /// <returns>The scratch length in elements.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or too large.</exception>
    public static int ScratchLength(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var length = (3L * count) + HistogramUlongs;
        return length <= Array.MaxLength
            ? (int)length
            : throw new ArgumentOutOfRangeException(nameof(count), count, $"Cannot rank {count} values in one span: the scratch would exceed the largest array.");
    }

    /// <summary>
    /// Ranks doubles into a new array. NaN is a missing value (see the class remarks). Whole-number literals choose
    /// this overload: <c>Ranks.Compute([90, 85, 85, 70], options)</c> gives a <see cref="double"/> array.
    /// </summary>
    /// <param name="values">The values; NaN is missing.</param>
    /// <param name="options">How to rank.</param>
    /// <returns>The rank of each value, at the same index; NaN for a missing value kept unranked.</returns>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public static double[] Compute(ReadOnlySpan<double> values, RankOptions options)
    {
        var ranks = new double[values.Length];
        Compute(values, ranks, options);
        return ranks;
    }

    /// <summary>
    /// Ranks doubles into a caller's span, with scratch rented from <see cref="ArrayPool{T}.Shared"/>.
    /// NaN is a missing value (see the class remarks).
    /// </summary>
    /// <param name="values">The values; NaN is missing.</param>
    /// <param name="ranks">Receives the rank of each value, at the same index; as long as <paramref name="values"/>.</param>
    /// <param name="options">How to rank.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="ranks"/> differs in length from <paramref name="values"/>.
    /// </exception>
    public static void Compute(ReadOnlySpan<double> values, Span<double> ranks, RankOptions options)
    {
        CheckLengths(values.Length, ranks.Length, nameof(ranks));
        var scratch = ArrayPool<ulong>.Shared.Rent(ScratchLength(values.Length));
        try
        {
            RankDoubles(values, ranks, options, scratch);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(scratch);
        }
    }

    /// <summary>
    /// Ranks doubles into a caller's span using the caller's scratch, allocating nothing.
    /// NaN is a missing value (see the class remarks).
    /// </summary>
    /// <param name="values">The values; NaN is missing.</param>
    /// <param name="ranks">Receives the rank of each value, at the same index; as long as <paramref name="values"/>.</param>
    /// <param name="options">How to rank.</param>
    /// <param name="scratch">Working memory of at least <see cref="ScratchLength"/>(<c>values.Length</c>) elements; its contents are overwritten.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="ranks"/> differs in length from <paramref name="values"/>, or <paramref name="scratch"/> is too
    /// short.
    /// </exception>
    public static void Compute(ReadOnlySpan<double> values, Span<double> ranks, RankOptions options, Span<ulong> scratch)
    {
        CheckLengths(values.Length, ranks.Length, nameof(ranks));
        var needed = ScratchLength(values.Length);
        if (scratch.Length < needed)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The scratch holds {scratch.Length} elements but ranking {values.Length} values needs {needed} (Ranks.ScratchLength)."),
                nameof(scratch));
        }

        RankDoubles(values, ranks, options, scratch);
    }

    /// <summary>Ranks decimals that may be missing (<see langword="null"/>) into a new array.</summary>
    /// <param name="values">The values; <see langword="null"/> is missing.</param>
    /// <param name="options">How to rank.</param>
    /// <returns>
    /// The rank of each value, at the same index; <see langword="null"/> for a missing value kept unranked. A rank
    /// divided by the field (<see cref="RankOptions.AsFraction"/>) is rounded to <see cref="decimal"/>'s 28 digits
    /// when the division does not end (1/3).
    /// </returns>
    public static decimal?[] Compute(ReadOnlySpan<decimal?> values, RankOptions options)
    {
        var ranks = new decimal?[values.Length];
        Compute(values, ranks, options);
        return ranks;
    }

    /// <summary>Ranks decimals that may be missing (<see langword="null"/>) into a caller's span.</summary>
    /// <param name="values">The values; <see langword="null"/> is missing.</param>
    /// <param name="ranks">Receives the rank of each value (<see langword="null"/> when unranked); as long as <paramref name="values"/>.</param>
    /// <param name="options">How to rank.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="ranks"/> differs in length from <paramref name="values"/>.
    /// </exception>
    public static void Compute(ReadOnlySpan<decimal?> values, Span<decimal?> ranks, RankOptions options)
    {
        CheckLengths(values.Length, ranks.Length, nameof(ranks));
        var n = values.Length;
        var keys = ArrayPool<decimal>.Shared.Rent(n);
        var indices = ArrayPool<int>.Shared.Rent(n);
        try
        {
            var present = 0;
            var missingCount = 0;
            for (var i = 0; i < n; i++)
            {
                if (values[i] is { } value)
                {
                    keys[present] = value;
                    indices[present++] = i;
                }
                else
                {
                    indices[n - 1 - missingCount++] = i;
                }
            }

            var writer = new NullableDecimalWriter(ranks);
            RankDecimals(keys, indices, n, present, options, ref writer);
        }
        finally
        {
            ArrayPool<decimal>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(indices);
        }
    }

    /// <summary>Ranks decimals, none of them missing, into a new array.</summary>
    /// <param name="values">The values.</param>
    /// <param name="options">How to rank; the missing-value placement has nothing to place.</param>
    /// <returns>The rank of each value, at the same index.</returns>
    public static decimal[] Compute(ReadOnlySpan<decimal> values, RankOptions options)
    {
        var ranks = new decimal[values.Length];
        Compute(values, ranks, options);
        return ranks;
    }

    /// <summary>Ranks decimals, none of them missing, into a caller's span.</summary>
    /// <param name="values">The values.</param>
    /// <param name="ranks">Receives the rank of each value; as long as <paramref name="values"/>.</param>
    /// <param name="options">How to rank; the missing-value placement has nothing to place.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="ranks"/> differs in length from <paramref name="values"/>.
    /// </exception>
    public static void Compute(ReadOnlySpan<decimal> values, Span<decimal> ranks, RankOptions options)
    {
        CheckLengths(values.Length, ranks.Length, nameof(ranks));
        var n = values.Length;
        var keys = ArrayPool<decimal>.Shared.Rent(n);
        var indices = ArrayPool<int>.Shared.Rent(n);
        try
        {
            values.CopyTo(keys);
            for (var i = 0; i < n; i++)
            {
                indices[i] = i;
            }

            var writer = new DecimalWriter(ranks);
            RankDecimals(keys, indices, n, n, options, ref writer);
        }
        finally
        {
            ArrayPool<decimal>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(indices);
        }
    }

    /// <summary>
    /// Ranks units by score with standard competition ranking ("1224": ties share the best place), giving each its
    /// <see cref="FieldRank"/>; units with a missing score are listed as unranked.
    /// </summary>
    /// <typeparam name="TKey">The unit id, such as a province code.</typeparam>
    /// <param name="scores">Each unit's id and score; a <see langword="null"/> score is missing.</param>
    /// <param name="polarity">Which direction of the score is better; not <see cref="Polarity.WithinBand"/>.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id occurs twice, or <paramref name="polarity"/> is <see cref="Polarity.WithinBand"/>.</exception>
    public static UnitRanking<TKey> ByUnit<TKey>(IEnumerable<KeyValuePair<TKey, decimal?>> scores, Polarity polarity)
        where TKey : notnull =>
        ByUnit(scores, new RankOptions(polarity, TieMethod.Min), EqualityComparer<TKey>.Default);

    /// <summary>Ranks units by score with the given options.</summary>
    /// <typeparam name="TKey">The unit id, such as a province code.</typeparam>
    /// <param name="scores">Each unit's id and score; a <see langword="null"/> score is missing.</param>
    /// <param name="options">How to rank; the tie method must give whole ranks and <see cref="RankOptions.AsFraction"/> must be off.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id occurs twice, or the options do not give whole ranks.</exception>
    public static UnitRanking<TKey> ByUnit<TKey>(IEnumerable<KeyValuePair<TKey, decimal?>> scores, RankOptions options)
        where TKey : notnull =>
        ByUnit(scores, options, EqualityComparer<TKey>.Default);

    /// <summary>Ranks units by score with the given options and id comparer.</summary>
    /// <typeparam name="TKey">The unit id, such as a province code.</typeparam>
    /// <param name="scores">Each unit's id and score; a <see langword="null"/> score is missing.</param>
    /// <param name="options">How to rank; the tie method must give whole ranks and <see cref="RankOptions.AsFraction"/> must be off.</param>
    /// <param name="comparer">Compares ids, for example <see cref="StringComparer.OrdinalIgnoreCase"/>.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> or <paramref name="comparer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id occurs twice, or the options do not give whole ranks.</exception>
    public static UnitRanking<TKey> ByUnit<TKey>(IEnumerable<KeyValuePair<TKey, decimal?>> scores, RankOptions options, IEqualityComparer<TKey> comparer)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(comparer);
        if (options.Ties == TieMethod.Average || options.AsFraction)
        {
            throw new ArgumentException(
                $"A field rank is a whole place, but the options ({options}) give fractional ranks; use TieMethod.Min, Max, First or Dense without AsFraction.",
                nameof(options));
        }

        var units = scores.ToArray();
        var seen = new HashSet<TKey>(comparer);
        foreach (var unit in units)
        {
            if (!seen.Add(unit.Key))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The unit id '{unit.Key}' occurs more than once in the scores."),
                    nameof(scores));
            }
        }

        var keys = new TKey[units.Length];
        var values = new decimal?[units.Length];
        for (var i = 0; i < units.Length; i++)
        {
            keys[i] = units[i].Key;
            values[i] = units[i].Value;
        }

        return ByDistinctUnits(keys, values, options, comparer, out _);
    }

    /// <summary>
    /// Ranks units already known to be distinct (a table's rows), and gives each one's place by its index as well, so
    /// that a caller holding the units in that order need not look each one up.
    /// </summary>
    /// <param name="keys">The units, each once.</param>
    /// <param name="values">Each unit's score, by the same index; <see langword="null"/> where missing.</param>
    /// <param name="options">How to rank; whole ranks only (checked by the caller).</param>
    /// <param name="comparer">Compares ids.</param>
    /// <param name="byIndex">Each unit's place, by index; <see langword="null"/> where it has no score.</param>
    internal static UnitRanking<TKey> ByDistinctUnits<TKey>(IReadOnlyList<TKey> keys, decimal?[] values, RankOptions options, IEqualityComparer<TKey> comparer, out FieldRank?[] byIndex)
        where TKey : notnull
    {
        var positions = Ranks.Compute(values, options);
        var fieldSize = 0;
        foreach (var position in positions)
        {
            fieldSize += position.HasValue ? 1 : 0;
        }

        // Best place first, then the input order: one sort of packed (place, index) keys.
        var order = new long[fieldSize];
        var unranked = new List<TKey>();
        byIndex = new FieldRank?[values.Length];
        var next = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (positions[i] is { } position)
            {
                order[next++] = ((long)position << 32) | (uint)i;
                byIndex[i] = new FieldRank((int)position, fieldSize);
            }
            else
            {
                unranked.Add(keys[i]);
            }
        }

        Array.Sort(order);
        var inOrder = new KeyValuePair<TKey, FieldRank>[fieldSize];
        for (var k = 0; k < inOrder.Length; k++)
        {
            var index = (int)(order[k] & uint.MaxValue);
            inOrder[k] = KeyValuePair.Create(keys[index], byIndex[index]!.Value);
        }

        var dictionary = new Dictionary<TKey, FieldRank>(inOrder, comparer);
        return new UnitRanking<TKey>(dictionary, inOrder, [.. unranked], fieldSize);
    }

    /// <summary>
    /// Ranks doubles through a comparison sort (<see cref="Array.Sort{TKey, TValue}(TKey[], TValue[], int, int)"/>),
    /// the plain reference the radix path is tested against.
    /// </summary>
    internal static void ComputeByComparison(ReadOnlySpan<double> values, Span<double> ranks, RankOptions options)
    {
        CheckLengths(values.Length, ranks.Length, nameof(ranks));
        var n = values.Length;
        var keys = new double[n];
        var indices = new int[n];
        var present = 0;
        var missingCount = 0;
        for (var i = 0; i < n; i++)
        {
            if (double.IsNaN(values[i]))
            {
                indices[n - 1 - missingCount++] = i;
            }
            else
            {
                keys[present] = values[i];
                indices[present++] = i;
            }
        }

        SortStable(keys, indices, present);
        var missing = indices.AsSpan(present, missingCount);
        missing.Reverse();
        var sorted = new SortedDoubles(keys.AsSpan(0, present), indices.AsSpan(0, present), (double)options.Tolerance);
        var writer = new DoubleWriter(ranks);
        RankAssigner.Assign(ref sorted, missing, options, ref writer);
    }

    private static void RankDoubles(ReadOnlySpan<double> values, Span<double> ranks, RankOptions options, Span<ulong> scratch)
    {
        var tolerance = (double)options.Tolerance;
        var n = values.Length;
        var keys = scratch[..n];
        var keysBuffer = scratch.Slice(n, n);
        var allIndices = MemoryMarshal.Cast<ulong, int>(scratch.Slice(2 * n, n));
        var indices = allIndices[..n];
        var indicesBuffer = allIndices.Slice(n, n);
        var histogram = MemoryMarshal.Cast<ulong, int>(scratch.Slice(3 * n, HistogramUlongs));

        // Missing indices fill the end of the second index buffer backwards; the sort only uses its front.
        var present = RadixSort.ToKeys(values, keys, indices, indicesBuffer, out var min, out var max);
        var missingCount = n - present;
        var inBuffer = RadixSort.Sort(keys[..present], indices[..present], keysBuffer[..present], indicesBuffer[..present], histogram, min, max);
        var missing = indicesBuffer.Slice(present, missingCount);
        missing.Reverse();
        var sorted = new SortedKeys(
            inBuffer ? keysBuffer[..present] : keys[..present],
            inBuffer ? indicesBuffer[..present] : indices[..present],
            tolerance);
        var writer = new DoubleWriter(ranks);
        RankAssigner.Assign(ref sorted, missing, options, ref writer);
    }

    private static void RankDecimals<TWriter>(decimal[] keys, int[] indices, int count, int present, RankOptions options, ref TWriter writer)
        where TWriter : IRankWriter, allows ref struct
    {
        SortDecimalsStable(keys, indices, present);
        var missing = indices.AsSpan(present, count - present);
        missing.Reverse();
        var sorted = new SortedDecimals(keys.AsSpan(0, present), indices.AsSpan(0, present), options.Tolerance);
        RankAssigner.Assign(ref sorted, missing, options, ref writer);
    }

    /// <summary>Sorts keys with their indices, then puts each run of equal keys back in input order.</summary>
    private static void SortStable<T>(T[] keys, int[] indices, int count)
    {
        Array.Sort(keys, indices, 0, count);
        RestoreInputOrderOfTies(keys, indices, count);
    }

    /// <summary>
    /// Sorts decimal keys with their indices, exactly and stably. Comparing decimals of different scales is slow, so
    /// the keys are first sorted by their nearest doubles: that order is the decimals' own wherever neighbouring doubles
    /// lie further apart than the conversion can err (a few units in the last place, far below the relative gap of
    /// 10⁻¹² used here). Each run of doubles closer than that is then sorted by the decimals themselves.
    /// </summary>
    private static void SortDecimalsStable(decimal[] keys, int[] indices, int count)
    {
        if (count < 2)
        {
            return;
        }

        var nearest = ArrayPool<double>.Shared.Rent(count);
        var order = ArrayPool<int>.Shared.Rent(count);
        var keysInOrder = ArrayPool<decimal>.Shared.Rent(count);
        var indicesInOrder = ArrayPool<int>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                nearest[i] = (double)keys[i];
                order[i] = i;
            }

            Array.Sort(nearest, order, 0, count);
            for (var k = 0; k < count; k++)
            {
                keysInOrder[k] = keys[order[k]];
                indicesInOrder[k] = indices[order[k]];
            }

            keysInOrder.AsSpan(0, count).CopyTo(keys);
            indicesInOrder.AsSpan(0, count).CopyTo(indices);
            var start = 0;
            for (var k = 1; k <= count; k++)
            {
                if (k == count || nearest[k] - nearest[k - 1] > 1e-12 * Math.Max(Math.Abs(nearest[k]), Math.Abs(nearest[k - 1])))
                {
                    if (k - start > 1)
                    {
                        Array.Sort(keys, indices, start, k - start);
                    }

                    start = k;
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(nearest);
            ArrayPool<int>.Shared.Return(order);
            ArrayPool<decimal>.Shared.Return(keysInOrder);
            ArrayPool<int>.Shared.Return(indicesInOrder);
        }

        RestoreInputOrderOfTies(keys, indices, count);
    }

    /// <summary>Puts each run of equal keys of a sorted array back in input order (ascending indices).</summary>
    private static void RestoreInputOrderOfTies<T>(T[] keys, int[] indices, int count)
    {
        var comparer = Comparer<T>.Default;
        var start = 0;
        for (var i = 1; i <= count; i++)
        {
            if (i == count || comparer.Compare(keys[i], keys[start]) != 0)
            {
                if (i - start > 1)
                {
                    Array.Sort(indices, start, i - start);
                }

                start = i;
            }
        }
    }

    internal static bool WithinTolerance(decimal lower, decimal upper, decimal tolerance) =>
        lower < 0 && upper > 0
            ? upper <= lower + tolerance // the difference could overflow; lower + tolerance cannot
            : upper - lower <= tolerance;

    private static void CheckLengths(int valueCount, int rankCount, string paramName)
    {
        if (valueCount != rankCount)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The ranks span has length {rankCount} but there are {valueCount} values; they must be equal."),
                paramName);
        }
    }

    private readonly ref struct SortedKeys(ReadOnlySpan<ulong> keys, ReadOnlySpan<int> indices, double tolerance) : ISortedValues
    {
        private readonly ReadOnlySpan<ulong> keys = keys;
        private readonly ReadOnlySpan<int> indices = indices;

        public int Count => keys.Length;

        public int IndexAt(int position) => indices[position];

        public bool TiesWithPrevious(int position)
        {
            var key = keys[position];
            var previous = keys[position - 1];
            return key == previous
                || (tolerance > 0 && RadixSort.FromKey(key) - RadixSort.FromKey(previous) <= tolerance);
        }
    }

    private readonly ref struct SortedDoubles(ReadOnlySpan<double> keys, ReadOnlySpan<int> indices, double tolerance) : ISortedValues
    {
        private readonly ReadOnlySpan<double> keys = keys;
        private readonly ReadOnlySpan<int> indices = indices;

        public int Count => keys.Length;

        public int IndexAt(int position) => indices[position];

        public bool TiesWithPrevious(int position)
        {
            var value = keys[position];
            var previous = keys[position - 1];
            return value == previous || (tolerance > 0 && value - previous <= tolerance);
        }
    }

    private readonly ref struct SortedDecimals(ReadOnlySpan<decimal> keys, ReadOnlySpan<int> indices, decimal tolerance) : ISortedValues
    {
        private readonly ReadOnlySpan<decimal> keys = keys;
        private readonly ReadOnlySpan<int> indices = indices;

        public int Count => keys.Length;

        public int IndexAt(int position) => indices[position];

        public bool TiesWithPrevious(int position)
        {
            var value = keys[position];
            var previous = keys[position - 1];
            return value == previous || (tolerance > 0 && WithinTolerance(previous, value, tolerance));
        }
    }

    private readonly ref struct DoubleWriter(Span<double> ranks) : IRankWriter
    {
        private readonly Span<double> ranks = ranks;

        public void Write(int index, long doubledRank, long divisor)
        {
            var rank = doubledRank * 0.5;
            ranks[index] = divisor == 1 ? rank : rank / divisor;
        }

        public void WriteMissing(int index) => ranks[index] = double.NaN;
    }

    private readonly ref struct NullableDecimalWriter(Span<decimal?> ranks) : IRankWriter
    {
        private readonly Span<decimal?> ranks = ranks;

        public void Write(int index, long doubledRank, long divisor)
        {
            var rank = doubledRank / 2m;
            ranks[index] = divisor == 1 ? rank : rank / divisor;
        }

        public void WriteMissing(int index) => ranks[index] = null;
    }

    private readonly ref struct DecimalWriter(Span<decimal> ranks) : IRankWriter
    {
        private readonly Span<decimal> ranks = ranks;

        public void Write(int index, long doubledRank, long divisor)
        {
            var rank = doubledRank / 2m;
            ranks[index] = divisor == 1 ? rank : rank / divisor;
        }

        public void WriteMissing(int index) =>
            throw new InvalidOperationException("A decimal without a missing value was reported missing.");
    }
}
