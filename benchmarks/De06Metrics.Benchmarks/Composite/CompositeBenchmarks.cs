using BenchmarkDotNet.Attributes;
using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Benchmarks.Composite;

/// <summary>A composite of 10 000 units × 20 indicators, 5% of values missing: the span path and the decimal path.</summary>
[MemoryDiagnoser]
public class CompositeBenchmarks
{
    private const int Units = 10_000;
    private const int Indicators = 20;

    private double[] matrix = [];
    private double[] composites = [];
    private IndicatorTable table = null!;
    private CompositeIndex arithmetic = null!;
    private CompositeIndex geometric = null!;
    private CompositeIndex zScores = null!;
    private CompositeIndex percentiles = null!;

    [GlobalSetup]
    public void Setup()
    {
        var components = Enumerable.Range(0, Indicators).Select(j => new CompositeComponent(
            new Indicator(new IndicatorCode($"I{j:00}"), new LocalizedText($"Chỉ tiêu {j}"), Measure.Rate, j % 4 == 3 ? Polarity.LowerIsBetter : Polarity.HigherIsBetter),
            1m + (j % 3))).ToList();
        var name = new LocalizedText("Chỉ số", "Index");
        arithmetic = new CompositeIndex(name, components, Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean, MinimumCoverage.ShareOfIndicators(0.8m));
        geometric = new CompositeIndex(name, components, Normalisation.MinMax(1m, 100m), AggregationMethod.WeightedGeometricMean);
        zScores = new CompositeIndex(name, components, Normalisation.ZScore(), AggregationMethod.WeightedArithmeticMean);
        percentiles = new CompositeIndex(name, components, Normalisation.PercentileRank(), AggregationMethod.WeightedArithmeticMean);

        var random = new Random(42);
        matrix = new double[Units * Indicators];
        composites = new double[Units];
        var builder = new IndicatorTableBuilder();
        for (var i = 0; i < Units; i++)
        {
            var unit = new UnitId($"U{i:00000}");
            builder.AddUnit(unit);
            for (var j = 0; j < Indicators; j++)
            {
                var missing = random.NextDouble() < 0.05;
                var tenths = random.Next(0, 1001);
                matrix[(j * Units) + i] = missing ? double.NaN : tenths / 10.0;
                if (!missing)
                {
                    builder.Set(unit, components[j].Code, tenths / 10m);
                }
            }
        }

        table = builder.ToTable();
    }

    [Benchmark(Baseline = true, Description = "span, min-max, arithmetic, 10k × 20")]
    public double SpanArithmetic()
    {
        arithmetic.Compute(matrix, Units, composites);
        return composites[0];
    }

    [Benchmark(Description = "span, min-max [1,100], geometric, 10k × 20")]
    public double SpanGeometric()
    {
        geometric.Compute(matrix, Units, composites);
        return composites[0];
    }

    [Benchmark(Description = "span, z-score, arithmetic, 10k × 20")]
    public double SpanZScore()
    {
        zScores.Compute(matrix, Units, composites);
        return composites[0];
    }

    [Benchmark(Description = "span, percentile rank, arithmetic, 10k × 20")]
    public double SpanPercentileRank()
    {
        percentiles.Compute(matrix, Units, composites);
        return composites[0];
    }

    [Benchmark(Description = "decimal with breakdown, min-max, arithmetic, 10k × 20")]
    public CompositeResult DecimalArithmetic() => arithmetic.Compute(table);
}
