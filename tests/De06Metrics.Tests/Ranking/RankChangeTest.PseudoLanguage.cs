using De06Metrics.Ranking;
using De06Metrics.Tests.Text;
using De06Metrics.Text;

namespace De06Metrics.Tests.Ranking;

[Trait("Category", "Text")]
public sealed class RankChangePseudoLanguageTest
{
    private static readonly Language Pseudo = PseudoLanguage.Instance;

    [Theory]
    [InlineData(40, 63, 11, 63)]
    [InlineData(11, 63, 40, 63)]
    [InlineData(2, 63, 1, 63)]
    [InlineData(1, 63, 2, 63)]
    [InlineData(11, 63, 11, 63)]
    [InlineData(11, 63, 3, 34)]
    public void Every_movement_and_its_ranks_are_written_from_the_phrase_book(int previous, int previousField, int current, int currentField)
    {
        var change = RankChange.Between(new FieldRank(previous, previousField), new FieldRank(current, currentField));

        PseudoLanguage.WordsIn(change.Describe(Pseudo)).Should().BeEmpty();
        PseudoLanguage.WordsIn(change.ToString("L", Pseudo)).Should().BeEmpty();
    }

    [Fact]
    public void Ranks_across_a_changed_field_are_not_compared_in_words_of_the_phrase_book()
    {
        var change = RankChange.AcrossFields(new FieldRank(11, 63), new FieldRank(3, 63));

        change.Direction.Should().Be(RankDirection.NotComparable);
        PseudoLanguage.WordsIn(change.Describe(Pseudo)).Should().BeEmpty();
        change.Describe(Pseudo).Should().NotBe(RankChange.Between(new FieldRank(11, 63), new FieldRank(3, 34)).Describe(Pseudo), "the two reasons differ");
    }

    [Fact]
    public void Places_and_ordinals_come_from_the_language()
    {
        RankChange.Between(new FieldRank(2, 63), new FieldRank(1, 63)).Describe(Language.English).Should().Be("up 1 place");
        RankChange.Between(new FieldRank(3, 63), new FieldRank(1, 63)).Describe(Language.English).Should().Be("up 2 places");
        RankChange.Between(new FieldRank(3, 63), new FieldRank(1, 63)).Describe(Language.Vietnamese).Should().Be("tăng 2 bậc");
        new FieldRank(1, 63).Describe(Pseudo).Should().Contain("#1");
    }
}
