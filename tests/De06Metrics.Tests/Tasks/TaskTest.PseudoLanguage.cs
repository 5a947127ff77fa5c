using De06Metrics.Tasks;
using De06Metrics.Tests.Text;
using De06Metrics.Text;
using De06Metrics.Units;
using static De06Metrics.Tests.Tasks.TaskFixtures;

namespace De06Metrics.Tests.Tasks;

/// <summary>Every word a task sentence holds comes from the phrase book or the data.</summary>
[Trait("Category", "Text")]
public class TaskPseudoLanguageTest
{
    [Fact]
    public void Task_sentences_hold_no_word_outside_the_phrase_book()
    {
        var tasks = new List<PlanTask>
        {
            Task("A", new LocalDate(2024, 3, 15), doneOn: new LocalDate(2024, 3, 15)),
            Task("B", new LocalDate(2024, 3, 15), doneOn: new LocalDate(2024, 3, 16), coordinating: [Justice]),
            Task("C", EndOfQ1),
            Task("D", new LocalDate(2024, 4, 5)),
            Task("E", new LocalDate(2024, 4, 8), lead: Health),
            Task("F", new LocalDate(2024, 2, 29), lead: Health),
            new("G", new LocalizedText("Lộ trình", "Roadmap"), new Responsibility(Police), new LocalDate(2024, 12, 31),
                milestones: [new Milestone(new LocalDate(2024, 3, 1), new LocalizedText("Thí điểm", "Pilot")), new Milestone(new LocalDate(2024, 3, 2))],
                quantity: new TaskQuantity(Models, 33m, 17m, EndOfQ1)),
        };
        var assessment = TaskList.Create(tasks, UnitTree()).WithItems(Models).Assess(EndOfQ1, 7);
        var language = PseudoLanguage.Instance;
        var data = UnitTree().Units.Select(unit => unit.Name.In(language))
            .Concat(tasks.Select(task => task.Name.In(language)))
            .Concat(["Thí điểm", "mô hình", "Pilot", "models"]);

        var texts = assessment.Items.Select(item => item.Describe(language))
            .Append(assessment.Describe(language))
            .Append(assessment.DescribeLagging(language))
            .Concat(assessment.ByLead.Select(unit => unit.Counts.Describe(language)))
            .Append(TaskList.Create([Task("Z", EndOfQ1, doneOn: EndOfQ1)], UnitTree()).Assess(EndOfQ1, 0).DescribeLagging(language));

        foreach (var text in texts)
        {
            PseudoLanguage.WordsIn(text, data).Should().BeEmpty(text);
        }
    }
}
