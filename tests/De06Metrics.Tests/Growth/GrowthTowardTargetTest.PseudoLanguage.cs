using De06Metrics.Growth;
using De06Metrics.Tests.Text;
using De06Metrics.Text;
using static De06Metrics.Tests.Growth.PseudoGrowth;

namespace De06Metrics.Tests.Growth;

[Trait("Category", "Text")]
public sealed class GrowthTowardTargetPseudoLanguageTest
{
    private static readonly Language Pseudo = PseudoLanguage.Instance;
    private static readonly DatedValue Baseline = new(new LocalDate(2020, 12, 31), 50m);
    private static readonly DatedValue Target = new(new LocalDate(2026, 12, 31), 80m);
    private static readonly LocalDate End2022 = new(2022, 12, 31);

    [Theory]
    [InlineData(85, ProgressCategory.Achieved)]
    [InlineData(60, ProgressCategory.OnTrack)]
    [InlineData(56, ProgressCategory.AccelerationNeeded)]
    [InlineData(52, ProgressCategory.LimitedProgress)]
    [InlineData(48, ProgressCategory.Deterioration)]
    public void Every_progress_category_and_sentence_is_written_from_the_phrase_book(int current, ProgressCategory category)
    {
        var progress = GrowthTowardTarget.Assess(Count, Baseline, new DatedValue(End2022, current), Target);

        progress.Category.Should().Be(category);
        PseudoLanguage.WordsIn(progress.Describe(Pseudo)).Should().BeEmpty();
    }

    [Fact]
    public void Progress_that_cannot_be_assessed_says_why_from_the_phrase_book()
    {
        var progress = GrowthTowardTarget.Assess(Count, new DatedValue(Baseline.Date, 0m), new DatedValue(End2022, 10m), Target);

        progress.Category.Should().Be(ProgressCategory.Unassessable);
        PseudoLanguage.WordsIn(progress.Describe(Pseudo)).Should().BeEmpty();
    }
}
