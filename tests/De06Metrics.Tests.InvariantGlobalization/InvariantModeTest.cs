using System.Globalization;
using De06Metrics.Text;

namespace De06Metrics.Tests;

/// <summary>Proves that this project really runs without ICU, so the linked tests prove what they claim.</summary>
[Trait("Category", "Text")]
public class InvariantModeTest
{
    [Fact]
    public void The_process_runs_with_invariant_globalization()
    {
        var act = () => CultureInfo.GetCultureInfo("vi-VN");
        act.Should().Throw<CultureNotFoundException>();
    }

    [Fact]
    public void Vietnamese_numbers_still_use_a_decimal_comma_and_a_thousands_dot() =>
        Language.Vietnamese.FormatNumber(1804228.5m, 1).Should().Be("1.804.228,5");
}
