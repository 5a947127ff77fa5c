using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Tests.Text;

namespace De06Metrics.Tests.Evaluation;

/// <summary>Progress from a baseline is written in the book's words only, flagged or not, meaningful or not.</summary>
[Trait("Category", "Text")]
public sealed class GapClosurePseudoLanguageTest
{
    [Fact]
    public void Progress_of_every_kind_has_no_word_of_its_own()
    {
        var progresses = new[]
        {
            GapClosure.Evaluate(PseudoIndicators.RateHigher, Goal.AtLeast(70m), 50m, 62m),
            GapClosure.Evaluate(PseudoIndicators.RateHigher, Goal.AtLeast(70m), 50m, 45m),
            GapClosure.Evaluate(PseudoIndicators.RateHigher, Goal.AtLeast(70m), 50m, 80m),
            GapClosure.Evaluate(PseudoIndicators.RateHigher, Goal.AtLeast(70m), 70m, 75m),
            GapClosure.Evaluate(PseudoIndicators.RateHigher, Goal.AtLeast(70m), 50m, (decimal?)null),
            GapClosure.Evaluate(PseudoIndicators.CountLower, Goal.AtMost(4m), 10m, 7m),
        };
        progresses.Should().Contain(p => p.IsRegression).And.Contain(p => p.IsBeyondTarget)
            .And.Contain(p => p.Fraction.Reason == NotMeaningfulReason.NoData).And.Contain(p => p.Fraction.Reason == NotMeaningfulReason.TargetEqualsBaseline);
        foreach (var progress in progresses)
        {
            PseudoLanguage.WordsIn(progress.Describe(PseudoLanguage.Instance)).Should().BeEmpty();
        }
    }
}
