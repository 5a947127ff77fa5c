using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Tests.Indicators;

public class RollUpTest
{
    private static Indicator Make(Measure measure, RollUpRule? rule = null, Polarity polarity = Polarity.HigherIsBetter) =>
        new(new IndicatorCode("X"), new LocalizedText("Chỉ tiêu X"), measure, polarity, rollUp: rule);

    [Fact]
    public void Rates_add_numerators_and_denominators()
    {
        // 80/100 and 30/50 → 110/150 = 73,33…%, not the 70% mean of 80% and 60%.
        var combined = RollUp.Combine(Make(Measure.Rate), [MeasuredValue.FromRateParts(80m, 100m), MeasuredValue.FromRateParts(30m, 50m)]);
        combined!.Value.Numerator.Should().Be(110m);
        combined.Value.Denominator.Should().Be(150m);
        decimal.Round(combined.Value.Value, 2).Should().Be(73.33m);
    }

    [Fact]
    public void A_rate_without_parts_cannot_roll_up_and_the_error_names_its_position()
    {
        var act = () => RollUp.Combine(Make(Measure.Rate), [MeasuredValue.FromRateParts(80m, 100m), MeasuredValue.Of(60m)]);
        act.Should().Throw<ArgumentException>().WithParameterName("values").WithMessage("Value 1 (60)*never by averaging*");
    }

    [Fact]
    public void Counts_of_a_total_add_both_parts()
    {
        var combined = RollUp.Combine(Make(Measure.Count(), RollUpRule.Sum), [MeasuredValue.FromCountOfTotal(17m, 33m), MeasuredValue.FromCountOfTotal(4m, 10m)]);
        combined.Should().Be(MeasuredValue.FromCountOfTotal(21m, 43m));
        RollUp.Combine(Make(Measure.Count()), [MeasuredValue.Of(903_221m), MeasuredValue.Of(165_679m)])
            .Should().Be(MeasuredValue.Of(1_068_900m));
    }

    [Fact]
    public void A_weighted_mean_uses_the_given_weights()
    {
        // Scores 80 (weight 3) and 60 (weight 1): (240 + 60) / 4 = 75.
        var combined = RollUp.Combine(Make(Measure.Score(100m), RollUpRule.WeightedMean), [MeasuredValue.Of(80m), MeasuredValue.Of(60m)], [3m, 1m]);
        combined.Should().Be(MeasuredValue.Of(75m));
    }

    [Fact]
    public void A_weighted_mean_without_weights_or_parts_is_refused()
    {
        var act = () => RollUp.Combine(Make(Measure.Score(100m), RollUpRule.WeightedMean), [MeasuredValue.Of(80m)]);
        act.Should().Throw<ArgumentException>().WithParameterName("weights");
    }

    [Theory]
    [InlineData(new[] { -1.0, 2.0 }, "negative")]
    [InlineData(new[] { 0.0, 0.0 }, "zero")]
    [InlineData(new[] { 1.0 }, "1 weights for 2 values")]
    public void Bad_weights_are_refused(double[] weights, string reason)
    {
        var act = () => RollUp.Combine(Make(Measure.Score(100m), RollUpRule.WeightedMean), [MeasuredValue.Of(80m), MeasuredValue.Of(60m)], weights.Select(w => (decimal)w).ToArray());
        act.Should().Throw<ArgumentException>().WithParameterName("weights").WithMessage($"*{reason}*");
    }

    [Fact]
    public void Yes_no_rolls_up_as_all_or_any()
    {
        MeasuredValue[] answers = [MeasuredValue.FromBoolean(true), MeasuredValue.FromBoolean(false)];
        RollUp.Combine(Make(Measure.YesNo, RollUpRule.Minimum), answers).Should().Be(MeasuredValue.FromBoolean(false));
        RollUp.Combine(Make(Measure.YesNo, RollUpRule.Maximum), answers).Should().Be(MeasuredValue.FromBoolean(true));
    }

    [Fact]
    public void No_values_is_no_data_not_zero() =>
        RollUp.Combine(Make(Measure.Count()), []).Should().BeNull();

    [Fact]
    public void One_child_rolls_up_to_itself()
    {
        var child = MeasuredValue.FromRateParts(17m, 33m);
        RollUp.Combine(Make(Measure.Rate), [child]).Should().Be(child);
    }

    [Fact]
    public void An_indicator_that_does_not_roll_up_says_so()
    {
        var act = () => RollUp.Combine(Make(Measure.Rank, polarity: Polarity.LowerIsBetter), [MeasuredValue.Of(11m)]);
        act.Should().Throw<ArgumentException>().WithParameterName("indicator").WithMessage("*'X' does not roll up*");
    }

    [Fact]
    public void A_value_that_does_not_fit_the_measure_is_refused()
    {
        var act = () => RollUp.Combine(Make(Measure.Count()), [MeasuredValue.Of(1m), MeasuredValue.Of(-2m)]);
        act.Should().Throw<ArgumentException>().WithParameterName("values").WithMessage("Value 1*negative*");
    }
}
