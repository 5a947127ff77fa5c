using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

/// <summary>
/// Every seed figure of the Hà Giang Q1 2024 report in one evaluation: each indicator's latest figures, each compared
/// with its latest earlier ones (<see cref="FigureChoice.LatestAvailable"/>). The expected figures are the source
/// report's (docs/examples/ha-giang-2024-q1 and ../shared/reference/domain-notes.md section 1).
/// </summary>
public class ScorecardLatestFiguresTest
{
    private static readonly Scorecard Example = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();
    private static readonly UnitId Province = HaGiangExample.Province;
    private static readonly ScorecardOptions Latest = new(figures: FigureChoice.LatestAvailable);
    private static readonly ScorecardResult Q1 = Example.Evaluate(HaGiangExample.Q1, options: Latest);

    private static ScorecardRow Row(string code) => Q1.Find(new IndicatorCode(code), Province)!;

    [Fact]
    public void The_papi_rank_of_2023_joins_the_first_quarter_report_up_29_places_on_2022()
    {
        // The report: "PAPI 2023: 11/63, tăng 29 bậc so với năm 2022" (40 → 11 = 29 places).
        var papi = Row("PAPI.RANK");
        papi.IsEarlierFigure.Should().BeTrue();
        papi.Period.Should().Be(HaGiangExample.Year2023);
        papi.BasePeriod.Should().Be(ReportingPeriod.ForYear(2022));
        papi.RankChange!.Value.PlacesGained.Should().Be(29);
        papi.Describe(Language.Vietnamese).Should().Be("Xếp hạng Chỉ số PAPI: thứ 11/63 (số liệu năm 2023, tăng 29 bậc so với năm 2022)");
        papi.Describe(Language.English).Should().Be("PAPI index rank: 11th of 63 (2023 figure, up 29 places on 2022)");
    }

    [Fact]
    public void A_quarter_without_the_same_quarter_a_year_before_is_compared_with_the_whole_earlier_year_and_says_so()
    {
        // Q1 2023 has no figures; 2023 has yearly ones: 88,8 − 72,3 = 16,5 points, "tăng 16,5% so với năm 2023".
        var online = Row("DVC.ONLINE");
        online.IsEarlierFigure.Should().BeFalse();
        online.BasePeriod.Should().Be(HaGiangExample.Year2023);
        online.Change!.Amount.Should().Be(16.5m);
        online.DescribeChange(Language.Vietnamese).Should().Be("tăng 16,5 điểm phần trăm so với năm 2023");
        Q1.BasePeriod.Should().Be(HaGiangExample.Year2023);
        Q1.DescribePeriods(Language.Vietnamese).Should().Be("Kỳ báo cáo: quý I/2024; so sánh với năm 2023");
        Q1.DescribePeriods(Language.English).Should().Be("Reporting period: Q1 2024; compared with 2023");
    }

    [Fact]
    public void A_figure_with_no_earlier_one_says_so_instead_of_leaving_the_change_blank()
    {
        // The e-ID activation rate (66,7% to 10/3/2024) is the report's first figure of it.
        var eid = Row("EID.ACTIVATION");
        eid.BaseValue.Should().BeNull();
        eid.DescribeChange(Language.Vietnamese).Should().BeEmpty();
        eid.DescribeComparison(Language.Vietnamese).Should().Be("chưa có số liệu kỳ trước");
        eid.DescribeComparison(Language.English).Should().Be("no earlier figure");
        Row("DVC.ONLINE").DescribeComparison(Language.Vietnamese).Should().Be("tăng 16,5 điểm phần trăm so với năm 2023");
    }

    [Fact]
    public void Every_seed_figure_has_a_row_and_the_default_leaves_the_rank_out()
    {
        // 14 indicators with a Q1 2024 figure, the loan per household computed from two of them, and the PAPI rank of
        // 2023: the sixteen the catalog holds.
        Q1.Rows.Should().HaveCount(Example.Indicators.Length).And.HaveCount(16);
        Example.Evaluate(HaGiangExample.Q1).Rows.Should().HaveCount(15, "only the evaluated period's figures by default");
    }

    [Fact]
    public void The_same_period_a_year_before_is_preferred_when_it_has_figures()
    {
        // A 2023 report: the PAPI rank's 2022 is the same period a year before and has its figure.
        var year = Example.Evaluate(HaGiangExample.Year2023, options: Latest);
        var papi = year.Find(new IndicatorCode("PAPI.RANK"), Province)!;
        papi.IsEarlierFigure.Should().BeFalse();
        papi.DescribeChange(Language.Vietnamese).Should().Be("tăng 29 bậc so với năm 2022");
        year.Find(new IndicatorCode("DVC.ONLINE"), Province)!.DescribeComparison(Language.Vietnamese).Should().Be("chưa có số liệu kỳ trước");
    }

    [Fact]
    public void An_undefined_figure_choice_is_refused_naming_it()
    {
        var act = () => new ScorecardOptions(figures: (FigureChoice)7);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ActualValue.Should().Be((FigureChoice)7);
    }
}
