using De06Metrics.Growth;
using De06Metrics.Tests.Text;
using De06Metrics.Text;
using static De06Metrics.Tests.Growth.PseudoGrowth;

namespace De06Metrics.Tests.Growth;

[Trait("Category", "Text")]
public sealed class GrowthRatePseudoLanguageTest
{
    private static readonly Language Pseudo = PseudoLanguage.Instance;
    private static readonly LocalDate Start = new(2021, 12, 31);
    private static readonly LocalDate End = new(2023, 12, 31);

    [Theory]
    [InlineData(100, 121)]
    [InlineData(121, 100)]
    [InlineData(100, 100)]
    [InlineData(0, 100)]
    public void Every_growth_rate_is_written_from_the_phrase_book(int from, int to)
    {
        var growth = GrowthRate.CompoundAnnual(new DatedValue(Start, from), new DatedValue(End, to));

        PseudoLanguage.WordsIn(growth.Describe(Pseudo)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(100, 121)]
    [InlineData(100, 102)]
    [InlineData(121, 100)]
    [InlineData(100, 100)]
    [InlineData(0, 100)]
    public void Every_trend_category_and_sentence_is_written_from_the_phrase_book(int from, int to)
    {
        var trend = TrendAssessment.Assess(Count, new DatedValue(Start, from), new DatedValue(End, to));

        PseudoLanguage.WordsIn(trend.Describe(Pseudo)).Should().BeEmpty();
    }

    [Fact]
    public void The_trend_categories_are_all_in_the_phrase_book()
    {
        var categories = new[] { (100, 121), (100, 102), (100, 100), (121, 100), (0, 100) }
            .Select(pair => TrendAssessment.Assess(Count, new DatedValue(Start, pair.Item1), new DatedValue(End, pair.Item2)).Category);

        categories.Should().BeEquivalentTo(Enum.GetValues<TrendCategory>());
    }
}
