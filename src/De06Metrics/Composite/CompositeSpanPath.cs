using System.Buffers;
using System.Globalization;
using De06Metrics.Measures;
using De06Metrics.Ranking;

namespace De06Metrics.Composite;

/// <summary>
/// The fast path of <see cref="CompositeIndex.Compute(ReadOnlySpan{double}, int, Span{double})"/>: normalises and
/// aggregates a column-major matrix in <see cref="double"/>, allocation-free per element.
/// </summary>
internal static class CompositeSpanPath
{
    internal static void Compute(CompositeIndex index, ReadOnlySpan<double> values, int unitCount, Span<double> composites)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(unitCount);
        var componentCount = index.Components.Count;
        if (values.Length != (long)unitCount * componentCount)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The values must hold {unitCount} units × {componentCount} components = {(long)unitCount * componentCount} numbers; {values.Length} were given."),
                nameof(values));
        }

        if (composites.Length != unitCount)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The composites must hold one number per unit, {unitCount}; its length is {composites.Length}."),
                nameof(composites));
        }

        var byRank = index.Normalisation.Method == NormalisationMethod.PercentileRank;
        var scratch = ArrayPool<double>.Shared.Rent((byRank ? 3 : 2) * unitCount);
        var rankScratch = byRank ? ArrayPool<ulong>.Shared.Rent(Ranks.ScratchLength(unitCount)) : null;
        var byWeight = index.MinimumCoverage.Basis == CoverageBasis.ShareOfWeight;
        var normalisable = byWeight ? ArrayPool<bool>.Shared.Rent(componentCount) : null;
        try
        {
            var weightSums = scratch.AsSpan(0, unitCount);
            var counts = scratch.AsSpan(unitCount, unitCount);
            var ranks = byRank ? scratch.AsSpan(2 * unitCount, unitCount) : default;
            weightSums.Clear();
            counts.Clear();
            composites.Clear();
            for (var j = 0; j < componentCount; j++)
            {
                var column = values.Slice(j * unitCount, unitCount);
                var mapped = TryLinearMap(index, j, column, out var origin, out var slope, out var offset, out var infiniteAt, out var beyondRange);
                if (infiniteAt >= 0)
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"values[{(j * unitCount) + infiniteAt}] (component '{index.Components[j].Code}', unit {infiniteAt}) is {column[infiniteAt]}; NaN marks a missing value and infinity is not a value."),
                        nameof(values));
                }

                if (beyondRange is not null)
                {
                    throw new ArgumentException(beyondRange, nameof(values));
                }

                if (normalisable is not null)
                {
                    normalisable[j] = mapped;
                }

                if (!mapped)
                {
                    continue;
                }

                if (byRank)
                {
                    // The percentile rank is a linear map of the rank from the worst value: (r − 1) · 100 / (n − 1).
                    Ranks.Compute(column, ranks, CompositeComputation.FromWorst(index.Components[j]), rankScratch);
                    column = ranks;
                }

                var cap = index.Normalisation.CapsAtTarget ? (double)Normalisation.DistanceToTargetScale : double.PositiveInfinity;
                Accumulate(index, column, origin, slope, offset, cap, (double)index.Components[j].Weight, composites, weightSums, counts);
            }

            var totalWeight = (double)index.TotalWeight;
            var share = (double)index.MinimumCoverage.Share;
            var leastCount = LeastCountMeetingCoverage(index);
            for (var i = 0; i < unitCount; i++)
            {
                if (counts[i] == 0 || weightSums[i] == 0 || !(byWeight ? MeetsWeightShare(index, i, weightSums[i] / totalWeight, share, values, unitCount, normalisable!) : counts[i] >= leastCount))
                {
                    composites[i] = double.NaN;
                    continue;
                }

                var sum = composites[i];
                composites[i] = index.Aggregation switch
                {
                    AggregationMethod.WeightedArithmeticMean => sum / weightSums[i],
                    AggregationMethod.WeightedGeometricMean => Math.Exp(sum / weightSums[i]),
                    _ => weightSums[i] / sum,
                };
                if (double.IsInfinity(sum) || double.IsInfinity(composites[i]))
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"The composite of unit {i} passes the range of double (±1,8 × 10^308): its weighted sum is {sum}; the normalised values are too large for the span path."),
                        nameof(values));
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scratch);
            if (rankScratch is not null)
            {
                ArrayPool<ulong>.Shared.Return(rankScratch);
            }

            if (normalisable is not null)
            {
                ArrayPool<bool>.Shared.Return(normalisable);
            }
        }
    }

    /// <summary>
    /// The fewest indicators whose share meets a minimum share of indicators, decided in <see cref="decimal"/> as the
    /// decimal path decides it: 2 of 3 meets 2/3, though (double)(2m/3m) is a little above 2.0/3.
    /// </summary>
    private static int LeastCountMeetingCoverage(CompositeIndex index)
    {
        var count = index.Components.Count;
        for (var used = 0; used <= count; used++)
        {
            if (index.MinimumCoverage.IsMetBy((decimal)used / count, 0m))
            {
                return used;
            }
        }

        return count + 1;
    }

    /// <summary>
    /// Whether a unit's usable weight meets a minimum share of weight. The double sum of weights decides unless it lies
    /// within 10⁻⁹ of the minimum; then the unit's usable weights are added again in <see cref="decimal"/>, exactly as
    /// the decimal path adds them, so that a share equal to the minimum meets it on both paths.
    /// </summary>
    private static bool MeetsWeightShare(CompositeIndex index, int unit, double covered, double share, ReadOnlySpan<double> values, int unitCount, bool[] normalisable)
    {
        if (Math.Abs(covered - share) > 1e-9)
        {
            return covered > share;
        }

        var usedWeight = 0m;
        for (var j = 0; j < index.Components.Count; j++)
        {
            if (normalisable[j] && !double.IsNaN(values[(j * unitCount) + unit]))
            {
                usedWeight += index.Components[j].Weight;
            }
        }

        return index.MinimumCoverage.IsMetBy(0m, usedWeight / index.TotalWeight);
    }

    /// <summary>
    /// The statistics of one column and the map x ↦ (x − origin) · slope + offset that normalises it; every method is
    /// such a map before its cap, percentile ranks a map of the rank from the worst value rather than of the value.
    /// <see langword="false"/> when the column cannot be normalised.
    /// </summary>
    private static bool TryLinearMap(CompositeIndex index, int component, ReadOnlySpan<double> column, out double origin, out double slope, out double offset, out int infiniteAt, out string? beyondRange)
    {
        origin = slope = offset = 0;
        infiniteAt = -1;
        beyondRange = null;
        int count = 0;
        double minimum = double.PositiveInfinity, maximum = double.NegativeInfinity, sum = 0;
        for (var i = 0; i < column.Length; i++)
        {
            var x = column[i];
            if (double.IsNaN(x))
            {
                continue;
            }

            if (double.IsInfinity(x))
            {
                infiniteAt = i;
                return false;
            }

            minimum = Math.Min(minimum, x);
            maximum = Math.Max(maximum, x);
            sum += x;
            count++;
        }

        if (count == 0)
        {
            return false;
        }

        // A range past double's range would give a slope of 0 and read every unit as the same: refused, never a silent 0.
        if (double.IsInfinity(maximum - minimum) || (index.Normalisation.Method == NormalisationMethod.ZScore && double.IsInfinity(sum)))
        {
            beyondRange = OutOfDoubleRange(index, component, minimum, maximum);
            return false;
        }

        var lowerIsBetter = index.Components[component].Indicator.Polarity == Polarity.LowerIsBetter;
        var direction = lowerIsBetter ? -1.0 : 1.0;
        switch (index.Normalisation.Method)
        {
            case NormalisationMethod.MinMax:
                if (minimum == maximum)
                {
                    return false;
                }

                origin = lowerIsBetter ? maximum : minimum;
                slope = direction * (double)(index.Normalisation.Upper - index.Normalisation.Lower) / (maximum - minimum);
                offset = (double)index.Normalisation.Lower;
                return true;
            case NormalisationMethod.PercentileRank:
                if (count < 2 || minimum == maximum)
                {
                    return false;
                }

                origin = 1;
                slope = 100.0 / (count - 1);
                return true;
            case NormalisationMethod.ZScore:
                if (count < 2)
                {
                    return false;
                }

                var mean = sum / count;
                var squares = 0.0;
                foreach (var x in column)
                {
                    if (!double.IsNaN(x))
                    {
                        squares += (x - mean) * (x - mean);
                    }
                }

                if (double.IsInfinity(squares))
                {
                    beyondRange = OutOfDoubleRange(index, component, minimum, maximum);
            return false;
                }

                var standardDeviation = Math.Sqrt(squares / (count - 1));
                if (standardDeviation == 0)
                {
                    return false;
                }

                origin = mean;
                slope = direction * (double)index.Normalisation.Upper / standardDeviation;
                offset = (double)index.Normalisation.Lower;
                return true;
            default:
                var target = (double)index.Components[component].Target!.Value;
                if (lowerIsBetter ? target >= maximum : target <= minimum)
                {
                    return false;
                }

                if (double.IsInfinity(lowerIsBetter ? target - maximum : target - minimum))
                {
                    beyondRange = OutOfDoubleRange(index, component, minimum, maximum);
            return false;
                }

                origin = lowerIsBetter ? maximum : minimum;
                slope = (double)Normalisation.DistanceToTargetScale / (lowerIsBetter ? target - maximum : target - minimum);
                return true;
        }
    }

    private static string OutOfDoubleRange(CompositeIndex index, int component, double minimum, double maximum) =>
        string.Create(CultureInfo.InvariantCulture,
            $"The values of component '{index.Components[component].Code}' run from {minimum} to {maximum}; normalising them ({index.Normalisation.Describe(Text.Language.English)}) passes the range of double (±1,8 × 10^308).");

    private static void Accumulate(
        CompositeIndex index, ReadOnlySpan<double> column, double origin, double slope, double offset, double cap, double weight,
        Span<double> sums, Span<double> weightSums, Span<double> counts)
    {
        // One loop per aggregation keeps the switch out of the per-element path.
        switch (index.Aggregation)
        {
            case AggregationMethod.WeightedArithmeticMean:
                for (var i = 0; i < column.Length; i++)
                {
                    var x = column[i];
                    if (!double.IsNaN(x))
                    {
                        sums[i] += weight * Math.Min(((x - origin) * slope) + offset, cap);
                        weightSums[i] += weight;
                        counts[i]++;
                    }
                }

                break;
            case AggregationMethod.WeightedGeometricMean:
                for (var i = 0; i < column.Length; i++)
                {
                    var x = column[i];
                    if (!double.IsNaN(x))
                    {
                        var normalised = Math.Min(((x - origin) * slope) + offset, cap);

                        // A value that is not positive poisons the unit's sum with NaN: no composite, as in the decimal path.
                        sums[i] += normalised > 0 ? weight * Math.Log(normalised) : double.NaN;
                        weightSums[i] += weight;
                        counts[i]++;
                    }
                }

                break;
            default:
                for (var i = 0; i < column.Length; i++)
                {
                    var x = column[i];
                    if (!double.IsNaN(x))
                    {
                        var normalised = Math.Min(((x - origin) * slope) + offset, cap);
                        sums[i] += normalised > 0 ? weight / normalised : double.NaN;
                        weightSums[i] += weight;
                        counts[i]++;
                    }
                }

                break;
        }
    }
}
