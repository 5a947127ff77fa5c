using De06Metrics.Ranking;
using De06Metrics.Tests.Text;
using De06Metrics.Text;

namespace De06Metrics.Tests.Ranking;

[Trait("Category", "Text")]
public sealed class FieldRankPseudoLanguageTest
{
    [Theory]
    [InlineData(1, 63)]
    [InlineData(11, 63)]
    [InlineData(22, 1204)]
    public void A_rank_in_its_field_is_written_from_the_phrase_book(int position, int fieldSize)
    {
        var rank = new FieldRank(position, fieldSize);

        PseudoLanguage.WordsIn(rank.Describe(PseudoLanguage.Instance)).Should().BeEmpty();
        PseudoLanguage.WordsIn(rank.ToString("L", PseudoLanguage.Instance)).Should().BeEmpty();
    }
}
