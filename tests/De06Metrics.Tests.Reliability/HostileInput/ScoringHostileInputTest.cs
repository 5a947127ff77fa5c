using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scoring;
using De06Metrics.Tests.Reliability.Support;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Reliability.HostileInput;

/// <summary>
/// Points-based sheets: rules, bands, groups, sheets and rating scales refuse what cannot score, naming the argument and
/// the value; a value a rule cannot score is NotMeaningful with its reason, missing data is never zero unless the
/// sheet says so, and values at decimal's limits score or are refused naming the operation.
/// </summary>
public class ScoringHostileInputTest
{
    private const decimal Max = decimal.MaxValue;
    private static readonly LocalizedText Name = new("Chỉ số 766 (minh họa)", "766 index (illustrative)");

    [Fact]
    public void Rules_and_bands_refuse_what_cannot_score_naming_the_argument_and_the_value()
    {
        Expect.OutOfRange(() => ScoringRule.CappedLinear(0m, 2m), "threshold", 0m, "0 was given");
        Expect.OutOfRange(() => ScoringRule.CappedLinear(80m, -2m), "points", -2m, "-2");
        Expect.OutOfRange(() => ScoringRule.CappedLinear(80m, 2m, (Polarity)5), "polarity", (Polarity)5, "5");
        Expect.ArgumentError(() => ScoringRule.CappedLinear(80m, 2m, Polarity.WithinBand), "polarity", "WithinBand");
        Expect.OutOfRange(() => ScoringRule.FractionOfMaximum(decimal.MinValue, 2m), "maximumValue", decimal.MinValue, "-79228162514264337593543950335");
        Expect.ArgumentError(() => ScoringRule.Banded(null!), "bands");
        Expect.ArgumentError(() => ScoringRule.Banded([]), "bands", "none");
        Expect.ArgumentError(() => ScoringRule.Banded([new(80m, 1m), new(95m, 2m)]), "bands", "95", "80");
        Expect.ArgumentError(() => ScoringRule.Banded([new(95m, 1m), new(80m, 2m)]), "bands", "2", "1");
        Expect.ArgumentError(() => ScoringRule.Banded([new(5m, 2m), new(5m, 1m)], polarity: Polarity.LowerIsBetter), "bands", "5");
        Expect.OutOfRange(() => ScoringRule.Banded([new(95m, 0m)]), "bands", 0m, "0 was given");
        Expect.OutOfRange(() => ScoringRule.Banded([new(95m, 2m), new(80m, 1m)], otherwisePoints: 1.5m), "otherwisePoints", 1.5m, "1.5");
        Expect.OutOfRange(() => new ScoreBand(95m, -0.5m), "points", -0.5m, "-0.5", "95");
        Expect.OutOfRange(() => ScoringRule.CappedLinear(80m, 2m).Score(50m, (MissingDataPolicy)3), "missingData", (MissingDataPolicy)3, "3");
        Expect.ArgumentError(() => new ScoredIndicator(null!, ScoringRule.CappedLinear(80m, 2m)), "indicator");
        Expect.ArgumentError(() => new ScoredIndicator(Rate("A", Polarity.HigherIsBetter), null!), "rule");
        Expect.ArgumentError(() => new ScoredIndicator(Rate("A", Polarity.LowerIsBetter), ScoringRule.CappedLinear(80m, 2m)), "rule", "'A'", "LowerIsBetter", "HigherIsBetter");
    }

    [Fact]
    public void Groups_sheets_and_scales_refuse_what_cannot_be_summed_or_rated()
    {
        var item = Item("A", 2m);
        Expect.ArgumentError(() => new ScoringGroup(null!, Name, 10m, [item]), "code");
        Expect.ArgumentError(() => new ScoringGroup(" ", Name, 10m, [item]), "code");
        Expect.ArgumentError(() => new ScoringGroup("CKMB ", Name, 10m, [item]), "code", "'CKMB '");
        Expect.ArgumentError(() => new ScoringGroup("CKMB", default, 10m, [item]), "name", "'CKMB'");
        Expect.OutOfRange(() => new ScoringGroup("CKMB", Name, 0m, [item]), "maximumPoints", 0m, "'CKMB'", "0");
        Expect.ArgumentError(() => new ScoringGroup("CKMB", Name, 10m, null!), "items");
        Expect.ArgumentError(() => new ScoringGroup("CKMB", Name, 10m, []), "items", "'CKMB'");
        Expect.ArgumentError(() => new ScoringGroup("CKMB", Name, 10m, [item, null!]), "items", "'CKMB'", "1")
            .Which.Should().BeOfType<ArgumentNullException>();
        Expect.ArgumentError(() => new ScoringGroup("CKMB", Name, 10m, [item, item]), "items", "'A'");
        Expect.ArgumentError(() => new ScoringGroup("CKMB", Name, 1.5m, [item]), "items", "'A'", "2", "1.5");
        Expect.ArgumentError(() => new ScoringGroup("CKMB", Name, 3m, [item, Item("B", 1.5m)]), "items", "3.5", "A 2 + B 1.5");

        var group = new ScoringGroup("CKMB", Name, 18m, [item]);
        Expect.ArgumentError(() => new ScoringSheet(default, [group]), "name");
        Expect.ArgumentError(() => new ScoringSheet(Name, null!), "groups");
        Expect.ArgumentError(() => new ScoringSheet(Name, []), "groups", "none");
        Expect.ArgumentError(() => new ScoringSheet(Name, [group, null!]), "groups", "1").Which.Should().BeOfType<ArgumentNullException>();
        Expect.ArgumentError(() => new ScoringSheet(Name, [group, group]), "groups", "'CKMB'");
        Expect.ArgumentError(() => new ScoringSheet(Name, [group, new ScoringGroup("TDGQ", Name, 20m, [item])]), "groups", "'A'");
        Expect.ArgumentError(() => new ScoringSheet(Name, [group], new RatingScale(90m, 75m, 50m)), "ratingScale", "90", "18");
        Expect.OutOfRange(() => new ScoringSheet(Name, [group], missingData: (MissingDataPolicy)2), "missingData", (MissingDataPolicy)2, "2");
        Expect.OutOfRange(() => new RatingScale(90m, 75m, -1m), "average", -1m, "-1");
        Expect.ArgumentError(() => new RatingScale(90m, 50m, 50m), "fair", "50");
        Expect.ArgumentError(() => new RatingScale(75m, 75m, 50m), "good", "75");
        Expect.OutOfRange(() => RatingScale.NameOf((Rating)9), "rating", (Rating)9, "9");

        var sheet = new ScoringSheet(Name, [group]);
        Expect.ArgumentError(() => sheet.Score(null!), "values");
        Expect.ArgumentError(() => sheet.ScoreAll(null!), "table");
        Expect.ArgumentError(() => sheet.Score(new Dictionary<IndicatorCode, decimal>()).Describe(null!), "language");
    }

    [Fact]
    public void Values_a_rule_cannot_score_are_not_meaningful_with_a_reason_and_missing_data_is_never_zero_unless_asked()
    {
        var linear = ScoringRule.CappedLinear(80m, 2m);
        linear.Score(-0.0000000000000000000000000001m).Status.Should().Be(ScoreStatus.NotMeaningful);
        linear.Score(decimal.MinValue).Reason!.Value.English.Should().Be("a negative value has no points under a linear rule");
        var fraction = ScoringRule.FractionOfMaximum(10m, 6m);
        fraction.Score(10.0000000000000000000000001m).Reason!.Value.English.Should().Be("10.0000000000000000000000001 lies outside the scale from 0 to 10", "the value refused is shown whole, not rounded to the maximum it passes");
        fraction.Score(-1m).Points.Should().BeNull();

        linear.Score(null).Should().Match<RuleScore>(s => s.Status == ScoreStatus.Missing && s.Points == null);
        linear.Score(null, MissingDataPolicy.ScoresZero).Should().Match<RuleScore>(s => s.Status == ScoreStatus.MissingScoredZero && s.Points == 0m);

        // Lower is better at 0: full points; the uncapped points (points × threshold / 0) are undefined, not ∞.
        var lower = ScoringRule.CappedLinear(5m, 4m, Polarity.LowerIsBetter).Score(0m);
        (lower.Points, lower.UncappedPoints, lower.IsCapped).Should().Be((4m, (decimal?)null, true));
        lower.Describe(Language.English).Should().Contain("undefined at a value of 0");

        // A table of units with nothing for the sheet's sub-indicators: every unit listed, none rated, nothing zero.
        var sheet = new ScoringSheet(Name, [new ScoringGroup("CKMB", Name, 18m, [Item("A", 10m), Item("B", 8m)])], new RatingScale(15m, 10m, 5m));
        var table = new IndicatorTableBuilder().AddUnit(new UnitId("U1")).Set(new UnitId("U2"), new IndicatorCode("OTHER"), 1m).ToTable();
        sheet.ScoreAll(table).Should().HaveCount(2).And.OnlyContain(s => s.Total == 0m && s.Unscored == 2 && s.Rating == null && !s.IsComplete);
        sheet.ScoreAll(new IndicatorTableBuilder().ToTable()).Should().BeEmpty();
    }

    /// <summary>
    /// Defect found: scoring a value near decimal's limits multiplied before dividing and threw a bare
    /// OverflowException (7,9 × 10^28 × 2 points), though the rule's answer, full points, was plain; a fraction of a
    /// maximum near the limit likewise. Now the product divides first when it would overflow.
    /// </summary>
    [Fact]
    public void Values_at_decimals_limits_score_by_the_rule()
    {
        var linear = ScoringRule.CappedLinear(80m, 2m).Score(Max);
        (linear.Points, linear.IsCapped).Should().Be((2m, true));
        linear.UncappedPoints.Should().BeApproximately(Max / 40m, 1e6m);
        ScoringRule.CappedLinear(Max, 2m).Score(Max / 2m).Points.Should().Be(1m);
        ScoringRule.CappedLinear(Max, Max, Polarity.LowerIsBetter).Score(Max).Points.Should().Be(Max);
        ScoringRule.FractionOfMaximum(Max, 10m).Score(Max / 2m).Points.Should().BeApproximately(5m, 1e-26m);
        ScoringRule.FractionOfMaximum(Max, 10m, Polarity.LowerIsBetter).Score(0m).Points.Should().Be(10m);
        ScoringRule.Banded([new(Max, 2m)]).Score(Max).Points.Should().Be(2m);
    }

    /// <summary>
    /// Defect found: maxima whose sum passes decimal's range made a group or a sheet throw a bare OverflowException.
    /// Now the sum is refused naming the group or the groups and their points.
    /// </summary>
    [Fact]
    public void Maxima_whose_sum_passes_decimals_range_are_refused_naming_them()
    {
        Expect.ArgumentError(() => new ScoringGroup("BIG", Name, Max, [Item("A", Max), Item("B", Max)]), "items", "'BIG'", "range of decimal");
        var big = new ScoringGroup("BIG", Name, Max, [Item("A", Max)]);
        var other = new ScoringGroup("OTHER", Name, Max, [Item("B", 1m)]);
        Expect.ArgumentError(() => new ScoringSheet(Name, [big, other]), "groups", "'BIG'", "'OTHER'", "range of decimal");
    }

    [Fact]
    public void A_sheet_of_many_groups_scores_ten_thousand_units_with_every_unit_listed()
    {
        var groups = Enumerable.Range(0, 20).Select(g => new ScoringGroup($"G{g}", Name, 5m, [Item($"S{g}", 5m)])).ToList();
        var sheet = new ScoringSheet(Name, groups, new RatingScale(90m, 75m, 50m));
        var builder = new IndicatorTableBuilder();
        for (var u = 0; u < 10_000; u++)
        {
            for (var g = 0; g < 20; g++)
            {
                if ((u + g) % 97 != 0)
                {
                    builder.Set(new UnitId($"U{u}"), new IndicatorCode($"S{g}"), (u * 7 + g) % 120);
                }
            }
        }

        var scores = sheet.ScoreAll(builder.ToTable());

        scores.Should().HaveCount(10_000).And.OnlyContain(s => s.Total >= 0m && s.Total <= 100m);
        scores.Where(s => !s.IsComplete).Should().OnlyContain(s => s.Rating == null);
    }

    private static ScoredIndicator Item(string code, decimal points) => new(Rate(code, Polarity.HigherIsBetter), ScoringRule.CappedLinear(100m, points));

    private static Indicator Rate(string code, Polarity polarity) =>
        new(new IndicatorCode(code), new LocalizedText("Chỉ tiêu " + code), Measure.Rate, polarity);
}
