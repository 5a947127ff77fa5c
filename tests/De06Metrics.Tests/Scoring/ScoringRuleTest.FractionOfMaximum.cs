using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scoring;
using De06Metrics.Text;

namespace De06Metrics.Tests.Scoring;

public partial class ScoringRuleTest
{
    [Fact]
    public void Fraction_of_maximum_scales_the_value_onto_the_points()
    {
        // 7 of 10 → 7/10 · 6 = 4,2; lower is better: (10 − 3)/10 · 6 = 4,2.
        ScoringRule.FractionOfMaximum(10m, 6m).Score(7m).Points.Should().Be(4.2m);
        ScoringRule.FractionOfMaximum(10m, 6m, Polarity.LowerIsBetter).Score(3m).Points.Should().Be(4.2m);
        ScoringRule.FractionOfMaximum(10m, 6m).Score(10m).Points.Should().Be(6m);
        ScoringRule.FractionOfMaximum(10m, 6m).Score(7m).Describe(Language.English).Should().Be(
            "7 → 7 / 10 × 6 = 4.2 of 6 points (fraction of maximum)");
    }

    [Theory]
    [InlineData(12)]
    [InlineData(-1)]
    public void A_value_outside_the_scale_is_not_meaningful_rather_than_clamped(double value)
    {
        var score = ScoringRule.FractionOfMaximum(10m, 6m).Score((decimal)value);

        score.Status.Should().Be(ScoreStatus.NotMeaningful);
        score.Points.Should().BeNull();
        score.Reason!.Value.English.Should().Be($"{value} lies outside the scale from 0 to 10");
    }
}
