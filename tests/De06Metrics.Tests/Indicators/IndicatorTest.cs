using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Tests.Indicators;

public class IndicatorTest
{
    private static readonly LocalizedText OnlineRate = new("Tỷ lệ hồ sơ trực tuyến", "Online dossier rate");

    [Fact]
    public void A_rate_rolls_up_by_adding_parts_unless_told_otherwise()
    {
        var indicator = new Indicator(new IndicatorCode("DVC.ONLINE"), OnlineRate, Measure.Rate, Polarity.HigherIsBetter);
        indicator.RollUp.Should().Be(RollUpRule.AddNumeratorsAndDenominators);
        indicator.DisplayDecimals.Should().Be(1);
        indicator.FormatValue(88.8m, Language.Vietnamese).Should().Be("88,8%");
        indicator.FormatDifference(18.8m, Language.English, explicitPlusSign: true).Should().Be("+18.8 percentage points");
    }

    [Theory]
    [InlineData(MeasureKind.YesNo, RollUpRule.Sum)]
    [InlineData(MeasureKind.YesNo, RollUpRule.WeightedMean)]
    [InlineData(MeasureKind.Rank, RollUpRule.Minimum)]
    [InlineData(MeasureKind.Rate, RollUpRule.Sum)]
    [InlineData(MeasureKind.Score, RollUpRule.AddNumeratorsAndDenominators)]
    [InlineData(MeasureKind.Money, RollUpRule.AddNumeratorsAndDenominators)]
    public void A_rule_that_cannot_apply_is_refused(MeasureKind kind, RollUpRule rule)
    {
        var measure = kind switch
        {
            MeasureKind.YesNo => Measure.YesNo,
            MeasureKind.Rank => Measure.Rank,
            MeasureKind.Rate => Measure.Rate,
            MeasureKind.Score => Measure.Score(100m),
            _ => Measure.Money(Currency.Vnd),
        };
        var polarity = kind == MeasureKind.Rank ? Polarity.LowerIsBetter : Polarity.HigherIsBetter;
        var act = () => new Indicator(new IndicatorCode("X"), OnlineRate, measure, polarity, rollUp: rule);
        act.Should().Throw<ArgumentException>().WithParameterName("rollUp").WithMessage($"*'X'*{rule}*");
    }

    [Theory]
    [InlineData(RollUpRule.Minimum)]
    [InlineData(RollUpRule.Maximum)]
    [InlineData(RollUpRule.None)]
    public void Yes_no_rolls_up_only_as_all_or_any(RollUpRule rule) =>
        new Indicator(new IndicatorCode("X"), OnlineRate, Measure.YesNo, Polarity.HigherIsBetter, rollUp: rule).RollUp.Should().Be(rule);

    [Fact]
    public void A_rank_must_be_lower_is_better()
    {
        var act = () => new Indicator(new IndicatorCode("PAPI.RANK"), new LocalizedText("Xếp hạng PAPI"), Measure.Rank, Polarity.HigherIsBetter);
        act.Should().Throw<ArgumentException>().WithParameterName("polarity").WithMessage("*'PAPI.RANK'*LowerIsBetter*");
    }

    [Fact]
    public void Display_decimals_out_of_range_are_refused_with_the_value()
    {
        var act = () => new Indicator(new IndicatorCode("X"), OnlineRate, Measure.Rate, Polarity.HigherIsBetter, displayDecimals: 11);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("displayDecimals").WithMessage("*11*");
    }

    [Fact]
    public void Undefined_enum_values_are_refused()
    {
        var act = () => new Indicator(new IndicatorCode("X"), OnlineRate, Measure.Rate, (Polarity)7);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("polarity");
    }

    [Fact]
    public void Indicators_with_the_same_fields_are_equal()
    {
        var a = new Indicator(new IndicatorCode("X"), OnlineRate, Measure.Rate, Polarity.HigherIsBetter);
        var b = new Indicator(new IndicatorCode("X"), OnlineRate, Measure.Rate, Polarity.HigherIsBetter);
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(new Indicator(new IndicatorCode("X"), OnlineRate, Measure.Rate, Polarity.LowerIsBetter));
    }
}
