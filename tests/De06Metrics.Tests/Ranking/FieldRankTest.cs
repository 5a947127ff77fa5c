using De06Metrics.Ranking;
using De06Metrics.Text;

namespace De06Metrics.Tests.Ranking;

public class FieldRankTest
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
        string.Format(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), "{0:L}", rank).Should().Be("xếp thứ 11/63");
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
    public void Bad_positions_are_refused_naming_argument_and_value()
    {
        var zero = () => new FieldRank(0, 63);
        zero.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("position").WithMessage("*0*");
        var outside = () => new FieldRank(64, 63);
        outside.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("fieldSize").WithMessage("*63*64*");
    }

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

    [Fact]
    public void An_unknown_format_is_refused()
    {
        var act = () => new FieldRank(1, 2).ToString("X", Language.English);
        act.Should().Throw<FormatException>().WithMessage("*'X'*");
    }

    [Fact]
    public void Equality_is_position_and_field()
    {
        (new FieldRank(11, 63) == new FieldRank(11, 63)).Should().BeTrue();
        (new FieldRank(11, 63) != new FieldRank(11, 34)).Should().BeTrue();
        new FieldRank(11, 63).IsComparableWith(new FieldRank(40, 63)).Should().BeTrue();
        new FieldRank(11, 63).IsComparableWith(new FieldRank(11, 34)).Should().BeFalse();
    }
}
