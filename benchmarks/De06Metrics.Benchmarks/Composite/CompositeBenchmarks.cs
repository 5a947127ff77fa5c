using System.Numerics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Benchmarks.Composite;

/// <summary>
/// A composite index of 10 000 units × 20 indicators (weights 1 to 3, 5 % missing, at least 80 % of the indicators
/// for a composite). The <c>double</c> category measures the span path of
/// <see cref="CompositeIndex.Compute(ReadOnlySpan{double}, int, Span{double})"/> for each normalisation against its
/// baseline, a hand-written min-max weighted mean, and against the memory reference, one vectorised sum of the matrix.
/// The <c>decimal</c> category measures <see cref="CompositeIndex.Compute(IndicatorTable)"/>, with the full breakdown
/// and the ranking, against a hand-written <c>decimal</c> min-max weighted mean without them.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CompositeBenchmarks
{
    private const int Units = UnitTableData.Units;
    private const double Coverage = 0.8;

    private UnitTableData data = null!;
    private double[] composites = [];
    private double[] sums = [];
    private double[] weightSums = [];
    private int[] counts = [];
    private decimal?[] exactComposites = [];
    private decimal[] exactSums = [];
    private decimal[] exactWeightSums = [];
    private decimal[] weights = [];
    private CompositeIndex minMax = null!;
    private CompositeIndex geometric = null!;
    private CompositeIndex zScores = null!;
    private CompositeIndex percentiles = null!;

    /// <summary>Builds the data, the indices and the output buffers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        data = new UnitTableData();
        var components = data.Indicators.Select((indicator, j) => new CompositeComponent(indicator, 1m + (j % 3))).ToList();
        weights = [.. components.Select(component => component.Weight)];
        var name = new LocalizedText("Chỉ số", "Index");
        var coverage = MinimumCoverage.ShareOfIndicators((decimal)Coverage);
        minMax = new CompositeIndex(name, components, Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean, coverage);
        geometric = new CompositeIndex(name, components, Normalisation.MinMax(1m, 100m), AggregationMethod.WeightedGeometricMean, coverage);
        zScores = new CompositeIndex(name, components, Normalisation.ZScore(), AggregationMethod.WeightedArithmeticMean, coverage);
        percentiles = new CompositeIndex(name, components, Normalisation.PercentileRank(), AggregationMethod.WeightedArithmeticMean, coverage);
        composites = new double[Units];
        sums = new double[Units];
        weightSums = new double[Units];
        counts = new int[Units];
        exactComposites = new decimal?[Units];
        exactSums = new decimal[Units];
        exactWeightSums = new decimal[Units];
    }

    /// <summary>
    /// The hand-written min-max weighted mean on [0, 100]: per column the minimum and maximum of the present values,
    /// then each unit's weighted sum, weight and count; a unit with under 80 % of the indicators gets NaN.
    /// </summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("double")]
    public double Double_PlainLoop()
    {
        var matrix = data.Matrix;
        Array.Clear(sums);
        Array.Clear(weightSums);
        Array.Clear(counts);
        for (var j = 0; j < UnitTableData.IndicatorCount; j++)
        {
            var column = matrix.AsSpan(j * Units, Units);
            double minimum = double.PositiveInfinity, maximum = double.NegativeInfinity;
            foreach (var x in column)
            {
                if (!double.IsNaN(x))
                {
                    minimum = Math.Min(minimum, x);
                    maximum = Math.Max(maximum, x);
                }
            }

            var lowerIsBetter = data.Indicators[j].Polarity == Polarity.LowerIsBetter;
            var weight = (double)weights[j];
            for (var i = 0; i < Units; i++)
            {
                var x = column[i];
                if (!double.IsNaN(x))
                {
                    var normalised = (lowerIsBetter ? maximum - x : x - minimum) * 100 / (maximum - minimum);
                    sums[i] += weight * normalised;
                    weightSums[i] += weight;
                    counts[i]++;
                }
            }
        }

        for (var i = 0; i < Units; i++)
        {
            composites[i] = counts[i] < Coverage * UnitTableData.IndicatorCount ? double.NaN : sums[i] / weightSums[i];
        }

        return composites[0];
    }

    /// <summary>Memory speed: one vectorised read of the whole matrix, summing it.</summary>
    [Benchmark]
    [BenchmarkCategory("double")]
    public double Double_MemoryReference()
    {
        var matrix = data.Matrix;
        var width = Vector<double>.Count;
        var sum = Vector<double>.Zero;
        var i = 0;
        for (; i <= matrix.Length - width; i += width)
        {
            sum += Vector.LoadUnsafe(ref matrix[0], (nuint)i);
        }

        var total = Vector.Sum(sum);
        for (; i < matrix.Length; i++)
        {
            total += matrix[i];
        }

        return total;
    }

    /// <summary>The library's span path: min-max on [0, 100], weighted arithmetic mean.</summary>
    [Benchmark]
    [BenchmarkCategory("double")]
    public double Double_MinMaxArithmetic() => Compute(minMax);

    /// <summary>The library's span path: min-max on [1, 100], weighted geometric mean.</summary>
    [Benchmark]
    [BenchmarkCategory("double")]
    public double Double_MinMaxGeometric() => Compute(geometric);

    /// <summary>The library's span path: z-scores, weighted arithmetic mean.</summary>
    [Benchmark]
    [BenchmarkCategory("double")]
    public double Double_ZScoreArithmetic() => Compute(zScores);

    /// <summary>The library's span path: percentile ranks (a ranking of every column), weighted arithmetic mean.</summary>
    [Benchmark]
    [BenchmarkCategory("double")]
    public double Double_PercentileRankArithmetic() => Compute(percentiles);

    /// <summary>The hand-written min-max weighted mean in <c>decimal</c>, without breakdown, ranking or text.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("decimal")]
    public decimal? Decimal_PlainLoop()
    {
        var matrix = data.ExactMatrix;
        Array.Clear(exactSums);
        Array.Clear(exactWeightSums);
        Array.Clear(counts);
        for (var j = 0; j < UnitTableData.IndicatorCount; j++)
        {
            var column = matrix.AsSpan(j * Units, Units);
            decimal minimum = decimal.MaxValue, maximum = decimal.MinValue;
            foreach (var value in column)
            {
                if (value is { } x)
                {
                    minimum = Math.Min(minimum, x);
                    maximum = Math.Max(maximum, x);
                }
            }

            var lowerIsBetter = data.Indicators[j].Polarity == Polarity.LowerIsBetter;
            var weight = weights[j];
            for (var i = 0; i < Units; i++)
            {
                if (column[i] is { } x)
                {
                    var normalised = (lowerIsBetter ? maximum - x : x - minimum) * 100m / (maximum - minimum);
                    exactSums[i] += weight * normalised;
                    exactWeightSums[i] += weight;
                    counts[i]++;
                }
            }
        }

        for (var i = 0; i < Units; i++)
        {
            exactComposites[i] = counts[i] < Coverage * UnitTableData.IndicatorCount ? null : exactSums[i] / exactWeightSums[i];
        }

        return exactComposites[0];
    }

    /// <summary>
    /// The library's exact path: min-max, arithmetic, ranked, every unit's breakdown ready to be read (made when first
    /// read).
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("decimal")]
    public CompositeResult Decimal_MinMaxArithmeticWithBreakdown() => minMax.Compute(data.Table);

    /// <summary>The same, then every unit's breakdown read: the cost of a caller who wants all 200 000 contributions.</summary>
    [Benchmark]
    [BenchmarkCategory("decimal")]
    public int Decimal_MinMaxArithmeticEveryBreakdownRead()
    {
        var read = 0;
        foreach (var score in minMax.Compute(data.Table).Scores)
        {
            read += score.Contributions.Count;
        }

        return read;
    }

    private double Compute(CompositeIndex index)
    {
        index.Compute(data.Matrix, Units, composites);
        return composites[0];
    }
}
