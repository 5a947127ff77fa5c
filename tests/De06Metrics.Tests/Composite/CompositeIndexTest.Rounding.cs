using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;
using De06Metrics.Units;
using static De06Metrics.Tests.Composite.CompositeExample;

namespace De06Metrics.Tests.Composite;

/// <summary>
/// Defects found by the reliability properties (tests/De06Metrics.Tests.Reliability/Properties/CompositeProperties.cs):
/// decimal rounding at the 28th digit that put a min-max value past its upper bound and made z-scores depend on the
/// order of the rows, and the span path refusing a unit whose coverage equals the minimum.
/// </summary>
public partial class CompositeIndexTest
{
    private static readonly Indicator Amount = new(new IndicatorCode("AMOUNT"), new LocalizedText("Số tiền"), Measure.Count(), Polarity.HigherIsBetter);

    /// <summary>
    /// Min-max onto [−50, 49] over 7,256 and 80 851,571428…43 (28 digits): the highest value is (max − min)/(max − min)
    /// · 99 − 50 = 49 exactly. Multiplying (max − min) by 99 before dividing rounded the 30-digit product up and gave
    /// 49,00000000000000000000000001, past the range's upper end.
    /// </summary>
    [Fact]
    public void A_min_max_value_never_rounds_past_the_upper_end_of_its_range()
    {
        var table = new IndicatorTableBuilder().Set(U1, Amount.Code, 7.256m).Set(U2, Amount.Code, 80851.57142857142857142857143m).ToTable();
        var index = new CompositeIndex(Name, [new(Amount, 1m)], Normalisation.MinMax(-50m, 49m), AggregationMethod.WeightedArithmeticMean);

        var result = index.Compute(table);

        result[U2].Contributions[0].NormalisedValue.Should().Be(49m);
        result[U1].Contributions[0].NormalisedValue.Should().Be(-50m);
    }

    /// <summary>
    /// The mean of these seven values is a 28-digit seventh, so every squared deviation rounds, and a sum of squares
    /// rounded in row order depended on that order: the z-score of 119 613 came out 77,322138011562449036571250475 in
    /// one order and …250478 in another. The statistics now add in ascending order of the values, so the same rows in
    /// any order give the same scores.
    /// </summary>
    [Fact]
    public void Z_scores_do_not_depend_on_the_order_of_the_rows_even_when_the_sums_round()
    {
        decimal[] values = [119613m, 85.526m, 80m, 12.583m, 82.299m, 3.224m, 66.175m];
        var units = values.Select((_, i) => new UnitId($"U{i}")).ToArray();
        var index = new CompositeIndex(Name, [new(Amount, 1m)], Normalisation.ZScore(100m, 10m), AggregationMethod.WeightedArithmeticMean);
        IndicatorTable TableIn(IEnumerable<int> order) =>
            order.Aggregate(new IndicatorTableBuilder(), (builder, i) => builder.Set(units[i], Amount.Code, values[i])).ToTable();

        var forward = index.Compute(TableIn(Enumerable.Range(0, values.Length)));
        var backward = index.Compute(TableIn(Enumerable.Range(0, values.Length).Reverse()));
        var shuffled = index.Compute(TableIn([6, 3, 5, 4, 1, 2, 0]));

        foreach (var unit in units)
        {
            backward[unit].Value.Should().Be(forward[unit].Value);
            shuffled[unit].Value.Should().Be(forward[unit].Value);
        }

        forward.Statistics[0].Mean.Should().Be(backward.Statistics[0].Mean).And.Be(shuffled.Statistics[0].Mean);
        forward.Statistics[0].StandardDeviation.Should().Be(backward.Statistics[0].StandardDeviation).And.Be(shuffled.Statistics[0].StandardDeviation);
    }

    /// <summary>
    /// "The comparison is inclusive (2 of 3 meets 2/3)". The span path compared 2.0 / 3 with (double)(2m / 3m), which
    /// .NET converts to 0,66666666666666674, one step above 2.0 / 3, so U3 (2 of 3 indicators) got NaN on the span path
    /// and 50 on the decimal path. Coverage is now decided in decimal on both paths.
    /// </summary>
    [Theory]
    [InlineData("indicators")]
    [InlineData("weight")]
    public void On_the_span_path_a_coverage_equal_to_the_minimum_meets_it(string basis)
    {
        var index = new CompositeIndex(
            Name, [new(Online, 1m), new(Late, 1m), new(Pay, 1m)], Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean,
            basis == "weight" ? MinimumCoverage.ShareOfWeight(2m / 3m) : MinimumCoverage.ShareOfIndicators(2m / 3m));
        double[] values = [90, 70, 80, 50, 5, 10, 20, 15, 60, 80, double.NaN, 40];
        var composites = new double[4];

        index.Compute(values, 4, composites);

        // U3: ONLINE 80 → 75, LATE 20 → 0, PAY missing: (75 + 0) / 2.
        index.Compute(Table())[U3].Value.Should().Be(37.5m);
        composites[2].Should().Be(37.5);
    }

    [Fact]
    public void Statistics_of_figures_with_few_decimals_are_the_same_in_any_row_order()
    {
        // ONLINE 1,5; 2,25; 3: Σx = 6,75, mean 2,25; deviations −0,75, 0, 0,75, s² = (0,5625 + 0 + 0,5625)/2 = 0,5625,
        // s = 0,75. The same by the sums: n·Σx² − (Σx)² = 3 × 16,3125 − 45,5625 = 3,375; 3,375 / (3 × 2) = 0,5625.
        var index = new CompositeIndex(Name, [new(Online, 1m)], Normalisation.ZScore(), AggregationMethod.WeightedArithmeticMean);
        IndicatorTable Table(params (UnitId Unit, decimal Value)[] rows) =>
            rows.Aggregate(new IndicatorTableBuilder(), (builder, row) => builder.Set(row.Unit, Online.Code, row.Value)).ToTable();

        var forward = index.Compute(Table((U1, 1.5m), (U2, 2.25m), (U3, 3m))).Statistics[0];
        var backward = index.Compute(Table((U3, 3m), (U2, 2.25m), (U1, 1.5m))).Statistics[0];

        forward.Mean.Should().Be(2.25m);
        forward.StandardDeviation.Should().Be(0.75m);
        (forward.Minimum, forward.Maximum).Should().Be((1.5m, 3m));
        (backward.Mean, backward.StandardDeviation, backward.Minimum, backward.Maximum)
            .Should().Be((forward.Mean, forward.StandardDeviation, forward.Minimum, forward.Maximum));
    }
}
