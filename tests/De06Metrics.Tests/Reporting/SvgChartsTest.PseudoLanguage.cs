using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Ranking;
using De06Metrics.Reporting;
using De06Metrics.Scorecards;
using De06Metrics.Tests.Serialization;
using De06Metrics.Tests.Text;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Reporting;

/// <summary>
/// The charts drawn in <see cref="PseudoLanguage"/>: titles, axis and column labels, the "no data" mark and the
/// target labels come from the phrase book, and so do the sentences and values they quote from the layers below: no
/// word is left in the chart's text once the data's names are taken out.
/// </summary>
[Trait("Category", "Text")]
public partial class SvgChartsTest
{
    private static readonly Language Pseudo = PseudoLanguage.Instance;

    private static readonly string[] PseudoNames = ["①", "②", "③", "④", "⑤"];

    /// <summary>Indicators "①" and "②" (both rates) for districts "③", "④" and "⑤"; "⑤" has no value.</summary>
    private static ScorecardResult PseudoResult()
    {
        Indicator[] indicators =
        [
            new(new IndicatorCode("X"), new LocalizedText("①"), Measure.Rate, Polarity.HigherIsBetter, 1),
            new(new IndicatorCode("Y"), new LocalizedText("②"), Measure.Rate, Polarity.HigherIsBetter, 1),
        ];
        UnitId province = new("P");
        UnitId[] districts = [new("P.A"), new("P.B"), new("P.C")];
        var units = UnitRegistry.Create(
            districts.Select((id, i) => new ResponsibleUnit(id, new LocalizedText(PseudoNames[i + 2]), UnitKind.District, province))
                .Prepend(new ResponsibleUnit(province, new LocalizedText("◇"), UnitKind.Province)));
        var targets = indicators.SelectMany(indicator => districts.Select(id => new Target(indicator.Code, id, Quarter, Goal.AtLeast(70m))));
        Observation[] observations =
        [
            new(indicators[0].Code, districts[0], Quarter, MeasuredValue.Of(92m)),
            new(indicators[0].Code, districts[1], Quarter, MeasuredValue.Of(55.5m)),
            new(indicators[1].Code, districts[0], Quarter, MeasuredValue.Of(40m)),
        ];
        return Scorecard.Create(indicators, units, targets, observations).Evaluate(Quarter);
    }

    [Fact]
    public void Every_word_of_the_bar_charts_comes_from_the_phrase_book()
    {
        var result = PseudoResult();
        var oneIndicator = result.Rows.Where(row => row.Indicator.Code == new IndicatorCode("X")).ToList();
        var oneUnit = result.Rows.Where(row => row.Unit.Id == new UnitId("P.A")).ToList();

        foreach (var rows in new[] { oneIndicator, oneUnit })
        {
            var svg = SvgCharts.TargetBars(rows, Pseudo);
            PseudoLanguage.WordsInMarkup(svg, PseudoNames).Should().BeEmpty();
            WithClass(Parse(svg), "chart-title").Single().Value.Should().NotBeEmpty();
        }

        WithClass(Parse(SvgCharts.TargetBars(oneIndicator, Pseudo)), "no-data").Select(e => e.Value).Should().NotBeEmpty().And.OnlyContain(text => text == Pseudo[Phrase.NoData]);
        WithClass(Parse(SvgCharts.TargetBars(oneUnit, Pseudo)), "chart-title").Single().Value.Should().StartWith("◊");
    }

    [Fact]
    public void Every_word_of_the_trend_chart_comes_from_the_phrase_book()
    {
        var indicator = new Indicator(new IndicatorCode("X"), new LocalizedText("①"), Measure.Rate, Polarity.HigherIsBetter, 1);
        DatedValue[] series = [new(new LocalDate(2020, 12, 31), 60m), new(new LocalDate(2021, 12, 31), 65m), new(new LocalDate(2022, 12, 31), 72m)];
        var target = new DatedValue(new LocalDate(2025, 12, 31), 90m);
        var projection = TrendProjection.Project(indicator, series, target);

        var svg = SvgCharts.Trend(projection, Pseudo);

        var dates = series.Select(point => point.Date).Append(target.Date).Select(date => PeriodText.Date(date, Pseudo));
        PseudoLanguage.WordsInMarkup(svg, PseudoNames).Should().BeEmpty();
        WithClass(Parse(svg), "target-label").Single().Value.Should().StartWith("◊");
    }

    [Fact]
    public void Every_word_of_the_rank_chart_comes_from_the_phrase_book()
    {
        var movements = RankMovements.Between(
            new Dictionary<string, FieldRank> { ["①"] = new(4, 5), ["②"] = new(2, 5), ["③"] = new(3, 5) },
            new Dictionary<string, FieldRank> { ["①"] = new(1, 5), ["②"] = new(3, 5), ["④"] = new(2, 5) });

        var svg = SvgCharts.RankMovement(movements, Pseudo);

        PseudoLanguage.WordsInMarkup(svg, PseudoNames).Should().BeEmpty();
        WithClass(Parse(svg), "column-label").Select(e => e.Value).Should().Equal(Pseudo[Phrase.ChartBefore], Pseudo[Phrase.ChartNow]);
    }
}
