using AngleSharp.Dom;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Scorecards;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;

namespace De06Metrics.Tests.Reporting;

/// <summary>The HTML report of a scorecard with trajectories: where each figure stands on its path, in the row's notes.</summary>
public partial class HtmlReportTest
{
    /// <summary>The example with the online rate's path attached: linear from 60% (2020) to <paramref name="end"/> in 2025.</summary>
    private static ScorecardResult Q1WithPath(decimal end)
    {
        var online = Example.Value.GetIndicator(new IndicatorCode("DVC.ONLINE"));
        return Example.Value
            .WithTrajectories([new ScorecardTrajectory(Trajectory.Linear(online, new TrajectoryMilestone(2020, 60m), new TrajectoryMilestone(2025, end)))])
            .Evaluate(HaGiangExample.Q1, null, new ScorecardOptions(comparisonPeriod: HaGiangExample.Year2023));
    }

    private static List<string> NotesOf(IDocument document, string code) =>
        [.. ResultRow(document, code).QuerySelectorAll("sup.de06-ref a").Select(a => Text(document.GetElementById(a.GetAttribute("href")![1..])!))];

    [Fact]
    public void A_rows_place_on_its_trajectory_is_one_of_its_notes()
    {
        // Linear 60% → 90%: the 2024 milestone is 60 + 30 × 4/5 = 84%, and the report's 88,8% is above it.
        var vi = Parse(Html(Q1WithPath(90m), Language.Vietnamese));
        var en = Parse(Html(Q1WithPath(90m), Language.English));

        NotesOf(vi, "DVC.ONLINE").Should().Contain("cao hơn mốc 84,0% của lộ trình năm 2024, đúng lộ trình.");
        NotesOf(en, "DVC.ONLINE").Should().Contain("above the 2024 milestone of 84.0% on the trajectory, on track.");
        // A row without a trajectory has no such note.
        NotesOf(vi, "DVC.PAYMENT").Should().NotContain(note => note.Contains("lộ trình", StringComparison.Ordinal));
        // Nothing lags for the trajectory when the figure is above its milestone.
        vi.QuerySelectorAll("#de06-lagging li").Select(Text).Should().NotContain(item => item.Contains("lộ trình", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_off_its_trajectory_says_so_in_its_note_and_lags_though_its_target_is_exceeded()
    {
        // Linear 60% → 100%: the 2024 milestone is 60 + 40 × 4/5 = 92%; 88,8 − 92 = −3,2 points, off track, though
        // 88,8% exceeds the target of 70%.
        var document = Parse(Html(Q1WithPath(100m), Language.Vietnamese));

        NotesOf(document, "DVC.ONLINE").Should().Contain("thấp hơn mốc 92,0% của lộ trình năm 2024, chậm so với lộ trình.");
        document.QuerySelectorAll("#de06-lagging li").Select(Text)
            .Should().ContainSingle(item => item.Contains("thấp hơn mốc 92,0% của lộ trình năm 2024, chậm so với lộ trình", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_without_trajectories_is_the_same_as_before_they_were_attached_to_another_period()
    {
        // A path of years that the quarter's year is outside of checks no row: the report is byte for byte the one without it.
        var online = Example.Value.GetIndicator(new IndicatorCode("DVC.ONLINE"));
        var outside = Example.Value
            .WithTrajectories([new ScorecardTrajectory(Trajectory.Linear(online, new TrajectoryMilestone(2015, 30m), new TrajectoryMilestone(2020, 60m)))])
            .Evaluate(HaGiangExample.Q1, null, new ScorecardOptions(comparisonPeriod: HaGiangExample.Year2023));

        outside.Rows.Should().OnlyContain(row => row.TrajectoryCheck == null);
        Html(outside, Language.Vietnamese).Should().Be(Html(Q1(), Language.Vietnamese));
    }
}
