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
    // One year, so the CAGR is the plain change: 1,5% is good (bound included), 0,5% fair, 0,4999% poor.
    [InlineData("101.5", TrendCategory.Good)]
    [InlineData("101.4999", TrendCategory.Fair)]
    [InlineData("100.5", TrendCategory.Fair)]
    [InlineData("100.4999", TrendCategory.Poor)]
    [InlineData("97", TrendCategory.Poor)]
    public void Default_bounds_are_one_and_a_half_and_half_a_percent_a_year(string end, TrendCategory expected) =>
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
        TrendAssessment.Assess(LateRate, new DatedValue(End2022, 10m), new DatedValue(End2023, 10.2m)).Category.Should().Be(TrendCategory.Poor);
    }

    [Fact]
    public void Bounds_can_be_set_and_must_fall()
    {
        var strict = new TrendThresholds(3m, 1m);
        TrendAssessment.Assess(OnlineRate, new DatedValue(End2022, 100m), new DatedValue(End2023, 102m), strict).Category.Should().Be(TrendCategory.Fair);
        FluentActions.Invoking(() => new TrendThresholds(1m, 1m))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "fair" && e.Message.Contains('1'));
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
