using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scoring;
using De06Metrics.Text;

namespace De06Metrics.Tests.Scoring;

public partial class ScoringRuleTest
{
    private static ScoringRule TwoOneZero() => ScoringRule.Banded([new ScoreBand(95m, 2m), new ScoreBand(80m, 1m)]);

    // ≥ 95% → 2 points, ≥ 80% → 1, else 0; the thresholds belong to the band they name (≥).
    [Theory]
    [InlineData(100, 2, 0)]
    [InlineData(95, 2, 0)]
    [InlineData(94.9, 1, 1)]
    [InlineData(80, 1, 1)]
    [InlineData(79.99, 0, null)]
    [InlineData(0, 0, null)]
    public void Bands_give_the_points_of_the_best_band_reached(double value, double points, int? band)
    {
        var score = TwoOneZero().Score((decimal)value);

        score.Points.Should().Be((decimal)points);
        score.BandIndex.Should().Be(band);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(5, 2)]
    [InlineData(7.5, 1)]
    [InlineData(10, 1)]
    [InlineData(10.01, 0.5)]
    public void Lower_is_better_bands_read_at_most(double value, double points)
    {
        var rule = ScoringRule.Banded([new ScoreBand(5m, 2m), new ScoreBand(10m, 1m)], otherwisePoints: 0.5m, Polarity.LowerIsBetter);

        rule.Score((decimal)value).Points.Should().Be((decimal)points);
        rule.MaximumPoints.Should().Be(2m);
    }

    [Fact]
    public void Bands_say_which_band_was_reached()
    {
        TwoOneZero().Score(96m).Describe(Language.Vietnamese).Should().Be("96 ≥ 95 → 2 trên 2 điểm (theo bậc)");
        TwoOneZero().Score(85m).Describe(Language.English).Should().Be("85 ≥ 80 → 1 of 2 points (bands)");
        TwoOneZero().Score(50m).Describe(Language.English).Should().Be("50 reaches no band (the last is ≥ 80) → 0 of 2 points");
        TwoOneZero().Describe(Language.Vietnamese).Should().Be("theo bậc: ≥ 95 → 2; ≥ 80 → 1; còn lại → 0 điểm");
    }
}
