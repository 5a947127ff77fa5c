using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Composite;

public partial class MultiLevelIndexTest
{
    // The Copeland example of docs/composite.md: four units, three dimensions of one indicator each (min-max keeps the
    // order, so the raw values decide), weights 2 : 1 : 1; D has no X3.
    //          X1 (w 2)  X2 (w 1)  X3 (w 1)
    //   A        90        40        50
    //   B        70        60        80
    //   C        80        50        30
    //   D        70        70        —
    // Pairs, weight won by each side (only where both have a value; equal values count for neither):
    //   A–B: A X1 = 2, B X2 + X3 = 2 → tie      A–C: A X1 + X3 = 3, C X2 = 1 → A
    //   A–D: A X1 = 2, D X2 = 1 → A             B–C: C X1 = 2, B X2 + X3 = 2 → tie
    //   B–D: X1 equal, D X2 = 1 → D             C–D: C X1 = 2, D X2 = 1 → C
    // Wins − losses: A 2 − 0 = 2, B 0 − 1 = −1, C 1 − 1 = 0, D 1 − 2 = −1. Ranks (ties share the best): A 1, C 2, B 3, D 3.
    // With equal weights the pairs change: A–B: B 2–1; A–C: A 2–1; A–D 1–1 tie; B–C: B 2–1; B–D: D 1–0; C–D: 1–1 tie
    // → A 1 − 1 = 0, B 2 − 1 = 1, C 0 − 2 = −2, D 1 − 0 = 1.
    private static readonly string[] CopelandCodes = ["X1", "X2", "X3"];

    private static readonly (string Unit, decimal?[] Values)[] CopelandRows =
    [
        ("A", [90m, 40m, 50m]), ("B", [70m, 60m, 80m]), ("C", [80m, 50m, 30m]), ("D", [70m, 70m, null]),
    ];

    [Fact]
    public void Copeland_scores_pairs_won_minus_pairs_lost_with_the_dimensions_weights()
    {
        var result = CopelandIndex(2m, 1m, 1m).Compute(CopelandTable());

        result[new UnitId("A")].Value.Should().Be(2m);
        result[new UnitId("B")].Value.Should().Be(-1m);
        result[new UnitId("C")].Value.Should().Be(0m);
        result[new UnitId("D")].Value.Should().Be(-1m);
        result[new UnitId("A")].Rank!.Value.Position.Should().Be(1);
        result[new UnitId("C")].Rank!.Value.Position.Should().Be(2);
        result[new UnitId("B")].Rank!.Value.Position.Should().Be(3);
        result[new UnitId("D")].Rank!.Value.Position.Should().Be(3);
        result[new UnitId("D")].DimensionScores[2].Should().BeNull();
    }

    [Fact]
    public void Copeland_without_weights_counts_each_dimension_once()
    {
        var result = CopelandIndex(1m, 1m, 1m).Compute(CopelandTable());

        result.Scores.Select(score => score.Value).Should().Equal(0m, 1m, -2m, 1m);
    }

    [Fact]
    public void A_unit_without_any_dimension_score_takes_no_part_in_the_pairs()
    {
        // E has no value at all: no index, and the other four score exactly as without it.
        var builder = CopelandBuilder();
        builder.AddUnit(new UnitId("E"));
        var result = CopelandIndex(2m, 1m, 1m).Compute(builder.ToTable());

        result[new UnitId("E")].Status.Should().Be(CompositeStatus.NoData);
        result[new UnitId("E")].Value.Should().BeNull();
        result.Scores.Take(4).Select(score => score.Value).Should().Equal(2m, -1m, 0m, -1m);
    }

    [Fact]
    public void Copeland_is_described_and_its_score_said_as_a_whole_number()
    {
        var index = CopelandIndex(2m, 1m, 1m);
        var a = index.Compute(CopelandTable())[new UnitId("A")];

        index.Describe(Language.English).Should().Be("Copeland test: Copeland score (pairs of units won minus pairs lost) of its dimensions (3)");
        index.Describe(Language.Vietnamese).Should().Be("Thử Copeland: điểm Copeland (số cặp đơn vị thắng trừ số cặp thua) của các trụ cột (3)");
        a.Describe(Language.English).Should().StartWith("A: Copeland test = 2, ranked 1st of 4 (X1 = 100.00;");
        a.Describe(Language.Vietnamese).Should().StartWith("A: Thử Copeland = 2, xếp thứ 1/4 (X1 = 100,00;");
    }

    [Fact]
    public void Copeland_is_refused_below_the_top_level_in_a_single_level_index_and_in_the_uncertainty_analysis()
    {
        var x1 = CopelandIndicator("X1");
        var dimension = () => new IndexDimension("D1", new LocalizedText("D1"), 1m, AggregationMethod.Copeland, [new LevelIndicator(x1, 1m, Normalisation.MinMax())]);
        dimension.Should().Throw<ArgumentException>().WithParameterName("aggregation").WithMessage("*'D1'*top level*");

        var single = () => new CompositeIndex(new LocalizedText("I"), [new CompositeComponent(x1, 1m)], Normalisation.MinMax(), AggregationMethod.Copeland);
        single.Should().Throw<ArgumentException>().WithParameterName("aggregation");

        var sampled = () => new UncertaintyAnalysis(10, 1, aggregations: [AggregationMethod.WeightedArithmeticMean, AggregationMethod.Copeland]);
        sampled.Should().Throw<ArgumentException>().WithParameterName("aggregations");

        var run = () => new UncertaintyAnalysis(10, 1).Run(CopelandIndex(2m, 1m, 1m), CopelandTable());
        run.Should().Throw<ArgumentException>().WithParameterName("index").WithMessage("*Copeland*");
    }

    private static Indicator CopelandIndicator(string code) =>
        new(new IndicatorCode(code), new LocalizedText(code), Measure.Rate, Polarity.HigherIsBetter);

    private static MultiLevelIndex CopelandIndex(decimal w1, decimal w2, decimal w3)
    {
        decimal[] weights = [w1, w2, w3];
        return new MultiLevelIndex(new LocalizedText("Thử Copeland", "Copeland test"), AggregationMethod.Copeland,
            CopelandCodes.Select((code, d) => new IndexDimension(code, new LocalizedText(code), weights[d], AggregationMethod.WeightedArithmeticMean,
                [new LevelIndicator(CopelandIndicator(code), 1m, Normalisation.MinMax())])));
    }

    private static IndicatorTableBuilder CopelandBuilder()
    {
        var builder = new IndicatorTableBuilder();
        foreach (var (unit, values) in CopelandRows)
        {
            builder.AddUnit(new UnitId(unit));
            for (var c = 0; c < values.Length; c++)
            {
                if (values[c] is { } value)
                {
                    builder.Set(new UnitId(unit), new IndicatorCode(CopelandCodes[c]), value);
                }
            }
        }

        return builder;
    }

    private static IndicatorTable CopelandTable() => CopelandBuilder().ToTable();
}
