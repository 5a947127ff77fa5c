using System.Text.Json;
using De06Metrics.Tests.Serialization;

namespace De06Metrics.Cli.Tests.Command;

/// <summary>
/// The Hà Giang example's illustrative tree in the main job's report: every area's attainment is capped at 100%, so
/// online services and health score 100; the models have no target on the quarter (their plan is the year's), so their
/// area has no score, and the two scored areas, 2/3 of the weight (at least the tree's half), give (100 + 100) / 2 = 100.
/// </summary>
public class De06CommandTreeTest
{
    [Fact]
    public void The_main_jobs_report_shows_the_tree_scored()
    {
        var run = De06Process.Run("report", "--format", "md");

        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Out.Split('\n');
        lines.Should().Contain("# Điểm theo cây mục tiêu: Bảng điểm DA06 (Đề án 06 tỉnh Hà Giang, bản minh họa)");
        // 5 of the 6 indicators scored: 3 of online services' 4 (on-time handling has no target), health's 1, and the
        // models against the year's plan: 10 + 23 × 91/366 = 15,72 expected by 31/3/2024, 17 ÷ 15,72 = 108,15%.
        lines.Should().Contain("| Tỉnh Hà Giang | Bảng điểm DA06 (Đề án 06 tỉnh Hà Giang, bản minh họa) |  | 100 | 5/6 | 100/100 điểm, 5/6 chỉ tiêu có điểm |");
        lines.Should().Contain(line => line.Contains("Lĩnh vực MH (Mô hình Đề án 06) | 1 | 100 | 1/1 | 100/100 điểm, 1/1 chỉ tiêu có điểm |", StringComparison.Ordinal));
        lines.Should().Contain(line => line.Contains(
            "MODELS.DEPLOYED (Mô hình Đề án 06 đã triển khai) | 1 | 100 | 1/1 | 100/100 điểm; 108,2% đạt ngưỡng 100% → đủ 100 điểm (tuyến tính có giới hạn: đạt ngưỡng là đủ điểm; chưa giới hạn 108,15); so với 16 mô hình cần đạt đến ngày 31/3/2024 theo kế hoạch năm 2024 |",
            StringComparison.Ordinal));
    }

    [Fact]
    public void A_period_without_targets_has_no_tree_table()
    {
        var run = De06Process.Run("report", "--format", "md", "--period", "2023");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().NotContain("Điểm theo cây mục tiêu");
    }

    [Fact]
    public void The_csv_folders_json_report_carries_the_same_tree()
    {
        var run = De06Process.Run("report", Path.Combine(HaGiangExample.Folder, "csv"), "--format", "json", "--lang", "en");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var rows = json.RootElement.GetProperty("tree").GetProperty("rows").EnumerateArray().ToList();
        var root = rows.Single(row => row.GetProperty("node").GetString() == "DA06");
        root.GetProperty("score").GetDecimal().Should().Be(100m, "(100 + 100 + 100) / 3 on the three areas");
        rows.Single(row => row.GetProperty("node").GetString() == "TTHC.ONTIME").GetProperty("reason").GetString().Should().Be("no target was assigned");
    }
}
