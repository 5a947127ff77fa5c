using System.Text;
using De06Metrics.Serialization;
using De06Metrics.Tasks;
using De06Metrics.Text;

namespace De06Metrics.Tests.Serialization;

/// <summary>Tasks in a scorecard's JSON: read, written back, and every bad task located at its line, column and path.</summary>
public class TaskJsonTest
{
    private const string Head = """
        {
          "version": 1,
          "units": [
            { "id": "HG", "name": { "vi": "Tỉnh Hà Giang", "en": "Hà Giang Province" }, "kind": "province" },
            { "id": "HG.CA", "name": { "vi": "Công an tỉnh", "en": "Provincial Police" }, "kind": "agency", "parent": "HG" },
            { "id": "HG.STP", "name": { "vi": "Sở Tư pháp" }, "kind": "department", "parent": "HG" }
          ],
          "indicators": [
            { "code": "RATE", "name": { "vi": "Tỷ lệ" }, "measure": { "kind": "rate" }, "polarity": "higherIsBetter", "decimals": 1 }
          ],
          "observations": [ { "indicator": "RATE", "unit": "HG", "period": "Quý I/2024", "value": 88.8 } ],
          "taskItems": { "vi": "mô hình", "en": "models", "enSingular": "model" },
          "tasks": [

        """;

    private const string Tail = """

          ]
        }
        """;

    // The first task line is line 14.
    private const int FirstTaskLine = 14;

    private static (TaskReadResult Tasks, string Text) Read(params string[] taskLines)
    {
        var text = Head + string.Join(",\n", taskLines) + Tail;
        var bytes = Encoding.UTF8.GetBytes(text);
        var scorecard = ScorecardJson.Read(bytes, "t.json");
        scorecard.Problems.Should().BeEmpty("the scorecard reader skips the tasks");
        return (TaskJson.Read(bytes, "t.json", scorecard.Scorecard), text);
    }

    /// <summary>The location "t.json:LINE:COLUMN PATH" of the first occurrence of <paramref name="marker"/> on a task line.</summary>
    private static string At(string text, int taskIndex, string marker, string path)
    {
        var line = text.Split('\n')[FirstTaskLine - 1 + taskIndex];
        return $"t.json:{FirstTaskLine + taskIndex}:{line.IndexOf(marker, StringComparison.Ordinal) + 1} {path}";
    }

    [Fact]
    public void Tasks_are_read_with_every_part_and_written_back_equal()
    {
        var (result, _) = Read(
            """    { "code": "MH.01", "name": { "vi": "Mô hình một", "en": "Model one" }, "responsibility": { "lead": "HG.CA", "coordinating": ["HG.STP"] }, "start": "2024-01-01", "deadline": "2024-12-31", "milestones": [ { "due": "2024-03-01", "name": { "vi": "Thí điểm", "en": "Pilot" }, "doneOn": "2024-02-28" }, { "due": "2024-06-30" } ], "count": { "toReach": 33, "done": 17, "countedOn": "2024-03-31" }, "notes": "Minh họa", "source": { "document": "Kế hoạch", "issuedOn": "2024-01-05" } }""",
            """    { "code": "MH.02", "name": { "vi": "Mô hình hai" }, "responsibility": { "lead": "HG.STP" }, "deadline": "15/02/2024", "doneOn": "2024-02-16" }""");

        result.Problems.Should().BeEmpty();
        var tasks = result.Tasks;
        tasks.Items!.FormatValue(33m, 0, Language.Vietnamese).Should().Be("33 mô hình");
        tasks.Tasks.Select(task => task.Code).Should().Equal("MH.01", "MH.02");
        var first = tasks.Tasks[0];
        first.Milestones.Should().Equal(new Milestone(new LocalDate(2024, 3, 1), new LocalizedText("Thí điểm", "Pilot"), new LocalDate(2024, 2, 28)), new Milestone(new LocalDate(2024, 6, 30)));
        (first.Quantity!.ToReach, first.Quantity.Done, first.Quantity.CountedOn).Should().Be((33m, 17m, new LocalDate(2024, 3, 31)));
        first.Responsibility.Coordinating.Should().Equal(new De06Metrics.Units.UnitId("HG.STP"));
        tasks.Tasks[1].Deadline.Should().Be(new LocalDate(2024, 2, 15), "dates may be written day first");

        using var buffer = new MemoryStream();
        TaskJson.Write(tasks, buffer);
        var again = TaskJson.Read(buffer.ToArray(), "again.json", ScorecardJson.Read(Encoding.UTF8.GetBytes(Head + Tail), "t.json").Scorecard);
        again.Problems.Should().BeEmpty();
        again.Tasks.Tasks.Select(Describe).Should().Equal(tasks.Tasks.Select(Describe));
        again.Tasks.Items!.CountUnitSingular.Should().Be("model");

        static string Describe(PlanTask task) =>
            $"{task} {task.Name.English} {task.Responsibility} {task.Start} {task.Deadline} {string.Join(",", task.Milestones)} {task.Quantity} {task.DoneOn} {task.Notes} {task.Source}";
    }

    [Fact]
    public void Tasks_after_a_large_scorecard_are_read_from_a_forward_only_stream_and_located_as_from_bytes()
    {
        // 3 000 blank lines and 200 000 spaces push the tasks past several of the reader's 64 KB windows; the bad
        // deadline is then on line 14 + 3 000 = 3 014, at the column it has when read from bytes.
        var padding = new string('\n', 3000) + new string(' ', 200_000);
        var task = """    { "code": "A", "name": { "vi": "A" }, "responsibility": { "lead": "HG.CA" }, "start": "2024-02-01", "deadline": "2024-01-31" }""";
        var good = """    { "code": "B", "name": { "vi": "B" }, "responsibility": { "lead": "HG.STP" }, "deadline": "2024-03-31" }""";
        var text = Head.Replace("\"taskItems\"", padding + "\"taskItems\"", StringComparison.Ordinal) + task + ",\n" + good + Tail;
        var bytes = Encoding.UTF8.GetBytes(text);
        var scorecard = ScorecardJson.Read(bytes, "t.json").Scorecard;

        var fromBytes = TaskJson.Read(bytes, "t.json", scorecard);
        var fromStream = TaskJson.Read(new ForwardOnlyStream(bytes), "t.json", scorecard);

        var column = text.Split('\n')[FirstTaskLine + 3000 - 1].IndexOf("\"2024-01-31\"", StringComparison.Ordinal) + 1;
        var expected = $"t.json:{FirstTaskLine + 3000}:{column} $.tasks[0].deadline: deadline: Task 'A': the deadline 2024-01-31 is before the start 2024-02-01.";
        fromBytes.Problems.Select(p => p.ToString()).Should().Equal(expected);
        fromStream.Problems.Select(p => p.ToString()).Should().Equal(expected);
        fromStream.Tasks.Tasks.Select(t => t.Code).Should().Equal("B");
        fromStream.Tasks.Items!.FormatValue(2m, 0, Language.English).Should().Be("2 models");
    }

    [Fact]
    public void A_deadline_before_the_start_is_located_at_the_deadline()
    {
        var (result, text) = Read("""    { "code": "A", "name": { "vi": "A" }, "responsibility": { "lead": "HG.CA" }, "start": "2024-02-01", "deadline": "2024-01-31" }""");

        result.Problems.Should().ContainSingle().Which.ToString().Should().Be(
            At(text, 0, "\"2024-01-31\"", "$.tasks[0].deadline") + ": deadline: Task 'A': the deadline 2024-01-31 is before the start 2024-02-01.");
        result.Tasks.Tasks.Should().BeEmpty("a task with a problem is left out, and listed");
    }

    [Fact]
    public void An_unknown_unit_is_located_at_its_field()
    {
        var (result, text) = Read("""    { "code": "A", "name": { "vi": "A" }, "responsibility": { "lead": "HG.SXX" }, "deadline": "2024-01-31" }""");

        result.Problems.Should().ContainSingle().Which.ToString().Should().Be(
            At(text, 0, "\"HG.SXX\"", "$.tasks[0].responsibility.lead") + ": responsibility.lead 'HG.SXX': no unit has the id 'HG.SXX'.");
    }

    [Fact]
    public void A_count_done_above_the_count_to_reach_is_located_at_the_count_done()
    {
        var (result, text) = Read("""    { "code": "A", "name": { "vi": "A" }, "responsibility": { "lead": "HG.CA" }, "deadline": "2024-12-31", "count": { "toReach": 33, "done": 34, "countedOn": "2024-03-31" } }""");

        result.Problems.Should().ContainSingle().Which.ToString().Should().StartWith(
            At(text, 0, "34", "$.tasks[0].count.done") + ": count.done: The count done (34) is above the count to reach (33).");
    }

    [Fact]
    public void Milestones_out_of_order_are_located_at_the_milestones()
    {
        var (result, text) = Read("""    { "code": "A", "name": { "vi": "A" }, "responsibility": { "lead": "HG.CA" }, "deadline": "2024-12-31", "milestones": [ { "due": "2024-06-30" }, { "due": "2024-03-31" } ] }""");

        result.Problems.Should().ContainSingle().Which.ToString().Should().Be(
            At(text, 0, "[ {", "$.tasks[0].milestones") + ": milestones: Task 'A': milestone 2 (due 2024-03-31) is out of order: it is not after milestone 1 (due 2024-06-30).");
    }

    [Fact]
    public void A_repeated_code_a_bad_date_and_a_missing_deadline_are_each_located_and_the_good_task_kept()
    {
        var (result, text) = Read(
            """    { "code": "A", "name": { "vi": "A" }, "responsibility": { "lead": "HG.CA" }, "deadline": "2024-12-31" }""",
            """    { "code": "A", "name": { "vi": "A" }, "responsibility": { "lead": "HG.CA" }, "deadline": "2024-12-31" }""",
            """    { "code": "B", "name": { "vi": "B" }, "responsibility": { "lead": "HG.CA" }, "deadline": "31.12.2024" }""",
            """    { "code": "C", "name": { "vi": "C" }, "responsibility": { "lead": "HG.CA" } }""");

        result.Problems.Select(problem => problem.Location.ToString()).Should().Equal(
            At(text, 1, "{", "$.tasks[1]"),
            At(text, 2, "\"31.12.2024\"", "$.tasks[2].deadline"),
            At(text, 3, "{", "$.tasks[3].deadline"));
        result.Problems[0].Message.Should().Be($"the code is used by an earlier task, at {At(text, 0, "{", "$.tasks[0]")}.");
        result.Problems[2].Message.Should().Be("the property 'deadline' is missing.");
        result.Tasks.Tasks.Select(task => task.Code).Should().Equal("A");
    }

    [Fact]
    public void A_done_date_after_the_reports_day_is_located_for_that_report()
    {
        var (result, text) = Read("""    { "code": "A", "name": { "vi": "A" }, "responsibility": { "lead": "HG.CA" }, "deadline": "2024-03-31", "doneOn": "2024-04-02" }""");

        result.Problems.Should().BeEmpty();
        result.CheckOn(new LocalDate(2024, 3, 31)).Should().ContainSingle().Which.ToString().Should().Be(
            At(text, 0, "{", "$.tasks[0]") + ": code 'A': the done date 2024-04-02 lies after the report's day 2024-03-31.");
    }
}
