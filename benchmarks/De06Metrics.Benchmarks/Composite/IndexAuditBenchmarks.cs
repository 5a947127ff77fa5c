using BenchmarkDotNet.Attributes;
using De06Metrics.Composite;
using De06Metrics.Text;

namespace De06Metrics.Benchmarks.Composite;

/// <summary>
/// The statistical audit and the Monte Carlo uncertainty analysis of a <see cref="MultiLevelIndex"/> over the 10 000
/// units × 20 indicators of <see cref="UnitTableData"/> (4 dimensions of 5 indicators, min-max, arithmetic means),
/// against their baseline: one plain evaluation of the same index (<see cref="MultiLevelIndex.Compute"/>, in
/// <c>decimal</c>, every unit's dimension scores and the ranking). The uncertainty runs draw 1 000 samples of the
/// weights (±25 %), the normalisation (min-max onto [1, 100] or percentile ranks) and the aggregation (arithmetic or
/// geometric); one gives the rank intervals only, the other adds the first-order indices (5 evaluations a sample).
/// </summary>
public class IndexAuditBenchmarks
{
    private UnitTableData data = null!;
    private MultiLevelIndex index = null!;
    private UncertaintyAnalysis intervals = null!;
    private UncertaintyAnalysis sensitivity = null!;

    /// <summary>Builds the data, the index and the analyses.</summary>
    [GlobalSetup]
    public void Setup()
    {
        data = new UnitTableData();
        var dimensions = Enumerable.Range(0, 4).Select(d => new IndexDimension(
            $"D{d + 1}",
            new LocalizedText($"Trụ cột {d + 1}", $"Dimension {d + 1}"),
            1m + (d % 2),
            AggregationMethod.WeightedArithmeticMean,
            data.Indicators.Skip(d * 5).Take(5).Select((indicator, i) => new LevelIndicator(indicator, 1m + (i % 3), Normalisation.MinMax()))));
        index = new MultiLevelIndex(new LocalizedText("Chỉ số", "Index"), AggregationMethod.WeightedArithmeticMean, dimensions);
        Normalisation[] normalisations = [Normalisation.MinMax(1m, 100m), Normalisation.PercentileRank()];
        AggregationMethod[] aggregations = [AggregationMethod.WeightedArithmeticMean, AggregationMethod.WeightedGeometricMean];
        intervals = new UncertaintyAnalysis(1000, 2026, WeightPerturbation.UniformRange(0.25), normalisations, aggregations, firstOrderIndices: false);
        sensitivity = new UncertaintyAnalysis(1000, 2026, WeightPerturbation.UniformRange(0.25), normalisations, aggregations, firstOrderIndices: true);
    }

    /// <summary>One plain evaluation of the index: normalise, aggregate two levels, rank.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Baseline = true)]
    public MultiLevelResult Compute() => index.Compute(data.Table);

    /// <summary>The audit: Pearson and Spearman over 25 columns, alpha per dimension, PCA, shape and flags.</summary>
    /// <returns>The audit.</returns>
    [Benchmark]
    public IndexAudit Audit() => index.Audit(data.Table);

    /// <summary>1 000 samples, rank intervals only.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public UncertaintyResult Uncertainty1000Samples() => intervals.Run(index, data.Table);

    /// <summary>1 000 samples with the first-order indices of the three choices.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public UncertaintyResult Uncertainty1000SamplesWithFirstOrder() => sensitivity.Run(index, data.Table);
}
