using De06Metrics.Ranking;
using De06Metrics.Text;

namespace De06Metrics.Tests.Ranking;

[Trait("Category", "Text")]
public partial class FieldRankTest
{
    [Fact]
    public void Eleventh_of_63_in_both_languages()
    {
        var rank = new FieldRank(11, 63);
        rank.ToString().Should().Be("11/63");
        rank.ToString("G", Language.Vietnamese).Should().Be("11/63");
        rank.ToString("L", Language.Vietnamese).Should().Be("xếp thứ 11/63");
        rank.Describe(Language.Vietnamese).Should().Be("xếp thứ 11/63");
        rank.ToString("L", Language.English).Should().Be("ranked 11th of 63");
        string.Format(Language.Vietnamese, "{0:L}", rank).Should().Be("xếp thứ 11/63");
        string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:L}", rank).Should().Be("ranked 11th of 63");
    }

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    [InlineData(23, "23rd")]
    [InlineData(101, "101st")]
    [InlineData(111, "111th")]
    [InlineData(112, "112th")]
    public void English_ordinals(int position, string ordinal) =>
        new FieldRank(position, 200).Describe(Language.English).Should().Be($"ranked {ordinal} of 200");

    [Fact]
    public void Large_fields_group_digits_in_each_languages_way()
    {
        var rank = new FieldRank(1204, 2000);
        rank.ToString("G", Language.Vietnamese).Should().Be("1.204/2.000");
        rank.ToString("G", Language.English).Should().Be("1,204/2,000");
        rank.Describe(Language.English).Should().Be("ranked 1,204th of 2,000");
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        var act = () => new FieldRank(1, 2).ToString("X", Language.English);
        act.Should().Throw<FormatException>().WithMessage("*'X'*");
    }
}
