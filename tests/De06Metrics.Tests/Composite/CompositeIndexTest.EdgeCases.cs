using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using static De06Metrics.Tests.Composite.CompositeExample;

namespace De06Metrics.Tests.Composite;

public partial class CompositeIndexTest
{
    [Fact]
    public void All_values_equal_is_not_meaningful_with_a_reason_not_NaN()
    {
        var table = new IndicatorTableBuilder()
            .Set(U1, Online.Code, 90m).Set(U1, Late.Code, 7m)
            .Set(U2, Online.Code, 70m).Set(U2, Late.Code, 7m)
            .ToTable();
        var index = new CompositeIndex(Name, [new(Online, 1m), new(Late, 1m)], Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean);

        var result = index.Compute(table);

        result.Statistics[1].IsNormalisable.Should().BeFalse();
        result.Statistics[1].Reason!.Value.English.Should().Be("every unit has the same value 7.0%, so min-max is undefined (max − min = 0)");
        result.Statistics[1].Reason!.Value.Vietnamese.Should().Be("mọi đơn vị có cùng giá trị 7,0%, nên min-max không xác định (max − min = 0)");

        // LATE counts as unavailable for every unit; ONLINE alone decides.
        result[U1].Contributions[1].Status.Should().Be(ContributionStatus.NotNormalisable);
        result[U1].Contributions[1].RawValue.Should().Be(7m);
        result[U1].Contributions[1].NormalisedValue.Should().BeNull();
        result[U1].Value.Should().Be(100m);
        result[U2].Value.Should().Be(0m);
    }

    [Fact]
    public void A_unit_whose_only_values_cannot_be_normalised_has_no_composite()
    {
        var table = new IndicatorTableBuilder()
            .Set(U1, Online.Code, 90m).Set(U1, Late.Code, 7m)
            .Set(U2, Online.Code, 70m).Set(U2, Late.Code, 7m)
            .Set(U3, Late.Code, 7m)
            .ToTable();
        var index = new CompositeIndex(Name, [new(Online, 1m), new(Late, 1m)], Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean);

        var u3 = index.Compute(table)[U3];

        u3.Status.Should().Be(CompositeStatus.NotMeaningful);
        u3.Reason!.Value.English.Should().Be("none of its values could be normalised");
    }

    [Fact]
    public void An_indicator_no_unit_reports_is_missing_for_all_not_zero()
    {
        var table = new IndicatorTableBuilder()
            .Set(U1, Online.Code, 90m).Set(U1, Late.Code, 5m)
            .Set(U2, Online.Code, 70m).Set(U2, Late.Code, 10m)
            .ToTable();

        var result = Index().Compute(table);

        result.Statistics[2].Count.Should().Be(0);
        result.Statistics[2].Minimum.Should().BeNull();
        result.Statistics[2].Reason!.Value.English.Should().Be("no unit has a value for this indicator");
        result[U1].Contributions[2].Status.Should().Be(ContributionStatus.Missing);

        // (2·100 + 1·100)/3 = 100 for U1; U2 is worst on both: 0.
        result[U1].Value.Should().Be(100m);
        result[U2].Value.Should().Be(0m);
    }

    [Fact]
    public void The_same_index_gives_the_same_result_from_many_threads()
    {
        var index = Index();
        var table = Table();
        var values = Enumerable.Range(0, 16).AsParallel().Select(_ => index.Compute(table)[U1].Value).ToList();

        values.Should().OnlyContain(v => v == 87.5m);
    }

    [Fact]
    public void A_within_band_indicator_has_no_direction_to_normalise()
    {
        var band = new Indicator(new IndicatorCode("BAND"), new De06Metrics.Text.LocalizedText("Trong khoảng", "Within band"), De06Metrics.Measures.Measure.Rate, Polarity.WithinBand);

        var act = () => new CompositeIndex(Name, [new(Online, 1m), new(band, 1m)], Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean);

        act.Should().Throw<ArgumentException>().WithParameterName("components").WithMessage("*'BAND'*WithinBand*");
    }
}
