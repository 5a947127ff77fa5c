using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

public class ScorecardContainingTargetTest
{
    private static readonly UnitId P = new("P");
    private static readonly IndicatorCode Dossiers = new("HS");
    private static readonly IndicatorCode Online = new("ONLINE");
    private static readonly ReportingPeriod Year = ReportingPeriod.ForYear(2024);

    private static readonly UnitRegistry Units = UnitRegistry.Create([new ResponsibleUnit(P, new LocalizedText("Tỉnh P", "Province P"), UnitKind.Province)]);

    private static readonly Indicator[] Catalog =
    [
        new(Dossiers, new LocalizedText("Số hồ sơ số hóa", "Dossiers digitised"), Measure.Count(new LocalizedText("hồ sơ", "dossiers")), Polarity.HigherIsBetter, 0),
        new(Online, new LocalizedText("Tỷ lệ trực tuyến", "Online rate"), Measure.Rate, Polarity.HigherIsBetter),
    ];

    private static Scorecard Make() => Scorecard.Create(
        Catalog,
        Units,
        [new Target(Dossiers, P, Year, Goal.AtLeast(100m)), new Target(Online, P, Year, Goal.AtLeast(70m))],
        [
            new Observation(Dossiers, P, ReportingPeriod.ForQuarter(2024, 1), MeasuredValue.Of(31m)),
            new Observation(Dossiers, P, ReportingPeriod.ForQuarter(2024, 2), MeasuredValue.Of(20m)),
            new Observation(Online, P, ReportingPeriod.ForQuarter(2024, 1), MeasuredValue.FromRateParts(60m, 100m)),
        ]);

    [Fact]
    public void Each_quarter_of_a_flow_is_a_share_of_the_annual_plan()
    {
        var scorecard = Make();
        var q1 = scorecard.Evaluate(ReportingPeriod.ForQuarter(2024, 1)).Find(Dossiers, P)!;
        q1.Target.Should().BeNull();
        q1.PlanShare!.Share.Should().Be(31m);
        // 91 of 366 days.
        q1.PlanShare.ExpectedShare.Should().Be(91m * 100m / 366m);
        q1.IsBehindSchedule.Should().BeFalse();
        q1.Describe(Language.Vietnamese).Should().Contain("đạt 31,0% kế hoạch năm, mức cần đạt đến ngày 31/3/2024 là 24,9%, vượt tiến độ");

        // Q2: 20 of 100 = 20% against 91/366 = 24,9% for April to June: behind, so it lags.
        var q2 = scorecard.Evaluate(ReportingPeriod.ForQuarter(2024, 2)).Find(Dossiers, P)!;
        q2.PlanShare!.Status.Should().Be(ScheduleStatus.BehindSchedule);
        q2.IsBehindSchedule.Should().BeTrue();
        q2.Describe(Language.English).Should().Contain("20.0% of the annual plan, 24.9% expected by 30 June 2024, behind schedule");
    }

    [Fact]
    public void A_quarters_rate_is_judged_against_the_annual_rate_directly()
    {
        var row = Make().Evaluate(ReportingPeriod.ForQuarter(2024, 1)).Find(Online, P)!;
        row.PlanShare!.ComparesDirectly.Should().BeTrue();
        // 60% against at least 70%: short by 10 points.
        row.PlanShare.Evaluation!.Status.Should().Be(TargetStatus.NotMet);
        row.Describe(Language.Vietnamese).Should().Contain("so với chỉ tiêu năm 2024: chưa đạt chỉ tiêu");
    }

    [Fact]
    public void A_row_with_its_own_target_is_not_set_against_the_year()
    {
        var scorecard = Scorecard.Create(
            Catalog,
            Units,
            [new Target(Dossiers, P, Year, Goal.AtLeast(100m)), new Target(Dossiers, P, ReportingPeriod.ForQuarter(2024, 1), Goal.AtLeast(25m))],
            [new Observation(Dossiers, P, ReportingPeriod.ForQuarter(2024, 1), MeasuredValue.Of(31m))]);
        var row = scorecard.Evaluate(ReportingPeriod.ForQuarter(2024, 1)).Find(Dossiers, P)!;
        row.Target!.Goal.Value.Should().Be(25m);
        row.PlanShare.Should().BeNull();
    }
}
