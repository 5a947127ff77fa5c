using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Tests.Measures;

[Trait("Category", "Text")]
public class RateTest
{
    [Fact]
    public void Subtracting_rates_gives_percentage_points_exactly()
    {
        // The report: 88,8% against a target of 70% is 18,8 points over; in double this would be 18.799999999999997.
        var difference = Rate.FromPercent(88.8m) - Rate.FromPercent(70m);
        difference.Should().Be(PercentagePoints.FromValue(18.8m));
        difference.Value.Should().Be(18.8m);
    }

    [Fact]
    public void Adding_points_to_a_rate_moves_it()
    {
        var moved = Rate.FromPercent(70m) + PercentagePoints.FromValue(18.8m);
        moved.Percent.Should().Be(88.8m);
        moved.HasParts.Should().BeFalse();
    }

    [Fact]
    public void Parts_give_the_percent_and_are_kept()
    {
        var rate = Rate.FromParts(17m, 33m);
        rate.Numerator.Should().Be(17m);
        rate.Denominator.Should().Be(33m);
        // 17/33 = 0,515151…; the percent is exact to decimal's 28 digits.
        rate.Percent.Should().BeApproximately(51.51515151515m, 0.00000000001m);
        rate.Fraction.Should().BeApproximately(0.5151515151515m, 0.0000000000001m);
    }

    [Fact]
    public void Combining_adds_numerators_and_denominators_never_averages_percentages()
    {
        // 80/100 and 30/50: (80 + 30) / (100 + 50) = 73,33%; the mean of 80% and 60% would be 70%.
        var combined = Rate.Combine([Rate.FromParts(80m, 100m), Rate.FromParts(30m, 50m)]);
        combined.Numerator.Should().Be(110m);
        combined.Denominator.Should().Be(150m);
        decimal.Round(combined.Percent, 2).Should().Be(73.33m);
    }

    [Fact]
    public void Combining_a_rate_without_parts_is_refused_with_its_position()
    {
        var act = () => Rate.Combine([Rate.FromParts(1m, 2m), Rate.FromPercent(50m)]);
        act.Should().Throw<ArgumentException>().WithParameterName("rates").WithMessage("Rate 1 (50%)*");
    }

    [Fact]
    public void Combining_nothing_is_refused()
    {
        var act = () => Rate.Combine([]);
        act.Should().Throw<ArgumentException>().WithParameterName("rates");
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.01)]
    public void A_percent_outside_0_to_100_is_refused_naming_the_value(double percent)
    {
        var act = () => Rate.FromPercent((decimal)percent);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("percent")
            .Which.ActualValue.Should().Be((decimal)percent);
    }

    [Fact]
    public void A_percent_above_100_is_accepted_when_allowed() =>
        Rate.FromPercent(112.5m, allowAboveWhole: true).Percent.Should().Be(112.5m);

    [Fact]
    public void A_negative_denominator_is_refused()
    {
        var act = () => Rate.FromParts(1m, -3m);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("denominator").WithMessage("*-3*");
    }

    [Fact]
    public void A_zero_denominator_is_refused_with_the_reason()
    {
        var act = () => Rate.FromParts(0m, 0m);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("denominator").WithMessage("*nothing to count*");
    }

    [Fact]
    public void A_numerator_above_its_denominator_is_refused_unless_allowed()
    {
        var act = () => Rate.FromParts(18m, 17m);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator").WithMessage("*18*17*");
        Rate.FromParts(18m, 17m, allowAboveWhole: true).Percent.Should().BeGreaterThan(100m);
    }

    [Fact]
    public void A_negative_numerator_is_refused()
    {
        var act = () => Rate.FromParts(-1m, 17m);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator");
    }

    [Fact]
    public void Equality_includes_the_parts_and_ordering_the_percent_only()
    {
        var half = Rate.FromParts(1m, 2m);
        var alsoHalf = Rate.FromParts(2m, 4m);
        (half == alsoHalf).Should().BeFalse();
        half.CompareTo(alsoHalf).Should().Be(0);
        (half == Rate.FromParts(1m, 2m)).Should().BeTrue();
        half.GetHashCode().Should().Be(Rate.FromParts(1m, 2m).GetHashCode());
        (Rate.FromPercent(70m) < Rate.FromPercent(88.8m)).Should().BeTrue();
        (Rate.FromPercent(70m) >= Rate.FromPercent(70m)).Should().BeTrue();
    }

    [Theory]
    [InlineData("vi", null, "17/33 (51,5%)")]
    [InlineData("en", null, "17/33 (51.5%)")]
    [InlineData("vi", "F", "17/33")]
    [InlineData("vi", "P2", "51,52%")]
    public void Formats_with_parts(string language, string? format, string expected) =>
        Rate.FromParts(17m, 33m).ToString(format, Language.FromCode(language)).Should().Be(expected);

    [Fact]
    public void Formats_a_full_rate_and_a_plain_percent()
    {
        Rate.FromParts(17m, 17m).ToString(null, Language.Vietnamese).Should().Be("17/17 (100,0%)");
        Rate.FromPercent(66.7m).ToString(null, Language.Vietnamese).Should().Be("66,7%");
        Rate.FromPercent(66.7m).ToString("F", Language.English).Should().Be("66.7%");
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        var act = () => Rate.FromPercent(1m).ToString("X", Language.English);
        act.Should().Throw<FormatException>().WithMessage("*'X'*");
    }
}
