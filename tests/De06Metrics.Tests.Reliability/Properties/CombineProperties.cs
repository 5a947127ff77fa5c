using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Tests.Reliability.Support;
using De06Metrics.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace De06Metrics.Tests.Reliability.Properties;

/// <summary>
/// Adding numerators and denominators is a sum, so the order of the children and the way they are grouped (communes
/// into districts, districts into the province) cannot change a parent's rate; and a parent with one child is that child.
/// </summary>
[Properties(Replay = Seeds.Replay, MaxTest = Seeds.Cases)]
public class CombineProperties
{
    private static readonly Gen<Rate[]> Rates = Gen.NonEmptyListOf(Generators.Parts)
        .Select(parts => parts.Select(p => Rate.FromParts(p.Numerator, p.Denominator)).ToArray());

    [Property]
    public Property Combining_rates_does_not_depend_on_their_order() =>
        Prop.ForAll(Arb.From(from rates in Rates from shuffled in Gen.Shuffle(rates) select (rates, shuffled)), input =>
            (Rate.Combine(input.rates) == Rate.Combine(input.shuffled)).Label(Describe(input.rates)));

    [Property]
    public Property Combining_rates_does_not_depend_on_their_grouping() =>
        Prop.ForAll(Arb.From(from rates in Rates.Where(r => r.Length > 1) from cut in Gen.Choose(1, rates.Length - 1) select (rates, cut)), input =>
        {
            var (rates, cut) = input;
            var grouped = Rate.Combine([Rate.Combine(rates[..cut]), Rate.Combine(rates[cut..])]);
            return (grouped == Rate.Combine(rates)).Label($"{Describe(rates)} cut at {cut}");
        });

    [Property]
    public Property Rolling_up_a_rate_indicator_adds_parts_exactly_as_Rate_Combine_does() =>
        Prop.ForAll(Arb.From(Rates), rates =>
        {
            var rolled = RollUp.Combine(Make(Measure.Rate, null), [.. rates.Select(r => MeasuredValue.FromRateParts(r.Numerator!.Value, r.Denominator!.Value))])!.Value;
            var combined = Rate.Combine(rates);
            return (rolled.Numerator == combined.Numerator && rolled.Denominator == combined.Denominator && rolled.Value == combined.Percent)
                .Label(Describe(rates));
        });

    [Property]
    public Property A_roll_up_of_children_grouped_into_intermediate_parents_equals_the_roll_up_of_all_children() =>
        Prop.ForAll(Arb.From(ChildrenOfOneIndicator.Where(c => c.Values.Length > 1 && c.Indicator.RollUp != RollUpRule.WeightedMean)
                .SelectMany(c => Gen.Choose(1, c.Values.Length - 1).Select(cut => (c.Indicator, c.Values, cut)))), input =>
        {
            var (indicator, values, cut) = input;
            var all = RollUp.Combine(indicator, values);
            var grouped = RollUp.Combine(indicator, [RollUp.Combine(indicator, values[..cut])!.Value, RollUp.Combine(indicator, values[cut..])!.Value]);
            return (all == grouped).Label($"{indicator.RollUp} of [{string.Join("; ", values)}] cut at {cut}: {all} vs {grouped}");
        });

    [Property]
    public Property A_roll_up_does_not_depend_on_the_order_of_the_children() =>
        Prop.ForAll(Arb.From(ChildrenOfOneIndicator.SelectMany(c => Gen.Shuffle(Enumerable.Range(0, c.Values.Length)).Select(order => (c.Indicator, c.Values, order)))), input =>
        {
            var (indicator, values, order) = input;
            var weights = WeightsFor(indicator, values);
            var shuffled = RollUp.Combine(indicator, [.. order.Select(i => values[i])], weights is null ? null : [.. order.Select(i => weights[i])]);
            var original = RollUp.Combine(indicator, values, weights);
            // Minimum and maximum may pick different children with the same value; the value is what must not change.
            return (indicator.RollUp is RollUpRule.Minimum or RollUpRule.Maximum ? original!.Value.Value == shuffled!.Value.Value : original == shuffled)
                .Label($"{indicator.RollUp} of [{string.Join("; ", values)}]: {original} vs {shuffled}");
        });

    [Property]
    public Property A_roll_up_of_one_child_is_that_child() =>
        Prop.ForAll(Arb.From(ChildrenOfOneIndicator.Select(c => (c.Indicator, Child: c.Values[0]))), input =>
        {
            var (indicator, child) = input;
            var rolled = RollUp.Combine(indicator, [child], WeightsFor(indicator, [child]));
            return (rolled == child).Label($"{indicator.Measure} by {indicator.RollUp}: {child} rolled up to {rolled}");
        });

    /// <summary>Children of one indicator, with values that fit its measure and its roll-up rule.</summary>
    private static Gen<(Indicator Indicator, MeasuredValue[] Values)> ChildrenOfOneIndicator => Gen.OneOf(
        Children(Make(Measure.Rate, null), Generators.Parts.Select(p => MeasuredValue.FromRateParts(p.Numerator, p.Denominator))),
        Children(Make(Measure.Count(), RollUpRule.AddNumeratorsAndDenominators), Generators.Parts.Select(p => MeasuredValue.FromCountOfTotal(p.Numerator, p.Denominator))),
        Children(Make(Measure.Count(), null), Generators.Parts.Select(p => MeasuredValue.FromCountOfTotal(p.Numerator, p.Denominator))),
        Children(Make(Measure.Count(), null), Gen.Choose(0, 2_000_000).Select(i => MeasuredValue.Of(i))),
        Children(Make(Measure.Money(Currency.Vnd), null), Gen.Choose(0, 2_000_000).Select(i => MeasuredValue.Of(i * 1_000.5m))),
        Children(Make(Measure.Score(100m), RollUpRule.WeightedMean), Gen.Choose(0, 10_000).Select(i => MeasuredValue.Of(i / 100m))),
        Children(Make(Measure.Rate, RollUpRule.WeightedMean), Gen.Choose(0, 1_000).Select(i => MeasuredValue.Of(i / 10m))),
        Children(Make(Measure.Rate, RollUpRule.Minimum), Gen.Choose(0, 1_000).Select(i => MeasuredValue.Of(i / 10m))),
        Children(Make(Measure.YesNo, RollUpRule.Maximum), Gen.Elements(true, false).Select(MeasuredValue.FromBoolean)));

    private static Gen<(Indicator, MeasuredValue[])> Children(Indicator indicator, Gen<MeasuredValue> value) =>
        Gen.NonEmptyListOf(value).Select(values => (indicator, values.ToArray()));

    /// <summary>Weights for a weighted mean of values without parts: a population per child, 1 to 10 000.</summary>
    private static decimal[]? WeightsFor(Indicator indicator, MeasuredValue[] values) =>
        indicator.RollUp == RollUpRule.WeightedMean && !values.All(v => v.HasParts)
            ? [.. values.Select((value, i) => (decimal)((((int)value.Value * 7919) + i) % 10_000) + 1)]
            : null;

    private static Indicator Make(Measure measure, RollUpRule? rule) =>
        new(new IndicatorCode("P"), new LocalizedText("Chỉ tiêu P"), measure, Polarity.HigherIsBetter, rollUp: rule);

    private static string Describe(Rate[] rates) => string.Join(", ", rates.Select(rate => rate.ToString("F", Language.English)));
}
