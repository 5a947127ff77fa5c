using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Tests.Text;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Composite;

/// <summary>
/// Every sentence and label a composite writes comes from the phrase book: written in the pseudo language, with data
/// whose names and codes hold no letters, no word is left.
/// </summary>
[Trait("Category", "Text")]
public partial class CompositeIndexTest
{
    private static readonly UnitId G1 = new("01"), G2 = new("02"), G3 = new("03"), G4 = new("04");

    private static readonly Indicator GlyphUp = new(new IndicatorCode("1.1"), new LocalizedText("①"), Measure.Rate, Polarity.HigherIsBetter);
    private static readonly Indicator GlyphDown = new(new IndicatorCode("1.2"), new LocalizedText("②"), Measure.Rate, Polarity.LowerIsBetter);
    private static readonly Indicator GlyphPay = new(new IndicatorCode("1.3"), new LocalizedText("③"), Measure.Rate, Polarity.HigherIsBetter);

    private static readonly string[] NormalisationNames = ["min-max", "min-max 1", "z", "target", "target uncapped", "percentile"];

    public static TheoryData<string> PseudoNormalisations() => [.. NormalisationNames];

    private static Normalisation PseudoNormalisation(string name) => name switch
    {
        "min-max" => Normalisation.MinMax(),
        "min-max 1" => Normalisation.MinMax(1m, 100m),
        "z" => Normalisation.ZScore(),
        "target" => Normalisation.DistanceToTarget(),
        "target uncapped" => Normalisation.DistanceToTarget(capAtTarget: false),
        _ => Normalisation.PercentileRank(),
    };

    // The example's table with letter-free codes: 01 to 04 × 1.1 (↑), 1.2 (↓), 1.3 (↑, missing for 03).
    private static IndicatorTable GlyphTable() => new IndicatorTableBuilder()
        .Set(G1, GlyphUp.Code, 90m).Set(G1, GlyphDown.Code, 5m).Set(G1, GlyphPay.Code, 60m)
        .Set(G2, GlyphUp.Code, 70m).Set(G2, GlyphDown.Code, 10m).Set(G2, GlyphPay.Code, 80m)
        .Set(G3, GlyphUp.Code, 80m).Set(G3, GlyphDown.Code, 20m)
        .Set(G4, GlyphUp.Code, 50m).Set(G4, GlyphDown.Code, 15m).Set(G4, GlyphPay.Code, 40m)
        .ToTable();

    private static CompositeIndex GlyphIndex(Normalisation normalisation, AggregationMethod aggregation, MinimumCoverage coverage, decimal payWeight = 1m) =>
        new(new LocalizedText("Σ"), [new(GlyphUp, 2m, 85m), new(GlyphDown, 1m, 8m), new(GlyphPay, payWeight, 70m)], normalisation, aggregation, coverage);

    private static void ShouldHoldNoWord(CompositeResult result)
    {
        var pseudo = PseudoLanguage.Instance;
        result.Index.Describe(pseudo).Should().NotBeEmpty();
        PseudoLanguage.WordsIn(result.Index.Describe(pseudo)).Should().BeEmpty();
        foreach (var score in result.Scores)
        {
            var text = score.Explain(pseudo);
            PseudoLanguage.WordsIn(text).Should().BeEmpty(text);
        }

        foreach (var statistics in result.Statistics)
        {
            if (statistics.Why is { } why)
            {
                PseudoLanguage.WordsIn(why.In(pseudo)).Should().BeEmpty();
            }
        }
    }

    [Theory]
    [MemberData(nameof(PseudoNormalisations))]
    public void Every_composite_sentence_comes_from_the_phrase_book(string normalisation)
    {
        // Every aggregation (its terms, and the geometric and harmonic means' refusal of values ≤ 0), every minimum
        // coverage (and a unit below it), a missing value, the distance-to-target cap.
        foreach (var aggregation in Enum.GetValues<AggregationMethod>().Where(a => a != AggregationMethod.Copeland))
        {
            foreach (var coverage in new[] { MinimumCoverage.AnyData, MinimumCoverage.ShareOfIndicators(0.75m), MinimumCoverage.ShareOfWeight(0.9m) })
            {
                ShouldHoldNoWord(GlyphIndex(PseudoNormalisation(normalisation), aggregation, coverage).Compute(GlyphTable()));
            }
        }
    }

    [Fact]
    public void Every_reason_an_indicator_cannot_be_normalised_comes_from_the_phrase_book()
    {
        var equal = new IndicatorTableBuilder()
            .Set(G1, GlyphUp.Code, 7m).Set(G2, GlyphUp.Code, 7m)
            .Set(G1, GlyphDown.Code, 7m).Set(G2, GlyphDown.Code, 7m)
            .ToTable();
        var single = new IndicatorTableBuilder().Set(G1, GlyphUp.Code, 7m).Set(G1, GlyphDown.Code, 9m).Set(G2, GlyphPay.Code, 1m).ToTable();
        var tables = new[] { GlyphTable(), equal, single };
        var reasons = new HashSet<string>(StringComparer.Ordinal);
        foreach (var normalisation in new[] { Normalisation.MinMax(), Normalisation.ZScore(), Normalisation.PercentileRank(), Normalisation.DistanceToTarget() })
        {
            foreach (var table in tables)
            {
                var result = GlyphIndex(normalisation, AggregationMethod.WeightedArithmeticMean, default).Compute(table);
                ShouldHoldNoWord(result);
                reasons.UnionWith(result.Statistics.Where(s => s.Why is not null).Select(s => s.Reason!.Value.In(Language.English)));
            }
        }

        // Distance to target with targets not beyond the worst value: 1.1 (↑) at 50 ≤ the lowest, 1.2 (↓) at 50 ≥ the highest.
        var unreachable = new CompositeIndex(
            new LocalizedText("Σ"), [new(GlyphUp, 1m, 50m), new(GlyphDown, 1m, 50m), new(GlyphPay, 1m, 70m)], Normalisation.DistanceToTarget(), AggregationMethod.WeightedArithmeticMean)
            .Compute(GlyphTable());
        ShouldHoldNoWord(unreachable);
        reasons.UnionWith(unreachable.Statistics.Where(s => s.Why is not null).Select(s => s.Reason!.Value.In(Language.English)));

        reasons.Should().Contain(reason => reason.StartsWith("no unit has", StringComparison.Ordinal))
            .And.Contain(reason => reason.Contains("min-max is undefined", StringComparison.Ordinal))
            .And.Contain(reason => reason.StartsWith("a percentile rank needs", StringComparison.Ordinal))
            .And.Contain(reason => reason.Contains("percentile ranks tell no unit apart", StringComparison.Ordinal))
            .And.Contain(reason => reason.StartsWith("a standard deviation needs", StringComparison.Ordinal))
            .And.Contain(reason => reason.Contains("the standard deviation is 0", StringComparison.Ordinal))
            .And.Contain(reason => reason.Contains("is not below the highest value", StringComparison.Ordinal))
            .And.Contain(reason => reason.Contains("is not above the lowest value", StringComparison.Ordinal));
    }

    [Fact]
    public void A_unit_without_data_or_weight_says_so_from_the_phrase_book()
    {
        // 05 has no value at all; 06 has a value only for 1.3, which weighs 0.
        var table = new IndicatorTableBuilder()
            .Set(G1, GlyphUp.Code, 90m).Set(G1, GlyphDown.Code, 5m).Set(G1, GlyphPay.Code, 60m)
            .Set(G2, GlyphUp.Code, 70m).Set(G2, GlyphDown.Code, 10m).Set(G2, GlyphPay.Code, 80m)
            .Set(new UnitId("06"), GlyphPay.Code, 50m)
            .AddUnit(new UnitId("05"))
            .ToTable();
        var result = GlyphIndex(Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean, default, payWeight: 0m).Compute(table);

        result[new UnitId("05")].Status.Should().Be(CompositeStatus.NoData);
        result[new UnitId("06")].Status.Should().Be(CompositeStatus.NotMeaningful);
        ShouldHoldNoWord(result);
    }

    [Fact]
    public void The_minimum_coverage_and_the_methods_are_said_from_the_phrase_book()
    {
        var pseudo = PseudoLanguage.Instance;
        foreach (var coverage in new[] { MinimumCoverage.AnyData, MinimumCoverage.ShareOfIndicators(0.6m), MinimumCoverage.ShareOfWeight(0.5m) })
        {
            PseudoLanguage.WordsIn(coverage.Describe(pseudo)).Should().BeEmpty();
        }

        foreach (var name in NormalisationNames)
        {
            PseudoLanguage.WordsIn(PseudoNormalisation(name).Describe(pseudo)).Should().BeEmpty();
        }
    }
}
