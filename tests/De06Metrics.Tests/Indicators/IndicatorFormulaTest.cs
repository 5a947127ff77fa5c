using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Tests.Indicators;

/// <summary>A formula's arithmetic on one unit's part values, and what it says when it has no value.</summary>
public class IndicatorFormulaTest
{
    private static readonly IndicatorCode Lent = new("CREDIT.LENT");
    private static readonly IndicatorCode Households = new("CREDIT.HOUSEHOLDS");
    private static readonly Measure PerHousehold = Measure.Money(Currency.Vnd, MoneyScale.Millions).Per(new LocalizedText("hộ", "households"), "household");

    private static MeasuredValue? Compute(IndicatorFormula formula, Measure measure, out NotMeaningfulReason reason, params MeasuredValue?[] parts) =>
        formula.Compute(measure, parts, out reason);

    [Fact]
    public void The_loan_per_household_is_the_amount_divided_by_the_households()
    {
        var value = Compute(IndicatorFormula.Ratio(Lent, Households), PerHousehold, out var reason, MeasuredValue.Of(2_527_000_000_000m), MeasuredValue.Of(57_396m));

        reason.Should().Be(NotMeaningfulReason.None);
        // 2 527 000 000 000 ÷ 57 396 = 44 027 458,359 467 558 7… đồng (long division); decimal keeps 28 digits of it.
        Math.Round(value!.Value.Value, 2).Should().Be(44_027_458.36m);
        value.Value.Value.Should().BeApproximately(44_027_458.3594675587m, 0.0000000001m);
        (value.Value.Value * 57_396m).Should().BeApproximately(2_527_000_000_000m, 0.000_001m, "the quotient times the divisor gives the amount back");
    }

    [Fact]
    public void Per_a_thousand_multiplies_by_the_measure_s_quantity()
    {
        var perThousand = Measure.Count(new LocalizedText("lượt", "visits")).Per(new LocalizedText("người", "people"), quantity: 1000m);
        // 1 250 visits × 1 000 ÷ 5 000 people = 250 visits per 1 000 people.
        Compute(IndicatorFormula.Ratio(Lent, Households), perThousand, out _, MeasuredValue.Of(1_250m), MeasuredValue.Of(5_000m))
            .Should().Be(MeasuredValue.Of(250m));
    }

    [Fact]
    public void A_share_is_a_percent_a_difference_and_a_sum_are_exact()
    {
        // 17 × 100 ÷ 33 = 51,5151…%; 88,8 − 16,5 = 72,3 exactly (no binary rounding); 0,1 + 0,2 = 0,3 exactly.
        Math.Round(Compute(IndicatorFormula.Share(Lent, Households), Measure.Rate, out _, MeasuredValue.Of(17m), MeasuredValue.Of(33m))!.Value.Value, 4).Should().Be(51.5152m);
        Compute(IndicatorFormula.Difference(Lent, Households), Measure.Count(), out _, MeasuredValue.Of(88.8m), MeasuredValue.Of(16.5m)).Should().Be(MeasuredValue.Of(72.3m));
        Compute(IndicatorFormula.Sum(Lent, Households, new IndicatorCode("X")), Measure.Count(), out _, MeasuredValue.Of(0.1m), MeasuredValue.Of(0.2m), MeasuredValue.Of(0m))
            .Should().Be(MeasuredValue.Of(0.3m));
    }

    [Fact]
    public void A_zero_denominator_a_missing_part_and_a_value_outside_the_measure_give_no_value_with_the_reason()
    {
        var ratio = IndicatorFormula.Ratio(Lent, Households);
        Compute(ratio, PerHousehold, out var zero, MeasuredValue.Of(1m), MeasuredValue.Of(0m)).Should().BeNull();
        zero.Should().Be(NotMeaningfulReason.ZeroDenominator);
        Compute(ratio, PerHousehold, out var missing, MeasuredValue.Of(1m), null).Should().BeNull();
        missing.Should().Be(NotMeaningfulReason.MissingPart);
        // 3 − 5 = −2, and a count is never negative.
        Compute(IndicatorFormula.Difference(Lent, Households), Measure.Count(), out var outside, MeasuredValue.Of(3m), MeasuredValue.Of(5m)).Should().BeNull();
        outside.Should().Be(NotMeaningfulReason.OutsideMeasure);
        Compute(IndicatorFormula.Sum(Lent, Households), Measure.Money(Currency.Vnd), out var tooLarge, MeasuredValue.Of(decimal.MaxValue), MeasuredValue.Of(1m)).Should().BeNull();
        tooLarge.Should().Be(NotMeaningfulReason.OutOfRange);
    }

    [Fact]
    public void Formulas_are_equal_by_kind_and_parts_and_refuse_bad_input()
    {
        IndicatorFormula.Ratio(Lent, Households).Should().Be(IndicatorFormula.Ratio(Lent, Households));
        IndicatorFormula.Ratio(Lent, Households).GetHashCode().Should().Be(IndicatorFormula.Ratio(Lent, Households).GetHashCode());
        IndicatorFormula.Ratio(Lent, Households).Should().NotBe(IndicatorFormula.Ratio(Households, Lent));
        IndicatorFormula.Ratio(Lent, Households).Should().NotBe(IndicatorFormula.Share(Lent, Households));
        IndicatorFormula.Ratio(Lent, Households).ToString().Should().Be("CREDIT.LENT / CREDIT.HOUSEHOLDS");
        FluentActions.Invoking(() => IndicatorFormula.Sum(Lent)).Should().Throw<ArgumentException>().WithParameterName("parts").WithMessage("*1 was given*");
        FluentActions.Invoking(() => IndicatorFormula.Ratio(default, Households)).Should().Throw<ArgumentException>().WithParameterName("numerator");
        FluentActions.Invoking(() => new Indicator(Lent, new LocalizedText("A"), Measure.Count(), Polarity.HigherIsBetter).DefinedAs(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("formula");
    }

    [Fact]
    public void An_indicator_defined_by_a_formula_keeps_its_settings_and_differs_from_the_reported_one()
    {
        var reported = new Indicator(new IndicatorCode("PER"), new LocalizedText("Bình quân"), PerHousehold, Polarity.HigherIsBetter, 2, RollUpRule.None);
        var computed = reported.DefinedAs(IndicatorFormula.Ratio(Lent, Households));

        computed.Formula.Should().Be(IndicatorFormula.Ratio(Lent, Households));
        (computed.Code, computed.Measure, computed.DisplayDecimals, computed.RollUp).Should().Be((reported.Code, reported.Measure, 2, RollUpRule.None));
        reported.Formula.Should().BeNull();
        computed.Should().NotBe(reported);
        computed.Should().Be(reported.DefinedAs(IndicatorFormula.Ratio(Lent, Households)));
    }
}
