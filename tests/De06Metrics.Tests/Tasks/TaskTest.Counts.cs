using De06Metrics.Tasks;
using De06Metrics.Text;
using static De06Metrics.Tests.Tasks.TaskFixtures;

namespace De06Metrics.Tests.Tasks;

/// <summary>Counts per lead unit and overall, worked by hand, and the sentences an official writes from them.</summary>
[Trait("Category", "Text")]
public class TaskCountsTest
{
    /// <summary>
    /// 33 models judged on 31/3/2024: 17 done on time, 3 overdue (due 15/2, 1/3 and 21/3: 45, 30 and 10 days), 13 due
    /// at the end of the year.
    /// </summary>
    internal static TaskList ThirtyThreeModels()
    {
        var tasks = new List<PlanTask>();
        for (var i = 1; i <= 17; i++)
        {
            tasks.Add(Task($"MH.{i:00}", new LocalDate(2024, 3, 31), doneOn: new LocalDate(2024, 3, i)));
        }

        tasks.Add(Task("MH.18", new LocalDate(2024, 2, 15), lead: Justice));
        tasks.Add(Task("MH.19", new LocalDate(2024, 3, 1), lead: Health));
        tasks.Add(Task("MH.20", new LocalDate(2024, 3, 21), lead: Justice));
        for (var i = 21; i <= 33; i++)
        {
            tasks.Add(Task($"MH.{i:00}", new LocalDate(2024, 12, 31)));
        }

        return TaskList.Create(tasks, UnitTree()).WithItems(Models);
    }

    [Fact]
    public void The_hand_worked_counts_of_33_models_give_the_reports_sentence()
    {
        var assessment = ThirtyThreeModels().Assess(EndOfQ1, 7);

        var overall = assessment.Overall;
        overall.Total.Should().Be(33);
        overall.Done.Should().Be(17);
        overall.DoneOnTime.Should().Be(17);
        overall.Overdue.Should().Be(3);
        overall.NotYetDue.Should().Be(13);
        overall.LongestOverdueDays.Should().Be(45);
        assessment.Describe(Language.Vietnamese).Should().Be("Đã hoàn thành 17/33 mô hình; 3 nhiệm vụ quá hạn, lâu nhất 45 ngày");
        assessment.Describe(Language.English).Should().Be("17/33 models completed; 3 tasks overdue, the longest by 45 days");
    }

    [Fact]
    public void Counts_per_lead_unit_follow_the_unit_tree()
    {
        var assessment = ThirtyThreeModels().Assess(EndOfQ1, 7);

        // Police: 17 done + 13 not yet due; justice: 2 overdue (45 and 10 days); health: 1 overdue (30 days).
        assessment.ByLead.Select(unit => (unit.Lead.Id, unit.Counts.Total, unit.Counts.Done, unit.Counts.Overdue, unit.Counts.LongestOverdueDays))
            .Should().Equal((Police, 30, 17, 0, (int?)null), (Justice, 2, 0, 2, (int?)45), (Health, 1, 0, 1, (int?)30));
        assessment.ByLead[2].Counts.Describe(Language.Vietnamese).Should().Be("Đã hoàn thành 0/1 nhiệm vụ; 1 nhiệm vụ quá hạn 30 ngày");
        assessment.ByLead[2].Counts.Describe(Language.English).Should().Be("0/1 task completed; 1 task overdue by 30 days");
    }

    [Fact]
    public void Late_and_due_soon_tasks_are_counted_and_said()
    {
        // Judged on 31/3/2024 with a 7-day window: done on the deadline (on time), a day late, due today (due soon),
        // due 5/4 (due soon), due 8/4 (not yet due, 8 days), due 29/2 (overdue 31 days).
        TaskList list = TaskList.Create(
        [
            Task("A", new LocalDate(2024, 3, 15), doneOn: new LocalDate(2024, 3, 15)),
            Task("B", new LocalDate(2024, 3, 15), doneOn: new LocalDate(2024, 3, 16)),
            Task("C", EndOfQ1),
            Task("D", new LocalDate(2024, 4, 5)),
            Task("E", new LocalDate(2024, 4, 8)),
            Task("F", new LocalDate(2024, 2, 29)),
        ], UnitTree());

        var counts = list.Assess(EndOfQ1, 7).Overall;

        (counts.DoneOnTime, counts.DoneLate, counts.DueSoon, counts.NotYetDue, counts.Overdue, counts.LongestOverdueDays)
            .Should().Be((1, 1, 2, 1, 1, (int?)31));
        counts.Describe(Language.Vietnamese).Should().Be(
            "Đã hoàn thành 2/6 nhiệm vụ (1 đúng hạn, 1 chậm); 1 nhiệm vụ quá hạn 31 ngày; 2 nhiệm vụ sắp đến hạn");
        counts.Describe(Language.English).Should().Be(
            "2/6 tasks completed (1 on time, 1 late); 1 task overdue by 31 days; 2 tasks due soon");
    }

    [Fact]
    public void The_lagging_tasks_are_listed_per_lead_unit_longest_overdue_first()
    {
        var assessment = ThirtyThreeModels().Assess(EndOfQ1, 7);

        assessment.Lagging.Select(section => section.Lead.Id).Should().Equal(Justice, Health);
        assessment.Lagging[0].Items.Select(item => item.Task.Code).Should().Equal("MH.18", "MH.20");
        assessment.DescribeLagging(Language.Vietnamese).Split(Environment.NewLine).Should().Equal(
            "Đơn vị chủ trì: Sở Tư pháp",
            "  1. Mô hình MH.18: quá hạn 45 ngày (thời hạn 15/2/2024)",
            "  2. Mô hình MH.20: quá hạn 10 ngày (thời hạn 21/3/2024)",
            "Đơn vị chủ trì: Sở Y tế",
            "  1. Mô hình MH.19: quá hạn 30 ngày (thời hạn 1/3/2024)");
    }

    [Fact]
    public void Nothing_lagging_says_so()
    {
        var list = TaskList.Create([Task("A", new LocalDate(2024, 3, 15), doneOn: new LocalDate(2024, 3, 1))], UnitTree());

        list.Assess(EndOfQ1, 7).DescribeLagging(Language.Vietnamese).Should().Be("Không có nhiệm vụ nào quá hạn hoặc hoàn thành chậm.");
    }
}
