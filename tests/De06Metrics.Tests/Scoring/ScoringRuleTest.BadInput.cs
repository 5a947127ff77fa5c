using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scoring;

namespace De06Metrics.Tests.Scoring;

public partial class ScoringRuleTest
{
    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_threshold_that_is_not_positive_is_refused_with_its_value(double threshold)
    {
        var act = () => ScoringRule.CappedLinear((decimal)threshold, 2m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("threshold").WithMessage($"*threshold must be positive; {threshold} was given*");
    }

    [Fact]
    public void Maximum_points_that_are_not_positive_are_refused()
    {
        var linear = () => ScoringRule.CappedLinear(80m, 0m);
        var fraction = () => ScoringRule.FractionOfMaximum(10m, -1m);
        var scale = () => ScoringRule.FractionOfMaximum(0m, 1m);
        var bands = () => ScoringRule.Banded([new ScoreBand(95m, 0m)]);

        linear.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("points").WithMessage("*0 was given*");
        fraction.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("points").WithMessage("*-1 was given*");
        scale.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximumValue");
        bands.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("bands");
    }

    [Fact]
    public void Bands_out_of_order_are_refused_naming_the_band()
    {
        var rising = () => ScoringRule.Banded([new ScoreBand(80m, 1m), new ScoreBand(95m, 2m)]);
        var lowerFalling = () => ScoringRule.Banded([new ScoreBand(10m, 2m), new ScoreBand(5m, 1m)], polarity: Polarity.LowerIsBetter);
        var morePoints = () => ScoringRule.Banded([new ScoreBand(95m, 1m), new ScoreBand(80m, 2m)]);
        var otherwise = () => ScoringRule.Banded([new ScoreBand(95m, 2m), new ScoreBand(80m, 1m)], otherwisePoints: 1.5m);

        rising.Should().Throw<ArgumentException>().WithParameterName("bands").WithMessage("*strictly fall*band 1 has 95 after 80*");
        lowerFalling.Should().Throw<ArgumentException>().WithParameterName("bands").WithMessage("*strictly rise*band 1 has 5 after 10*");
        morePoints.Should().Throw<ArgumentException>().WithParameterName("bands").WithMessage("*gives 2 after 1*");
        otherwise.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("otherwisePoints").WithMessage("*1.5*");
    }

    [Fact]
    public void Negative_band_points_and_empty_bands_are_refused()
    {
        var negative = () => new ScoreBand(80m, -1m);
        var empty = () => ScoringRule.Banded([]);

        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("points").WithMessage("*-1*");
        empty.Should().Throw<ArgumentException>().WithParameterName("bands");
    }

    [Fact]
    public void A_rule_needs_a_better_direction()
    {
        var act = () => ScoringRule.CappedLinear(80m, 2m, Polarity.WithinBand);

        act.Should().Throw<ArgumentException>().WithParameterName("polarity").WithMessage("*WithinBand*");
    }
}
