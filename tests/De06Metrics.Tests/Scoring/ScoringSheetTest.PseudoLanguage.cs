using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scoring;
using De06Metrics.Tests.Text;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scoring;

/// <summary>
/// Sheets, groups, sub-indicators, totals, ratings and rating scales are said from the phrase book: with letter-free
/// codes and names, the pseudo language leaves no word.
/// </summary>
[Trait("Category", "Text")]
public partial class ScoringSheetTest
{
    private static readonly Indicator GlyphRate = new(new IndicatorCode("1.1"), new LocalizedText("①"), Measure.Rate, Polarity.HigherIsBetter);
    private static readonly Indicator GlyphLate = new(new IndicatorCode("1.2"), new LocalizedText("②"), Measure.Rate, Polarity.LowerIsBetter);
    private static readonly Indicator GlyphBand = new(new IndicatorCode("2.1"), new LocalizedText("③"), Measure.Rate, Polarity.HigherIsBetter);

    private static ScoringSheet GlyphSheet(RatingScale? scale, MissingDataPolicy missingData) => new(
        new LocalizedText("Σ"),
        [
            new ScoringGroup("1", new LocalizedText("Ⅰ"), 60m,
                [new ScoredIndicator(GlyphRate, ScoringRule.CappedLinear(80m, 40m)), new ScoredIndicator(GlyphLate, ScoringRule.CappedLinear(5m, 20m, Polarity.LowerIsBetter))]),
            new ScoringGroup("2", new LocalizedText("Ⅱ"), 40m,
                [new ScoredIndicator(GlyphBand, ScoringRule.Banded([new ScoreBand(95m, 40m), new ScoreBand(80m, 20m)]))]),
        ],
        scale,
        missingData);

    public static TheoryData<bool, MissingDataPolicy> PseudoSheets() => new()
    {
        { true, MissingDataPolicy.StaysMissing },
        { true, MissingDataPolicy.ScoresZero },
        { false, MissingDataPolicy.StaysMissing },
        { false, MissingDataPolicy.ScoresZero },
    };

    [Theory]
    [MemberData(nameof(PseudoSheets))]
    public void Every_sheet_sentence_comes_from_the_phrase_book(bool withScale, MissingDataPolicy missingData)
    {
        var pseudo = PseudoLanguage.Instance;
        var scale = withScale ? new RatingScale(90m, 75m, 50m) : null;
        var sheet = GlyphSheet(scale, missingData);
        PseudoLanguage.WordsIn(sheet.Describe(pseudo)).Should().BeEmpty();

        var complete = new Dictionary<IndicatorCode, decimal> { [GlyphRate.Code] = 90m, [GlyphLate.Code] = 8m, [GlyphBand.Code] = 85m };
        var partial = new Dictionary<IndicatorCode, decimal> { [GlyphRate.Code] = 60m, [GlyphBand.Code] = 70m };
        foreach (var values in new[] { complete, partial })
        {
            var text = sheet.Score(values, new UnitId("01")).Explain(pseudo);
            PseudoLanguage.WordsIn(text).Should().BeEmpty(text);
            text = sheet.Score(values).Explain(pseudo);
            PseudoLanguage.WordsIn(text).Should().BeEmpty(text);
        }
    }

    [Fact]
    public void Ratings_and_rating_scales_come_from_the_phrase_book()
    {
        var pseudo = PseudoLanguage.Instance;
        foreach (var rating in Enum.GetValues<Rating>())
        {
            PseudoLanguage.WordsIn(rating.Describe(pseudo)).Should().BeEmpty();
        }

        PseudoLanguage.WordsIn(new RatingScale(90m, 75m, 50m).Describe(pseudo)).Should().BeEmpty();
        PseudoLanguage.WordsIn(new RatingScale(90m, 75m, 50m, new LocalizedText("※")).Describe(pseudo)).Should().BeEmpty();
    }

    [Fact]
    public void A_rating_has_one_name_per_language()
    {
        Enum.GetValues<Rating>().Select(r => r.Describe(Language.Vietnamese)).Should().Equal("Yếu", "Trung bình", "Khá", "Tốt");
        Enum.GetValues<Rating>().Select(r => r.Describe(Language.English)).Should().Equal("Poor", "Average", "Fair", "Good");
        var describe = () => ((Rating)9).Describe(Language.English);
        describe.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rating").WithMessage("*9*");
    }
}
