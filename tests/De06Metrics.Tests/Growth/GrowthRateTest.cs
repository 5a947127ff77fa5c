using De06Metrics;
using De06Metrics.Growth;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Tests.Growth;

public class GrowthRateTest
{
    private static readonly LocalDate End2020 = new(2020, 12, 31);

    [Fact]
    public void From_100_to_121_in_two_years_is_exactly_ten_percent()
    {
        // (121 / 100)^(1/2) − 1 = 1,1 − 1 = 0,1.
        var growth = GrowthRate.CompoundAnnual(100m, 121m, 2m);

        growth.Percent.Should().Be(10m);
        growth.Fraction.Should().Be(0.1m);
        growth.IsMeaningful.Should().BeTrue();
        GrowthRate.CompoundAnnual(new DatedValue(new LocalDate(2021, 12, 31), 100m), new DatedValue(new LocalDate(2023, 12, 31), 121m))
            .Percent.Should().Be(10m);
    }

    [Fact]
    public void From_50_to_80_in_six_years_needs_8_1484_percent_a_year()
    {
        // (80 / 50)^(1/6) − 1 = 1,6^(1/6) − 1 = 0,0814837471201989479312383771…
        var required = GrowthRate.RequiredToReach(new DatedValue(End2020, 50m), new DatedValue(new LocalDate(2026, 12, 31), 80m));

        required.Years.Should().Be(6m);
        required.Percent.Should().BeApproximately(8.148374712019894793123837716m, 1e-20m);
        Math.Round(required.Percent!.Value, 4).Should().Be(8.1484m);
    }

    [Fact]
    public void A_fractional_span_goes_through_double_precision()
    {
        // 100 → 150 in 18 months: 1,5^(1/1,5) − 1 = 0,3103706971044483035708306402…
        var growth = GrowthRate.CompoundAnnual(new DatedValue(new LocalDate(2022, 12, 31), 100m), new DatedValue(new LocalDate(2024, 6, 30), 150m));

        growth.Years.Should().Be(1.5m);
        ((double)growth.Percent!.Value).Should().BeApproximately(31.03706971044483, 1e-10);
    }

    [Fact]
    public void Leap_years_matter_only_when_counting_days()
    {
        // 100 → 110 from 31/12/2023 to 31/12/2024: 12 whole months give exactly 10%; counting days gives 366/365,2425
        // years and 1,1^(365,2425/366) − 1 = 9,9783034494849353694…%.
        var start = new DatedValue(new LocalDate(2023, 12, 31), 100m);
        var end = new DatedValue(new LocalDate(2024, 12, 31), 110m);

        GrowthRate.CompoundAnnual(start, end, YearCounting.WholeMonths).Percent.Should().Be(10m);
        ((double)GrowthRate.CompoundAnnual(start, end, YearCounting.ActualDays).Percent!.Value).Should().BeApproximately(9.978303449484935, 1e-10);
    }

    [Fact]
    public void Negative_values_grow_against_their_size()
    {
        // −4 → −1 in two years at +50% a year: −4, −2, −1. Standard CAGR would say −50%.
        GrowthRate.CompoundAnnual(-4m, -1m, 2m).Percent.Should().Be(50m);
        // One year: the same as the percent change, −4 → −2 = +50%.
        GrowthRate.CompoundAnnual(-4m, -2m, 1m).Percent.Should().Be(50m);
        GrowthRate.CompoundAnnual(-4m, -8m, 1m).Percent.Should().Be(-100m);
    }

    [Fact]
    public void A_fall_to_zero_is_minus_100_percent_a_year()
    {
        GrowthRate.CompoundAnnual(100m, 0m, 3m).Percent.Should().Be(-100m);
    }

    [Theory]
    [InlineData(0, 10, NotMeaningfulReason.ZeroBase)]
    [InlineData(-4, 2, NotMeaningfulReason.SignChange)]
    [InlineData(5, -1, NotMeaningfulReason.SignChange)]
    public void Zero_bases_and_sign_changes_are_not_meaningful(int start, int end, NotMeaningfulReason reason)
    {
        var growth = GrowthRate.CompoundAnnual(start, end, 2m);
        growth.Percent.Should().BeNull();
        growth.Fraction.Should().BeNull();
        growth.Reason.Should().Be(reason);
        growth.Project(100m, 1m).Should().BeNull();
    }

    [Fact]
    public void Extreme_growth_is_out_of_range_rather_than_infinite()
    {
        var growth = GrowthRate.CompoundAnnual(0.0000000001m, 10_000_000_000m, 0.01m);
        growth.Percent.Should().BeNull();
        growth.Reason.Should().Be(NotMeaningfulReason.OutOfRange);
    }

    [Fact]
    public void A_rate_projects_forward()
    {
        // 121 × 1,1² = 146,41; −4 at +50% for two years: −4 × 0,5² = −1.
        GrowthRate.CompoundAnnual(100m, 121m, 2m).Project(121m, 2m).Should().Be(146.41m);
        GrowthRate.CompoundAnnual(-4m, -2m, 1m).Project(-4m, 2m).Should().Be(-1m);
        ((double)GrowthRate.CompoundAnnual(100m, 121m, 2m).Project(100m, 0.5m)!.Value).Should().BeApproximately(100 * Math.Sqrt(1.1), 1e-9);
        FluentActions.Invoking(() => GrowthRate.CompoundAnnual(100m, 121m, 2m).Project(1m, -1m))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("years");
    }

    [Fact]
    public void A_rate_reads_in_both_languages()
    {
        GrowthRate.CompoundAnnual(100m, 121m, 2m).Describe(Language.Vietnamese).Should().Be("tăng bình quân 10,0%/năm");
        GrowthRate.CompoundAnnual(100m, 121m, 2m).Describe(Language.English).Should().Be("up 10.0% a year on average");
        GrowthRate.CompoundAnnual(121m, 100m, 2m).ToString("N2", Language.Vietnamese).Should().Be("giảm bình quân 9,09%/năm");
        GrowthRate.CompoundAnnual(0m, 5m, 2m).Describe(Language.Vietnamese).Should().Be("không tính được tốc độ tăng bình quân vì giá trị gốc bằng 0");
        GrowthRate.CompoundAnnual(-4m, 2m, 2m).Describe(Language.English)
            .Should().Be("the average annual growth cannot be computed because the base and the compared value have opposite signs");
    }

    [Fact]
    public void Bad_spans_name_their_argument_and_value()
    {
        FluentActions.Invoking(() => GrowthRate.CompoundAnnual(1m, 2m, 0m))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "years" && e.Message.Contains('0'));
        FluentActions.Invoking(() => GrowthRate.CompoundAnnual(new DatedValue(End2020, 1m), new DatedValue(End2020, 2m)))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "end" && e.Message.Contains("2020-12-31"));
        FluentActions.Invoking(() => GrowthRate.RequiredToReach(new DatedValue(End2020, 1m), new DatedValue(new LocalDate(2019, 12, 31), 2m)))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "target" && e.Message.Contains("2019-12-31"));
    }
}
