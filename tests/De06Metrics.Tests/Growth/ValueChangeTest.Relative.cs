using De06Metrics;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using static De06Metrics.Tests.Growth.GrowthIndicators;

namespace De06Metrics.Tests.Growth;

public partial class ValueChangeTest
{
    [Fact]
    public void Percent_change_divides_by_the_base()
    {
        // (88,8 − 72,3) × 100 / 72,3 = 1650 / 72,3 = 22,821576763485477178423236515…
        var change = ValueChange.Relative(OnlineRate, 72.3m, 88.8m);

        change.Kind.Should().Be(ChangeKind.Percent);
        change.Amount.Should().BeApproximately(22.821576763485477178423236515m, 1e-25m);
        ValueChange.Relative(HealthRecords, 100m, 121m).Amount.Should().Be(21m);
    }

    [Theory]
    // The base is read as |base| (OECD), so a negative base that rises reads as growth:
    // −4 → −2: (−2 + 4) / 4 = +50%; −4 → −6: (−6 + 4) / 4 = −50%. pandas' pct_change gives the opposite signs.
    [InlineData(-4, -2, 50)]
    [InlineData(-4, -6, -50)]
    // A move to zero is meaningful: all of the value is gone.
    [InlineData(4, 0, -100)]
    [InlineData(-4, 0, 100)]
    public void Negative_bases_are_read_against_their_size(int baseValue, int currentValue, int expected)
    {
        var change = ValueChange.Relative(Measure.Count(), Polarity.HigherIsBetter, baseValue, currentValue);
        change.Amount.Should().Be(expected);
        change.Direction.Should().Be(expected > 0 ? ChangeDirection.Increase : ChangeDirection.Decrease);
    }

    [Fact]
    public void A_zero_base_is_not_meaningful_yet_the_direction_is_known()
    {
        var change = ValueChange.Relative(HealthRecords, 0m, 5m);

        change.Amount.Should().BeNull();
        change.IsMeaningful.Should().BeFalse();
        change.Reason.Should().Be(NotMeaningfulReason.ZeroBase);
        change.Direction.Should().Be(ChangeDirection.Increase);
        change.Assessment.Should().Be(ChangeAssessment.Improvement);
    }

    [Theory]
    [InlineData(-4, 2)]
    [InlineData(3, -1)]
    public void A_change_of_sign_is_not_meaningful(int baseValue, int currentValue)
    {
        var change = ValueChange.Relative(Measure.Money(Currency.Vnd), Polarity.HigherIsBetter, baseValue, currentValue);
        change.Amount.Should().BeNull();
        change.Reason.Should().Be(NotMeaningfulReason.SignChange);
    }

    [Fact]
    public void A_percent_too_large_for_decimal_is_out_of_range_not_infinite()
    {
        var change = ValueChange.Relative(Measure.Count(), Polarity.HigherIsBetter, 0.0000000000000000000000000001m, 79_000_000_000_000_000_000_000_000m);
        change.Amount.Should().BeNull();
        change.Reason.Should().Be(NotMeaningfulReason.OutOfRange);
    }

    [Fact]
    public void A_within_band_change_is_not_assessed()
    {
        ValueChange.Relative(Banded, 80m, 90m).Assessment.Should().Be(ChangeAssessment.NotAssessed);
    }
}
