using De06Metrics;
using De06Metrics.Growth;
using De06Metrics.Measures;
using De06Metrics.Text;
using static De06Metrics.Tests.Growth.GrowthIndicators;

namespace De06Metrics.Tests.Growth;

public class TrendAssessmentTest
{
    private static readonly LocalDate End2022 = new(2022, 12, 31);
    private static readonly LocalDate End2023 = new(2023, 12, 31);

    [Theory]
    // One year, so the CAGR is the plain change: 1,5% is good (bound included), 0,5% fair, 0,4999% and 0 limited
    // (a flat series is limited progress), −0,0001% and −3% a deterioration: open-sdg's four bands without a target.
    [InlineData("101.5", TrendCategory.Good)]
    [InlineData("101.4999", TrendCategory.Fair)]
    [InlineData("100.5", TrendCategory.Fair)]
    [InlineData("100.4999", TrendCategory.Limited)]
    [InlineData("100", TrendCategory.Limited)]
    [InlineData("99.9999", TrendCategory.Deterioration)]
    [InlineData("97", TrendCategory.Deterioration)]
    public void Default_bounds_are_one_and_a_half_half_a_percent_and_zero_a_year(string end, TrendCategory expected) =>
        TrendAssessment.Assess(OnlineRate, new DatedValue(End2022, 100m), new DatedValue(End2023, Parse(end))).Category.Should().Be(expected);

    [Fact]
    public void Two_percent_a_year_over_two_years_is_good()
    {
        // 100 × 1,02² = 104,04.
        var trend = TrendAssessment.Assess(OnlineRate, new DatedValue(new LocalDate(2021, 12, 31), 100m), new DatedValue(End2023, 104.04m));
        trend.Growth.Percent.Should().Be(2m);
        trend.Category.Should().Be(TrendCategory.Good);
        trend.Describe(Language.Vietnamese).Should().Be("Xu hướng tốt: tăng bình quân 2,0%/năm từ 31/12/2021 đến 31/12/2023");
        trend.Describe(Language.English).Should().Be("Good trend: up 2.0% a year on average from 31 December 2021 to 31 December 2023");
    }

    [Fact]
    public void Lower_is_better_reads_a_fall_as_good()
    {
        TrendAssessment.Assess(LateRate, new DatedValue(End2022, 10m), new DatedValue(End2023, 9.8m)).Category.Should().Be(TrendCategory.Good);
        TrendAssessment.Assess(LateRate, new DatedValue(End2022, 10m), new DatedValue(End2023, 10.2m)).Category.Should().Be(TrendCategory.Deterioration);
    }

    [Fact]
    public void Bounds_can_be_set_and_must_fall()
    {
        var strict = new TrendThresholds(3m, 1m);
        TrendAssessment.Assess(OnlineRate, new DatedValue(End2022, 100m), new DatedValue(End2023, 102m), strict).Category.Should().Be(TrendCategory.Fair);
        FluentActions.Invoking(() => new TrendThresholds(1m, 1m))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "fair" && e.Message.Contains('1'));
        FluentActions.Invoking(() => new TrendThresholds(1m, 0.5m, 0.5m))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "limited" && e.Message.Contains("0.5"));

        // A tolerance for small falls: from −0,5% a year a fall is limited, below it a deterioration.
        var lenient = new TrendThresholds(1.5m, 0.5m, -0.5m);
        TrendAssessment.Assess(OnlineRate, new DatedValue(End2022, 100m), new DatedValue(End2023, 99.5m), lenient).Category.Should().Be(TrendCategory.Limited);
        TrendAssessment.Assess(OnlineRate, new DatedValue(End2022, 100m), new DatedValue(End2023, 99.4m), lenient).Category.Should().Be(TrendCategory.Deterioration);
    }

    [Fact]
    public void Near_a_natural_maximum_the_bounds_shrink_as_open_sdg_shrinks_them()
    {
        // 95% → 95,7% in a year is +0,7368% a year: only fair against the plain bounds. With the natural limit of 100%,
        // C = 1 − 0,95^4,44 = 1 − e^(4,44 · ln 0,95) = 1 − 0,79633 = 0,20367, so good starts at 1,5 × C = 0,3055% a
        // year and fair at 0,5 × C = 0,1018%: the trend is good.
        var start = new DatedValue(End2022, 95m);
        var end = new DatedValue(End2023, 95.7m);
        TrendAssessment.Assess(OnlineRate, start, end).Category.Should().Be(TrendCategory.Fair);

        var nearLimit = TrendAssessment.Assess(OnlineRate, start, end, naturalLimit: 100m);
        nearLimit.LimitFactor!.Value.Should().BeApproximately(0.2036705m, 0.0000001m);
        nearLimit.Thresholds.Good.Should().BeApproximately(0.3055057m, 0.0000001m);
        nearLimit.Thresholds.Fair.Should().BeApproximately(0.1018352m, 0.0000001m);
        nearLimit.Thresholds.Limited.Should().Be(0m, "bounds at or below zero are never scaled");
        nearLimit.NominalThresholds.Should().Be(TrendThresholds.Default);
        nearLimit.Category.Should().Be(TrendCategory.Good);

        // A fall is still a deterioration, however close the limit.
        TrendAssessment.Assess(OnlineRate, start, new DatedValue(End2023, 94.9m), naturalLimit: 100m).Category.Should().Be(TrendCategory.Deterioration);
    }

    [Fact]
    public void At_the_limit_holding_the_value_is_good()
    {
        // C = 0: every bound above zero becomes 0, so growth of 0 or more is good.
        var held = TrendAssessment.Assess(OnlineRate, new DatedValue(End2022, 100m), new DatedValue(End2023, 100m), naturalLimit: 100m);
        held.LimitFactor.Should().Be(0m);
        held.Category.Should().Be(TrendCategory.Good);
    }

    [Fact]
    public void A_minimum_is_mirrored_and_far_values_are_not_scaled()
    {
        // Lower is better, minimum 2: from 3, y₀ / L = 1,5, so C = 1 − (2 − 1,5)^4,44 = 1 − 0,5^4,44 = 0,95393.
        var mirrored = TrendAssessment.Assess(LateRate, new DatedValue(End2022, 3m), new DatedValue(End2023, 2.99m), naturalLimit: 2m);
        mirrored.LimitFactor!.Value.Should().BeApproximately(0.9539291m, 0.0000001m);

        // From 4 or more (twice the minimum) the limit is too far to matter; a minimum of 0 never matters.
        TrendAssessment.Assess(LateRate, new DatedValue(End2022, 4m), new DatedValue(End2023, 3.9m), naturalLimit: 2m).LimitFactor.Should().Be(1m);
        TrendAssessment.Assess(LateRate, new DatedValue(End2022, 4m), new DatedValue(End2023, 3.9m), naturalLimit: 0m).LimitFactor.Should().Be(1m);
    }

    [Fact]
    public void A_limit_on_the_wrong_side_is_refused_naming_it()
    {
        FluentActions.Invoking(() => TrendAssessment.Assess(OnlineRate, new DatedValue(End2022, 95m), new DatedValue(End2023, 96m), naturalLimit: 0m))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("naturalLimit").WithMessage("*maximum*0*");
        FluentActions.Invoking(() => TrendAssessment.Assess(LateRate, new DatedValue(End2022, 5m), new DatedValue(End2023, 4m), naturalLimit: -1m))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("naturalLimit").WithMessage("*minimum*-1*");
    }

    [Fact]
    public void The_new_bands_have_their_words()
    {
        var flat = TrendAssessment.Assess(OnlineRate, new DatedValue(End2022, 100m), new DatedValue(End2023, 100m));
        flat.Describe(Language.Vietnamese).Should().StartWith("Tiến bộ hạn chế: ");
        flat.Describe(Language.English).Should().StartWith("Limited progress: ");
        var falling = TrendAssessment.Assess(OnlineRate, new DatedValue(End2022, 100m), new DatedValue(End2023, 97m));
        falling.Describe(Language.Vietnamese).Should().StartWith("Xu hướng đi xuống: giảm bình quân 3,0%/năm");
        falling.Describe(Language.English).Should().StartWith("Deteriorating trend: down 3.0% a year on average");
    }

    [Fact]
    public void A_zero_start_cannot_be_assessed()
    {
        var trend = TrendAssessment.Assess(HealthRecords, new DatedValue(End2022, 0m), new DatedValue(End2023, 10m));
        trend.Category.Should().Be(TrendCategory.Unassessable);
        trend.Reason.Should().Be(NotMeaningfulReason.ZeroBase);
        trend.Describe(Language.English).Should().Be("Trend cannot be assessed because the base value is zero from 31 December 2022 to 31 December 2023");
    }

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
