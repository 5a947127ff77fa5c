using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Ranking;
using De06Metrics.Tests.Reliability.Support;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Reliability.HostileInput;

/// <summary>
/// Composite indices: tables, components, normalisations, coverage, both compute paths. Bad definitions are refused
/// naming the argument and the value; data that cannot be normalised or aggregated gives a status with its reason,
/// never NaN, ∞ or a silent 0; a value past the range of its number type is an error naming the operation.
/// </summary>
public class CompositeHostileInputTest
{
    private const decimal Max = decimal.MaxValue;
    private static readonly UnitId A = new("A"), B = new("B"), C = new("C");
    private static readonly Indicator Up = Make("UP", Polarity.HigherIsBetter);
    private static readonly Indicator Down = Make("DOWN", Polarity.LowerIsBetter);
    private static readonly LocalizedText Name = new("Chỉ số thử", "Test index");

    [Fact]
    public void Tables_refuse_default_ids_null_rows_and_a_cell_set_twice_and_answer_unknown_units_as_a_dictionary_does()
    {
        Expect.ArgumentError(() => new IndicatorTableBuilder().AddUnit(default), "unit", "default");
        Expect.ArgumentError(() => new IndicatorTableBuilder().Set(default, Up.Code, 1m), "code", "default");
        Expect.ArgumentError(() => new IndicatorTableBuilder().Set(A, default, 1m), "code", "'A'", "default");
        Expect.ArgumentError(() => new IndicatorTableBuilder().Set(A, Up.Code, 1.5m).Set(A, Up.Code, 2m), "code", "'A'", "1.5", "2", "'UP'");
        Expect.ArgumentError(() => IndicatorTable.FromRows(null!), "rows");
        Expect.ArgumentError(() => IndicatorTable.FromRows(new Dictionary<UnitId, IReadOnlyDictionary<IndicatorCode, decimal>> { [A] = null! }), "rows", "'A'");

        var table = new IndicatorTableBuilder().AddUnit(A).AddUnit(A).Set(B, Up.Code, 3m).ToTable();
        table.Units.Should().Equal(A, B);
        table[A, Up.Code].Should().BeNull("a missing cell is absent, not zero");
        table[B, new IndicatorCode("NONE")].Should().BeNull();
        FluentActions.Invoking(() => table[C, Up.Code]).Should().Throw<KeyNotFoundException>().WithMessage("*'C'*");
        table.TryGetValue(C, Up.Code, out _).Should().BeFalse();
    }

    [Fact]
    public void Definitions_refuse_what_cannot_be_computed_naming_the_argument_and_the_value()
    {
        Expect.ArgumentError(() => new CompositeComponent(null!, 1m), "indicator");
        Expect.OutOfRange(() => new CompositeComponent(Up, -0.0000000000000000000000000001m), "weight", -0.0000000000000000000000000001m, "'UP'");
        Expect.OutOfRange(() => new CompositeComponent(Up, decimal.MinValue), "weight", decimal.MinValue, "-79228162514264337593543950335");
        Expect.ArgumentError(() => new CompositeIndex(default, [new(Up, 1m)], Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean), "name");
        Expect.ArgumentError(() => new CompositeIndex(Name, null!, Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean), "components");
        Expect.ArgumentError(() => new CompositeIndex(Name, [new(Up, 1m)], null!, AggregationMethod.WeightedArithmeticMean), "normalisation");
        Expect.ArgumentError(() => new CompositeIndex(Name, [], Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean), "components", "none");
        Expect.ArgumentError(() => new CompositeIndex(Name, [new(Up, 1m), null!], Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean), "components", "1")
            .Which.Should().BeOfType<ArgumentNullException>();
        Expect.ArgumentError(() => new CompositeIndex(Name, [new(Up, 1m), new(Up, 2m)], Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean), "components", "'UP'");
        Expect.ArgumentError(() => new CompositeIndex(Name, [new(Up, 0m), new(Down, 0m)], Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean), "components", "0, 0");
        Expect.ArgumentError(() => new CompositeIndex(Name, [new(Make("BAND", Polarity.WithinBand), 1m)], Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean), "components", "'BAND'", "WithinBand");
        Expect.ArgumentError(() => new CompositeIndex(Name, [new(Up, 1m)], Normalisation.DistanceToTarget(), AggregationMethod.WeightedArithmeticMean), "components", "'UP'");
        Expect.OutOfRange(() => new CompositeIndex(Name, [new(Up, 1m)], Normalisation.MinMax(), (AggregationMethod)9), "aggregation", (AggregationMethod)9, "9");
        Expect.ArgumentError(() => Normalisation.MinMax(5m, 5m), "upper", "[5, 5]");
        Expect.ArgumentError(() => Normalisation.MinMax(Max, decimal.MinValue), "upper", "79228162514264337593543950335");
        Expect.OutOfRange(() => Normalisation.ZScore(0m, 0m), "standardDeviation", 0m, "0");
        Expect.OutOfRange(() => MinimumCoverage.ShareOfIndicators(1.0000000000000000000000000001m), "share", 1.0000000000000000000000000001m, "1.0000000000000000000000000001");
        Expect.OutOfRange(() => MinimumCoverage.ShareOfWeight(-0.5m), "share", -0.5m, "-0.5");
        Expect.ArgumentError(() => Index(Normalisation.MinMax()).Compute(null!), "table");
        Expect.ArgumentError(() => Index(Normalisation.MinMax()).Compute(Table((A, 1m), (B, 2m))).Rank(TieMethod.Average), "ties");
    }

    [Fact]
    public void An_empty_table_or_one_without_the_indexs_columns_gives_no_composites_with_reasons_not_zeros()
    {
        var empty = Index(Normalisation.MinMax()).Compute(new IndicatorTableBuilder().ToTable());
        empty.Scores.Should().BeEmpty();
        empty.Ranking.FieldSize.Should().Be(0);
        empty.Statistics.Should().OnlyContain(s => !s.IsNormalisable && s.Reason!.Value.English == "no unit has a value for this indicator");

        var other = Index(Normalisation.MinMax()).Compute(new IndicatorTableBuilder().Set(A, new IndicatorCode("ELSE"), 1m).ToTable());
        other[A].Status.Should().Be(CompositeStatus.NoData);
        other[A].Value.Should().BeNull();
        other[A].Describe(Language.English).Should().Be("A: Test index cannot be computed: no data for any of its indicators.");
        other[A].Contributions.Should().OnlyContain(c => c.Status == ContributionStatus.Missing && c.NormalisedValue == null);
    }

    /// <summary>Zero variance, one value, a target not beyond the worst value: each method says why, per the table in docs/composite.md.</summary>
    [Theory]
    [InlineData("minmax", "every unit has the same value 7.0, so min-max is undefined (max − min = 0)")]
    [InlineData("zscore", "every unit has the same value 7.0, so the standard deviation is 0")]
    [InlineData("percentile", "every unit has the same value 7.0, so percentile ranks tell no unit apart")]
    [InlineData("target", "the target 7.0 is not above the lowest value 7.0, so target − min ≤ 0")]
    public void A_column_of_equal_values_cannot_be_normalised_and_says_why(string method, string reason)
    {
        var index = method == "target"
            ? new CompositeIndex(Name, [new(Up, 1m, target: 7m)], Normalisation.DistanceToTarget(), AggregationMethod.WeightedArithmeticMean)
            : Index(method switch { "zscore" => Normalisation.ZScore(), "percentile" => Normalisation.PercentileRank(), _ => Normalisation.MinMax() });

        var result = index.Compute(Table((A, 7m), (B, 7m), (C, 7m)));

        result.Statistics[0].Reason!.Value.English.Should().Be(reason);
        result.Scores.Should().OnlyContain(s => s.Status == CompositeStatus.NotMeaningful && s.Value == null && s.Rank == null);
        result[A].Contributions[0].Status.Should().Be(ContributionStatus.NotNormalisable);
        result[A].Explain(Language.English).Should().Contain(reason);
        result.Ranking.Unranked.Should().Equal(A, B, C);
    }

    [Fact]
    public void One_value_cannot_give_a_standard_deviation_or_a_percentile_rank()
    {
        Index(Normalisation.ZScore()).Compute(Table((A, 7m))).Statistics[0].Reason!.Value.English
            .Should().Be("a standard deviation needs at least two values; there is one");
        Index(Normalisation.PercentileRank()).Compute(Table((A, 7m))).Statistics[0].Reason!.Value.English
            .Should().Be("a percentile rank needs at least two values; there is one");
        Index(Normalisation.MinMax()).Compute(Table((A, 7m)))[A].Status.Should().Be(CompositeStatus.NotMeaningful);
    }

    [Fact]
    public void A_geometric_or_harmonic_mean_of_a_zero_is_not_meaningful_naming_the_indicator_not_zero()
    {
        foreach (var aggregation in new[] { AggregationMethod.WeightedGeometricMean, AggregationMethod.WeightedHarmonicMean })
        {
            var index = new CompositeIndex(Name, [new(Up, 1m)], Normalisation.MinMax(), aggregation);
            var result = index.Compute(Table((A, 1m), (B, 2m)));

            result[A].Status.Should().Be(CompositeStatus.NotMeaningful);
            result[A].Value.Should().BeNull();
            result[A].Reason!.Value.English.Should().Contain("needs positive normalised values, but UP is normalised to 0");
            result[B].Value.Should().Be(100m);

            var composites = new double[2];
            index.Compute([1, 2], 2, composites);
            double.IsNaN(composites[0]).Should().BeTrue();
            composites[1].Should().BeApproximately(100, 1e-9);
        }
    }

    /// <summary>
    /// Defect found: values near decimal's limits (10^28) made the decimal path throw a bare OverflowException from
    /// the column's sum or range. Now the error names the index, the operation and the values.
    /// </summary>
    [Fact]
    public void Values_whose_range_or_sum_passes_decimals_range_are_refused_naming_the_component_and_the_values()
    {
        Expect.ArgumentError(() => Index(Normalisation.MinMax()).Compute(Table((A, Max), (B, -Max))), "table",
            "'UP'", "range of decimal", "-79228162514264337593543950335", "79228162514264337593543950335")
            .WithInnerException<OverflowException>();
        Expect.ArgumentError(() => Index(Normalisation.ZScore()).Compute(Table((A, Max), (B, Max))), "table", "'UP'", "range of decimal");
        Expect.ArgumentError(() => Index(Normalisation.MinMax(decimal.MinValue, Max)).Compute(Table((A, 0.5m), (B, 0m), (C, 1m))), "table", "range of decimal");

        // Within the range, large values are exact: min-max of 10^27 and 2 × 10^27.
        Index(Normalisation.MinMax()).Compute(Table((A, 1e27m), (B, 2e27m), (C, 1.5e27m)))[C].Value.Should().Be(50m);
    }

    [Fact]
    public void The_span_path_reads_NaN_as_missing_refuses_infinity_and_mismatched_lengths_naming_the_position()
    {
        var index = Index(Normalisation.MinMax());
        var composites = new double[3];

        index.Compute([double.NaN, 1, 3], 3, composites);
        double.IsNaN(composites[0]).Should().BeTrue("a missing value gives no composite");
        composites[1..].Should().Equal(0, 100);

        Expect.ArgumentError(() => index.Compute([1, double.PositiveInfinity, 3], 3, new double[3]), "values", "values[1]", "Infinity");
        Expect.ArgumentError(() => index.Compute([1, 2, double.NegativeInfinity], 3, new double[3]), "values", "values[2]", "-Infinity");
        Expect.ArgumentError(() => index.Compute([1, 2], 3, new double[3]), "values", "3", "2");
        Expect.ArgumentError(() => index.Compute([1, 2, 3], 3, new double[2]), "composites", "3", "2");
        FluentActions.Invoking(() => index.Compute([], -1, [])).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("unitCount");
        index.Compute([], 0, []);
    }

    /// <summary>
    /// Defect found: on the span path a column whose range or sum of squares passes double's range (±1,8 × 10^308)
    /// gave a slope of 0, so units got a silent composite of 0 (or NaN) where min-max means 50. Now it is refused.
    /// </summary>
    [Fact]
    public void On_the_span_path_values_whose_range_passes_doubles_range_are_refused_not_read_as_zero()
    {
        Expect.ArgumentError(() => Index(Normalisation.MinMax()).Compute([double.MaxValue, -double.MaxValue, 0], 3, new double[3]), "values", "'UP'", "range of double");
        Expect.ArgumentError(() => Index(Normalisation.ZScore()).Compute([1e200, -1e200, 0], 3, new double[3]), "values", "'UP'", "range of double");
    }

    [Fact]
    public void A_table_of_many_units_and_components_is_computed_with_every_unit_scored()
    {
        const int units = 2_000;
        var components = Enumerable.Range(0, 40).Select(j => new CompositeComponent(Make($"C{j}", j % 2 == 0 ? Polarity.HigherIsBetter : Polarity.LowerIsBetter), 1m)).ToList();
        var builder = new IndicatorTableBuilder();
        for (var i = 0; i < units; i++)
        {
            foreach (var component in components)
            {
                builder.Set(new UnitId($"U{i}"), component.Code, ((i * 7919) + component.Code.Value.Length) % 1000);
            }
        }

        var result = new CompositeIndex(Name, components, Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean).Compute(builder.ToTable());

        result.Scores.Should().HaveCount(units).And.OnlyContain(s => s.Status == CompositeStatus.Computed && s.Value >= 0m && s.Value <= 100m);
        result.Ranking.FieldSize.Should().Be(units);
    }

    private static CompositeIndex Index(Normalisation normalisation) =>
        new(Name, [new(Up, 1m)], normalisation, AggregationMethod.WeightedArithmeticMean);

    private static IndicatorTable Table(params (UnitId Unit, decimal Value)[] cells) =>
        cells.Aggregate(new IndicatorTableBuilder(), (builder, cell) => builder.Set(cell.Unit, Up.Code, cell.Value)).ToTable();

    private static Indicator Make(string code, Polarity polarity) =>
        new(new IndicatorCode(code), new LocalizedText("Chỉ tiêu " + code, "Indicator " + code), Measure.Count(), polarity);
}
