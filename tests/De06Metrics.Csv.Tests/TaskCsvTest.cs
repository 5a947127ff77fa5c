using De06Metrics.Csv;
using De06Metrics.Tasks;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;

namespace De06Metrics.Csv.Tests;

/// <summary>tasks.csv: read with every problem at its file, line and column; the example's folder gives 17/33.</summary>
public class TaskCsvTest
{
    private const string Header = "code,name_vi,name_en,lead,coordinating,start,deadline,milestones,done_on,count_to_reach,count_done,counted_on,notes";

    private static TaskReadResultView Read(params string[] rows)
    {
        using var folder = new CsvFolder();
        folder.Write(TaskCsv.FileName, string.Join("\n", rows.Prepend(Header)));
        var scorecard = ScorecardCsv.ReadFolder(folder.Path).EnsureValid();
        var result = TaskCsv.ReadFolder(folder.Path, scorecard);
        return new(result.Tasks, result.Problems.Select(problem => problem.ToString().Replace(folder.Path + System.IO.Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)).ToList());
    }

    private sealed record TaskReadResultView(TaskList Tasks, List<string> Problems);

    [Fact]
    public void A_folder_without_tasks_csv_has_no_tasks()
    {
        using var folder = new CsvFolder();
        var scorecard = ScorecardCsv.ReadFolder(folder.Path).EnsureValid();

        var result = TaskCsv.ReadFolder(folder.Path, scorecard);

        (result.IsValid, result.Tasks.Tasks.Length).Should().Be((true, 0));
    }

    [Fact]
    public void Rows_are_read_with_milestones_and_counts()
    {
        var result = Read(
            "MH.01,Mô hình một,Model one,HG.CA,HG,2024-01-01,31/12/2024,2024-03-15 2024-03-08|2024-06-30,,33,17,2024-03-31,Minh họa");

        result.Problems.Should().BeEmpty();
        var task = result.Tasks.Tasks.Single();
        task.Milestones.Should().Equal(new Milestone(new LocalDate(2024, 3, 15), doneOn: new LocalDate(2024, 3, 8)), new Milestone(new LocalDate(2024, 6, 30)));
        (task.Quantity!.ToReach, task.Quantity.Done).Should().Be((33m, 17m));
        task.Responsibility.Coordinating.Should().ContainSingle().Which.Value.Should().Be("HG");
        task.Deadline.Should().Be(new LocalDate(2024, 12, 31));
    }

    [Fact]
    public void Every_bad_row_is_located_at_its_line_and_column_and_the_good_row_kept()
    {
        // Columns: 1 code, 4 lead, 7 deadline, 8 milestones, 11 count_done.
        var result = Read(
            "A,Tốt,,HG.CA,,,2024-03-31,,,,,,",
            "B,Thời hạn trước ngày bắt đầu,,HG.CA,,2024-02-01,2024-01-31,,,,,,",
            "C,Đơn vị không có,,HG.SXX,,,2024-03-31,,,,,,",
            "D,Vượt số cần đạt,,HG.CA,,,2024-12-31,,,33,34,2024-03-31,",
            "E,Mốc sai thứ tự,,HG.CA,,,2024-12-31,2024-06-30|2024-03-31,,,,,",
            "A,Mã trùng,,HG.CA,,,2024-03-31,,,,,,");

        result.Problems.Should().Equal(
            "tasks.csv:3:7: deadline: Task 'B': the deadline 2024-01-31 is before the start 2024-02-01.",
            "tasks.csv:4:4: lead 'HG.SXX': no unit has the id 'HG.SXX'.",
            "tasks.csv:5:11: count_done: The count done (34) is above the count to reach (33).",
            "tasks.csv:6:8: milestones: Task 'E': milestone 2 (due 2024-03-31) is out of order: it is not after milestone 1 (due 2024-06-30).",
            "tasks.csv:7:1: code 'A': the code is used by an earlier task, at tasks.csv:2:1.");
        result.Tasks.Tasks.Select(task => task.Code).Should().Equal("A");
    }

    [Fact]
    public void The_example_folder_gives_the_same_tasks_as_the_json_and_17_of_33()
    {
        var scorecard = ScorecardCsv.ReadFolder(System.IO.Path.Combine(HaGiangExample.Folder, "csv")).EnsureValid();

        var result = TaskCsv.ReadFolder(System.IO.Path.Combine(HaGiangExample.Folder, "csv"), scorecard);

        result.Problems.Should().BeEmpty();
        result.Tasks.Assess(HaGiangExample.Q1.End, 7).Describe(Language.Vietnamese).Should().Be(
            "Đã hoàn thành 17/33 mô hình (15 đúng hạn, 2 chậm); 3 nhiệm vụ quá hạn, lâu nhất 45 ngày; 1 nhiệm vụ sắp đến hạn");
    }
}
