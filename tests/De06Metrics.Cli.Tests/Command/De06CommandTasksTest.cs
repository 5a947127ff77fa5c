using System.Text.Json;
using De06Metrics.Tests.Serialization;

namespace De06Metrics.Cli.Tests.Command;

/// <summary>
/// The main job's report shows the Hà Giang example's 33 models as tasks (an illustrative list, see docs/tasks.md):
/// on 31/3/2024, 17 done (15 on time; MH.16 5 days late, MH.17 due on the leap day and 4 days late), MH.18, MH.20 and
/// MH.21 overdue by 45, 30 and 10 days, MH.22 due in 5 days.
/// </summary>
public class De06CommandTasksTest
{
    [Fact]
    public void The_main_jobs_report_shows_the_models_as_tasks_with_their_counts()
    {
        var run = De06Process.Run("report", "--format", "md");

        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Out.Split('\n');
        lines.Should().Contain("# Tình hình thực hiện nhiệm vụ đến ngày 31/3/2024");
        lines.Should().Contain("Đã hoàn thành 17/33 mô hình (15 đúng hạn, 2 chậm); 3 nhiệm vụ quá hạn, lâu nhất 45 ngày; 1 nhiệm vụ sắp đến hạn");
        lines.Single(line => line.StartsWith("| MH.17 ", StringComparison.Ordinal)).Should().Contain("| 29/2/2024 | 4/3/2024 | hoàn thành chậm 4 ngày |");
        lines.Single(line => line.StartsWith("| MH.22 ", StringComparison.Ordinal)).Should().Contain("| sắp đến hạn, còn 5 ngày |");
        // Each line of a section is a list item, so that a Markdown viewer does not run them into one paragraph.
        lines.Should().Contain("- Sở Tư pháp: đã hoàn thành 3/7 mô hình (2 đúng hạn, 1 chậm); 1 nhiệm vụ quá hạn 45 ngày; 1 nhiệm vụ sắp đến hạn");
        var lagging = Array.IndexOf(lines, "## Nhiệm vụ quá hạn, hoàn thành chậm");
        lines.Skip(lagging).Should().ContainInOrder(
            "- Đơn vị chủ trì: Sở Tư pháp",
            "   1. Mô hình số 18 của Đề án 06 (minh họa): quá hạn 45 ngày (thời hạn 15/2/2024)",
            "   2. Mô hình số 16 của Đề án 06 (minh họa): hoàn thành chậm 5 ngày (thời hạn 31/1/2024)");
    }

    [Fact]
    public void The_json_and_csv_reports_carry_the_tasks_and_the_csv_folder_gives_the_same_counts()
    {
        var json = De06Process.Run("report", "--format", "json", "--lang", "en", "--due-soon", "4");
        var csv = De06Process.Run("report", Path.Combine(HaGiangExample.Folder, "csv"), "--format", "csv", "--lang", "en");

        json.ExitCode.Should().Be(0, json.Error);
        using var document = JsonDocument.Parse(json.Out);
        var tasks = document.RootElement.GetProperty("tasks");
        // With a window of 4 days, MH.22 (5 days left) is not yet due.
        tasks.GetProperty("note").GetString().Should().Be("17/33 models completed (15 on time, 2 late); 3 tasks overdue, the longest by 45 days");
        var rows = tasks.GetProperty("rows").EnumerateArray().ToList();
        rows.Should().HaveCount(33);
        var overdue = rows.Single(row => row.GetProperty("code").GetString() == "MH.18");
        (overdue.GetProperty("status").GetString(), overdue.GetProperty("daysOverdue").GetDecimal()).Should().Be(("Overdue", 45m));

        csv.ExitCode.Should().Be(0, csv.Error);
        var table = csv.Out.Split('\n');
        var header = Array.IndexOf(table, "Code,Task,Lead,Coordinating,Deadline,Done on,Status,Notes");
        header.Should().BePositive("the tasks' table follows the indicators'");
        table[header - 1].Should().BeEmpty();
        table.Count(line => line.StartsWith("MH.", StringComparison.Ordinal)).Should().Be(33);
    }

    [Fact]
    public void A_report_on_an_earlier_period_than_the_task_data_leaves_the_tasks_out_and_says_why()
    {
        var run = De06Process.Run("report", "--format", "md", "--period", "2023");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().NotContain("MH.");
        run.Error.Should().Contain("$.tasks[8]: code 'MH.09': the done date 2024-03-01 lies after the report's day 2023-12-31.")
            .And.Contain("The report leaves the tasks out.");
    }
}
