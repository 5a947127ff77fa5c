using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Tests.Measures;

[Trait("Category", "Text")]
public class PercentagePointsTest
{
    [Theory]
    [InlineData(18.8, null, "vi", "18,8 điểm phần trăm")]
    [InlineData(18.8, null, "en", "18.8 percentage points")]
    [InlineData(1, "N0", "en", "1 percentage point")]
    [InlineData(-1, "N0", "en", "-1 percentage point")]
    [InlineData(16.5, "+N1", "vi", "+16,5 điểm phần trăm")]
    [InlineData(-2.25, "N2", "vi", "-2,25 điểm phần trăm")]
    public void Formats_with_its_unit_in_each_language(double value, string? format, string language, string expected) =>
        PercentagePoints.FromValue((decimal)value).ToString(format, Language.FromCode(language)).Should().Be(expected);

    [Fact]
    public void Arithmetic_is_exact()
    {
        var a = PercentagePoints.FromValue(0.1m);
        var b = PercentagePoints.FromValue(0.2m);
        (a + b).Value.Should().Be(0.3m);
        (b - a).Should().Be(PercentagePoints.FromValue(0.1m));
        (-a).Value.Should().Be(-0.1m);
        PercentagePoints.Zero.Value.Should().Be(0m);
    }

    [Fact]
    public void Comparison_is_by_value()
    {
        var small = PercentagePoints.FromValue(5m);
        var large = PercentagePoints.FromValue(18.8m);
        (small < large).Should().BeTrue();
        (large > small).Should().BeTrue();
        small.CompareTo(large).Should().BeNegative();
        ((IComparable)small).CompareTo(null).Should().BePositive();
        var act = () => ((IComparable)small).CompareTo(5m);
        act.Should().Throw<ArgumentException>().WithParameterName("obj");
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        var act = () => PercentagePoints.FromValue(1m).ToString("P1", Language.English);
        act.Should().Throw<FormatException>().WithMessage("*'P1'*");
    }
}
