using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

/// <summary>
/// The lagging report streamed (<see cref="LaggingReport.Stream"/>): the same sections, items and order as the report
/// held whole, and the lines of a view that lists at most <see cref="LaggingReport.ListedPerLead"/> items per lead unit.
/// </summary>
public sealed class LaggingStreamTest
{
    private const int Indicators = 25;

    /// <summary>
    /// 25 rate indicators K00 … K24, each with a target of at least 70% in Q1 2024 for the province and for a district,
    /// each unit the lead of its own rows. The district reached 10 + 2k % on Kk (10%, 12%, … 58%), every one below 70%;
    /// the province reached 50% on every one, so that its 25 items are equally severe.
    /// </summary>
    private static ScorecardResult TwoLeads()
    {
        var province = new ResponsibleUnit(new UnitId("P"), new LocalizedText("Tỉnh Hà Giang", "Ha Giang province"), UnitKind.Province);
        var district = new ResponsibleUnit(new UnitId("P.D"), new LocalizedText("Huyện Bắc Quang", "Bac Quang district"), UnitKind.District, province.Id);
        var indicators = Enumerable.Range(0, Indicators)
            .Select(k => new Indicator(new IndicatorCode($"K{k:00}"), new LocalizedText($"Chỉ tiêu {k:00}", $"Indicator {k:00}"), Measure.Rate, Polarity.HigherIsBetter))
            .ToList();
        var quarter = ReportingPeriod.ForQuarter(2024, 1);
        var targets = indicators.SelectMany(indicator => new[]
        {
            new Target(indicator.Code, province.Id, quarter, Goal.AtLeast(70m)),
            new Target(indicator.Code, district.Id, quarter, Goal.AtLeast(70m)),
        });
        var observations = indicators.SelectMany((indicator, k) => new[]
        {
            new Observation(indicator.Code, province.Id, quarter, MeasuredValue.Of(50m)),
            new Observation(indicator.Code, district.Id, quarter, MeasuredValue.Of(10m + (2 * k))),
        });
        return Scorecard.Create([.. indicators], UnitRegistry.Create([province, district]), [.. targets], [.. observations]).Evaluate(quarter);
    }

    [Fact]
    public void The_streamed_report_has_the_sections_and_items_of_the_report_held_whole()
    {
        var result = TwoLeads();

        var whole = result.Lagging().Sections.Select(section => (section.Lead.Id.Value, Items: section.Items.Select(Key).ToList())).ToList();
        var streamed = LaggingReport.Stream(result).Select(section => (section.Lead.Id.Value, Items: section.EnumerateItems().Select(Key).ToList())).ToList();

        streamed.Select(section => section.Value).Should().Equal(["P", "P.D"], "the registry's order: the province, then the district");
        streamed.Should().HaveCount(2);
        for (var i = 0; i < 2; i++)
        {
            streamed[i].Value.Should().Be(whole[i].Value);
            streamed[i].Items.Should().Equal(whole[i].Items);
            streamed[i].Items.Should().HaveCount(Indicators);
        }

        static (string, string, decimal) Key(LaggingItem item) => (item.Row.Indicator.Code.Value, item.Row.Unit.Id.Value, item.Severity);
    }

    [Fact]
    public void Items_are_the_most_severe_first_and_equal_ones_in_row_order()
    {
        var sections = LaggingReport.Stream(TwoLeads()).ToList();

        // The province reached 50% of 70% on each: severity (1 − 50/70) × (1 + 1) = 4/7 for all 25, so catalog order.
        var province = sections[0].EnumerateItems().ToList();
        province.Select(item => item.Row.Indicator.Code.Value).Should().Equal(Enumerable.Range(0, Indicators).Select(k => $"K{k:00}"));
        province.Should().OnlyContain(item => Math.Abs(item.Severity - (4m / 7m)) < 0.000001m);

        // The district: 10% on K00 is the furthest below 70%, severity (1 − 10/70) × 2 = 12/7; then K01 (12%), …
        var district = sections[1].EnumerateItems().ToList();
        district[0].Row.Indicator.Code.Value.Should().Be("K00");
        district[0].Severity.Should().BeApproximately(12m / 7m, 0.000001m);
        district.Select(item => item.Row.Indicator.Code.Value).Should().Equal(Enumerable.Range(0, Indicators).Select(k => $"K{k:00}"), "10 + 2k % falls further short the smaller k");
        sections[1].Count.Should().Be(Indicators);
        sections[1].Items.Should().HaveCount(Indicators, "read whole when asked");
    }

    [Theory]
    [InlineData("vi", "  và 15 chỉ tiêu khác")]
    [InlineData("en", "  and 15 more")]
    public void A_capped_view_lists_10_items_per_lead_unit_and_counts_the_others(string code, string more)
    {
        var language = code == "vi" ? Language.Vietnamese : Language.English;
        var result = TwoLeads();

        var lines = LaggingReport.DescribeLines(LaggingReport.Stream(result), language, LaggingReport.ListedPerLead).ToList();

        // Per lead: its heading, 10 items, the line counting 25 − 10 = 15 more; two leads.
        lines.Should().HaveCount(2 * (1 + 10 + 1));
        lines[0].Should().Be(language.Format(Phrase.ScorecardLeadUnit, language == Language.Vietnamese ? "Tỉnh Hà Giang" : "Ha Giang province"));
        lines[10].Should().StartWith("  10. ");
        lines[11].Should().Be(more);
        lines[23].Should().Be(more);

        // The whole report keeps every item: 2 headings and 2 × 25 items, and no count of more.
        var whole = result.Lagging().Describe(language).Split(Environment.NewLine);
        whole.Should().HaveCount(2 + (2 * Indicators));
        whole.Should().Contain(line => line.StartsWith("  25. ", StringComparison.Ordinal));
        whole.Should().NotContain(more);
        LaggingReport.ListedPerLead.Should().Be(10);
    }

    [Fact]
    public void The_notebook_view_lists_10_items_per_lead_unit_and_counts_the_others()
    {
        var html = De06Metrics.Reporting.HtmlViews.Lagging(TwoLeads().Lagging(), Language.Vietnamese);

        // Two leads, each 10 items listed and 25 − 10 = 15 counted.
        html.Split("<li ").Length.Should().Be(1 + 20);
        html.Split("và 15 chỉ tiêu khác").Length.Should().Be(1 + 2);
        html.Should().Contain("Chỉ tiêu 09").And.NotContain("Chỉ tiêu 24", "the district's K24 (58%) and the province's K24 (last of 25 equals) are not listed");
    }

    [Fact]
    public void Nothing_lagging_streams_no_section_and_the_view_says_so()
    {
        var province = new ResponsibleUnit(new UnitId("P"), new LocalizedText("Tỉnh"), UnitKind.Province);
        var indicator = new Indicator(new IndicatorCode("K"), new LocalizedText("Chỉ tiêu"), Measure.Rate, Polarity.HigherIsBetter);
        var quarter = ReportingPeriod.ForQuarter(2024, 1);
        var result = Scorecard.Create([indicator], UnitRegistry.Create([province]), [new Target(indicator.Code, province.Id, quarter, Goal.AtLeast(70m))], [new Observation(indicator.Code, province.Id, quarter, MeasuredValue.Of(80m))])
            .Evaluate(quarter);

        LaggingReport.Stream(result).Should().BeEmpty("80% meets 70%");
        LaggingReport.DescribeLines(LaggingReport.Stream(result), Language.Vietnamese, LaggingReport.ListedPerLead)
            .Should().Equal([Language.Vietnamese[Phrase.ScorecardNothingLags]]);
    }

    [Fact]
    public void Streaming_a_null_result_is_refused()
    {
        var act = () => LaggingReport.Stream(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("result");
    }
}
