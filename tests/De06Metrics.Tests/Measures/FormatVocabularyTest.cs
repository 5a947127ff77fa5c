using De06Metrics.Growth;
using De06Metrics.Measures;
using De06Metrics.Ranking;
using De06Metrics.Text;

namespace De06Metrics.Tests.Measures;

/// <summary>Every measure-like result reads the same format strings (the table in docs/concepts.md).</summary>
[Trait("Category", "Text")]
public class FormatVocabularyTest
{
    public static TheoryData<IFormattable> Results() =>
    [
        Rate.FromParts(17m, 33m),
        Rate.FromPercent(88.8m),
        PercentagePoints.FromValue(18.8m),
        MeasuredValue.FromRateParts(17m, 33m),
        GrowthRate.CompoundAnnual(100m, 121m, 2m),
        ValueChange.Absolute(Measure.Rate, Polarity.HigherIsBetter, 70m, 88.8m),
        new FieldRank(11, 63),
        RankChange.Between(new FieldRank(40, 63), new FieldRank(11, 63)),
    ];

    [Theory]
    [MemberData(nameof(Results))]
    public void Every_result_accepts_G_empty_null_and_N_digits(IFormattable result)
    {
        foreach (var format in new[] { null, "", "G", "g", "N0", "N2", "n3", "N28" })
        {
            result.Invoking(r => r.ToString(format, Language.English)).Should().NotThrow($"'{format}' is in the vocabulary");
        }

        result.ToString("G", Language.English).Should().Be(result.ToString(null, Language.English));
        result.ToString("", Language.English).Should().Be(result.ToString(null, Language.English));
        result.Invoking(r => r.ToString("N29", Language.English)).Should().Throw<FormatException>().WithMessage("*'N29'*");
        result.Invoking(r => r.ToString("Q", Language.English)).Should().Throw<FormatException>().WithMessage("*'Q'*");
    }

    [Fact]
    public void A_rate_takes_N_digits_for_its_percent_and_keeps_its_own_letters()
    {
        var rate = Rate.FromParts(17m, 33m);
        rate.ToString("N2", Language.English).Should().Be("17/33 (51.52%)");
        rate.ToString("N1", Language.English).Should().Be(rate.ToString("G", Language.English));
        rate.ToString("P2", Language.English).Should().Be("51.52%");
        rate.ToString("F", Language.English).Should().Be("17/33");
        $"{rate:N0}".Should().NotBeEmpty();
    }

    [Fact]
    public void Percentage_points_keep_the_explicit_sign()
    {
        var points = PercentagePoints.FromValue(18.8m);
        points.ToString("+N2", Language.English).Should().Be("+18.80 percentage points");
        points.ToString("+G", Language.English).Should().Be("+18.8 percentage points");
        points.Invoking(p => p.ToString("+P1", Language.English)).Should().Throw<FormatException>().WithMessage("*'+P1'*");
        Rate.FromPercent(1m).Invoking(r => r.ToString("+N1", Language.English)).Should().Throw<FormatException>().WithMessage("*'+N1'*");
    }

    [Fact]
    public void A_measured_value_rounds_its_invariant_text()
    {
        var value = MeasuredValue.FromRateParts(17m, 33m);
        value.ToString("N2", Language.Vietnamese).Should().Be("17/33 → 51.52");
        value.ToString(null, null).Should().Be(value.ToString());
        $"{MeasuredValue.Of(88.8m)}".Should().Be("88.8");
    }
}
