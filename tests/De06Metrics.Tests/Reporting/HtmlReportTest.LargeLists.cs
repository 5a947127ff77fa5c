using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Reporting;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Reporting;

/// <summary>
/// A rank indicator over 120 communes, and a unit with 25 indicators not met: the movement chart draws the 20 units
/// that moved most and says how many it leaves out, and "what lags" lists the 10 most severe results of a lead unit
/// and counts the rest.
/// </summary>
public partial class HtmlReportTest
{
    private const int RankedCommunes = 120;

    /// <summary>
    /// Commune i (named "Xã 000" … "Xã 119") was ranked i + 1 of 120 in 2023 and is ranked 120 − i in Q1 2024: the
    /// ranking turned upside down, so commune i moved |(120 − i) − (i + 1)| = |119 − 2i| places. The largest moves are
    /// 119, 117, … 101 places, each made by two communes (i and 119 − i): i = 0 … 9 and 110 … 119, twenty communes; the
    /// next largest, 99 places (i = 10 and 109), is not drawn. The communes are listed from 119 down, so that a chart
    /// taking the first 20 rows would draw 119 … 100 and fail.
    /// </summary>
    private static ScorecardResult RanksTurnedOver(int count = RankedCommunes)
    {
        var indicator = new Indicator(new IndicatorCode("PCI.RANK"), new LocalizedText("Xếp hạng", "Rank"), Measure.Rank, Polarity.LowerIsBetter, 0, RollUpRule.None);
        var province = new UnitId("P");
        var units = new List<ResponsibleUnit> { new(province, new LocalizedText("Tỉnh"), UnitKind.Province) };
        units.AddRange(Enumerable.Range(0, count).Reverse().Select(i => new ResponsibleUnit(new UnitId($"P.X{i:000}"), new LocalizedText($"Xã {i:000}"), UnitKind.Commune, province)));
        var quarter = ReportingPeriod.ForQuarter(2024, 1);
        var observations = Enumerable.Range(0, count).SelectMany(i => new[]
        {
            new Observation(indicator.Code, new UnitId($"P.X{i:000}"), ReportingPeriod.ForYear(2023), MeasuredValue.FromRank(i + 1, count)),
            new Observation(indicator.Code, new UnitId($"P.X{i:000}"), quarter, MeasuredValue.FromRank(count - i, count)),
        });
        var scorecard = Scorecard.Create([indicator], UnitRegistry.Create(units), [], [.. observations]);
        return scorecard.Evaluate(quarter, null, new ScorecardOptions(comparisonPeriod: ReportingPeriod.ForYear(2023)));
    }

    [Fact]
    public void A_rank_movement_chart_of_more_than_20_units_draws_the_20_that_moved_most_and_counts_the_others()
    {
        var document = Parse(Html(RanksTurnedOver(), Language.Vietnamese));

        var charts = document.QuerySelectorAll("figure.de06-chart").Where(figure => figure.QuerySelector("line.movement") is not null).ToList();
        charts.Should().ContainSingle("one rank indicator, one movement chart");
        var chart = charts[0];
        chart.QuerySelectorAll("line.movement").Should().HaveCount(20);

        // Each drawn unit is labelled on the right "position name": its position now, then its name.
        var drawn = chart.QuerySelectorAll("text.rank-label[text-anchor='start']").Select(Text).Select(label => label[(label.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        var expected = Enumerable.Range(0, 10).Concat(Enumerable.Range(110, 10)).Select(i => $"Xã {i:000}");
        drawn.Should().BeEquivalentTo(expected, "the 20 communes that moved 101 places or more, of 119, 117, … 101");

        Text(chart.QuerySelector("figcaption .de06-chart-rule")).Should().Be("Biểu đồ thể hiện 20 đơn vị có thứ hạng thay đổi nhiều nhất (tăng hoặc giảm, tính theo số bậc).");
        Text(chart.QuerySelector("figcaption .de06-chart-hidden")).Should().Be("100/120 đơn vị không được vẽ; đầy đủ thứ hạng tại bảng trên.", "120 − 20 = 100");
        document.QuerySelectorAll("table.de06-results tbody tr[data-indicator='PCI.RANK']").Where(row => row.GetAttribute("data-unit") != "P")
            .Should().HaveCount(RankedCommunes, "the table keeps every unit's rank");
    }

    [Fact]
    public void The_movement_chart_caption_is_written_in_English_too()
    {
        var chart = Parse(Html(RanksTurnedOver(), Language.English)).QuerySelectorAll("figure.de06-chart").Single(figure => figure.QuerySelector("line.movement") is not null);

        Text(chart.QuerySelector("figcaption .de06-chart-rule")).Should().Be("The chart shows the 20 units whose rank moved most, up or down, counted in places.");
        Text(chart.QuerySelector("figcaption .de06-chart-hidden")).Should().Be("100 of 120 units are not drawn; every rank is in the table above.");
    }

    [Fact]
    public void A_movement_chart_of_20_units_or_fewer_draws_them_all_with_no_caption()
    {
        // Exactly 20 communes, the ranking turned over likewise: every one is drawn, nothing is left to count.
        var chart = Parse(Html(RanksTurnedOver(20), Language.Vietnamese)).QuerySelectorAll("figure.de06-chart").Single(figure => figure.QuerySelector("line.movement") is not null);

        chart.QuerySelectorAll("line.movement").Should().HaveCount(20);
        chart.QuerySelector("figcaption").Should().BeNull();
    }

    private const int ShortIndicators = 25;

    /// <summary>
    /// One district with 25 rates "Chỉ tiêu 00" … "Chỉ tiêu 24" against at least 70%, indicator k at 10 + 2k percent
    /// (10%, 12%, … 58%): all 25 are not met, and the lower the rate the further from the target (attainment
    /// (10 + 2k)/70), so the 10 most severe are k = 0 … 9 and 25 − 10 = 15 are counted, not listed. The indicators are
    /// declared from 24 down, so a list taking the first rows would fail.
    /// </summary>
    private static ScorecardResult TwentyFiveShort()
    {
        var unit = new ResponsibleUnit(new UnitId("H"), new LocalizedText("Huyện", "District"), UnitKind.District);
        var indicators = Enumerable.Range(0, ShortIndicators).Reverse()
            .Select(k => new Indicator(new IndicatorCode($"K{k:00}"), new LocalizedText($"Chỉ tiêu {k:00}", $"Indicator {k:00}"), Measure.Rate, Polarity.HigherIsBetter))
            .ToList();
        var quarter = ReportingPeriod.ForQuarter(2024, 1);
        var targets = indicators.Select(indicator => new Target(indicator.Code, unit.Id, quarter, Goal.AtLeast(70m)));
        var observations = indicators.Select(indicator => new Observation(indicator.Code, unit.Id, quarter, MeasuredValue.Of(10m + (2 * int.Parse(indicator.Code.Value[1..], System.Globalization.CultureInfo.InvariantCulture)))));
        return Scorecard.Create([.. indicators], UnitRegistry.Create([unit]), [.. targets], [.. observations]).Evaluate(quarter);
    }

    [Theory]
    [InlineData("vi", "Chỉ tiêu", "và 15 chỉ tiêu khác")]
    [InlineData("en", "Indicator", "and 15 more")]
    public void What_lags_lists_the_10_most_severe_results_of_a_lead_unit_and_counts_the_others(string code, string word, string more)
    {
        var language = code == "vi" ? Language.Vietnamese : Language.English;
        var document = Parse(Html(TwentyFiveShort(), language));

        var sections = document.QuerySelectorAll("#de06-lagging section.de06-lead");
        sections.Should().ContainSingle("the district leads all 25 indicators");
        var items = sections[0].QuerySelectorAll("ul.de06-items li .de06-sentence").Select(Text).ToList();
        items.Should().HaveCount(10);
        for (var k = 0; k < 10; k++)
        {
            items[k].Should().StartWith($"{word} {k:00}", "10%, 12%, … 28%: the furthest below 70% first");
        }

        Text(sections[0].QuerySelector("p.de06-more")).Should().Be(more, "25 − 10 = 15");
        sections[0].QuerySelector("p.de06-more")!.GetAttribute("data-more").Should().Be("15");
        document.QuerySelectorAll("table.de06-results tbody tr").Should().HaveCount(ShortIndicators, "the table keeps every result");
    }

    [Fact]
    public void What_lags_in_the_example_is_nothing_and_it_says_so()
    {
        var document = Report(Language.Vietnamese);

        // The four targets are exceeded and the models are ahead of the year's plan: nothing lags.
        document.QuerySelectorAll("#de06-lagging li").Should().BeEmpty();
        document.QuerySelectorAll("#de06-lagging .de06-more").Should().BeEmpty();
        Text(document.QuerySelector("#de06-lagging p")).Should().Be("Không có chỉ tiêu nào chậm.");
    }

    [Fact]
    public void One_result_lagging_is_listed_and_nothing_more_is_counted()
    {
        var document = ReportWithOneNotMet(Language.Vietnamese);

        document.QuerySelectorAll("#de06-lagging ul.de06-items li").Should().ContainSingle("only the models' count lags: 17/33 against 33");
        document.QuerySelectorAll("#de06-lagging .de06-more").Should().BeEmpty();
    }
}
