using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Tests.Indicators;

public class AccumulationKindTest
{
    private static Indicator Make(Measure measure, AccumulationKind? kind = null, Polarity polarity = Polarity.HigherIsBetter) =>
        new(new IndicatorCode("X"), new LocalizedText("Chỉ tiêu X"), measure, polarity, accumulation: kind);

    public static TheoryData<Measure, AccumulationKind> Defaults() => new()
    {
        // Counts and money add over time; rates add their parts; scores are averaged; ranks and yes/no: the last stands.
        { Measure.Count(), AccumulationKind.Flow },
        { Measure.Money(Currency.Vnd), AccumulationKind.Flow },
        { Measure.Rate, AccumulationKind.RateFromParts },
        { Measure.Score(100m), AccumulationKind.AverageOfLevels },
        { Measure.YesNo, AccumulationKind.Stock },
    };

    [Theory]
    [MemberData(nameof(Defaults))]
    public void Each_measure_has_its_natural_kind(Measure measure, AccumulationKind expected)
    {
        Indicator.DefaultAccumulation(measure).Should().Be(expected);
        Make(measure).Accumulation.Should().Be(expected);
    }

    [Fact]
    public void A_rank_is_a_stock_by_default() =>
        Make(Measure.Rank, polarity: Polarity.LowerIsBetter).Accumulation.Should().Be(AccumulationKind.Stock);

    [Theory]
    [InlineData(AccumulationKind.Flow)]
    [InlineData(AccumulationKind.CumulativeToDate)]
    public void A_rate_that_adds_up_is_refused_naming_the_indicator_and_the_kind(AccumulationKind kind)
    {
        var act = () => Make(Measure.Rate, kind);
        act.Should().Throw<ArgumentException>().WithParameterName("accumulation").WithMessage($"Indicator 'X'*{kind}*");
    }

    [Fact]
    public void A_count_cannot_be_a_rate_from_parts_nor_a_rank_an_average()
    {
        var count = () => Make(Measure.Count(), AccumulationKind.RateFromParts);
        count.Should().Throw<ArgumentException>().WithParameterName("accumulation").WithMessage("*RateFromParts*");
        var rank = () => Make(Measure.Rank, AccumulationKind.AverageOfLevels, Polarity.LowerIsBetter);
        rank.Should().Throw<ArgumentException>().WithParameterName("accumulation");
    }

    [Fact]
    public void An_undefined_kind_is_refused() =>
        FluentActions.Invoking(() => Make(Measure.Count(), (AccumulationKind)99))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("accumulation");

    [Fact]
    public void Every_measure_may_be_a_stock_and_a_chosen_kind_is_kept()
    {
        Make(Measure.Rate, AccumulationKind.Stock).Accumulation.Should().Be(AccumulationKind.Stock);
        Make(Measure.Count(), AccumulationKind.CumulativeToDate).Accumulation.Should().Be(AccumulationKind.CumulativeToDate);
    }

    [Fact]
    public void The_kind_is_part_of_the_indicators_identity()
    {
        var flow = Make(Measure.Count());
        var cumulative = Make(Measure.Count(), AccumulationKind.CumulativeToDate);
        flow.Should().NotBe(cumulative);
        flow.Should().Be(Make(Measure.Count(), AccumulationKind.Flow));
    }
}
