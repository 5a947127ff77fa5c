using De06Metrics.Ranking;

namespace De06Metrics.Tests.Ranking;

[Trait("Category", "Text")]
public partial class FieldRankTest
{
    [Theory]
    [InlineData("11/63", 11, 63)]
    [InlineData(" 1 / 34 ", 1, 34)]
    [InlineData("63/63", 63, 63)]
    public void Parse_reads_x_over_N(string text, int position, int fieldSize) =>
        FieldRank.Parse(text).Should().Be(new FieldRank(position, fieldSize));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("11", "x/N")]
    [InlineData("11/63/2", "x/N")]
    [InlineData("a/63", "whole numbers")]
    [InlineData("0/63", "from 1 to the field size")]
    [InlineData("64/63", "from 1 to the field size")]
    public void TryParse_says_why_it_failed(string text, string reason)
    {
        var result = FieldRank.TryParse(text);
        result.Success.Should().BeFalse();
        result.Exception.Message.Should().Contain(reason);
        var act = () => FieldRank.Parse(text);
        act.Should().Throw<FormatException>();
    }
}
