using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Tests.Measures;

/// <summary>A count's unit in English takes its singular for exactly one thing; Vietnamese nouns do not change.</summary>
[Trait("Category", "Text")]
public class MeasureTest_CountUnits
{
    private static readonly Measure Licences = Measure.Count(new LocalizedText("giấy phép", "licences"), "licence");

    [Theory]
    [InlineData(1, 0, "1 licence")]
    [InlineData(2, 0, "2 licences")]
    [InlineData(0, 0, "0 licences")]
    [InlineData(1.4, 0, "1 licence")] // shown as 1
    [InlineData(1.5, 0, "2 licences")] // shown as 2
    [InlineData(1, 1, "1.0 licence")] // as the library writes "1.0 percentage point"
    public void English_writes_the_singular_when_the_number_shown_is_one(decimal value, int decimals, string expected) =>
        Licences.FormatValue(value, decimals, Language.English).Should().Be(expected);

    [Fact]
    public void A_difference_of_one_either_way_is_one_thing()
    {
        Licences.FormatDifference(-1m, 0, Language.English).Should().Be("-1 licence");
        Licences.FormatDifference(1m, 0, Language.English, explicitPlusSign: true).Should().Be("+1 licence");
        Licences.FormatDifference(-3m, 0, Language.English).Should().Be("-3 licences");
    }

    [Fact]
    public void Vietnamese_has_one_form()
    {
        Licences.FormatValue(1m, 0, Language.Vietnamese).Should().Be("1 giấy phép");
        Licences.FormatDifference(-1m, 0, Language.Vietnamese).Should().Be("-1 giấy phép");
    }

    [Fact]
    public void Without_a_singular_the_unit_is_written_as_given()
    {
        Measure.Count(new LocalizedText("hộ", "households")).FormatValue(1m, 0, Language.English).Should().Be("1 households");
    }

    [Fact]
    public void The_singular_is_part_of_the_measure()
    {
        var unit = new LocalizedText("giấy phép", "licences");
        Measure.Count(unit, "licence").Should().Be(Licences);
        Measure.Count(unit).Should().NotBe(Licences);
        Licences.CountUnitSingular.Should().Be("licence");
    }

    [Fact]
    public void A_singular_needs_its_unit_and_a_text()
    {
        var withoutUnit = () => Measure.Count(null, "licence");
        withoutUnit.Should().Throw<ArgumentException>().WithParameterName("englishSingular").WithMessage("*'licence'*");
        var blank = () => Measure.Count(new LocalizedText("giấy phép", "licences"), " ");
        blank.Should().Throw<ArgumentException>().WithParameterName("englishSingular");
    }
}
