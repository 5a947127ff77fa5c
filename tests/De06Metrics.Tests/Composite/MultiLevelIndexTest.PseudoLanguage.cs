using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Tests.Text;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Composite;

/// <summary>
/// Every sentence of the levels, the audit and the uncertainty analysis comes from the phrase book: written in the
/// pseudo language, with letter-free codes and names, no word is left.
/// </summary>
[Trait("Category", "Text")]
public partial class MultiLevelIndexTest
{
    private static readonly UnitId[] GlyphUnits = [.. Enumerable.Range(1, 8).Select(i => new UnitId($"0{i}"))];

    private static Indicator GlyphIndicator(string code, Polarity polarity = Polarity.HigherIsBetter) =>
        new(new IndicatorCode(code), new LocalizedText("①"), Measure.Rate, polarity);

    [Fact]
    public void Levels_audit_and_uncertainty_write_no_word_outside_the_phrase_book()
    {
        // 1.1 and 1.2 rise together, 1.3 falls (against its dimension), 1.4 is constant (not normalisable), 2.1 is
        // skewed (one outlier) and alone in dimension 2 (no alpha); unit 08 has no value at all. A geometric index meets
        // a 0, so some units are not meaningful.
        var builder = new IndicatorTableBuilder();
        for (var u = 0; u < 7; u++)
        {
            builder.Set(GlyphUnits[u], new IndicatorCode("1.1"), u + 1m).Set(GlyphUnits[u], new IndicatorCode("1.2"), u + 2m)
                .Set(GlyphUnits[u], new IndicatorCode("1.3"), 9m - u).Set(GlyphUnits[u], new IndicatorCode("1.4"), 5m)
                .Set(GlyphUnits[u], new IndicatorCode("2.1"), u == 6 ? 100m : 1m + (u % 2));
        }

        builder.AddUnit(GlyphUnits[7]);
        var table = builder.ToTable();
        var pseudo = PseudoLanguage.Instance;
        foreach (var aggregation in Enum.GetValues<AggregationMethod>())
        {
            // Copeland is offered for the index only; its dimensions keep a mean, and it is not sampled.
            var copeland = aggregation == AggregationMethod.Copeland;
            var dimensionAggregation = copeland ? AggregationMethod.WeightedArithmeticMean : aggregation;
            var index = new MultiLevelIndex(new LocalizedText("Σ"), aggregation,
            [
                new IndexDimension("1", new LocalizedText("①"), 2m, AggregationMethod.WeightedArithmeticMean,
                [
                    new LevelIndicator(GlyphIndicator("1.1"), 1m, Normalisation.MinMax()),
                    new LevelIndicator(GlyphIndicator("1.2"), 1m, Normalisation.ZScore()),
                    new LevelIndicator(GlyphIndicator("1.3"), 1m, Normalisation.MinMax()),
                    new LevelIndicator(GlyphIndicator("1.4"), 1m, Normalisation.MinMax()),
                ]),
                new IndexDimension("2", new LocalizedText("②"), 1m, dimensionAggregation, [new LevelIndicator(GlyphIndicator("2.1"), 1m, Normalisation.PercentileRank())]),
            ]);

            PseudoLanguage.WordsIn(index.Describe(pseudo)).Should().BeEmpty();
            foreach (var score in index.Compute(table).Scores)
            {
                PseudoLanguage.WordsIn(score.Describe(pseudo)).Should().BeEmpty(score.Describe(pseudo));
            }

            var audit = index.Audit(table);
            audit.Flags.Select(flag => flag.Kind).Should().Contain([AuditFlagKind.CollinearPair, AuditFlagKind.NegativeWithinDimension]);
            PseudoLanguage.WordsIn(audit.Describe(pseudo)).Should().BeEmpty(audit.Describe(pseudo));
            var figures = Enumerable.Range(0, audit.Pearson.Size).SelectMany(a => Enumerable.Range(0, audit.Pearson.Size).Select(b => audit.Pearson[a, b]))
                .Concat(audit.Skewness).Concat(audit.Kurtosis).Concat(audit.CronbachAlpha);
            foreach (var figure in figures)
            {
                PseudoLanguage.WordsIn(figure.ToString(pseudo)).Should().BeEmpty(figure.ToString(pseudo));
            }

            foreach (var weights in copeland ? [] : new[] { WeightPerturbation.None, WeightPerturbation.UniformRange(0.2), WeightPerturbation.Dirichlet(10d) })
            {
                var result = new UncertaintyAnalysis(20, seed: 5, weights, [Normalisation.MinMax(1m, 100m), Normalisation.PercentileRank()], [.. new[] { aggregation, AggregationMethod.WeightedArithmeticMean }.Distinct()])
                    .Run(index, table);
                PseudoLanguage.WordsIn(result.Explain(pseudo)).Should().BeEmpty(result.Explain(pseudo));
            }
        }

        // The skewed indicator's flag, and principal components that are not meaningful, on a table where they occur.
        var skewed = new MultiLevelIndex(new LocalizedText("Σ"), AggregationMethod.WeightedArithmeticMean,
            [new IndexDimension("1", new LocalizedText("①"), 1m, AggregationMethod.WeightedArithmeticMean,
                [new LevelIndicator(GlyphIndicator("2.1"), 1m, Normalisation.MinMax()), new LevelIndicator(GlyphIndicator("1.1"), 1m, Normalisation.MinMax())])]);
        var outlier = new IndicatorTableBuilder();
        for (var u = 0; u < 8; u++)
        {
            outlier.Set(GlyphUnits[u], new IndicatorCode("2.1"), u == 7 ? 10m : 0m).Set(GlyphUnits[u], new IndicatorCode("1.1"), u);
        }

        var flagged = skewed.Audit(outlier.ToTable());
        flagged.Flags.Should().Contain(flag => flag.Kind == AuditFlagKind.SkewedOrHeavyTailed);
        PseudoLanguage.WordsIn(flagged.Describe(pseudo)).Should().BeEmpty(flagged.Describe(pseudo));
        var few = skewed.Audit(new IndicatorTableBuilder().Set(GlyphUnits[0], new IndicatorCode("2.1"), 1m).Set(GlyphUnits[0], new IndicatorCode("1.1"), 2m)
            .Set(GlyphUnits[1], new IndicatorCode("2.1"), 2m).Set(GlyphUnits[1], new IndicatorCode("1.1"), 1m).ToTable());
        few.PrincipalComponents.IsMeaningful.Should().BeFalse();
        PseudoLanguage.WordsIn(few.Describe(pseudo)).Should().BeEmpty(few.Describe(pseudo));
    }
}
