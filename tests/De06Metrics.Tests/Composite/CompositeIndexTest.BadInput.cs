using De06Metrics.Composite;
using De06Metrics.Text;
using static De06Metrics.Tests.Composite.CompositeExample;

namespace De06Metrics.Tests.Composite;

public partial class CompositeIndexTest
{
    [Fact]
    public void A_negative_weight_is_refused_naming_the_indicator_and_the_value()
    {
        var act = () => new CompositeComponent(Online, -0.5m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("weight").WithMessage("*'ONLINE'*-0.5*");
    }

    [Fact]
    public void Weights_that_are_all_zero_are_refused_with_the_values()
    {
        var act = () => new CompositeIndex(Name, [new(Online, 0m), new(Late, 0m)], Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean);

        act.Should().Throw<ArgumentException>().WithParameterName("components").WithMessage("*cannot all be zero*0, 0*");
    }

    [Fact]
    public void An_index_without_components_or_with_a_repeated_code_is_refused()
    {
        var empty = () => new CompositeIndex(Name, [], Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean);
        var twice = () => new CompositeIndex(Name, [new(Online, 1m), new(Online, 2m)], Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean);

        empty.Should().Throw<ArgumentException>().WithParameterName("components");
        twice.Should().Throw<ArgumentException>().WithParameterName("components").WithMessage("*'ONLINE'*more than once*");
    }

    [Fact]
    public void Distance_to_target_without_a_target_is_refused_naming_the_indicator()
    {
        var act = () => new CompositeIndex(Name, Components(85m, null, 70m), Normalisation.DistanceToTarget(), AggregationMethod.WeightedArithmeticMean);

        act.Should().Throw<ArgumentException>().WithParameterName("components").WithMessage("*'LATE' has none*");
    }

    [Fact]
    public void An_undefined_aggregation_or_a_default_name_is_refused()
    {
        var aggregation = () => new CompositeIndex(Name, Components(), Normalisation.MinMax(), (AggregationMethod)7);
        var name = () => new CompositeIndex(default(LocalizedText), Components(), Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean);

        aggregation.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("aggregation").WithMessage("*7*");
        name.Should().Throw<ArgumentException>().WithParameterName("name");
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void A_coverage_share_outside_zero_to_one_is_refused(double share)
    {
        var act = () => MinimumCoverage.ShareOfIndicators((decimal)share);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("share").WithMessage($"*{share.ToString(System.Globalization.CultureInfo.InvariantCulture)}*");
    }

    [Fact]
    public void Normalisation_parameters_out_of_range_are_refused_with_their_values()
    {
        var minMax = () => Normalisation.MinMax(100m, 100m);
        var zScore = () => Normalisation.ZScore(0m, -1m);

        minMax.Should().Throw<ArgumentException>().WithParameterName("upper").WithMessage("*[100, 100]*");
        zScore.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("standardDeviation").WithMessage("*-1*");
    }

    [Fact]
    public void Spans_of_the_wrong_length_are_refused_with_both_lengths()
    {
        var index = Index();
        var composites = new double[4];

        var values = () => index.Compute(new double[11], 4, composites);
        var output = () => index.Compute(new double[12], 4, new double[3]);

        values.Should().Throw<ArgumentException>().WithParameterName("values").WithMessage("*4 units × 3 components = 12*11 were given*");
        output.Should().Throw<ArgumentException>().WithParameterName("composites").WithMessage("*4*length is 3*");
    }

    [Fact]
    public void Infinity_is_not_a_value_and_is_refused_with_its_position()
    {
        var values = new double[12];
        values[6] = double.PositiveInfinity;

        var act = () => Index().Compute(values, 4, new double[4]);

        act.Should().Throw<ArgumentException>().WithParameterName("values").WithMessage("*values[6]*'LATE'*unit 2*Infinity*NaN marks a missing value*");
    }
}
