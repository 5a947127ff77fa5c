using System.Globalization;
using De06Metrics.Tests.Reliability.Support;
using De06Metrics.Text;

namespace De06Metrics.Tests.Reliability.HostileInput;

/// <summary>Languages and the number reader: empty cells, words, other scripts, and numbers a decimal cannot hold.</summary>
public class TextHostileInputTest
{
    [Fact]
    public void Unknown_languages_and_missing_cultures_are_refused()
    {
        Expect.ArgumentError(() => Language.FromCode(null!), "code");
        Expect.ArgumentError(() => Language.FromCode("fr"), "code", "'fr'");
        Expect.ArgumentError(() => Language.FromCode(""), "code", "''");
        Expect.ArgumentError(() => Language.FromCulture(null!), "culture");
        Language.FromProvider(null).Should().NotBeNull();
        Language.FromProvider(CultureInfo.InvariantCulture).Should().Be(Language.English);
    }

    public static TheoryData<string?> NotNumbers => new()
    {
        null, "", " ", "\t", "NaN", "nan", "∞", "-∞", "Infinity", "-Infinity", "1e5", "1E-3", "0x1F", "--1", "+-1", "1-", "(5)",
        "1..2", "1,,2", "١٢٣", "１２３", "five", "5 %", "%5", "$5", "5đ", "1 000", "1\u00a0000", "\u0000",
        "1.2.3,4,5", ".", ",", "-", "+", "1,2345.6", "12,34.5",
    };

    [Theory]
    [MemberData(nameof(NotNumbers))]
    public void Text_that_is_not_a_number_fails_with_a_FormatException_that_quotes_it_in_both_languages(string? text)
    {
        foreach (var language in Language.All)
        {
            var result = language.ParseNumber(text);
            result.Success.Should().BeFalse($"'{text}' is not a {language} number");
            var thrown = result.Invoking(r => r.Value).Should().Throw<FormatException>().Which;
            if (!string.IsNullOrWhiteSpace(text))
            {
                thrown.Message.Should().Contain(text.Trim());
            }
        }
    }

    /// <summary>
    /// Defect found: decimal.TryParse rounds past 28 or 29 significant digits, so ParseNumber read a 1 in the 29th
    /// decimal place as 0 and 1,000…0001 as 1: a cell changed silently. It also said "it is not a number" of a number
    /// beyond decimal's range.
    /// </summary>
    [Theory]
    [InlineData("0.00000000000000000000000000001", "0.0000000000000000000000000000")]
    [InlineData("1.00000000000000000000000000001", "1.0000000000000000000000000000")]
    [InlineData("79228162514264337593543950334.9", "79228162514264337593543950335")]
    public void A_number_a_decimal_cannot_hold_exactly_is_refused_not_rounded(string english, string roundedTo)
    {
        var result = Language.English.ParseNumber(english);
        result.Success.Should().BeFalse();
        result.Exception.Message.Should().Contain(english).And.Contain("more significant digits").And.Contain(roundedTo);
        var vietnamese = english.Replace('.', ',');
        Language.Vietnamese.ParseNumber(vietnamese).Success.Should().BeFalse();
    }

    [Theory]
    [InlineData("79228162514264337593543950336")]
    [InlineData("-79,228,162,514,264,337,593,543,950,336")]
    [InlineData("99999999999999999999999999999999999999999999")]
    public void A_number_beyond_decimals_range_is_refused_and_the_message_says_so(string english)
    {
        var result = Language.English.ParseNumber(english);
        result.Success.Should().BeFalse();
        result.Exception.Message.Should().Contain(english).And.Contain("outside the range of decimal");
    }

    [Theory]
    [InlineData("79.228.162.514.264.337.593.543.950.335", "79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335", "-79228162514264337593543950335")]
    [InlineData("0,0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("88,80", "88.80")]
    [InlineData("007,500", "7.500")]
    [InlineData("  -0  ", "0")]
    [InlineData("+1.804.228", "1804228")]
    public void Numbers_at_the_limits_that_a_decimal_holds_exactly_are_read_exactly(string vietnamese, string invariant)
    {
        var result = Language.Vietnamese.ParseNumber(vietnamese);
        result.Success.Should().BeTrue(result.Success ? "" : result.Exception.Message);
        var expected = decimal.Parse(invariant, NumberStyles.Number, CultureInfo.InvariantCulture);
        result.Value.Should().Be(expected);
        result.Value.Scale.Should().Be(expected.Scale);
    }

    [Fact]
    public void A_megabyte_of_digits_or_separators_is_refused_quickly()
    {
        foreach (var text in new[] { new string('9', 1_000_000), "0," + new string('0', 1_000_000) + "1", string.Concat(Enumerable.Repeat("1.000", 200_000)) })
        {
            Language.Vietnamese.ParseNumber(text).Success.Should().BeFalse();
        }
    }
}
