using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Ranking;
using De06Metrics.Reporting;
using De06Metrics.Scorecards;
using De06Metrics.Tests.Serialization;
using De06Metrics.Tests.Text;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Reporting;

/// <summary>
/// The views written in <see cref="PseudoLanguage"/>: every heading and label they add comes from the phrase book, so
/// no word is left once the data's names are taken out: the sentences the views quote from the layers below come from
/// the book too.
/// </summary>
[Trait("Category", "Text")]
public partial class HtmlViewsTest
{
    private static readonly Language Pseudo = PseudoLanguage.Instance;

    /// <summary>Letter-free names: "①" the indicator, "②" the province, "③" and "④" its districts.</summary>
    private static readonly string[] Names = ["①", "②", "③", "④"];

    private static ScorecardResult PseudoScorecard()
    {
        var indicator = new Indicator(new IndicatorCode("X"), new LocalizedText("①"), Measure.Rate, Polarity.HigherIsBetter, 1);
        UnitId province = new("P"), met = new("P.A"), notMet = new("P.B");
        var units = UnitRegistry.Create(
        [
            new ResponsibleUnit(province, new LocalizedText("②"), UnitKind.Province),
            new ResponsibleUnit(met, new LocalizedText("③"), UnitKind.District, province),
            new ResponsibleUnit(notMet, new LocalizedText("④"), UnitKind.District, province),
        ]);
        Target[] targets = [new(indicator.Code, met, HaGiangExample.Q1, Goal.AtLeast(70m)), new(indicator.Code, notMet, HaGiangExample.Q1, Goal.AtLeast(70m))];
        Observation[] observations =
        [
            new(indicator.Code, met, HaGiangExample.Q1, MeasuredValue.Of(92m)),
            new(indicator.Code, notMet, HaGiangExample.Q1, MeasuredValue.Of(55.5m)),
        ];
        return Scorecard.Create([indicator], units, targets, observations).Evaluate(HaGiangExample.Q1);
    }

    [Fact]
    public void Every_word_of_the_scorecard_view_comes_from_the_phrase_book()
    {
        var result = PseudoScorecard();
        var html = HtmlViews.Scorecard(result, Pseudo);

        PseudoLanguage.WordsInMarkup(html, Names).Should().BeEmpty();
        Texts(Parse(html), "th").Should().HaveCount(6).And.OnlyContain(heading => heading.StartsWith('◊'));
    }

    [Fact]
    public void Every_word_of_the_row_and_evaluation_views_comes_from_the_phrase_book()
    {
        var result = PseudoScorecard();
        var withoutTarget = Scorecard.Create(
            [result.Rows[0].Indicator],
            UnitRegistry.Create([new ResponsibleUnit(new UnitId("P"), new LocalizedText("②"), UnitKind.Province)]),
            [],
            [new Observation(result.Rows[0].Indicator.Code, new UnitId("P"), HaGiangExample.Q1, MeasuredValue.Of(80m))]).Evaluate(HaGiangExample.Q1).Rows.Single();

        foreach (var row in result.Rows.Append(withoutTarget))
        {
            PseudoLanguage.WordsInMarkup(HtmlViews.Row(row, Pseudo), Names).Should().BeEmpty();
            if (row.Evaluation is { } evaluation)
            {
                PseudoLanguage.WordsInMarkup(HtmlViews.Evaluation(evaluation, Pseudo), Names).Should().BeEmpty();
            }
        }
    }

    [Fact]
    public void Every_word_of_the_rank_change_and_ranking_views_comes_from_the_phrase_book()
    {
        FieldRank before = new(4, 5), after = new(2, 5);
        var change = RankChange.Between(before, after);
        PseudoLanguage.WordsInMarkup(HtmlViews.Rank(after, Pseudo), Names).Should().BeEmpty();
        PseudoLanguage.WordsInMarkup(HtmlViews.Change(change, Pseudo), Names).Should().BeEmpty();

        var valueChange = Q1.Find(OnlineDossiers, HaGiangExample.Province)!.Change!;
        PseudoLanguage.WordsInMarkup(HtmlViews.Change(valueChange, Pseudo), Names).Should().BeEmpty();

        var ranking = Ranks.ByUnit(new Dictionary<string, decimal?> { ["②"] = 80m, ["③"] = 95m, ["④"] = null }, Polarity.HigherIsBetter);
        var html = HtmlViews.Ranking(ranking, Pseudo);
        PseudoLanguage.WordsInMarkup(html, Names).Should().BeEmpty();
        BodyRows(Parse(html))[2][0].Should().StartWith("◊", "the unranked mark is a phrase");
    }

    [Fact]
    public void Every_word_of_the_lagging_view_comes_from_the_phrase_book()
    {
        var result = PseudoScorecard();
        var report = result.Lagging();
        PseudoLanguage.WordsInMarkup(HtmlViews.Lagging(report, Pseudo), Names).Should().BeEmpty();

        var nothing = Scorecard.Create(
            [result.Rows[0].Indicator],
            UnitRegistry.Create([new ResponsibleUnit(new UnitId("P"), new LocalizedText("②"), UnitKind.Province)]),
            [],
            []).Evaluate(HaGiangExample.Q1).Lagging();
        nothing.IsEmpty.Should().BeTrue();
        PseudoLanguage.WordsInMarkup(HtmlViews.Lagging(nothing, Pseudo), Names).Should().BeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData(TargetStatus.Exceeded)]
    [InlineData(TargetStatus.NotMet)]
    public void Every_status_cell_word_comes_from_the_phrase_book(TargetStatus? status) =>
        PseudoLanguage.WordsInMarkup(HtmlViews.StatusCell(status, Pseudo), Names).Should().BeEmpty();
}
