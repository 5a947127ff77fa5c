using De06Metrics.Growth;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Excel.Tests;

/// <summary>Trajectories and the data-closing rule in a workbook: the <c>trajectories</c> sheet and the setting, written and read back.</summary>
public sealed class ScorecardWorkbookTrajectoriesTest
{
    private static readonly Scorecard Example = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();

    [Fact]
    public async Task Trajectories_and_the_closing_rule_are_written_to_the_workbook_and_read_back_the_same()
    {
        var online = Example.GetIndicator(new Indicators.IndicatorCode("DVC.ONLINE"));
        var scorecard = Example
            .WithTrajectories(
            [
                new ScorecardTrajectory(Trajectory.Linear(online, new TrajectoryMilestone(2020, 60m), new TrajectoryMilestone(2025, 90m))),
                new ScorecardTrajectory(
                    Trajectory.Explicit(online, new TrajectoryMilestone(2020, 60m), new TrajectoryMilestone(2025, 90m), [new TrajectoryMilestone(2022, 70.5m)]),
                    HaGiangExample.Province),
            ])
            .WithDataClosingRule(DataClosingRule.Decree09);
        using var data = new MemoryStream();
        await ScorecardWorkbook.WriteDataAsync(scorecard, data);

        Workbooks.SheetNames(data).Should().Contain("trajectories");
        var rows = Workbooks.Rows(data, "trajectories");
        rows.Select(row => (row["indicator"], row["unit"], row["method"], row["milestones"])).Should().Equal(
            ("DVC.ONLINE", null, "linear", null), ("DVC.ONLINE", "HG", "milestones", "2022:70.5"));
        data.Position = 0;
        var read = ScorecardWorkbook.Read(data, "data.xlsx", Language.English);

        read.Problems.Should().BeEmpty();
        read.Scorecard.DataClosingRule.Should().Be(DataClosingRule.Decree09);
        read.Scorecard.Trajectories.Select(t => (t.Indicator, t.Unit, t.Trajectory.Method, t.Trajectory.Baseline, t.Trajectory.Target)).Should().Equal(
            scorecard.Trajectories.Select(t => (t.Indicator, t.Unit, t.Trajectory.Method, t.Trajectory.Baseline, t.Trajectory.Target)));
        read.Scorecard.Trajectories[1].Trajectory.GivenMilestones.Should().Equal(new TrajectoryMilestone(2022, 70.5m));
    }

    [Fact]
    public async Task A_scorecard_without_trajectories_has_no_trajectories_sheet()
    {
        using var data = new MemoryStream();
        await ScorecardWorkbook.WriteDataAsync(Example, data);

        Workbooks.SheetNames(data).Should().NotContain("trajectories");
    }
}
