using De06Metrics.Growth;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Tests.Text;
using De06Metrics.Text;
using static De06Metrics.Tests.Growth.PseudoGrowth;

namespace De06Metrics.Tests.Growth;

[Trait("Category", "Text")]
public sealed class ValueChangePseudoLanguageTest
{
    private static readonly Language Pseudo = PseudoLanguage.Instance;

    [Theory]
    [InlineData(3, 5)]
    [InlineData(5, 3)]
    [InlineData(4, 4)]
    public void Every_absolute_change_is_written_from_the_phrase_book(int baseValue, int currentValue)
    {
        var change = ValueChange.Absolute(Count, baseValue, currentValue);

        PseudoLanguage.WordsIn(change.Describe(Pseudo)).Should().BeEmpty();
        PseudoLanguage.WordsIn(change.WithComparison(new LocalizedText("¤¤¤")).Describe(Pseudo)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(40, 50)]
    [InlineData(50, 40)]
    [InlineData(50, 50)]
    public void Every_relative_change_is_written_from_the_phrase_book_with_the_mark_of_a_rate(int baseValue, int currentValue)
    {
        PseudoLanguage.WordsIn(ValueChange.Relative(Count, baseValue, currentValue).Describe(Pseudo)).Should().BeEmpty();
        var ofRate = ValueChange.Relative(Share, baseValue, currentValue).Describe(Pseudo);
        PseudoLanguage.WordsIn(ofRate).Should().BeEmpty();
        if (baseValue != currentValue)
        {
            ofRate.Should().NotBe(ValueChange.Relative(Count, baseValue, currentValue).Describe(Pseudo), "a relative change of a rate is marked");
        }
    }

    [Fact]
    public void A_change_that_cannot_be_computed_says_so_from_the_phrase_book()
    {
        var percent = ValueChange.Relative(Count, 0m, 5m);
        var label = new LocalizedText("¤¤¤");

        PseudoLanguage.WordsIn(percent.Describe(Pseudo)).Should().BeEmpty();
        PseudoLanguage.WordsIn(percent.WithComparison(label).Describe(Pseudo)).Should().BeEmpty();
        var absolute = ValueChange.Checked(ChangeKind.Units, Count, decimal.MinValue, decimal.MaxValue, label);
        absolute.IsMeaningful.Should().BeFalse();
        PseudoLanguage.WordsIn(absolute.Describe(Pseudo)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(PeriodComparison.SamePeriodLastYear)]
    [InlineData(PeriodComparison.PreviousPeriod)]
    public void The_base_periods_label_comes_from_the_phrase_book(PeriodComparison comparison)
    {
        PeriodValue[] yearly = [new(ReportingPeriod.ForYear(2023), 4m), new(ReportingPeriod.ForYear(2024), 5m)];
        PeriodValue[] quarterly =
        [
            new(ReportingPeriod.ForQuarter(2023, 1), 4m), new(ReportingPeriod.ForQuarter(2023, 4), 4m),
            new(ReportingPeriod.ForQuarter(2024, 1), 5m), new(ReportingPeriod.ForQuarter(2024, 3), 6m),
        ];

        foreach (var change in SeriesChanges.Compare(Count, yearly, comparison, ChangeKind.Units).Concat(SeriesChanges.Compare(Count, quarterly, comparison, ChangeKind.Percent)))
        {
            PseudoLanguage.WordsIn(change.Describe(Pseudo)).Should().BeEmpty();
        }
    }
}
