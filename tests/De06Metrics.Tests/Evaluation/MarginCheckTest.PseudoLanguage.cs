using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Tests.Text;

namespace De06Metrics.Tests.Evaluation;

/// <summary>A margin check is written in the book's words only, whether it agrees or not.</summary>
[Trait("Category", "Text")]
public sealed class MarginCheckPseudoLanguageTest
{
    [Fact]
    public void A_check_that_agrees_and_one_that_does_not_have_no_word_of_their_own()
    {
        var agrees = MarginCheck.Check(PseudoIndicators.RateHigher, Goal.AtLeast(70m), 88.8m, 18.8m);
        var disagrees = MarginCheck.Check(PseudoIndicators.RateHigher, Goal.AtLeast(75m), 88.8m, 18.8m);
        var lower = MarginCheck.Check(PseudoIndicators.CountLower, Goal.AtMost(5m), 3m, 1m);
        agrees.Agrees.Should().BeTrue();
        disagrees.Agrees.Should().BeFalse();
        foreach (var check in new[] { agrees, disagrees, lower })
        {
            PseudoLanguage.WordsIn(check.Describe(PseudoLanguage.Instance)).Should().BeEmpty();
        }
    }
}
