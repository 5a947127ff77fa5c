using De06Metrics.Growth;
using static De06Metrics.Tests.Growth.GrowthIndicators;

namespace De06Metrics.Tests.Growth;

/// <summary>Where the natural limit deliberately differs from open-sdg's ProgressMeasure.py (see docs/growth.md).</summary>
public class OpenSdgLimitTest
{
    private static readonly LocalDate End2022 = new(2022, 12, 31);
    private static readonly LocalDate End2023 = new(2023, 12, 31);

    [Fact]
    public void A_base_past_its_maximum_counts_as_at_it()
    {
        // 101% held for a year against a maximum of 100%. open-sdg mirrors 101 into 99:
        // C = 1 − ((2 · 100 − 101) / 100)^4,44 = 1 − 0,99^4,44 = 1 − e^(4,44 · −0,0100503) = 1 − 0,956358 = 0,043642,
        // so a growth of 0 is only limited progress there. Here a base at or past the limit gives C = 0: holding is good.
        var held = TrendAssessment.Assess(OnlineRate, new DatedValue(End2022, 101m), new DatedValue(End2023, 101m), naturalLimit: 100m);

        held.LimitFactor.Should().Be(0m);
        held.Category.Should().Be(TrendCategory.Good);
    }

    [Fact]
    public void Between_a_minimum_and_twice_it_the_factor_is_mirrored_as_open_sdg_mirrors_it()
    {
        // Lower is better, minimum 10, base 15: C = 1 − ((2 · 10 − 15) / 10)^4,44 = 1 − 0,5^4,44 = 1 − 2^−4,44
        // = 1 − 0,046071 = 0,953929; good then starts at 1,5 × 0,953929 = 1,430893% a year.
        var trend = TrendAssessment.Assess(LateRate, new DatedValue(End2022, 15m), new DatedValue(End2023, 14.8m), naturalLimit: 10m);

        trend.LimitFactor!.Value.Should().BeApproximately(0.953929m, 0.000001m);
        trend.Thresholds.Good.Should().BeApproximately(1.430893m, 0.000001m);
        // 15 → 14,8 is −1,3333% a year, +1,3333% in the better direction: fair (below 1,430893, above 0,5 × C = 0,476964).
        trend.Category.Should().Be(TrendCategory.Fair);
    }
}
