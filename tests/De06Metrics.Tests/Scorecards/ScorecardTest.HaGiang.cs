using De06Metrics.Evaluation;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

/// <summary>Every figure of the Hà Giang Q1 2024 report, reproduced from the example's data file (docs/examples/ha-giang-2024-q1).</summary>
public class ScorecardHaGiangTest
{
    private static readonly Scorecard Example = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();
    private static readonly ReportingPeriod Quarter = HaGiangExample.Q1;
    private static readonly UnitId Province = HaGiangExample.Province;
    private static readonly UnitId Police = new("HG.CA");
    private static readonly ScorecardResult Q1 = Example.Evaluate(Quarter, options: new ScorecardOptions(comparisonPeriod: HaGiangExample.Year2023));
    private static readonly IndicatorCode OnlineDossiers = new("DVC.ONLINE");
    private static readonly IndicatorCode OnTime = new("TTHC.ONTIME");
    private static readonly IndicatorCode EidActivation = new("EID.ACTIVATION");
    private static readonly IndicatorCode Hospitals = new("HEALTH.HOSPITALS");
    private static readonly IndicatorCode Models = new("MODELS.DEPLOYED");
    private static readonly IndicatorCode PapiRank = new("PAPI.RANK");

    private static ScorecardRow Row(IndicatorCode code) => Q1.Find(code, Province)!;

    [Theory]
    [InlineData("DVC.ONLINE", 88.8, 70, 18.8, 16.5)]
    [InlineData("DVC.ESSENTIAL25", 95, 70, 25, 18)]
    [InlineData("DVC.PAYMENT", 83.7, 45, 38.7, 19)]
    [InlineData("HEALTH.CHIPID_INSURANCE", 92.7, 70, 22.7, 11)]
    public void The_four_targets_are_exceeded_by_the_reported_points(string code, double actual, double target, double margin, double change)
    {
        var row = Row(new IndicatorCode(code));
        row.Actual!.Value.Value.Should().Be((decimal)actual);
        row.Target!.Goal.Value.Should().Be((decimal)target);
        row.Status.Should().Be(TargetStatus.Exceeded);
        row.Evaluation!.Margin.Should().Be((decimal)margin);
        row.Change!.Kind.Should().Be(ChangeKind.PercentagePoints);
        row.Change.Amount.Should().Be((decimal)change);
    }

    [Theory]
    [InlineData("DVC.ONLINE", 88.8, 18.8, 70)]
    [InlineData("DVC.ESSENTIAL25", 95, 25, 70)]
    [InlineData("DVC.PAYMENT", 83.7, 38.7, 45)]
    [InlineData("HEALTH.CHIPID_INSURANCE", 92.7, 22.7, 70)]
    public void The_targets_are_recovered_from_actual_and_reported_margin(string code, double actual, double margin, double target)
    {
        var row = Row(new IndicatorCode(code));
        var check = MarginCheck.Check(row.Indicator, row.Target!.Goal, (decimal)actual, (decimal)margin);
        check.ImpliedTarget.Should().Be((decimal)target);
        check.Agrees.Should().BeTrue();
    }

    [Fact]
    public void The_on_time_rate_rose_5_points_and_has_no_target()
    {
        var row = Row(OnTime);
        row.Evaluation.Should().BeNull();
        row.Change!.Amount.Should().Be(5m);
        Row(EidActivation).DescribeChange(Language.English).Should().BeEmpty("the report gives no 2023 figure for e-ID activation");
        row.Describe(Language.Vietnamese).Should().Be("Tỷ lệ thủ tục giải quyết đúng hạn đạt 95,7% (tăng 5,0 điểm phần trăm so với năm 2023)");
    }

    [Fact]
    public void The_online_dossier_rate_reads_as_the_report_writes_it()
    {
        var row = Row(OnlineDossiers);
        row.Describe(Language.Vietnamese).Should().Be(
            "Tỷ lệ hồ sơ trực tuyến đạt 88,8% (tăng 16,5 điểm phần trăm so với năm 2023, vượt chỉ tiêu 18,8 điểm phần trăm)");
        row.Describe(Language.English).Should().Be(
            "Online dossier rate: 88.8% (up 16.5 percentage points on 2023, 18.8 percentage points above the 70% target)");
        row.DescribeChange(Language.Vietnamese).Should().Be("tăng 16,5 điểm phần trăm so với năm 2023");
        row.DescribeChange(Language.English).Should().Be("up 16.5 percentage points on 2023");
    }

    [Fact]
    public void The_e_id_rate_keeps_its_own_as_of_date()
    {
        var row = Row(EidActivation);
        row.AsOf.Should().Be(new LocalDate(2024, 3, 10));
        Quarter.ElapsedDays(row.AsOf!.Value).Should().Be(70);
        row.Describe(Language.Vietnamese).Should().Be("Tỷ lệ kích hoạt định danh điện tử đạt 66,7% (tính đến ngày 10/3/2024)");
    }

    [Fact]
    public void Hospitals_are_17_of_17()
    {
        var row = Row(Hospitals);
        row.Actual!.Value.Value.Should().Be(100m);
        row.DescribeValue(Language.Vietnamese).Should().Be("17/17 (100,0%)");
    }

    [Fact]
    public void Models_are_17_of_33_and_ahead_of_the_years_plan_from_2023s_10()
    {
        // The year's plan of 33 runs from 2023's 10 (illustrative, estimated): (17 − 10) / (33 − 10) = 7/23 = 30,4%
        // of the plan, where 91/366 = 24,9% was expected (10 + 23 × 91/366 = 15,72 models); the line reaches 17 on day
        // (17 − 10) × 366 / 23 = 111,4, so by the end of day 112: 112 − 91 = 21 days ahead.
        var row = Row(Models);
        row.Target.Should().BeNull();
        row.Status.Should().BeNull();
        row.PlanShare!.Start.Should().Be(PlanStart.Stated(10m, new LocalDate(2023, 12, 31)));
        row.PlanShare.Share.Should().Be(7m / 23m * 100m);
        row.PlanShare.DaysAhead.Should().Be(21);
        row.IsBehindSchedule.Should().BeFalse();
        row.DescribeValue(Language.Vietnamese).Should().Be("17/33 mô hình (51,5%)");
        // 17 − 10 = 7 more than at the end of 2023, a change on an estimated base.
        row.Change!.Amount.Should().Be(7m);
        row.Describe(Language.Vietnamese).Should().Contain("đạt 30,4% kế hoạch năm, tính trên phần thay đổi so với mức 10 mô hình ngày 31/12/2023, mức cần đạt đến ngày 31/3/2024 là 24,9%, vượt tiến độ 21 ngày");
    }

    [Theory]
    [InlineData("HEALTH.PERSONAL_RECORDS", "903.221 hồ sơ")]
    [InlineData("HEALTH.HOUSEHOLD_RECORDS", "165.679 hồ sơ hộ")]
    [InlineData("HEALTH.VISITS", "1.804.228 lượt")]
    [InlineData("VNEID.RECORDS", "11.981 dữ liệu")]
    [InlineData("CREDIT.LENT", "2.527 tỷ đồng")]
    [InlineData("CREDIT.HOUSEHOLDS", "57.396 hộ")]
    public void Counts_and_money_are_written_the_Vietnamese_way(string code, string expected) =>
        Row(new IndicatorCode(code)).DescribeValue(Language.Vietnamese).Should().Be(expected);

    [Fact]
    public void The_loan_per_household_is_computed_from_the_amount_lent_and_the_households()
    {
        // "2.527 tỷ đồng/57.396 hộ": 2 527 000 000 000 ÷ 57 396 = 44 027 458,36 đồng per household, 44,03 million.
        var row = Row(new IndicatorCode("CREDIT.PER_HOUSEHOLD"));

        row.Origin.Should().Be(ValueOrigin.Computed);
        Math.Round(row.Actual!.Value.Value, 2).Should().Be(44_027_458.36m);
        row.DescribeValue(Language.Vietnamese).Should().Be("44,03 triệu đồng/hộ");
        row.DescribeValue(Language.English).Should().Be("VND 44.03 million per household");
        row.Describe(Language.Vietnamese).Should().StartWith("Dư nợ bình quân một hộ vay đạt 44,03 triệu đồng/hộ");
    }

    [Fact]
    public void Papi_2023_is_11_of_63_up_29_places_on_2022()
    {
        var papi = Example.Evaluate(HaGiangExample.Year2023, options: new ScorecardOptions(comparison: PeriodComparison.PreviousPeriod)).Find(PapiRank, Province)!;
        papi.DescribeValue(Language.Vietnamese).Should().Be("thứ 11/63");
        papi.RankChange!.Value.PlacesGained.Should().Be(29);
        papi.Describe(Language.Vietnamese).Should().Be("Xếp hạng Chỉ số PAPI: thứ 11/63 (tăng 29 bậc so với năm 2022)");
        papi.Describe(Language.English).Should().Be("PAPI index rank: 11th of 63 (up 29 places on 2022)");
        papi.DescribeChange(Language.Vietnamese).Should().Be("tăng 29 bậc so với năm 2022");
    }

    [Fact]
    public void Nothing_lags_now_that_the_models_are_ahead_of_the_years_plan()
    {
        // The four targets are exceeded, and the models are 21 days ahead of the year's plan from their start.
        Q1.Lagging().Sections.Should().BeEmpty();
    }
}
