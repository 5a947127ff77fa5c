using De06Metrics.Measures;
using De06Metrics.Tasks;
using De06Metrics.Text;
using De06Metrics.Units;
using static De06Metrics.Tests.Tasks.TaskFixtures;

namespace De06Metrics.Tests.Tasks;

/// <summary>Bad input is refused with the argument and the value named; nothing is clamped or dropped.</summary>
public class TaskBadInputTest
{
    private static readonly LocalizedText Name = new("Mô hình", "Model");

    [Fact]
    public void A_deadline_before_the_start_is_refused()
    {
        var act = () => new PlanTask("MH.01", Name, new Responsibility(Police), new LocalDate(2024, 1, 31), start: new LocalDate(2024, 2, 1));

        act.Should().Throw<ArgumentException>().WithParameterName("deadline").WithMessage("*MH.01*2024-01-31*before the start 2024-02-01*");
    }

    [Fact]
    public void Milestones_out_of_order_are_refused()
    {
        var act = () => new PlanTask("MH.01", Name, new Responsibility(Police), new LocalDate(2024, 12, 31),
            milestones: [new Milestone(new LocalDate(2024, 6, 30)), new Milestone(new LocalDate(2024, 3, 31))]);

        act.Should().Throw<ArgumentException>().WithParameterName("milestones").WithMessage("*milestone 2 (due 2024-03-31) is out of order*");
    }

    [Fact]
    public void A_milestone_on_or_after_the_deadline_is_refused()
    {
        var act = () => new PlanTask("MH.01", Name, new Responsibility(Police), new LocalDate(2024, 6, 30),
            milestones: [new Milestone(new LocalDate(2024, 6, 30))]);

        act.Should().Throw<ArgumentException>().WithParameterName("milestones").WithMessage("*not before the deadline 2024-06-30*");
    }

    [Fact]
    public void A_count_done_above_the_count_to_reach_is_refused()
    {
        var act = () => new TaskQuantity(Models, 33m, 34m, EndOfQ1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("done").Which.ActualValue.Should().Be(34m);
    }

    [Fact]
    public void A_count_that_is_not_a_count_measure_or_not_whole_is_refused()
    {
        FluentActions.Invoking(() => new TaskQuantity(Measure.Rate, 33m, 17m, EndOfQ1)).Should().Throw<ArgumentException>().WithParameterName("measure");
        FluentActions.Invoking(() => new TaskQuantity(Models, 33.5m, 17m, EndOfQ1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("toReach");
    }

    [Fact]
    public void A_done_task_short_of_its_count_is_refused()
    {
        var act = () => new PlanTask("MH.ALL", Name, new Responsibility(Police), EndOfQ1,
            quantity: new TaskQuantity(Models, 33m, 17m, EndOfQ1), doneOn: EndOfQ1);

        act.Should().Throw<ArgumentException>().WithParameterName("doneOn").WithMessage("*17 of 33*");
    }

    [Fact]
    public void A_unit_that_does_not_exist_is_a_problem_of_the_list()
    {
        var tasks = new[] { Task("MH.01", EndOfQ1, lead: new UnitId("HG.SXX"), coordinating: [new UnitId("HG.SYY")]) };

        TaskList.Validate(tasks, UnitTree()).Select(problem => problem.ToString()).Should().Equal(
            "MH.01: the lead unit 'HG.SXX' does not exist.",
            "MH.01: the coordinating unit 'HG.SYY' does not exist.");
        FluentActions.Invoking(() => TaskList.Create(tasks, UnitTree())).Should().Throw<ArgumentException>().WithParameterName("tasks").WithMessage("*HG.SXX*HG.SYY*");
    }

    [Fact]
    public void A_repeated_code_is_a_problem_of_the_list()
    {
        TaskList.Validate([Task("MH.01", EndOfQ1), Task("MH.01", EndOfQ1)], UnitTree()).Should().ContainSingle()
            .Which.Message.Should().Be("the code is used by an earlier task.");
    }

    [Fact]
    public void A_done_date_after_the_as_of_day_is_refused_by_the_assessment()
    {
        var list = TaskList.Create([Task("MH.01", EndOfQ1, doneOn: new LocalDate(2024, 4, 2))], UnitTree());

        list.CheckOn(EndOfQ1).Should().ContainSingle().Which.ToString().Should().Be("MH.01: the done date 2024-04-02 lies after the report's day 2024-03-31.");
        FluentActions.Invoking(() => list.Assess(EndOfQ1, 7)).Should().Throw<ArgumentException>().WithParameterName("asOf").WithMessage("*MH.01*2024-04-02*");
        list.CheckOn(new LocalDate(2024, 4, 2)).Should().BeEmpty("on the done day itself the date is known");
    }

    [Fact]
    public void A_negative_due_soon_window_is_refused()
    {
        FluentActions.Invoking(() => DeadlineCheck.Judge(EndOfQ1, null, EndOfQ1, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dueSoonDays");
    }
}
