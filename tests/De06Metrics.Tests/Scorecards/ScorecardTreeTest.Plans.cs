using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

/// <summary>
/// Leaves whose rows have no target of their own but the year's plan: a quarter's flow is scored against the value the
/// plan expected by the quarter's end, a quarter's rate against the year's rate target directly.
/// </summary>
public partial class ScorecardTreeTest
{
    private static readonly IndicatorCode Dossiers = new("HS");
    private static readonly IndicatorCode Online = new("ONLINE");

    private static Scorecard AgainstTheYearsPlan(decimal firstQuarter) => Scorecard.Create(
        [
            new(Dossiers, new LocalizedText("Số hồ sơ số hóa", "Dossiers digitised"), Measure.Count(new LocalizedText("hồ sơ", "dossiers")), Polarity.HigherIsBetter, 0),
            new(Online, new LocalizedText("Tỷ lệ trực tuyến", "Online rate"), Measure.Rate, Polarity.HigherIsBetter),
        ],
        Units,
        [new Target(Dossiers, D1, ReportingPeriod.ForYear(2024), Goal.AtLeast(100m)), new Target(Online, D1, ReportingPeriod.ForYear(2024), Goal.AtLeast(70m))],
        [
            new Observation(Dossiers, D1, Q1, MeasuredValue.Of(firstQuarter)),
            new Observation(Online, D1, Q1, MeasuredValue.FromRateParts(60m, 100m)),
        ]);

    private static ScorecardTree PlanTree() => new("DA06", new LocalizedText("Đề án 06", "Project 06"),
    [
        TreeNode.CappedAttainment(Dossiers, 1m, 1m),
        TreeNode.CappedAttainment(Online, 1m, 1m),
    ]);

    [Fact]
    public void A_quarters_flow_is_scored_against_what_the_years_plan_expected_by_the_quarters_end()
    {
        var score = PlanTree().Score(AgainstTheYearsPlan(20m).Evaluate(Q1), D1);
        var dossiers = score.Nodes.Single(n => n.Node.Indicator == Dossiers);

        // The plan expected 100 × 91/366 = 24,86… dossiers by 31/3/2024; 20 of them is 20 × 366 / 9 100 = 0,8043956…
        // of it, not the 20% of the year's 100 that a quarter's share of the year would score.
        dossiers.Input.Should().BeApproximately(0.8043956043956043956m, 1e-18m);
        dossiers.Points.Should().BeApproximately(80.43956043956043956m, 1e-16m);
        dossiers.Plan!.ExpectedValue.Should().BeApproximately(24.863387978142076502732m, 1e-20m);
        dossiers.Describe(Language.Vietnamese).Should().EndWith("so với 25 hồ sơ cần đạt đến ngày 31/3/2024 theo kế hoạch năm 2024");
        dossiers.Describe(Language.English).Should().EndWith("against the 25 dossiers expected by 31 March 2024 under the plan for 2024");
    }

    [Fact]
    public void A_quarter_ahead_of_the_plan_earns_the_full_points_of_a_capped_leaf()
    {
        var score = PlanTree().Score(AgainstTheYearsPlan(31m).Evaluate(Q1), D1);

        // 31 × 366 / 9 100 = 1,2468… of what the plan expected: capped at 1, so 100 points.
        score.Nodes.Single(n => n.Node.Indicator == Dossiers).Points.Should().Be(100m);
    }

    [Fact]
    public void A_quarters_rate_is_scored_against_the_years_rate_target_itself()
    {
        var score = PlanTree().Score(AgainstTheYearsPlan(20m).Evaluate(Q1), D1);
        var online = score.Nodes.Single(n => n.Node.Indicator == Online);

        // 60% against at least 70%: 60 / 70 = 0,857142…
        online.Input.Should().BeApproximately(0.857142857142857142857m, 1e-20m);
        online.Plan!.ComparesDirectly.Should().BeTrue();
        online.Describe(Language.Vietnamese).Should().EndWith("so với chỉ tiêu năm 2024");
        online.Describe(Language.English).Should().EndWith("against the target for 2024");

        // The root: (80,4395… + 85,7142…) / 2 = 83,0769…
        score.Root.Points.Should().BeApproximately(83.0769230769230769m, 1e-15m);
    }

    [Fact]
    public void A_leaf_with_a_target_of_its_own_names_no_plan()
    {
        var score = Tree().Score(District().Evaluate(Q1), D1);

        score.Nodes.Where(n => n.Node.IsIndicator).Should().OnlyContain(n => n.Plan == null);
    }
}
