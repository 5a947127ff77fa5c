using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scoring;
using De06Metrics.Text;
using static De06Metrics.Tests.Scoring.Decision766Example;

namespace De06Metrics.Tests.Scoring;

public partial class ScoringSheetTest
{
    private static ScoredIndicator Item(string code, decimal points) =>
        new(new Indicator(new IndicatorCode(code), new LocalizedText(code), Measure.Rate, Polarity.HigherIsBetter), ScoringRule.CappedLinear(100m, points));

    [Fact]
    public void Cut_offs_out_of_order_are_refused_with_their_values()
    {
        var fair = () => new RatingScale(90m, 50m, 60m);
        var good = () => new RatingScale(70m, 75m, 50m);
        var average = () => new RatingScale(90m, 75m, 0m);

        fair.Should().Throw<ArgumentException>().WithParameterName("fair").WithMessage("*Fair 50 is not above Average 60*");
        good.Should().Throw<ArgumentException>().WithParameterName("good").WithMessage("*Good 70 is not above Fair 75*");
        average.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("average").WithMessage("*0 was given*");
    }

    [Fact]
    public void A_Good_cut_off_above_the_maximum_is_refused()
    {
        var act = () => new ScoringSheet(new LocalizedText("x"), Groups(), new RatingScale(120m, 75m, 50m));

        act.Should().Throw<ArgumentException>().WithParameterName("ratingScale").WithMessage("*120*100*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-18)]
    public void A_group_maximum_that_is_not_positive_is_refused(double maximum)
    {
        var act = () => new ScoringGroup("CKMB", new LocalizedText("x"), (decimal)maximum, [Item("A", 1m)]);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximumPoints").WithMessage($"*{maximum} was given*");
    }

    [Fact]
    public void Sub_indicator_points_above_the_group_maximum_are_refused()
    {
        var single = () => new ScoringGroup("TTTT", new LocalizedText("x"), 10m, [Item("TTTT.1", 12m)]);
        var sum = () => new ScoringGroup("CKMB", new LocalizedText("x"), 18m, [Item("A", 10m), Item("B", 9m)]);

        single.Should().Throw<ArgumentException>().WithParameterName("items").WithMessage("*'TTTT.1' is worth 12*maximum of 10*");
        sum.Should().Throw<ArgumentException>().WithParameterName("items").WithMessage("*sum to 19 (A 10 + B 9)*maximum of 18*");
    }

    [Fact]
    public void Repeated_codes_and_empty_groups_are_refused()
    {
        var twiceInGroup = () => new ScoringGroup("G", new LocalizedText("x"), 10m, [Item("A", 1m), Item("A", 2m)]);
        var twiceInSheet = () => new ScoringSheet(new LocalizedText("x"),
            [new ScoringGroup("G", new LocalizedText("x"), 10m, [Item("A", 1m)]), new ScoringGroup("H", new LocalizedText("y"), 10m, [Item("A", 1m)])]);
        var sameGroup = () => new ScoringSheet(new LocalizedText("x"),
            [new ScoringGroup("G", new LocalizedText("x"), 10m, [Item("A", 1m)]), new ScoringGroup("G", new LocalizedText("y"), 10m, [Item("B", 1m)])]);
        var empty = () => new ScoringGroup("G", new LocalizedText("x"), 10m, []);

        twiceInGroup.Should().Throw<ArgumentException>().WithParameterName("items").WithMessage("*'A'*more than once*");
        twiceInSheet.Should().Throw<ArgumentException>().WithParameterName("groups").WithMessage("*'A'*more than one group*");
        sameGroup.Should().Throw<ArgumentException>().WithParameterName("groups").WithMessage("*'G'*");
        empty.Should().Throw<ArgumentException>().WithParameterName("items");
    }

    [Fact]
    public void A_rule_whose_polarity_is_not_the_indicator_s_is_refused()
    {
        var late = new Indicator(new IndicatorCode("LATE"), new LocalizedText("Trễ hạn"), Measure.Rate, Polarity.LowerIsBetter);

        var act = () => new ScoredIndicator(late, ScoringRule.CappedLinear(5m, 2m));

        act.Should().Throw<ArgumentException>().WithParameterName("rule").WithMessage("*'LATE' is LowerIsBetter*HigherIsBetter*");
    }
}
