using De06Metrics;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using static De06Metrics.Tests.Growth.GrowthIndicators;

namespace De06Metrics.Tests.Growth;

public partial class ValueChangeTest
{
    [Fact]
    public void A_rate_changes_by_percentage_points()
    {
        // 88,8% − 72,3% = 16,5 points, exactly in decimal (in double it would be 16.499999999999993).
        var change = ValueChange.Absolute(OnlineRate, 72.3m, 88.8m);

        change.Kind.Should().Be(ChangeKind.PercentagePoints);
        change.Amount.Should().Be(16.5m);
        change.IsMeaningful.Should().BeTrue();
        change.Reason.Should().Be(NotMeaningfulReason.None);
        change.Direction.Should().Be(ChangeDirection.Increase);
        change.Assessment.Should().Be(ChangeAssessment.Improvement);
        change.ToPercentagePoints().Should().Be(PercentagePoints.FromValue(16.5m));
    }

    [Fact]
    public void A_count_changes_by_units()
    {
        var change = ValueChange.Absolute(HealthRecords, 800_000m, 903_221m);

        change.Kind.Should().Be(ChangeKind.Units);
        change.Amount.Should().Be(103_221m);
        FluentActions.Invoking(() => change.ToPercentagePoints()).Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, 10, 8, ChangeAssessment.Deterioration)]
    [InlineData(Polarity.LowerIsBetter, 10, 8, ChangeAssessment.Improvement)]
    [InlineData(Polarity.LowerIsBetter, 8, 10, ChangeAssessment.Deterioration)]
    [InlineData(Polarity.HigherIsBetter, 8, 8, ChangeAssessment.Unchanged)]
    [InlineData(Polarity.WithinBand, 8, 10, ChangeAssessment.NotAssessed)]
    public void Improvement_follows_the_polarity(Polarity polarity, int baseValue, int currentValue, ChangeAssessment expected) =>
        ValueChange.Absolute(Measure.Rate, polarity, baseValue, currentValue).Assessment.Should().Be(expected);

    [Fact]
    public void A_rank_is_refused_because_its_change_counts_places_the_other_way()
    {
        var act = () => ValueChange.Absolute(PapiRank, 40m, 11m);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("indicator");
    }

    [Fact]
    public void A_yes_no_value_has_no_change()
    {
        var act = () => ValueChange.Relative(Measure.YesNo, Polarity.HigherIsBetter, 0m, 1m);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("measure");
    }

    [Fact]
    public void Bad_arguments_name_themselves_and_their_value()
    {
        FluentActions.Invoking(() => ValueChange.Absolute(Measure.Rate, (Polarity)9, 1m, 2m))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "polarity" && e.Message.Contains('9'));
        FluentActions.Invoking(() => ValueChange.Absolute(Measure.Rate, Polarity.HigherIsBetter, 1m, 2m, displayDecimals: 11))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "displayDecimals" && e.Message.Contains("11"));
        FluentActions.Invoking(() => ValueChange.Absolute(Measure.Count(), Polarity.HigherIsBetter, decimal.MinValue, decimal.MaxValue))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "currentValue");
        FluentActions.Invoking(() => ValueChange.Absolute((Indicator)null!, 1m, 2m))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("indicator");
    }
}
