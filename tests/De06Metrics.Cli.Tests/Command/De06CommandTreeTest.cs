using System.Text.Json;
using De06Metrics.Tests.Serialization;

namespace De06Metrics.Cli.Tests.Command;

/// <summary>
/// The Hà Giang example's illustrative tree in the main job's report: every area's attainment is capped at 100%, so
/// online services and health score 100, the models 17/33 × 100 = 51,52, and the scorecard (100 + 100 + 51,52) / 3.
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
        lines.Should().Contain("| Tỉnh Hà Giang | Bảng điểm DA06 (Đề án 06 tỉnh Hà Giang, bản minh họa) |  | 83,84 | 5/6 | 83,84/100 điểm, 5/6 chỉ tiêu có điểm |");
        lines.Should().Contain(line => line.Contains("Lĩnh vực MH (Mô hình Đề án 06) | 1 | 51,52 | 1/1 | 51,52/100 điểm, 1/1 chỉ tiêu có điểm |", StringComparison.Ordinal));
        // 17/33 of the target met: 51,5% of the way, scored 0,5152 × 100 / 1 on the capped line.
        lines.Should().Contain(line => line.Contains("MODELS.DEPLOYED (Mô hình Đề án 06 đã triển khai) | 1 | 51,52 | 1/1 | 51,52/100 điểm; 51,5% dưới ngưỡng 100%", StringComparison.Ordinal));
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
        decimal.Round(root.GetProperty("score").GetDecimal(), 2).Should().Be(83.84m);
        rows.Single(row => row.GetProperty("node").GetString() == "TTHC.ONTIME").GetProperty("reason").GetString().Should().Be("no target was assigned");
    }
}
