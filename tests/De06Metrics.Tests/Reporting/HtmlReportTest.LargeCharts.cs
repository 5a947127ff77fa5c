using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Reporting;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Reporting;

/// <summary>
/// A scorecard of more rows than a chart can show (30 communes, one rate, each with a figure for 2023 and Q1 2024):
/// the target chart draws the 20 results furthest from their targets, worst first, and says "20/30"; the charts over
/// time are likewise the 20 furthest; the results table keeps every row.
/// </summary>
public partial class HtmlReportTest
{
    private const int Communes = 30;

    /// <summary>
    /// Commune i (named "Xã 00" … "Xã 29") has 41 + 2i percent in Q1 2024 against at least 70%: 41%, 43%, …, 99%, so its
    /// margin is 2i − 29 points and the order from worst to best is Xã 00, Xã 01, … Xã 29. The communes are listed in
    /// the opposite order, so that the first 20 rows would be the 20 best: a chart that took the first rows would fail.
    /// </summary>
    private static ScorecardResult ThirtyCommunes()
    {
        var indicator = new Indicator(new IndicatorCode("DVC.ONLINE"), new LocalizedText("Tỷ lệ hồ sơ trực tuyến", "Online dossier rate"), Measure.Rate, Polarity.HigherIsBetter);
        var province = new UnitId("P");
        var units = new List<ResponsibleUnit> { new(province, new LocalizedText("Tỉnh"), UnitKind.Province) };
        units.AddRange(Enumerable.Range(0, Communes).Reverse().Select(i => new ResponsibleUnit(new UnitId($"P.X{i:00}"), new LocalizedText($"Xã {i:00}"), UnitKind.Commune, province)));
        var quarter = ReportingPeriod.ForQuarter(2024, 1);
        var communes = units.Skip(1).ToList();
        var targets = communes.Select(unit => new Target(indicator.Code, unit.Id, quarter, Goal.AtLeast(70m)));
        var observations = communes.SelectMany(unit =>
        {
            var i = int.Parse(unit.Id.Value[3..], System.Globalization.CultureInfo.InvariantCulture);
            return new[]
            {
                new Observation(indicator.Code, unit.Id, ReportingPeriod.ForYear(2023), MeasuredValue.Of(40m)),
                new Observation(indicator.Code, unit.Id, quarter, MeasuredValue.Of(41m + (2 * i))),
            };
        });
        var scorecard = Scorecard.Create([indicator], UnitRegistry.Create(units), [.. targets], [.. observations]);
        return scorecard.Evaluate(quarter);
    }

    [Fact]
    public void A_target_chart_of_more_than_20_rows_draws_the_20_furthest_from_their_targets_and_says_so()
    {
        var document = Parse(Html(ThirtyCommunes(), Language.Vietnamese));

        var bars = document.QuerySelectorAll("figure.de06-chart").Where(figure => figure.QuerySelector("rect.bar") is not null).ToList();
        bars.Should().ContainSingle("one measure, one target chart");
        bars[0].QuerySelectorAll("text.bar-label").Select(Text).Should().Equal(Enumerable.Range(0, 20).Select(i => $"Xã {i:00}"), "41%, 43%, … 79%: the 20 lowest against at least 70%, the furthest first");
        bars[0].QuerySelectorAll("rect.bar").Should().HaveCount(20);
        Text(bars[0].QuerySelector("figcaption.de06-chart-note")).Should().Be("Biểu đồ thể hiện 20/30 kết quả xa chỉ tiêu nhất; đầy đủ kết quả tại bảng trên.");
        document.QuerySelectorAll("table.de06-results tbody tr").Should().HaveCount(Communes + 1, "the table lists every result: the 30 communes and the province, whose rate is rolled up from theirs");
    }

    [Fact]
    public void Charts_over_time_are_drawn_for_the_20_rows_furthest_from_their_targets_and_the_note_says_of_how_many()
    {
        var document = Parse(Html(ThirtyCommunes(), Language.English));

        // Each commune has figures for 2023 and Q1 2024, so each could have a chart over time: the title names the unit.
        var series = document.QuerySelectorAll("figure.de06-chart svg > title").Select(Text).Where(title => title.Contains("over time", StringComparison.Ordinal)).ToList();
        series.Should().Equal(Enumerable.Range(0, 20).Select(i => $"Online dossier rate over time — Xã {i:00}"));
        Text(document.QuerySelector("#de06-charts p.de06-chart-note")).Should().Be("Figures over time are drawn for the 20 of 30 results furthest from their targets.");
    }

    [Fact]
    public void The_example_draws_every_row_and_has_no_note()
    {
        // The Hà Giang example has 4 rows with a target on the quarter (the 4 rates; "4/4 chỉ tiêu đạt"): far below 20.
        var document = Report(Language.Vietnamese);

        document.QuerySelectorAll(".de06-chart-note").Should().BeEmpty();
        document.QuerySelectorAll("figure.de06-chart rect.bar").Should().HaveCount(4);
    }
}
