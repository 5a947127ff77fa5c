using System.Xml.Linq;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Reporting;
using De06Metrics.Tests.Serialization;
using De06Metrics.Tests.Text;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Reporting;

/// <summary>The series chart: one indicator's figures for one unit over its periods, the target marked.</summary>
public partial class SvgChartsTest
{
    /// <summary>The province's online-dossier figures in the example: 72,3% in 2023 and 88,8% in the quarter (the report's figures).</summary>
    private static List<Observation> OnlineDossierFigures() =>
        [.. Q1.Scorecard.Observations.Where(observation => observation.Indicator == OnlineDossiers && observation.Unit == Province)];

    [Fact]
    public void A_series_draws_each_period_as_a_labelled_point_with_the_target_of_its_period()
    {
        var row = Q1.Find(OnlineDossiers, Province)!;
        var figures = OnlineDossierFigures();
        figures.Select(observation => observation.Period).Should().BeEquivalentTo([HaGiangExample.Year2023, Quarter]);

        var svg = Parse(SvgCharts.Series(row.Indicator, "Tỉnh Hà Giang", figures, Language.Vietnamese, row.Target));

        WithClass(svg, "chart-title").Single().Value.Should().Be("Tỷ lệ hồ sơ trực tuyến qua các kỳ — Tỉnh Hà Giang");
        var points = WithClass(svg, "observation").ToList();
        points.Select(point => point.Element(Svg + "title")!.Value).Should().Equal("Năm 2023: 72,3%", "Quý I/2024: 88,8%");
        WithClass(svg, "value-label").Select(e => e.Value).Should().Equal("72,3%", "88,8%");
        WithClass(svg, "period-label").Select(e => e.Value).Should().Equal("Năm 2023", "Quý I/2024");
        // Later to the right; the larger figure higher up (SVG's y grows downwards).
        Number(points[1], "cx").Should().BeGreaterThan(Number(points[0], "cx"));
        Number(points[1], "cy").Should().BeLessThan(Number(points[0], "cy"));
        WithClass(svg, "observed").Should().ContainSingle();

        // The target is the quarter's, ≥ 70%: between the two points' heights, since 72,3 > 70.
        var line = WithClass(svg, "target-line").Single();
        Number(line, "y1").Should().BeGreaterThan(Number(points[0], "cy"));
        WithClass(svg, "target-label").Single().Value.Should().Be("Chỉ tiêu quý I/2024: ≥ 70%");
    }

    [Fact]
    public void A_series_spaces_its_points_by_the_days_between_the_periods_ends()
    {
        var indicator = new Indicator(new IndicatorCode("X"), new LocalizedText("Tỷ lệ", "Rate"), Measure.Rate, Polarity.HigherIsBetter, 1);
        var unit = new UnitId("HG");
        Observation[] figures =
        [
            new(indicator.Code, unit, Quarter, MeasuredValue.Of(80m)),
            new(indicator.Code, unit, ReportingPeriod.ForYear(2022), MeasuredValue.Of(50m)),
            new(indicator.Code, unit, HaGiangExample.Year2023, MeasuredValue.Of(60m)),
        ];

        var svg = Parse(SvgCharts.Series(indicator, "Hà Giang", figures, Language.English));

        // Drawn in time order whatever the order given: 31 Dec 2022 → 31 Dec 2023 is 365 days, → 31 Mar 2024 another 91.
        var x = WithClass(svg, "observation").Select(point => Number(point, "cx")).ToList();
        WithClass(svg, "period-label").Select(e => e.Value).Should().Equal("2022", "2023", "Q1 2024");
        ((x[1] - x[0]) / (x[2] - x[1])).Should().BeApproximately(365d / 91d, 0.01);
        WithClass(svg, "target-line").Should().BeEmpty("no target was given");
    }

    [Fact]
    public void A_series_leaves_room_left_of_its_axis_for_labels_with_a_unit()
    {
        // The models of the example: 10 in 2023 and 17 in the quarter, on an axis of 0, 5 … 20 mô hình.
        var indicator = new Indicator(new IndicatorCode("M"), new LocalizedText("Mô hình", "Models"), Measure.Count(new LocalizedText("mô hình", "models")), Polarity.HigherIsBetter, 0);
        var unit = new UnitId("HG");
        Observation[] figures = [new(indicator.Code, unit, HaGiangExample.Year2023, MeasuredValue.Of(10m)), new(indicator.Code, unit, Quarter, MeasuredValue.Of(17m))];

        var svg = Parse(SvgCharts.Series(indicator, "Tỉnh Hà Giang", figures, Language.Vietnamese));

        var labels = WithClass(svg, "tick-label").ToList();
        labels.Select(label => label.Value).Should().Contain("20 mô hình");
        // Each label ends 8 units left of the axis; at 7 units a character of the 12-unit font, "20 mô hình" (10
        // characters) needs 70 units, so it starts inside the picture only when the axis stands at least 78 units in.
        labels.Should().OnlyContain(label => Number(label, "x") - (7 * label.Value.Length) >= 0);
    }

    [Fact]
    public void A_range_target_is_marked_at_both_ends()
    {
        var indicator = new Indicator(new IndicatorCode("X"), new LocalizedText("Tỷ lệ", "Rate"), Measure.Rate, Polarity.HigherIsBetter, 1);
        var unit = new UnitId("HG");
        Observation[] figures = [new(indicator.Code, unit, HaGiangExample.Year2023, MeasuredValue.Of(60m)), new(indicator.Code, unit, Quarter, MeasuredValue.Of(80m))];
        var target = new Target(indicator.Code, unit, Quarter, Goal.Between(70m, 90m));

        var svg = Parse(SvgCharts.Series(indicator, "Hà Giang", figures, Language.English, target));

        var lines = WithClass(svg, "target-line").Select(line => Number(line, "y1")).ToList();
        lines.Should().HaveCount(2);
        lines[0].Should().BeGreaterThan(lines[1], "70% is lower on the chart than 90%");
        WithClass(svg, "target-label").Select(e => e.Value).Should().AllBe("Target for Q1 2024: 70% – 90%");
    }

    [Fact]
    public void A_series_refuses_what_it_cannot_draw_naming_the_argument()
    {
        var row = Q1.Find(OnlineDossiers, Province)!;
        var figures = OnlineDossierFigures();
        var other = Q1.Scorecard.Observations.First(observation => observation.Indicator != OnlineDossiers);

        FluentActions.Invoking(() => SvgCharts.Series(row.Indicator, "HG", [], Language.English))
            .Should().Throw<ArgumentException>().WithParameterName("observations").WithMessage("*at least one figure*");
        FluentActions.Invoking(() => SvgCharts.Series(row.Indicator, "HG", [.. figures, other], Language.English))
            .Should().Throw<ArgumentException>().WithParameterName("observations").WithMessage($"*{other.Indicator}*");
        FluentActions.Invoking(() => SvgCharts.Series(row.Indicator, "HG", [.. figures, figures[0]], Language.English))
            .Should().Throw<ArgumentException>().WithParameterName("observations").WithMessage("*two of the period*");
        FluentActions.Invoking(() => SvgCharts.Series(row.Indicator, null!, figures, Language.English))
            .Should().Throw<ArgumentNullException>().WithParameterName("unitName");
    }

    [Fact]
    [Trait("Category", "Text")]
    public void Every_word_of_the_series_chart_comes_from_the_phrase_book()
    {
        var indicator = new Indicator(new IndicatorCode("X"), new LocalizedText("①"), Measure.Rate, Polarity.HigherIsBetter, 1);
        var unit = new UnitId("P");
        Observation[] figures = [new(indicator.Code, unit, HaGiangExample.Year2023, MeasuredValue.Of(60m)), new(indicator.Code, unit, Quarter, MeasuredValue.Of(80m))];
        var target = new Target(indicator.Code, unit, Quarter, Goal.AtLeast(70m));

        var svg = SvgCharts.Series(indicator, "②", figures, Pseudo, target);

        PseudoLanguage.WordsInMarkup(svg, PseudoNames).Should().BeEmpty();
        WithClass(Parse(svg), "chart-title").Single().Value.Should().StartWith("◊");
        WithClass(Parse(svg), "target-label").Single().Value.Should().StartWith("◊");
    }
}
