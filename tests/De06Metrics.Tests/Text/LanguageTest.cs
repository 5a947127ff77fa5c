using System.Globalization;
using De06Metrics.Text;

namespace De06Metrics.Tests.Text;

[Trait("Category", "Text")]
public class LanguageTest
{
    [Theory]
    [InlineData(88.8, 1, "88,8", "88.8")]
    [InlineData(903221, 0, "903.221", "903,221")]
    [InlineData(1804228, 0, "1.804.228", "1,804,228")]
    [InlineData(-4.25, 2, "-4,25", "-4.25")]
    [InlineData(191.2568, 2, "191,26", "191.26")]
    [InlineData(0.05, 1, "0,1", "0.1")]
    public void FormatNumber_uses_each_languages_separators(double value, int decimals, string vi, string en)
    {
        var exact = (decimal)value;
        Language.Vietnamese.FormatNumber(exact, decimals).Should().Be(vi);
        Language.English.FormatNumber(exact, decimals).Should().Be(en);
    }

    [Fact]
    public void FormatNumber_writes_a_plus_sign_only_when_asked_and_only_for_positive_values()
    {
        Language.Vietnamese.FormatNumber(18.8m, 1, explicitPlusSign: true).Should().Be("+18,8");
        Language.Vietnamese.FormatNumber(0m, 1, explicitPlusSign: true).Should().Be("0,0");
        Language.English.FormatNumber(-19m, 0, explicitPlusSign: true).Should().Be("-19");
    }

    [Fact]
    public void A_language_is_a_format_provider_for_plain_decimals()
    {
        2527m.ToString("N0", Language.Vietnamese).Should().Be("2.527");
        88.8m.ToString("N1", Language.Vietnamese).Should().Be("88,8");
    }

    [Theory]
    [InlineData("1.804.228", 1804228)]
    [InlineData("88,8", 88.8)]
    [InlineData("-0,5", -0.5)]
    [InlineData(" 2.527 ", 2527)]
    public void ParseNumber_reads_vietnamese_numbers(string text, double expected) =>
        Language.Vietnamese.ParseNumber(text).Value.Should().Be((decimal)expected);

    [Theory]
    [InlineData("88.8", "three digits")]
    [InlineData("1,2,3", "more than one decimal separator")]
    [InlineData("12,3.4", "after the decimal separator")]
    [InlineData("abc", "not a number")]
    [InlineData("", "empty")]
    public void ParseNumber_says_why_it_failed(string text, string reason)
    {
        var result = Language.Vietnamese.ParseNumber(text);
        result.Success.Should().BeFalse();
        result.Exception.Message.Should().Contain(reason);
    }

    [Theory]
    [InlineData("vi", "vi")]
    [InlineData("VI-vn", "vi")]
    [InlineData("en-GB", "en")]
    public void FromCode_finds_the_language(string code, string expected) =>
        Language.FromCode(code).Code.Should().Be(expected);

    [Fact]
    public void FromCode_rejects_an_unknown_code_naming_it()
    {
        var act = () => Language.FromCode("fr");
        act.Should().Throw<ArgumentException>().WithParameterName("code").WithMessage("*'fr'*");
    }

    [Fact]
    public void FromProvider_maps_cultures_and_the_invariant_culture()
    {
        Language.FromProvider(CultureInfo.InvariantCulture).Should().BeSameAs(Language.English);
        Language.FromProvider(Language.Vietnamese).Should().BeSameAs(Language.Vietnamese);
    }
}
