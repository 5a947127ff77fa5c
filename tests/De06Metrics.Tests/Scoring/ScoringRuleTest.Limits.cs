using De06Metrics.Indicators;
using De06Metrics.Scoring;

namespace De06Metrics.Tests.Scoring;

/// <summary>Defects found by the reliability catalogue (tests/De06Metrics.Tests.Reliability/HostileInput/ScoringHostileInputTest.cs).</summary>
public partial class ScoringRuleTest
{
    private const decimal Max = decimal.MaxValue;

    /// <summary>
    /// 7,9 × 10^28 against a threshold of 80 earns the full 2 points; the uncapped points, 7,9 × 10^28 × 2 / 80, were
    /// computed by multiplying first and threw a bare OverflowException. Dividing first gives 1,98 × 10^27.
    /// </summary>
    [Fact]
    public void A_value_at_decimals_limit_earns_full_points_rather_than_overflowing()
    {
        var score = ScoringRule.CappedLinear(80m, 2m).Score(Max);

        score.Points.Should().Be(2m);
        score.UncappedPoints.Should().BeApproximately(1_980_704_062_856_608_439_838_598_758.4m, 1m);
    }

    /// <summary>Half of a maximum of 7,9 × 10^28 is half the points: (Max / 2) × 10 / Max = 5, where Max / 2 × 10 overflowed.</summary>
    [Fact]
    public void A_fraction_of_a_maximum_at_decimals_limit_is_scored()
    {
        ScoringRule.FractionOfMaximum(Max, 10m).Score(Max / 2m).Points.Should().BeApproximately(5m, 1e-26m);
    }

    /// <summary>A value just past a fraction's maximum was shown rounded to 4 decimals: "10 lies outside the scale from 0 to 10".</summary>
    [Fact]
    public void The_reason_for_a_value_outside_a_fractions_scale_shows_the_value_whole()
    {
        var score = ScoringRule.FractionOfMaximum(10m, 6m).Score(10.00001m);

        score.Reason!.Value.English.Should().Be("10.00001 lies outside the scale from 0 to 10");
        score.Reason!.Value.Vietnamese.Should().Be("10,00001 nằm ngoài thang từ 0 đến 10");
    }
}
