using System.Globalization;
using System.Xml.Linq;
using De06Metrics.Evaluation;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Ranking;
using De06Metrics.Reporting;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Reporting;

public partial class SvgChartsTest
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly ReportingPeriod Quarter = HaGiangExample.Q1;
    private static readonly UnitId Province = HaGiangExample.Province;
    private static readonly IndicatorCode OnlineDossiers = new("DVC.ONLINE");
    private static readonly IndicatorCode EssentialServices = new("DVC.ESSENTIAL25");
    private static readonly IndicatorCode OnlinePayment = new("DVC.PAYMENT");
    private static readonly IndicatorCode ChipCardInsurance = new("HEALTH.CHIPID_INSURANCE");
    private static readonly IndicatorCode Models = new("MODELS.DEPLOYED");
    private static readonly ScorecardResult Q1 = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid()
        .Evaluate(Quarter, options: new ScorecardOptions(comparisonPeriod: HaGiangExample.Year2023));

    private static XElement Parse(string svg) => XElement.Parse(svg);

    private static IEnumerable<XElement> WithClass(XElement root, string cssClass) =>
        root.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true);

    private static double Number(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>Three districts of one indicator, each against the same 70% target, one without data.</summary>
    private static ScorecardRow[] Districts(string secondName = "Huyện Quản Bạ")
    {
        var indicator = new Indicator(new IndicatorCode("DVC"), new LocalizedText("Tỷ lệ hồ sơ trực tuyến", "Online dossier rate"), Measure.Rate, Polarity.HigherIsBetter, 1);
        var province = new UnitId("HG");
        UnitId[] districts = [new("HG.VX"), new("HG.QB"), new("HG.DV")];
        string[] names = ["Thành phố Hà Giang", secondName, "Huyện Đồng Văn"];
        var units = UnitRegistry.Create(
            districts.Select((id, i) => new ResponsibleUnit(id, new LocalizedText(names[i]), UnitKind.District, province))
                .Prepend(new ResponsibleUnit(province, new LocalizedText("Hà Giang"), UnitKind.Province)));
        var targets = districts.Select(id => new Target(indicator.Code, id, Quarter, Goal.AtLeast(70m)));
        Observation[] observations =
        [
            new(indicator.Code, districts[0], Quarter, MeasuredValue.Of(92m)),
            new(indicator.Code, districts[1], Quarter, MeasuredValue.Of(55.5m)),
        ];
        var result = Scorecard.Create([indicator], units, targets, observations).Evaluate(Quarter);
        return districts.Select(id => result.Find(indicator.Code, id)!).ToArray();
    }

    [Fact]
    public void Target_bars_draw_one_bar_per_unit_in_its_status_colour()
    {
        var svg = Parse(SvgCharts.TargetBars(Districts(), Language.Vietnamese));

        svg.Name.Should().Be(Svg + "svg");
        var bars = WithClass(svg, "bar").ToList();
        bars.Should().HaveCount(2, "the third district has no value and gets a label instead of a bar");
        bars.Select(b => (string?)b.Attribute("fill")).Should().Equal("#2e7d32", "#c62828");
        bars.Select(b => (string?)b.Attribute("data-status")).Should().Equal("exceeded", "not-met");
        WithClass(svg, "no-data").Single().Value.Should().Be("không có số liệu");
        WithClass(svg, "bar-label").Select(e => e.Value).Should().Equal("Thành phố Hà Giang", "Huyện Quản Bạ", "Huyện Đồng Văn");
        WithClass(svg, "value-label").Select(e => e.Value).Should().Equal("92,0%", "55,5%");
    }

    [Fact]
    public void The_shared_target_is_one_line_at_its_place_on_the_axis()
    {
        var svg = Parse(SvgCharts.TargetBars(Districts(), Language.English));

        // Values 92 and 55,5 and target 70 on a nice axis 0…100 (step 20); so 70 sits at 70% of the plot's width,
        // which runs from the zero tick to the 100% tick.
        var ticks = WithClass(svg, "tick-label").Select(e => e.Value).ToList();
        ticks.Should().Equal("0%", "20%", "40%", "60%", "80%", "100%");
        var axisTicks = WithClass(svg, "tick").Select(t => Number(t, "x1")).ToList();
        var (x0, x100) = (axisTicks[0], axisTicks[^1]);
        var line = WithClass(svg, "target-line").Should().ContainSingle().Subject;
        Number(line, "x1").Should().BeApproximately(x0 + (0.7 * (x100 - x0)), 0.01);
        WithClass(svg, "target-label").Single().Value.Should().Be("Target 70%");

        // The first bar starts at zero and ends at 92.
        var bar = WithClass(svg, "bar").First();
        Number(bar, "x").Should().BeApproximately(x0, 0.01);
        Number(bar, "width").Should().BeApproximately(0.92 * (x100 - x0), 0.01);
    }

    [Fact]
    public void Rows_of_different_indicators_are_labelled_by_indicator_with_their_own_target_marks()
    {
        var rows = new[] { OnlineDossiers, EssentialServices, OnlinePayment, ChipCardInsurance }.Select(code => Q1.Find(code, Province)!).ToList();
        var svg = Parse(SvgCharts.TargetBars(rows, Language.Vietnamese));

        WithClass(svg, "bar-label").Select(e => e.Value).Should().Equal(
            "Tỷ lệ hồ sơ trực tuyến", "Tỷ lệ 25 dịch vụ công thiết yếu", "Tỷ lệ thanh toán trực tuyến", "Tỷ lệ dùng căn cước gắn chip thay thẻ BHYT");
        WithClass(svg, "target-line").Should().BeEmpty("the targets are 70, 70, 45 and 70");
        WithClass(svg, "target-mark").Select(m => m.Element(Svg + "title")!.Value).Should().Equal(
            "Chỉ tiêu 70%", "Chỉ tiêu 70%", "Chỉ tiêu 45%", "Chỉ tiêu 70%");
        WithClass(svg, "bar").Select(b => (string?)b.Attribute("fill")).Should().AllBe("#2e7d32");
        WithClass(svg, "value-label").Select(e => e.Value).Should().Equal("88,8%", "95,0%", "83,7%", "92,7%");
        svg.Element(Svg + "desc")!.Value.Should().Contain("vượt chỉ tiêu 18,8 điểm phần trăm");

        // The 45% mark sits left of the 70% ones.
        var marks = WithClass(svg, "target-mark").Select(m => Number(m, "x1")).ToList();
        marks[2].Should().BeLessThan(marks[0]);
    }

    [Fact]
    public void Rows_of_different_measures_are_refused_rather_than_drawn_on_one_axis()
    {
        var rows = new[] { OnlineDossiers, Models }.Select(code => Q1.Find(code, Province)!).ToList();
        var act = () => SvgCharts.TargetBars(rows, Language.English);
        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "rows" && e.Message.Contains("MODELS.DEPLOYED"));
    }

    [Fact]
    public void Text_is_escaped_and_nothing_external_is_referenced()
    {
        var text = SvgCharts.TargetBars(Districts("Huyện <Quản> & \"Bạ\""), Language.Vietnamese);

        text.Should().Contain("Huyện &lt;Quản&gt; &amp; &quot;Bạ&quot;");
        var svg = Parse(text);
        WithClass(svg, "bar-label").Select(e => e.Value).Should().Contain("Huyện <Quản> & \"Bạ\"");
        svg.Descendants().Select(e => e.Name.LocalName).Should().NotContain(["script", "image", "a", "foreignObject", "style"]);
        text.Should().NotContain("href").And.NotContain("http://www.w3.org/1999/xlink").And.NotContain("@import");
    }

    [Fact]
    public void No_rows_is_refused_with_the_argument_named()
    {
        var act = () => SvgCharts.TargetBars([], Language.English);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("rows");
    }

    [Fact]
    public void The_trend_chart_shows_observations_projection_and_target()
    {
        // The least-squares line of TrendProjectionTest: 60, 65, 72, 75 at four year-ends projects 86,2 by 31/12/2025.
        var indicator = new Indicator(new IndicatorCode("DVC"), new LocalizedText("Tỷ lệ hồ sơ trực tuyến", "Online dossier rate"), Measure.Rate, Polarity.HigherIsBetter, 1);
        DatedValue[] series = [new(new LocalDate(2020, 12, 31), 60m), new(new LocalDate(2021, 12, 31), 65m), new(new LocalDate(2022, 12, 31), 72m), new(new LocalDate(2023, 12, 31), 75m)];
        var projection = TrendProjection.Project(indicator, series, new DatedValue(new LocalDate(2025, 12, 31), 90m));

        var svg = Parse(SvgCharts.Trend(projection, Language.Vietnamese));

        var points = WithClass(svg, "observation").ToList();
        points.Should().HaveCount(4);
        points[0].Element(Svg + "title")!.Value.Should().Be("31/12/2020: 60,0%");
        var projected = WithClass(svg, "projected").Single();
        projected.Attribute("fill")!.Value.Should().Be("#c62828", "86,2 falls short of 90");
        WithClass(svg, "projected-label").Single().Value.Should().Be("86,2%");
        WithClass(svg, "target-label").Single().Value.Should().Be("Chỉ tiêu 90%");
        WithClass(svg, "date-label").Select(e => e.Value).Should().Equal("31/12/2020", "31/12/2021", "31/12/2022", "31/12/2023", "31/12/2025");
        svg.Element(Svg + "desc")!.Value.Should().Be(projection.Describe(Language.Vietnamese));

        // Higher values are higher up: the target line (90) is above the last observation (75), and the projected
        // point is on the target date's tick, five years after the first of six years shown (2020 → 2025 = 1826 days).
        var target = WithClass(svg, "target-line").Single();
        Number(target, "y1").Should().BeLessThan(Number(points[3], "cy"));
        var x0 = Number(points[0], "cx");
        var x1 = Number(points[1], "cx");
        (Number(projected, "cx") - x0).Should().BeApproximately((x1 - x0) * 1826 / 365, 0.05);
    }

    [Fact]
    public void The_rank_chart_joins_previous_and_current_places()
    {
        var movements = RankMovements.Between(
            new Dictionary<string, FieldRank> { ["Hà Giang"] = new(40, 63), ["Cao Bằng"] = new(20, 63), ["Lào Cai"] = new(30, 63) },
            new Dictionary<string, FieldRank> { ["Hà Giang"] = new(11, 63), ["Cao Bằng"] = new(25, 63), ["Yên Bái"] = new(30, 63) });

        var svg = Parse(SvgCharts.RankMovement(movements, Language.English, previousLabel: "2022", currentLabel: "2023"));

        var lines = WithClass(svg, "movement").ToList();
        lines.Should().HaveCount(2, "only units ranked both times have a line");
        var haGiang = lines.Single(l => l.Element(Svg + "title")!.Value.StartsWith("Hà Giang", StringComparison.Ordinal));
        haGiang.Attribute("stroke")!.Value.Should().Be("#2e7d32");
        Number(haGiang, "y2").Should().BeLessThan(Number(haGiang, "y1"), "11th is higher up than 40th");
        lines.Single(l => l != haGiang).Attribute("stroke")!.Value.Should().Be("#c62828");
        WithClass(svg, "entered").Should().ContainSingle();
        WithClass(svg, "left").Should().ContainSingle();
        WithClass(svg, "column-label").Select(e => e.Value).Should().Equal("2022", "2023");
        WithClass(svg, "rank-label").Select(e => e.Value).Should().Contain(["Hà Giang 40", "11 Hà Giang"]);
        svg.Element(Svg + "desc")!.Value.Should().Contain("Hà Giang: up 29 places");
    }

    [Theory]
    [InlineData(TargetStatus.Exceeded, "#2e7d32")]
    [InlineData(TargetStatus.Met, "#2e7d32")]
    [InlineData(TargetStatus.NotMet, "#c62828")]
    [InlineData(TargetStatus.NoData, "#616161")]
    [InlineData(null, "#616161")]
    public void Status_colours_are_green_red_and_grey(TargetStatus? status, string colour) =>
        SvgCharts.StatusColour(status).Should().Be(colour);
}
