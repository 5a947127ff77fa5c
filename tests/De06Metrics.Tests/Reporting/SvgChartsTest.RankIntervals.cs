using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Reporting;
using De06Metrics.Tests.Composite;
using De06Metrics.Tests.Text;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Reporting;

public partial class SvgChartsTest
{
    [Fact]
    public void The_rank_interval_chart_draws_each_unit_in_nominal_order_with_its_interval_median_and_nominal_rank()
    {
        // No perturbation: every interval is its nominal rank (U8 1 … U4 8, see UncertaintyAnalysisTest), so each bar has
        // zero length at x(rank) = 40 + 7·2 + 480 · (rank − 1)/7 and the median sits on it.
        var result = new UncertaintyAnalysis(50, seed: 1).Run(MultiLevelExample.Index(), MultiLevelExample.Table());

        var svg = Parse(SvgCharts.RankIntervals(result, Language.English));

        WithClass(svg, "unit-label").Select(e => e.Value).Should().Equal("U8", "U1", "U5", "U3", "U7", "U2", "U6", "U4");
        var bars = WithClass(svg, "interval").ToList();
        bars.Should().HaveCount(8);
        bars.Should().OnlyContain(bar => Number(bar, "x1") == Number(bar, "x2"));
        Number(bars[0], "x1").Should().Be(54);
        Number(bars[7], "x1").Should().Be(54 + 480);
        WithClass(svg, "median").Select(e => Number(e, "cx")).Should().Equal(bars.Select(bar => Number(bar, "x1")));
        WithClass(svg, "chart-title").Single().Value.Should().Be("Rank intervals — Test index");
        bars[1].Element(Svg + "title")!.Value.Should().Be("U1: nominal rank 2, median 2, 90% of samples between 2 and 2");
    }

    [Fact]
    public void Every_word_of_the_rank_interval_chart_comes_from_the_phrase_book()
    {
        var table = new IndicatorTableBuilder()
            .Set(new UnitId("01"), new IndicatorCode("1"), 1m)
            .Set(new UnitId("02"), new IndicatorCode("1"), 2m)
            .Set(new UnitId("03"), new IndicatorCode("1"), 3m)
            .ToTable();
        var indicator = new Indicator(new IndicatorCode("1"), new LocalizedText("①"), Measure.Rate, Polarity.HigherIsBetter);
        var index = new MultiLevelIndex(new LocalizedText("②"), AggregationMethod.WeightedGeometricMean,
            [new IndexDimension("3", new LocalizedText("③"), 1m, AggregationMethod.WeightedGeometricMean, [new LevelIndicator(indicator, 1m, Normalisation.MinMax())])]);

        // Min-max gives 01 a 0, which the geometric mean refuses: 01 is never ranked and is drawn without a bar.
        var svg = SvgCharts.RankIntervals(new UncertaintyAnalysis(10, seed: 1, WeightPerturbation.UniformRange(0.5)).Run(index, table), Pseudo);

        PseudoLanguage.WordsInMarkup(svg, PseudoNames).Should().BeEmpty();
        WithClass(Parse(svg), "unranked").Should().ContainSingle();
    }
}
