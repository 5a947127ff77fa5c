using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Tests.Measures;

[Trait("Category", "Text")]
public class MeasureTest
{
    [Fact]
    public void Money_is_written_at_its_display_scale()
    {
        // The report: 2.527 tỷ đồng lent, beside 57.396 households.
        var billions = Measure.Money(Currency.Vnd, MoneyScale.Billions);
        billions.FormatValue(2_527_000_000_000m, 0, Language.Vietnamese).Should().Be("2.527 tỷ đồng");
        billions.FormatValue(2_527_000_000_000m, 0, Language.English).Should().Be("VND 2,527 billion");
        Measure.Money(Currency.Vnd, MoneyScale.Millions).FormatValue(1_500_000m, 1, Language.Vietnamese).Should().Be("1,5 triệu đồng");
        Measure.Money(Currency.Vnd, MoneyScale.Trillions).FormatValue(2_527_000_000_000m, 3, Language.Vietnamese).Should().Be("2,527 nghìn tỷ đồng");
    }

    [Fact]
    public void Counts_are_written_with_thousands_separators_and_their_unit()
    {
        var households = Measure.Count(new LocalizedText("hộ", "households"));
        households.FormatValue(57_396m, 0, Language.Vietnamese).Should().Be("57.396 hộ");
        households.FormatValue(57_396m, 0, Language.English).Should().Be("57,396 households");
        Measure.Count().FormatValue(903_221m, 0, Language.Vietnamese).Should().Be("903.221");
    }

    [Fact]
    public void Rates_scores_ranks_and_yes_no_are_written_in_each_language()
    {
        Measure.Rate.FormatValue(88.8m, 1, Language.Vietnamese).Should().Be("88,8%");
        Measure.Score(100m).FormatValue(87.61m, 2, Language.Vietnamese).Should().Be("87,61/100");
        Measure.Rank.FormatValue(11m, 0, Language.Vietnamese).Should().Be("thứ 11");
        Measure.Rank.FormatValue(11m, 0, Language.English).Should().Be("11th");
        Measure.Rank.FormatValue(21m, 0, Language.English).Should().Be("21st");
        Measure.Rank.FormatValue(12m, 0, Language.English).Should().Be("12th");
        Measure.Rank.FormatValue(63m, 0, Language.English).Should().Be("63rd");
        Measure.YesNo.FormatValue(1m, 0, Language.Vietnamese).Should().Be("có");
        Measure.YesNo.FormatValue(0m, 0, Language.English).Should().Be("no");
    }

    [Fact]
    public void A_difference_is_written_in_the_measures_difference_unit()
    {
        Measure.Rate.DifferenceUnit.Should().Be(DifferenceUnit.PercentagePoints);
        Measure.Rate.FormatDifference(18.8m, 1, Language.Vietnamese).Should().Be("18,8 điểm phần trăm");
        Measure.Rank.FormatDifference(29m, 0, Language.Vietnamese).Should().Be("29 bậc");
        Measure.Rank.FormatDifference(-19m, 0, Language.English).Should().Be("-19 places");
        Measure.Score(100m).FormatDifference(1m, 0, Language.English, explicitPlusSign: true).Should().Be("+1 point");
        var yesNo = () => Measure.YesNo.FormatDifference(1m, 0, Language.English);
        yesNo.Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData(MeasureKind.Rate, -1, "negative")]
    [InlineData(MeasureKind.Rate, 100.5, "exceed 100%")]
    [InlineData(MeasureKind.Count, -3, "negative")]
    [InlineData(MeasureKind.Score, 100.5, "between 0 and 100")]
    [InlineData(MeasureKind.Rank, 0, "whole number from 1")]
    [InlineData(MeasureKind.Rank, 1.5, "whole number from 1")]
    [InlineData(MeasureKind.YesNo, 2, "1 or 0")]
    public void Values_that_do_not_fit_are_refused_with_the_reason(MeasureKind kind, double value, string reason)
    {
        var measure = kind switch
        {
            MeasureKind.Rate => Measure.Rate,
            MeasureKind.Count => Measure.Count(),
            MeasureKind.Score => Measure.Score(100m),
            MeasureKind.Rank => Measure.Rank,
            _ => Measure.YesNo,
        };
        measure.Accepts(MeasuredValue.Of((decimal)value), out var why).Should().BeFalse();
        why.Should().Contain(reason);
        var act = () => measure.EnsureAccepts(MeasuredValue.Of((decimal)value), "observation");
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("observation").WithMessage($"*{reason}*");
    }

    [Fact]
    public void Values_that_fit_are_accepted()
    {
        Measure.Rate.Accepts(MeasuredValue.FromRateParts(17m, 17m), out _).Should().BeTrue();
        Measure.RateAboveWhole.Accepts(MeasuredValue.Of(112m), out _).Should().BeTrue();
        Measure.Money(Currency.Vnd).Accepts(MeasuredValue.Of(-5m), out _).Should().BeTrue();
        Measure.Count().Accepts(MeasuredValue.FromCountOfTotal(17m, 33m), out _).Should().BeTrue();
    }

    [Fact]
    public void Measures_with_the_same_settings_are_equal()
    {
        Measure.Score(100m).Should().Be(Measure.Score(100m));
        Measure.Score(100m).Should().NotBe(Measure.Score(10m));
        Measure.Money(Currency.Vnd, MoneyScale.Billions).Should().Be(Measure.Money(new Currency("vnd"), MoneyScale.Billions));
        Measure.Count(new LocalizedText("hộ")).Should().NotBe(Measure.Count());
        Measure.Rate.Should().NotBe(Measure.RateAboveWhole);
    }

    [Fact]
    public void Bad_measure_settings_are_refused()
    {
        var score = () => Measure.Score(0m);
        score.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximum");
        var money = () => Measure.Money(default);
        money.Should().Throw<ArgumentException>().WithParameterName("currency");
        var scale = () => Measure.Money(Currency.Vnd, (MoneyScale)4);
        scale.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("displayScale");
        var code = () => new Currency("VN");
        code.Should().Throw<ArgumentException>().WithParameterName("code").WithMessage("*'VN'*");
    }
}
