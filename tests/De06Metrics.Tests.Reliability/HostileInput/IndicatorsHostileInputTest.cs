using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Tests.Reliability.Support;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Reliability.HostileInput;

/// <summary>Indicators, goals, targets, observations and roll-ups.</summary>
public class IndicatorsHostileInputTest
{
    private static readonly IndicatorCode Code = new("X");
    private static readonly LocalizedText Name = new("Chỉ tiêu X");

    [Fact]
    public void Codes_names_and_the_indicator_constructor_refuse_what_cannot_be_an_indicator()
    {
        Expect.ArgumentError(() => new IndicatorCode(null!), "value");
        Expect.ArgumentError(() => new IndicatorCode(" "), "value");
        Expect.ArgumentError(() => new IndicatorCode(" X"), "value", "' X'");
        Expect.ArgumentError(() => new LocalizedText(""), "vietnamese");
        Expect.ArgumentError(() => new LocalizedText("tên", " "), "english");
        Expect.ArgumentError(() => new Indicator(default, Name, Measure.Rate, Polarity.HigherIsBetter), "code", "default");
        Expect.ArgumentError(() => new Indicator(Code, default, Measure.Rate, Polarity.HigherIsBetter), "name", "'X'");
        Expect.ArgumentError(() => new Indicator(Code, Name, null!, Polarity.HigherIsBetter), "measure");
        Expect.OutOfRange(() => new Indicator(Code, Name, Measure.Rate, (Polarity)7), "polarity", (Polarity)7, "7");
        Expect.OutOfRange(() => new Indicator(Code, Name, Measure.Rate, Polarity.HigherIsBetter, displayDecimals: 11), "displayDecimals", 11, "11");
        Expect.ArgumentError(() => new Indicator(Code, Name, Measure.Rank, Polarity.HigherIsBetter), "polarity", "'X'", "HigherIsBetter");
        Expect.ArgumentError(() => new Indicator(Code, Name, Measure.YesNo, Polarity.WithinBand), "polarity", "WithinBand");
        Expect.OutOfRange(() => new Indicator(Code, Name, Measure.Rate, Polarity.HigherIsBetter, rollUp: (RollUpRule)42), "rollUp", (RollUpRule)42, "42");
        Expect.ArgumentError(() => new Indicator(Code, Name, Measure.Rank, Polarity.LowerIsBetter, rollUp: RollUpRule.Sum), "rollUp", "Sum");
    }

    [Fact]
    public void Goals_refuse_reversed_bounds_and_negative_tolerances()
    {
        Expect.ArgumentError(() => Goal.Between(2m, 1m), "low", "2", "1");
        Expect.OutOfRange(() => Goal.Exactly(95m, -1m), "tolerance", -1m, "-1");
    }

    /// <summary>Defect found: the midpoint of a range above half of decimal's range overflowed in (low + high) / 2.</summary>
    [Fact]
    public void The_midpoint_of_a_range_at_decimals_limits_is_computed_not_overflowed()
    {
        Goal.Between(decimal.MaxValue, decimal.MaxValue).Value.Should().Be(decimal.MaxValue);
        Goal.Between(decimal.MinValue, decimal.MinValue).Value.Should().Be(decimal.MinValue);
        Goal.Between(decimal.MinValue, decimal.MaxValue).Value.Should().Be(0m);
        Goal.Between(decimal.MaxValue - 2m, decimal.MaxValue).Value.Should().Be(decimal.MaxValue - 1m);
        Goal.Between(70m, 80m).Value.Should().Be(75m);
    }

    [Fact]
    public void Targets_and_observations_refuse_missing_parts_and_as_of_dates_outside_their_period()
    {
        var q1 = ReportingPeriod.ForQuarter(2024, 1);
        var unit = new UnitId("HG");
        Expect.ArgumentError(() => new Observation(Code, unit, null!, MeasuredValue.Of(1m)), "period");
        Expect.ArgumentError(() => new Observation(default, unit, q1, MeasuredValue.Of(1m)), "indicator");
        Expect.ArgumentError(() => new Observation(Code, default, q1, MeasuredValue.Of(1m)), "unit");
        Expect.OutOfRange(() => new Observation(Code, unit, q1, MeasuredValue.Of(1m), new LocalDate(2024, 4, 1)), "asOf", new LocalDate(2024, 4, 1), "2024-04-01");
        Expect.ArgumentError(() => new Target(Code, unit, null!, Goal.AtLeast(70m)), "period");
    }

    [Fact]
    public void A_roll_up_refuses_values_that_do_not_fit_and_names_their_position()
    {
        var rate = new Indicator(Code, Name, Measure.Rate, Polarity.HigherIsBetter);
        Expect.ArgumentError(() => RollUp.Combine(null!, []), "indicator");
        Expect.ArgumentError(() => RollUp.Combine(rate, null!), "values");
        Expect.ArgumentError(() => RollUp.Combine(rate, [MeasuredValue.FromRateParts(1m, 2m), MeasuredValue.Of(-5m)]), "values", "Value 1", "-5");
        Expect.ArgumentError(() => RollUp.Combine(rate, [MeasuredValue.FromRateParts(1m, 2m), MeasuredValue.Of(50m)]), "values", "Value 1", "never by averaging");
        var rank = new Indicator(Code, Name, Measure.Rank, Polarity.LowerIsBetter);
        Expect.ArgumentError(() => RollUp.Combine(rank, [MeasuredValue.FromRank(1m, 2m)]), "indicator", "does not roll up");
    }

    /// <summary>Defect found: sums past decimal's range threw a bare OverflowException from inside the roll-up.</summary>
    [Fact]
    public void A_roll_up_whose_sum_passes_decimals_range_is_refused_naming_the_indicator_and_rule()
    {
        var count = new Indicator(Code, Name, Measure.Count(), Polarity.HigherIsBetter);
        Expect.ArgumentError(() => RollUp.Combine(count, [MeasuredValue.Of(decimal.MaxValue), MeasuredValue.Of(1m)]), "values", "'X'", "Sum", "range of decimal")
            .WithInnerException<OverflowException>();
        var rate = new Indicator(Code, Name, Measure.Rate, Polarity.HigherIsBetter);
        Expect.ArgumentError(() => RollUp.Combine(rate, [MeasuredValue.FromRateParts(1m, decimal.MaxValue), MeasuredValue.FromRateParts(1m, decimal.MaxValue)]), "values", "AddNumeratorsAndDenominators");
        var score = new Indicator(Code, Name, Measure.Score(decimal.MaxValue), Polarity.HigherIsBetter, rollUp: RollUpRule.WeightedMean);
        Expect.ArgumentError(() => RollUp.Combine(score, [MeasuredValue.Of(decimal.MaxValue), MeasuredValue.Of(1m)], [2m, 1m]), "values", "WeightedMean");
    }
}
