using De06Metrics.Ranking;
using De06Metrics.Tests.Text;

namespace De06Metrics.Tests.Ranking;

[Trait("Category", "Text")]
public sealed class UnitMovementPseudoLanguageTest
{
    [Fact]
    public void Units_that_moved_entered_or_left_are_written_from_the_phrase_book()
    {
        var before = new Dictionary<string, FieldRank> { ["1"] = new(1, 3), ["2"] = new(2, 3), ["3"] = new(3, 3) };
        var now = new Dictionary<string, FieldRank> { ["2"] = new(1, 3), ["1"] = new(2, 3), ["4"] = new(3, 3) };

        var movements = RankMovements.Between(before, now);

        movements.Select(movement => movement.Kind).Should().Contain([RankMovementKind.InBoth, RankMovementKind.Entered, RankMovementKind.Left]);
        foreach (var movement in movements)
        {
            PseudoLanguage.WordsIn(movement.Describe(PseudoLanguage.Instance)).Should().BeEmpty();
        }
    }
}
