using De06Metrics.Tasks;
using De06Metrics.Text;
using static De06Metrics.Tests.Tasks.TaskFixtures;

namespace De06Metrics.Tests.Tasks;

/// <summary>
/// Statuses of one deadline on one day, each worked by hand from the calendar (2024 is a leap year: February has 29
/// days).
/// </summary>
public class TaskStatusTest
{
    [Fact]
    public void A_task_due_on_the_as_of_day_and_not_done_is_due_soon_not_overdue()
    {
        // Due 31/3/2024, judged on 31/3/2024: 0 days left. Even a window of 0 days holds the day itself.
        foreach (var window in new[] { 0, 7 })
        {
            var check = DeadlineCheck.Judge(EndOfQ1, null, EndOfQ1, window);

            check.Status.Should().Be(DeadlineStatus.DueSoon);
            check.DaysLeft.Should().Be(0);
            check.DaysOverdue.Should().BeNull();
        }
    }

    [Fact]
    public void The_day_after_its_deadline_a_task_not_done_is_one_day_overdue()
    {
        var check = DeadlineCheck.Judge(EndOfQ1, null, new LocalDate(2024, 4, 1), 7);

        check.Status.Should().Be(DeadlineStatus.Overdue);
        check.DaysOverdue.Should().Be(1);
        check.Describe(Language.Vietnamese).Should().Be("quá hạn 1 ngày");
        check.Describe(Language.English).Should().Be("overdue by 1 day");
    }

    [Fact]
    public void A_task_done_on_its_deadline_is_done_on_time()
    {
        var check = DeadlineCheck.Judge(new LocalDate(2024, 3, 15), new LocalDate(2024, 3, 15), EndOfQ1, 7);

        check.Status.Should().Be(DeadlineStatus.DoneOnTime);
        check.DaysLate.Should().BeNull();
        check.Describe(Language.Vietnamese).Should().Be("hoàn thành đúng hạn");
    }

    [Fact]
    public void A_task_done_a_day_after_its_deadline_is_one_day_late()
    {
        var check = DeadlineCheck.Judge(new LocalDate(2024, 3, 15), new LocalDate(2024, 3, 16), EndOfQ1, 7);

        check.Status.Should().Be(DeadlineStatus.DoneLate);
        check.DaysLate.Should().Be(1);
        check.Describe(Language.Vietnamese).Should().Be("hoàn thành chậm 1 ngày");
        check.Describe(Language.English).Should().Be("done 1 day late");
    }

    [Fact]
    public void The_leap_day_counts()
    {
        // 28/2/2024 → 29/2 → 1/3: 2 days late; the same dates in 2023 (no 29/2) are 1 day apart.
        DeadlineCheck.Judge(new LocalDate(2024, 2, 28), new LocalDate(2024, 3, 1), EndOfQ1, 7).DaysLate.Should().Be(2);
        DeadlineCheck.Judge(new LocalDate(2023, 2, 28), new LocalDate(2023, 3, 1), new LocalDate(2023, 3, 31), 7).DaysLate.Should().Be(1);

        // Due on the leap day itself, judged on 1/3/2024: 1 day overdue.
        DeadlineCheck.Judge(new LocalDate(2024, 2, 29), null, new LocalDate(2024, 3, 1), 7).DaysOverdue.Should().Be(1);

        // Due 15/2/2024, judged on 31/3/2024: 14 days to 29/2, then 31 days of March = 45 days.
        DeadlineCheck.Judge(new LocalDate(2024, 2, 15), null, EndOfQ1, 7).DaysOverdue.Should().Be(45);
    }

    [Fact]
    public void The_due_soon_window_is_an_input()
    {
        // Judged on 31/3/2024: 7/4 is 7 days away, 8/4 is 8.
        DeadlineCheck.Judge(new LocalDate(2024, 4, 7), null, EndOfQ1, 7).Status.Should().Be(DeadlineStatus.DueSoon);
        DeadlineCheck.Judge(new LocalDate(2024, 4, 8), null, EndOfQ1, 7).Status.Should().Be(DeadlineStatus.NotYetDue);
        DeadlineCheck.Judge(new LocalDate(2024, 4, 8), null, EndOfQ1, 8).Status.Should().Be(DeadlineStatus.DueSoon);
        DeadlineCheck.Judge(new LocalDate(2024, 4, 8), null, EndOfQ1, 7).DaysLeft.Should().Be(8);
    }

    [Fact]
    public void Milestones_are_judged_one_by_one()
    {
        // Deadline 31/12/2024; milestones 1/3 (done 28/2: on time) and 20/3 (not done: 11 days overdue on 31/3).
        var task = new PlanTask(
            "MH.LT", new LocalizedText("Lộ trình số hóa hồ sơ", "Records digitisation roadmap"), new De06Metrics.Units.Responsibility(Police),
            new LocalDate(2024, 12, 31), start: new LocalDate(2024, 1, 1),
            milestones: [new Milestone(new LocalDate(2024, 3, 1), doneOn: new LocalDate(2024, 2, 28)), new Milestone(new LocalDate(2024, 3, 20))]);

        var item = TaskList.Create([task], UnitTree()).Assess(EndOfQ1, 7).Items.Single();

        item.Status.Should().Be(DeadlineStatus.NotYetDue);
        item.Milestones.Select(milestone => milestone.Status).Should().Equal(DeadlineStatus.DoneOnTime, DeadlineStatus.Overdue);
        item.Milestones[1].DaysOverdue.Should().Be(11);
        item.IsLagging.Should().BeTrue("a milestone is overdue");
        item.DaysOverdue.Should().Be(11);
        item.Describe(Language.Vietnamese).Should().Be(
            "Lộ trình số hóa hồ sơ: đang thực hiện, chưa đến hạn, còn 275 ngày (thời hạn 31/12/2024); " +
            "mốc 1/3/2024: hoàn thành đúng hạn; mốc 20/3/2024: quá hạn 11 ngày");
    }
}
