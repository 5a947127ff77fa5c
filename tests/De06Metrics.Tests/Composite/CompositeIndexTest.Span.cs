using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;
using De06Metrics.Units;
using static De06Metrics.Tests.Composite.CompositeExample;

namespace De06Metrics.Tests.Composite;

public partial class CompositeIndexTest
{
    [Fact]
    public void The_span_path_reproduces_the_hand_worked_example()
    {
        // Column-major: ONLINE for U1..U4, then LATE, then PAY (NaN = U3's missing value).
        double[] values = [90, 70, 80, 50, 5, 10, 20, 15, 60, 80, double.NaN, 40];
        var composites = new double[4];

        Index().Compute(values, 4, composites);

        composites.Should().Equal([87.5, 200.0 / 3, 50, 25.0 / 3], (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void The_span_path_marks_units_without_a_composite_with_NaN()
    {
        double[] values = [90, 70, 80, 50, 5, 10, 20, 15, 60, 80, double.NaN, 40];
        var composites = new double[4];

        Index(coverage: MinimumCoverage.ShareOfIndicators(0.75m)).Compute(values, 4, composites);

        double.IsNaN(composites[2]).Should().BeTrue();
        composites[0].Should().Be(87.5);
    }

    public static TheoryData<string> Methods() =>
    [
        "minmax-arithmetic", "minmax1-geometric", "minmax1-harmonic", "minmax-geometric", "zscore-arithmetic",
        "target-arithmetic", "uncapped-geometric", "coverage-weight", "coverage-count", "percentile-arithmetic",
    ];

    [Theory]
    [MemberData(nameof(Methods))]
    public void The_span_path_agrees_with_the_decimal_path(string method)
    {
        const int units = 300;
        var indicators = Enumerable.Range(0, 5).Select(j => new Indicator(
            new IndicatorCode($"I{j}"), new LocalizedText($"Chỉ tiêu {j}"), Measure.Count(), j % 2 == 0 ? Polarity.HigherIsBetter : Polarity.LowerIsBetter)).ToList();
        var (normalisation, aggregation, coverage) = method switch
        {
            "minmax-arithmetic" => (Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean, MinimumCoverage.AnyData),
            "minmax1-geometric" => (Normalisation.MinMax(1m, 100m), AggregationMethod.WeightedGeometricMean, MinimumCoverage.AnyData),
            "minmax1-harmonic" => (Normalisation.MinMax(1m, 100m), AggregationMethod.WeightedHarmonicMean, MinimumCoverage.AnyData),
            "minmax-geometric" => (Normalisation.MinMax(), AggregationMethod.WeightedGeometricMean, MinimumCoverage.AnyData),
            "zscore-arithmetic" => (Normalisation.ZScore(50m, 10m), AggregationMethod.WeightedArithmeticMean, MinimumCoverage.AnyData),
            "target-arithmetic" => (Normalisation.DistanceToTarget(), AggregationMethod.WeightedArithmeticMean, MinimumCoverage.AnyData),
            "uncapped-geometric" => (Normalisation.DistanceToTarget(capAtTarget: false), AggregationMethod.WeightedGeometricMean, MinimumCoverage.AnyData),
            "coverage-weight" => (Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean, MinimumCoverage.ShareOfWeight(0.7m)),
            "percentile-arithmetic" => (Normalisation.PercentileRank(), AggregationMethod.WeightedArithmeticMean, MinimumCoverage.AnyData),
            _ => (Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean, MinimumCoverage.ShareOfIndicators(0.8m)),
        };
        decimal[] weights = [3m, 1m, 2m, 0.5m, 0m];
        var components = indicators.Select((indicator, j) => new CompositeComponent(indicator, weights[j], j % 2 == 0 ? 60m : 40m)).ToList();
        var index = new CompositeIndex(new LocalizedText("Ngẫu nhiên", "Random"), components, normalisation, aggregation, coverage);

        // Quarters from 0 to 100 are exact in both double and decimal, so both paths read the same numbers.
        var random = new Random(20240310);
        var matrix = new double[units * indicators.Count];
        var builder = new IndicatorTableBuilder();
        for (var i = 0; i < units; i++)
        {
            var unit = new UnitId($"U{i}");
            builder.AddUnit(unit);
            for (var j = 0; j < indicators.Count; j++)
            {
                var missing = random.NextDouble() < 0.15;
                var quarter = random.Next(0, 401);
                matrix[(j * units) + i] = missing ? double.NaN : quarter / 4.0;
                if (!missing)
                {
                    builder.Set(unit, indicators[j].Code, quarter / 4m);
                }
            }
        }

        var composites = new double[units];
        index.Compute(matrix, units, composites);
        var scores = index.Compute(builder.ToTable()).Scores;

        for (var i = 0; i < units; i++)
        {
            if (scores[i].Value is { } expected)
            {
                composites[i].Should().BeApproximately((double)expected, 1e-9 * Math.Max(1, Math.Abs((double)expected)), $"unit {i} ({method})");
            }
            else
            {
                double.IsNaN(composites[i]).Should().BeTrue($"unit {i} ({method}) has no composite: {scores[i].Reason}");
            }
        }

        scores.Count(s => s.Value is null).Should().BeLessThan(units, "the comparison must cover computed composites");
    }
}
