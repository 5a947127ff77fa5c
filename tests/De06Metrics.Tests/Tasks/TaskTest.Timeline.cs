using De06Metrics.Tasks;
using De06Metrics.Text;
using De06Metrics.Units;
using static De06Metrics.Tests.Timeline.Reform2025;

namespace De06Metrics.Tests.Tasks;

/// <summary>A task assigned before the 2025 reform, judged after it (see Timeline/Reform2025.cs).</summary>
public class TaskTimelineTest
{
    [Fact]
    public void A_task_of_a_merged_department_is_reported_under_todays_unit()
    {
        // Assigned 10/1/2025 to planning and investment, merged into finance on 1/3/2025; due 30/6/2025, not done.
        // On 30/9/2025: July 31 + August 31 + September 30 = 92 days overdue.
        var task = new PlanTask("KH.01", new LocalizedText("Kết nối dữ liệu doanh nghiệp", "Business data link"),
            new Responsibility(Id("TQ.SKHDT"), [Id("TQ.CA")]), new LocalDate(2025, 6, 30), start: new LocalDate(2025, 1, 10));
        var list = TaskList.Create([task], History());

        var assessment = list.Assess(new LocalDate(2025, 9, 30), 7);

        var section = assessment.Lagging.Should().ContainSingle().Subject;
        section.Lead.Id.Should().Be(Id("TQ.STC"));
        var item = section.Items.Single();
        item.DaysOverdue.Should().Be(92);
        item.Responsibility.Should().Be(new Responsibility(Id("TQ.STC"), [Id("TQ.CA")]));
        item.Task.Responsibility.Lead.Should().Be(Id("TQ.SKHDT"), "the task keeps its assignment");
        assessment.ByLead.Single().Lead.Id.Should().Be(Id("TQ.STC"));
        item.Describe(Language.Vietnamese).Should().Be(
            "Kết nối dữ liệu doanh nghiệp: quá hạn 92 ngày (thời hạn 30/6/2025); giao cho Sở Kế hoạch và Đầu tư, nay là Sở Tài chính; " +
            "phối hợp: Công an tỉnh Tuyên Quang");
    }

    [Fact]
    public void Before_the_merger_the_task_stays_with_its_own_unit()
    {
        var task = new PlanTask("KH.01", new LocalizedText("Kết nối dữ liệu doanh nghiệp", "Business data link"),
            new Responsibility(Id("TQ.SKHDT")), new LocalDate(2025, 1, 31), start: new LocalDate(2025, 1, 10));

        var item = TaskList.Create([task], History()).Assess(new LocalDate(2025, 2, 10), 7).Items.Single();

        item.CarriedOver.Should().BeNull();
        item.Responsibility.Lead.Should().Be(Id("TQ.SKHDT"));
        item.DaysOverdue.Should().Be(10);
    }
}
