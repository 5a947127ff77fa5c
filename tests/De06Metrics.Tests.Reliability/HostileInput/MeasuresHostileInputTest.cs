using De06Metrics.Measures;
using De06Metrics.Tests.Reliability.Support;
using De06Metrics.Text;

namespace De06Metrics.Tests.Reliability.HostileInput;

/// <summary>Rates, percentage points, measured values and measures: zero and negative denominators, decimal's limits.</summary>
public class MeasuresHostileInputTest
{
    private const decimal Max = decimal.MaxValue;

    [Fact]
    public void Zero_and_negative_denominators_and_negative_numerators_are_refused_naming_the_part_and_value()
    {
        Expect.OutOfRange(() => Rate.FromParts(1m, 0m), "denominator", 0m, "positive", "0 was given");
        Expect.OutOfRange(() => Rate.FromParts(1m, -3m), "denominator", -3m, "-3");
        Expect.OutOfRange(() => Rate.FromParts(-1m, 3m), "numerator", -1m, "-1");
        Expect.OutOfRange(() => Rate.FromParts(4m, 3m), "numerator", 4m, "4", "3");
        Expect.OutOfRange(() => MeasuredValue.FromRateParts(1m, 0m), "denominator", 0m, "no rate");
        Expect.OutOfRange(() => MeasuredValue.FromCountOfTotal(18m, 17m), "numerator", 18m, "18", "17");
        Expect.OutOfRange(() => Rate.FromPercent(-0.1m), "percent", -0.1m, "-0.1");
        Expect.OutOfRange(() => Rate.FromPercent(100.1m), "percent", 100.1m, "100.1");
        Expect.OutOfRange(() => MeasuredValue.FromRank(0m, 63m), "position", 0m, "0");
        Expect.OutOfRange(() => MeasuredValue.FromRank(1.5m, 63m), "position", 1.5m, "1.5");
        Expect.OutOfRange(() => MeasuredValue.FromRank(64m, 63m), "fieldSize", 63m, "63", "64");
    }

    /// <summary>
    /// Defect found: numerator × 100 overflowed for numerators above 7,9 × 10^26, and sums of parts past
    /// 7,9 × 10^28, with a bare OverflowException that named neither the operation nor the values. Now a percent that
    /// fits is computed (dividing first when multiplying first would overflow) and one that does not is refused.
    /// </summary>
    [Fact]
    public void A_percent_near_decimals_limit_is_computed_when_it_fits_and_refused_naming_the_parts_when_it_does_not()
    {
        Rate.FromParts(Max / 2m, Max).Percent.Should().BeApproximately(50m, 0.000000000000000001m);
        MeasuredValue.FromRateParts(Max, Max).Value.Should().Be(100m);
        Expect.OutOfRange(() => Rate.FromParts(Max, 1m, allowAboveWhole: true), "numerator", Max, "79228162514264337593543950335/1", "range of decimal");
        Expect.OutOfRange(() => MeasuredValue.FromRateParts(Max, 0.5m), "numerator", Max, "range of decimal");
    }

    [Fact]
    public void Combining_rates_whose_parts_add_past_decimals_range_is_refused_naming_the_operation()
    {
        Rate[] rates = [Rate.FromParts(1m, Max), Rate.FromParts(1m, Max)];
        Expect.ArgumentError(() => Rate.Combine(rates), "rates", "Adding rate 1", "range of decimal")
            .WithInnerException<OverflowException>();
        Expect.ArgumentError(() => Rate.Combine([]), "rates", "At least one");
        Expect.ArgumentError(() => Rate.Combine(null!), "rates");
        Expect.ArgumentError(() => Rate.Combine([Rate.FromParts(1m, 2m), Rate.FromPercent(50m)]), "rates", "Rate 1", "50%");
    }

    [Fact]
    public void Moving_a_rate_or_adding_points_past_decimals_range_is_refused_not_wrapped()
    {
        var huge = Rate.FromPercent(Max, allowAboveWhole: true);
        Expect.OutOfRange(() => huge + PercentagePoints.FromValue(1m), "points", 1m, "range of decimal");
        Expect.OutOfRange(() => Rate.FromPercent(10m) + PercentagePoints.FromValue(-10.5m), "points", -10.5m, "negative");
        Expect.OutOfRange(() => PercentagePoints.FromValue(Max) + PercentagePoints.FromValue(Max), "right", Max, "range of decimal");
        Expect.OutOfRange(() => PercentagePoints.FromValue(decimal.MinValue) - PercentagePoints.FromValue(1m), "right", 1m, "range of decimal");
        (huge - Rate.FromPercent(0m)).Value.Should().Be(Max);
        (-PercentagePoints.FromValue(decimal.MinValue)).Value.Should().Be(Max);
    }

    [Fact]
    public void Values_at_decimals_limits_still_format_in_both_languages()
    {
        Measure[] measures = [Measure.Rate, Measure.Count(new LocalizedText("hồ sơ", "records")), Measure.Money(Currency.Vnd, MoneyScale.Billions),
            Measure.Score(Max), Measure.Rank, Measure.YesNo];
        foreach (var measure in measures)
        {
            foreach (var language in Language.All)
            {
                foreach (var value in new[] { Max, decimal.MinValue, 0.0000000000000000000000000001m })
                {
                    measure.FormatValue(value, 28, language).Should().NotBeNullOrWhiteSpace();
                    if (measure.DifferenceUnit != DifferenceUnit.None)
                    {
                        measure.FormatDifference(value, 0, language, explicitPlusSign: true).Should().NotBeNullOrWhiteSpace();
                    }
                }
            }
        }

        Rate.FromParts(Max / 100m, Max / 100m).ToString("G", Language.Vietnamese).Should().EndWith("(100,0%)");
    }

    [Fact]
    public void Bad_measures_formats_and_comparisons_are_refused_with_a_documented_exception()
    {
        Expect.OutOfRange(() => Measure.Score(0m), "maximum", 0m, "0");
        Expect.ArgumentError(() => Measure.Money(default), "currency", "default");
        Expect.OutOfRange(() => Measure.Money(Currency.Vnd, (MoneyScale)99), "displayScale", (MoneyScale)99, "99");
        Expect.ArgumentError(() => Measure.Rate.FormatValue(1m, 1, null!), "language");
        Expect.ArgumentError(() => Language.English.FormatNumber(1m, -1), "decimals", "-1");
        Expect.ArgumentError(() => Language.English.FormatNumber(1m, 29), "decimals", "29");
        FluentActions.Invoking(() => Rate.FromPercent(1m).ToString("P29", null)).Should().Throw<FormatException>().WithMessage("*'P29'*");
        FluentActions.Invoking(() => Rate.FromPercent(1m).ToString("X", null)).Should().Throw<FormatException>().WithMessage("*'X'*");
        FluentActions.Invoking(() => PercentagePoints.FromValue(1m).ToString("N99", null)).Should().Throw<FormatException>().WithMessage("*'N99'*");
        FluentActions.Invoking(() => Measure.YesNo.FormatDifference(1m, 0, Language.English)).Should().Throw<InvalidOperationException>();
        Expect.ArgumentError(() => Rate.FromPercent(1m).CompareTo("1%"), "obj", "String");
        Expect.ArgumentError(() => PercentagePoints.FromValue(1m).CompareTo(1m), "obj", "Decimal");
        FluentActions.Invoking(() => MeasuredValue.Of(-1m).ToRate()).Should().Throw<InvalidOperationException>().WithMessage("*-1*");
    }
}
