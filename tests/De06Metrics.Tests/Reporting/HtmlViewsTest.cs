using System.Xml.Linq;
using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Ranking;
using De06Metrics.Reporting;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Reporting;

public partial class HtmlViewsTest
{
    private static readonly IndicatorCode OnlineDossiers = new("DVC.ONLINE");
    private static readonly IndicatorCode Models = new("MODELS.DEPLOYED");
    private static readonly ScorecardResult Q1 = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid()
        .Evaluate(HaGiangExample.Q1, options: new ScorecardOptions(comparisonPeriod: HaGiangExample.Year2023));

    /// <summary>The example with the models held to all 33 on the quarter: one row not met (17 of 33, 16 short).</summary>
    private static readonly ScorecardResult Q1WithOneNotMet = HaGiangExample
        .WithTheModelsHeldToTheProgrammeOnQ1(ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid())
        .Evaluate(HaGiangExample.Q1, options: new ScorecardOptions(comparisonPeriod: HaGiangExample.Year2023));

    /// <summary>The view as XML: the views write well-formed markup, so a parse failure is a test failure.</summary>
    internal static XElement Parse(string html) => XElement.Parse(html);

    internal static IReadOnlyList<string> Texts(XElement root, string name) =>
        root.Descendants(name).Select(element => element.Value).ToList();

    /// <summary>The rows of a table body, each as its cells' texts.</summary>
    internal static IReadOnlyList<IReadOnlyList<string>> BodyRows(XElement table) =>
        table.Element("tbody")!.Elements("tr").Select(tr => (IReadOnlyList<string>)tr.Elements("td").Select(td => td.Value).ToList()).ToList();

    /// <summary>Two units of one rate indicator, one named with markup, the other without a target.</summary>
    private static ScorecardResult Small(string firstName = "Huyện <script>alert('x')</script> & \"Bạ\"")
    {
        var indicator = new Indicator(new IndicatorCode("DVC"), new LocalizedText("Tỷ lệ hồ sơ trực tuyến", "Online dossier rate"), Measure.Rate, Polarity.HigherIsBetter, 1);
        var province = new UnitId("HG");
        UnitId first = new("HG.QB"), second = new("HG.DV");
        var units = UnitRegistry.Create(
        [
            new ResponsibleUnit(province, new LocalizedText("Hà Giang"), UnitKind.Province),
            new ResponsibleUnit(first, new LocalizedText(firstName), UnitKind.District, province),
            new ResponsibleUnit(second, new LocalizedText("Huyện Đồng Văn"), UnitKind.District, province),
        ]);
        Target[] targets = [new(indicator.Code, first, HaGiangExample.Q1, Goal.AtLeast(70m))];
        Observation[] observations =
        [
            new(indicator.Code, first, HaGiangExample.Q1, MeasuredValue.Of(55.5m)),
            new(indicator.Code, second, HaGiangExample.Q1, MeasuredValue.Of(92m)),
        ];
        return Scorecard.Create([indicator], units, targets, observations).Evaluate(HaGiangExample.Q1);
    }

    [Fact]
    public void A_scorecard_is_one_table_with_a_caption_headings_and_a_line_per_row_in_Vietnamese()
    {
        var table = Parse(HtmlViews.Scorecard(Q1, Language.Vietnamese));

        table.Name.LocalName.Should().Be("table");
        table.Attribute("class")!.Value.Should().Be("de06-scorecard");
        table.Element("caption")!.Value.Should().Be(Q1.Period.ToString(null, Language.Vietnamese));
        Texts(table, "th").Should().Equal("Chỉ tiêu", "Đơn vị", "Kết quả", "Chỉ tiêu giao", "Đánh giá", "Thay đổi");
        var rows = BodyRows(table);
        rows.Should().HaveCount(Q1.Rows.Length).And.OnlyContain(cells => cells.Count == 6);
        var online = Q1.Find(OnlineDossiers, HaGiangExample.Province)!;
        rows.Should().ContainEquivalentOf(new[]
        {
            "Tỷ lệ hồ sơ trực tuyến", online.Unit.Name.In(Language.Vietnamese), "88,8%", "≥ 70%", "Vượt chỉ tiêu", "tăng 16,5 điểm phần trăm so với năm 2023",
        });
    }

    [Fact]
    public void A_scorecard_in_English_has_English_headings_and_numbers()
    {
        var table = Parse(HtmlViews.Scorecard(Q1, Language.English));

        Texts(table, "th").Should().Equal("Indicator", "Unit", "Value", "Target", "Status", "Change");
        BodyRows(table).Should().Contain(cells => cells[0] == "Online dossier rate" && cells[2] == "88.8%" && cells[4] == "Exceeded");
    }

    [Fact]
    public void Status_cells_carry_the_status_word_on_its_colour()
    {
        // The example's four targets are exceeded; held to all 33 models on the quarter, 17 of 33 is not met.
        var html = HtmlViews.Scorecard(Q1WithOneNotMet, Language.Vietnamese);

        html.Should().Contain("background:#2e7d32\">Vượt chỉ tiêu").And.Contain("background:#c62828\">Chưa đạt");
        var statuses = Parse(html).Descendants("td").Where(td => (string?)td.Attribute("class") == "de06-status").ToList();
        statuses.Should().HaveCount(Q1WithOneNotMet.Rows.Length).And.OnlyContain(td => td.Value.Length > 0, "a status is never shown by colour alone");
        statuses.Select(td => td.Value).Should().Equal(Q1WithOneNotMet.Rows.Select(row => row.Status is { } s ? s.Describe(Language.Vietnamese) : "Không có chỉ tiêu"));
        HtmlViews.Scorecard(Q1, Language.Vietnamese).Should().NotContain("Chưa đạt", "the example itself has no target not met");
    }

    [Theory]
    [InlineData(null, "Không có chỉ tiêu", "#616161")]
    [InlineData(TargetStatus.Met, "Đạt chỉ tiêu", "#2e7d32")]
    [InlineData(TargetStatus.NoData, "Không có số liệu", "#616161")]
    public void A_status_cell_names_the_status(TargetStatus? status, string word, string colour)
    {
        var cell = Parse(HtmlViews.StatusCell(status, Language.Vietnamese));

        cell.Value.Should().Be(word);
        cell.Attribute("style")!.Value.Should().Contain("background:" + colour);
    }

    [Fact]
    public void Names_are_escaped_so_markup_in_data_is_shown_not_run()
    {
        var html = HtmlViews.Scorecard(Small(), Language.Vietnamese);

        html.Should().Contain("Huyện &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Bạ&quot;").And.NotContain("<script");
        var table = Parse(html);
        table.Descendants().Select(e => e.Name.LocalName).Should().NotContain("script");
        BodyRows(table).Select(cells => cells[1]).Should().Contain("Huyện <script>alert('x')</script> & \"Bạ\"");
    }

    [Fact]
    public void A_row_without_a_target_shows_no_target_and_dashes()
    {
        var result = Small();
        var row = result.Find(new IndicatorCode("DVC"), new UnitId("HG.DV"))!;
        var table = Parse(HtmlViews.Row(row, Language.English));

        table.Attribute("class")!.Value.Should().Be("de06-row");
        table.Element("caption")!.Value.Should().Be("Online dossier rate — Huyện Đồng Văn");
        BodyRows(table).Should().BeEquivalentTo(
            new[]
            {
                new[] { "Value", "92.0%" },
                new[] { "Status", "No target" },
                new[] { "In words", row.Describe(Language.English) },
            },
            options => options.WithStrictOrdering());
        BodyRows(Parse(HtmlViews.Scorecard(result, Language.English))).Single(cells => cells[1] == "Huyện Đồng Văn")
            .Should().Equal("Online dossier rate", "Huyện Đồng Văn", "92.0%", "—", "No target", "—");
    }

    [Fact]
    public void A_row_with_a_target_shows_goal_margin_status_and_sentence()
    {
        // 17 of 33 models against at least 33: 17 − 33 = −16.
        var row = Q1WithOneNotMet.Find(Models, HaGiangExample.Province)!;
        var table = Parse(HtmlViews.Row(row, Language.Vietnamese));

        var rows = BodyRows(table);
        rows.Select(cells => cells[0]).Should().Equal("Kết quả", "Chỉ tiêu giao", "Chênh lệch", "Đánh giá", "Diễn giải");
        rows[0][1].Should().Be("17/33 mô hình (51,5%)");
        rows[1][1].Should().Be(row.Indicator.FormatGoal(row.Target!.Goal, Language.Vietnamese));
        rows[2][1].Should().Be("-16 mô hình");
        rows[3][1].Should().Be("Chưa đạt");
        rows[4][1].Should().Be(row.Describe(Language.Vietnamese));
    }

    [Fact]
    public void An_evaluation_is_a_table_of_value_target_margin_status_and_sentence()
    {
        var evaluation = Q1.Find(OnlineDossiers, HaGiangExample.Province)!.Evaluation!;

        BodyRows(Parse(HtmlViews.Evaluation(evaluation, Language.Vietnamese))).Should().BeEquivalentTo(
            new[]
            {
                new[] { "Kết quả", "88,8%" },
                new[] { "Chỉ tiêu giao", "≥ 70%" },
                new[] { "Chênh lệch", "+18,8 điểm phần trăm" },
                new[] { "Đánh giá", "Vượt chỉ tiêu" },
                new[] { "Diễn giải", evaluation.Describe(Language.Vietnamese) },
            },
            options => options.WithStrictOrdering());
        var english = Parse(HtmlViews.Evaluation(evaluation, Language.English));
        english.Attribute("class")!.Value.Should().Be("de06-evaluation");
        BodyRows(english).Select(cells => cells[0]).Should().Equal("Value", "Target", "Margin", "Status", "In words");
        BodyRows(english)[2][1].Should().Be("+18.8 percentage points");
    }

    [Fact]
    public void A_value_change_is_its_sentence_in_the_colour_of_its_assessment()
    {
        var change = Q1.Find(OnlineDossiers, HaGiangExample.Province)!.Change!;
        var span = Parse(HtmlViews.Change(change, Language.Vietnamese));

        span.Attribute("class")!.Value.Should().Be("de06-change");
        span.Value.Should().Be(change.Describe(Language.Vietnamese)).And.Contain("tăng 16,5 điểm phần trăm");
        span.Attribute("style")!.Value.Should().Be("color:#2e7d32");
    }

    [Fact]
    public void Ranks_and_rank_changes_are_their_sentences()
    {
        var rank = Parse(HtmlViews.Rank(new FieldRank(11, 63), Language.Vietnamese));
        rank.Attribute("class")!.Value.Should().Be("de06-rank");
        rank.Value.Should().Be(new FieldRank(11, 63).Describe(Language.Vietnamese)).And.Contain("11/63");

        var up = RankChange.Between(new FieldRank(40, 63), new FieldRank(11, 63));
        var span = Parse(HtmlViews.Change(up, Language.English));
        span.Attribute("class")!.Value.Should().Be("de06-rank-change");
        span.Attribute("style")!.Value.Should().Be("color:#2e7d32");
        span.Value.Should().Be($"{new FieldRank(40, 63).Describe(Language.English)} → {new FieldRank(11, 63).Describe(Language.English)}: {up.Describe(Language.English)}");
        Parse(HtmlViews.Change(up, Language.Vietnamese)).Value.Should().Contain("tăng 29 bậc");
        Parse(HtmlViews.Change(RankChange.Between(new FieldRank(11, 63), new FieldRank(40, 63)), Language.English))
            .Attribute("style")!.Value.Should().Be("color:#c62828");
    }

    [Fact]
    public void A_ranking_lists_ranks_in_order_then_the_unranked()
    {
        var ranking = Ranks.ByUnit(new Dictionary<string, decimal?> { ["A"] = 80m, ["B"] = 95m, ["<C>"] = null }, Polarity.HigherIsBetter);

        var vietnamese = HtmlViews.Ranking(ranking, Language.Vietnamese);
        vietnamese.Should().Contain("&lt;C&gt;");
        var table = Parse(vietnamese);
        table.Attribute("class")!.Value.Should().Be("de06-ranking");
        Texts(table, "th").Should().Equal("Hạng", "Đơn vị");
        BodyRows(table).Should().BeEquivalentTo(
            new[] { new[] { "1/2", "B" }, new[] { "2/2", "A" }, new[] { "không xếp hạng", "<C>" } },
            options => options.WithStrictOrdering());
        var english = Parse(HtmlViews.Ranking(ranking, Language.English, key => "unit " + key));
        Texts(english, "th").Should().Equal("Rank", "Unit");
        BodyRows(english)[2].Should().Equal("unranked", "unit <C>");
    }

    [Fact]
    public void A_lagging_report_lists_each_lead_units_items_and_says_when_nothing_lags()
    {
        // Held to all 33 on the quarter, the models (led by the police) lag: 33 − 17 = 16 short.
        var report = Q1WithOneNotMet.Lagging();
        var div = Parse(HtmlViews.Lagging(report, Language.Vietnamese));

        div.Attribute("class")!.Value.Should().Be("de06-lagging");
        div.Elements("p").Select(p => p.Value).Should().Equal(report.Sections.Select(s => s.Lead.Name.In(Language.Vietnamese))).And.Contain("Công an tỉnh");
        div.Descendants("li").Select(li => li.Value).Should().Equal(report.Items.Select(item => item.Describe(Language.Vietnamese)));
        div.Descendants("li").Should().Contain(li => li.Value.Contains("còn thiếu 16 mô hình", StringComparison.Ordinal));

        // One unit above its only target: nothing lags.
        var met = Scorecard.Create(
            [new Indicator(new IndicatorCode("DVC"), new LocalizedText("Tỷ lệ", "Rate"), Measure.Rate, Polarity.HigherIsBetter, 1)],
            UnitRegistry.Create([new ResponsibleUnit(new UnitId("HG"), new LocalizedText("Hà Giang"), UnitKind.Province)]),
            [new Target(new IndicatorCode("DVC"), new UnitId("HG"), HaGiangExample.Q1, Goal.AtLeast(70m))],
            [new Observation(new IndicatorCode("DVC"), new UnitId("HG"), HaGiangExample.Q1, MeasuredValue.Of(80m))]).Evaluate(HaGiangExample.Q1).Lagging();
        met.IsEmpty.Should().BeTrue();
        // The example itself: four targets exceeded, the models ahead of the year's plan.
        Q1.Lagging().IsEmpty.Should().BeTrue();
        Parse(HtmlViews.Lagging(met, Language.Vietnamese)).Value.Should().Be("Không có chỉ tiêu nào chậm.");
        Parse(HtmlViews.Lagging(met, Language.English)).Value.Should().Be("No indicator is lagging.");
    }

    [Fact]
    public void Null_arguments_are_refused_with_their_names()
    {
        FluentActions.Invoking(() => HtmlViews.Scorecard(null!, Language.English)).Should().Throw<ArgumentNullException>().WithParameterName("result");
        FluentActions.Invoking(() => HtmlViews.Scorecard(Q1, null!)).Should().Throw<ArgumentNullException>().WithParameterName("language");
        FluentActions.Invoking(() => HtmlViews.Rank(new FieldRank(1, 2), null!)).Should().Throw<ArgumentNullException>().WithParameterName("language");
    }
}
