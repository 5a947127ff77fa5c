using System.Globalization;
using De06Metrics.Periods;

namespace De06Metrics.Tests.Periods;

// Needs ICU: the vi-VN culture and Unicode composition are unavailable under invariant globalization, so these
// tests are kept out of the *Formatting and *Parsing files that the invariant test project links.
public partial class ReportingPeriodTest
{
    [Trait("Category", "NeedsIcu")]
    [Theory]
    [InlineData("vi-VN", "Quý I/2024")]
    [InlineData("vi", "Quý I/2024")]
    [InlineData("en-GB", "Q1 2024")]
    [InlineData("fr-FR", "Q1 2024")]
    public void A_culture_provider_chooses_the_language(string culture, string label) =>
        ReportingPeriod.ForQuarter(2024, 1).ToString(new CultureInfo(culture)).Should().Be(label);

    [Trait("Category", "NeedsIcu")]
    [Fact]
    public void The_current_culture_chooses_the_language_of_ToString()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("vi-VN");
            ReportingPeriod.ForHalfYear(2024, 1).ToString().Should().Be("6 tháng đầu năm 2024");
            $"{ReportingPeriod.ForMonth(2024, 3)}".Should().Be("Tháng 3/2024");
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Trait("Category", "NeedsIcu")]
    [Fact]
    public void Decomposed_Vietnamese_text_is_composed_before_it_is_read()
    {
        // "Quý" as Q, u, y and a combining acute accent, as some keyboards and PDFs produce it.
        var decomposed = "Quy\u0301 I/2024";
        decomposed.Should().NotBe("Quý I/2024");

        ReportingPeriod.Parse(decomposed).Should().Be(ReportingPeriod.ForQuarter(2024, 1));
    }
}
