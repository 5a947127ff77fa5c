using De06Metrics.Measures;
using De06Metrics.Tests.Text;
using De06Metrics.Text;

namespace De06Metrics.Tests.Measures;

/// <summary>Every word a measure writes comes from the phrase book: in the pseudo language no word is left.</summary>
[Trait("Category", "Text")]
public sealed class MeasurePseudoLanguageTest
{
    private static readonly Language Pseudo = PseudoLanguage.Instance;

    public static TheoryData<string, Measure> Measures() => new()
    {
        { "rate", Measure.Rate },
        { "rate above whole", Measure.RateAboveWhole },
        { "count", Measure.Count() },
        { "count with unit", Measure.Count(new LocalizedText("◊◊", "◊◊"), "◊") },
        { "money VND", Measure.Money(Currency.Vnd) },
        { "money VND thousands", Measure.Money(Currency.Vnd, MoneyScale.Thousands) },
        { "money VND millions", Measure.Money(Currency.Vnd, MoneyScale.Millions) },
        { "money VND billions", Measure.Money(Currency.Vnd, MoneyScale.Billions) },
        { "money VND trillions", Measure.Money(Currency.Vnd, MoneyScale.Trillions) },
        { "money USD", Measure.Money(Currency.Usd) },
        { "money USD billions", Measure.Money(Currency.Usd, MoneyScale.Billions) },
        { "score", Measure.Score(100m) },
        { "rank", Measure.Rank },
        { "yes/no", Measure.YesNo },
    };

    [Theory]
    [MemberData(nameof(Measures))]
    public void A_value_of_every_measure_has_no_word_of_its_own(string kind, Measure measure)
    {
        // Currency codes are data (ISO 4217), not words of a language.
        foreach (var value in new[] { 0m, 1m, 2m, 3m, 11m, 21m, 2.5m, 1_000_000_000m })
        {
            foreach (var decimals in new[] { 0, 1 })
            {
                var text = measure.FormatValue(value, decimals, Pseudo);
                PseudoLanguage.WordsIn(text, "VND", "USD").Should().BeEmpty("{0} writes {1}", kind, text);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Measures))]
    public void A_difference_of_every_measure_has_no_word_of_its_own(string kind, Measure measure)
    {
        if (measure.DifferenceUnit == DifferenceUnit.None)
        {
            return;
        }

        foreach (var difference in new[] { -2m, -1m, 0m, 1m, 1.04m, 18.8m, 1_000_000_000m })
        {
            foreach (var plus in new[] { false, true })
            {
                var text = measure.FormatDifference(difference, 1, Pseudo, plus);
                PseudoLanguage.WordsIn(text, "VND", "USD").Should().BeEmpty("{0} writes {1}", kind, text);
            }
        }
    }

    [Fact]
    public void Rates_and_percentage_points_have_no_word_of_their_own()
    {
        foreach (var format in new[] { "G", "F", "P2" })
        {
            PseudoLanguage.WordsIn(Rate.FromParts(17m, 33m).ToString(format, Pseudo)).Should().BeEmpty();
            PseudoLanguage.WordsIn(Rate.FromPercent(88.8m).ToString(format, Pseudo)).Should().BeEmpty();
        }

        foreach (var format in new[] { "G", "N2", "+N1" })
        {
            PseudoLanguage.WordsIn(PercentagePoints.FromValue(18.8m).ToString(format, Pseudo)).Should().BeEmpty();
            PseudoLanguage.WordsIn(PercentagePoints.FromValue(1m).ToString(format, Pseudo)).Should().BeEmpty();
        }
    }

    [Fact]
    public void A_rank_takes_the_ordinal_of_the_book_and_a_part_of_a_place_no_ending()
    {
        Measure.Rank.FormatValue(3m, 0, Pseudo).Should().Be("#3");
        Measure.Rank.FormatValue(2.5m, 1, Pseudo).Should().Be("◊2,5◊");
    }
}
