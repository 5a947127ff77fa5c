using De06Metrics.Text;

namespace De06Metrics.Composite;

/// <summary>
/// What a composite learned about one indicator across all units before normalising it: how many units have a value,
/// the lowest, highest and mean values, the sample standard deviation, and whether it could be normalised.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ComponentStatistics
{
    private readonly LocalizedText? reason;

    internal ComponentStatistics(CompositeComponent component, int count, decimal? minimum, decimal? maximum, decimal? mean, decimal? standardDeviation, LocalizedText? reason)
    {
        Component = component;
        Count = count;
        Minimum = minimum;
        Maximum = maximum;
        Mean = mean;
        StandardDeviation = standardDeviation;
        this.reason = reason;
    }

    /// <summary>The component.</summary>
    public CompositeComponent Component { get; }

    /// <summary>How many units have a value.</summary>
    public int Count { get; }

    /// <summary>The lowest value, or <see langword="null"/> without values.</summary>
    public decimal? Minimum { get; }

    /// <summary>The highest value, or <see langword="null"/> without values.</summary>
    public decimal? Maximum { get; }

    /// <summary>The arithmetic mean, or <see langword="null"/> without values.</summary>
    public decimal? Mean { get; }

    /// <summary>The sample standard deviation (divisor n − 1, as R's <c>sd</c>), or <see langword="null"/> with fewer than two values.</summary>
    public decimal? StandardDeviation { get; }

    /// <summary>Whether the indicator could be normalised; when not, no unit's value of it counts.</summary>
    public bool IsNormalisable => reason is null;

    /// <summary>Why the indicator could not be normalised, or <see langword="null"/> when it could.</summary>
    public LocalizedText? Reason => reason;

    /// <summary>Why the indicator could not be normalised, written in any language; <see langword="null"/> when it could.</summary>
    internal LocalizedText? Why => reason;

    internal static ComponentStatistics Compute(CompositeComponent component, Normalisation normalisation, IndicatorTable table)
    {
        var column = table.ColumnOf(component.Code);
        var cells = new decimal?[table.Units.Count];
        for (var row = 0; row < cells.Length; row++)
        {
            cells[row] = table.Cell(row, column);
        }

        return Compute(component, normalisation, cells);
    }

    /// <summary>The statistics of one column of values (one per unit, <see langword="null"/> where missing).</summary>
    internal static ComponentStatistics Compute(CompositeComponent component, Normalisation normalisation, decimal?[] cells) =>
        Compute(component, normalisation, cells, new decimal[cells.Length]);

    /// <summary>
    /// The statistics of one column of values, using <paramref name="scratch"/> (at least as long as the column) to sort
    /// them, so that a computation over many columns can lend one buffer to all.
    /// </summary>
    internal static ComponentStatistics Compute(CompositeComponent component, Normalisation normalisation, decimal?[] cells, decimal[] scratch)
    {
        var count = 0;
        foreach (var cell in cells)
        {
            if (cell is { } value)
            {
                scratch[count++] = value;
            }
        }

        var values = scratch.AsSpan(0, count);
        decimal? mean;
        decimal? standardDeviation;
        if (TryExactMoments(values, out var minimum, out var maximum, out var sum, out var squares))
        {
            // Every sum exact, so in any order the same: the mean and the spread n·Σx² − (Σx)² are rounded once each.
            mean = count > 0 ? sum / count : null;
            standardDeviation = count >= 2 ? ExactStandardDeviation(values, count, sum, squares) : null;
        }
        else
        {
            // A sum of decimals rounds once it passes 28 significant digits, so the values are added in ascending order:
            // the statistics, and so every unit's score, do not depend on the order of the table's rows.
            values.Sort();
            minimum = count > 0 ? values[0] : 0m;
            maximum = count > 0 ? values[^1] : 0m;
            sum = 0m;
            foreach (var value in values)
            {
                sum += value;
            }

            mean = count > 0 ? sum / count : null;
            standardDeviation = count >= 2 ? SampleStandardDeviation(values, mean!.Value) : null;
        }

        var reason = normalisation.WhyNotNormalisable(component, count, minimum, maximum, standardDeviation);
        return count == 0
            ? new(component, 0, null, null, null, null, reason)
            : new(component, count, minimum, maximum, mean, standardDeviation, reason);
    }

    /// <summary>
    /// The extremes, Σx and Σx² of the values in their own order, when no addition or square rounds (the common case of
    /// figures with a few decimals); <see langword="false"/> as soon as one would, or passes decimal's range.
    /// </summary>
    private static bool TryExactMoments(ReadOnlySpan<decimal> values, out decimal minimum, out decimal maximum, out decimal sum, out decimal squares)
    {
        minimum = values.Length > 0 ? values[0] : 0m;
        maximum = minimum;
        sum = 0m;
        squares = 0m;
        try
        {
            foreach (var value in values)
            {
                minimum = Math.Min(minimum, value);
                maximum = Math.Max(maximum, value);
                var square = value * value;
                var nextSum = sum + value;
                var nextSquares = squares + square;
                // An exact product has the scales' sum, an exact sum the larger scale; anything less was rounded.
                if (square.Scale != 2 * value.Scale
                    || nextSum.Scale != Math.Max(sum.Scale, value.Scale)
                    || nextSquares.Scale != Math.Max(squares.Scale, square.Scale))
                {
                    return false;
                }

                (sum, squares) = (nextSum, nextSquares);
            }

            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>
    /// √((n·Σx² − (Σx)²) / (n(n − 1))) from exact sums; by the sorted path when the spread's own products would round.
    /// </summary>
    private static decimal ExactStandardDeviation(Span<decimal> values, int count, decimal sum, decimal squares)
    {
        try
        {
            var scaledSquares = count * squares;
            var sumSquared = sum * sum;
            if (scaledSquares.Scale == squares.Scale && sumSquared.Scale == 2 * sum.Scale)
            {
                var spread = scaledSquares - sumSquared;
                if (spread.Scale == Math.Max(scaledSquares.Scale, sumSquared.Scale))
                {
                    return DecimalMath.Sqrt(Math.Max(0m, spread) / ((decimal)count * (count - 1)));
                }
            }
        }
        catch (OverflowException)
        {
        }

        values.Sort();
        return SampleStandardDeviation(values, sum / count);
    }

    private static decimal SampleStandardDeviation(ReadOnlySpan<decimal> values, decimal mean)
    {
        try
        {
            var squares = 0m;
            foreach (var value in values)
            {
                var deviation = value - mean;
                squares += deviation * deviation;
            }

            return DecimalMath.Sqrt(squares / (values.Length - 1));
        }
        catch (OverflowException)
        {
            // A deviation past 2,8 × 10^14 (money in đồng) squares past decimal's range: divide the deviations by the
            // largest one first, so that no square passes 1, and scale the result back.
            var scale = 0m;
            foreach (var value in values)
            {
                scale = Math.Max(scale, Math.Abs(value - mean));
            }

            var squares = 0m;
            foreach (var value in values)
            {
                var share = (value - mean) / scale;
                squares += share * share;
            }

            return scale * DecimalMath.Sqrt(squares / (values.Length - 1));
        }
    }
}
