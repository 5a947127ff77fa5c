using De06Metrics.Growth;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;

namespace De06Metrics.Excel.Tests;

/// <summary>
/// The results sheet of a scorecard with a trajectory: the online rate's path runs linearly from 60% (2020) to 100%
/// (2025), so the 2024 milestone is 60 + 40 × 4/5 = 92%, and the report's 88,8% is 3,2 points below it, off track.
/// The two columns come after the status; a workbook whose rows have no trajectory has neither.
/// </summary>
public sealed class ScorecardWorkbookTrajectoryColumnsTest : IDisposable
{
    private static readonly Scorecard Example = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();

    private readonly MemoryStream workbook = new();

    public ScorecardWorkbookTrajectoryColumnsTest()
    {
        var online = Example.GetIndicator(new Indicators.IndicatorCode("DVC.ONLINE"));
        var scorecard = Example.WithTrajectories(
            [new ScorecardTrajectory(Trajectory.Linear(online, new TrajectoryMilestone(2020, 60m), new TrajectoryMilestone(2025, 100m)))]);
        ScorecardWorkbook.Write(scorecard.Evaluate(HaGiangExample.Q1), workbook, Language.Vietnamese);
    }

    public void Dispose() => workbook.Dispose();

    [Fact]
    public void The_milestone_is_a_number_in_the_rows_format_and_the_status_is_in_words()
    {
        var rows = Workbooks.Rows(workbook, "Kết quả chỉ tiêu");
        var headings = rows[0].Keys.ToList();
        headings.Should().ContainInConsecutiveOrder("Đánh giá", "Mốc lộ trình", "Đánh giá theo lộ trình", "So sánh");
        var index = rows.ToList().FindIndex(row => (string?)row["Mã"] == "DVC.ONLINE" && (string?)row["Đơn vị"] == "Tỉnh Hà Giang");
        var row = rows[index];

        // A rate is stored as a fraction: 92% is 0,92, shown "0.0%" as the row's value is.
        ((double)row["Mốc lộ trình"]!).Should().BeApproximately(0.92, 1e-12);
        row["Đánh giá theo lộ trình"].Should().Be("chậm so với lộ trình");
        row["Đánh giá"].Should().Be("Vượt chỉ tiêu", "88,8% exceeds the target of 70% though it is off its path");
        var sheet = Workbooks.Sheet(workbook, "Kết quả chỉ tiêu");
        var milestone = Workbooks.CellAt(sheet, $"{(char)('A' + headings.IndexOf("Mốc lộ trình"))}{index + 2}");
        Workbooks.FormatCodeOf(workbook, milestone).Should().Be("0.0%");
        var status = Workbooks.CellAt(sheet, $"{(char)('A' + headings.IndexOf("Đánh giá theo lộ trình"))}{index + 2}");
        Workbooks.FillOf(workbook, status).Should().EndWith("FFC7CE", "off track is drawn as a row not met is");

        // Rows without a trajectory leave both cells empty.
        rows.Where(other => (string?)other["Mã"] != "DVC.ONLINE").Should().OnlyContain(other => other["Mốc lộ trình"] == null && other["Đánh giá theo lộ trình"] == null);
    }

    [Fact]
    public void The_row_off_its_trajectory_is_on_the_lagging_sheet()
    {
        Workbooks.Rows(workbook, "Hạn chế, chậm tiến độ").Select(row => (string?)row["Mã"]).Should().Contain("DVC.ONLINE");
    }

    [Fact]
    public void A_workbook_without_trajectories_has_neither_column()
    {
        using var plain = new MemoryStream();
        ScorecardWorkbook.Write(Example.Evaluate(HaGiangExample.Q1), plain, Language.Vietnamese);

        Workbooks.Rows(plain, "Kết quả chỉ tiêu")[0].Keys.Should().NotContain(["Mốc lộ trình", "Đánh giá theo lộ trình"]);
    }
}
