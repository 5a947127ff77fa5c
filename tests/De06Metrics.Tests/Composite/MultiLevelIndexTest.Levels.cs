using De06Metrics.Composite;
using De06Metrics.Text;
using static De06Metrics.Tests.Composite.CompositeExample;

namespace De06Metrics.Tests.Composite;

public partial class MultiLevelIndexTest
{
    // The worked example by hand (exact fractions), U1:
    //   ONLINE (90 − 50)/45 · 100 = 800/9; PAY (60 − 40)/45 · 100 = 400/9; LATE (25 − 5)/21 · 100 = 2000/21
    //   D1 = (2 · 800/9 + 400/9 + 2000/21)/4 = 500/9 + 500/21 = 5000/63 = 79,365079…
    //   EID (70 − 40)/45 · 100 = 200/3; HEALTH (92 − 60)/37 · 100 = 3200/37; D2 = (200/3 + 3200/37)/2 = 8500/111 = 76,576576…
    //   index = (3 · 5000/63 + 2 · 8500/111)/5 = 78,249678… (the script prints 78.249678)
    // U8 is the best everywhere: 100 on every indicator, dimension and the index. U4: ONLINE 0, PAY 0, LATE 1000/21, EID 0,
    // HEALTH 0 → D1 = (1000/21)/4 = 250/21, D2 = 0, index = 3 · (250/21)/5 = 50/7 = 7,142857…
    [Fact]
    public void Levels_aggregate_indicators_into_dimensions_and_dimensions_into_the_index()
    {
        var result = MultiLevelExample.Index().Compute(MultiLevelExample.Table());
        var u1 = result[MultiLevelExample.Units[0]];

        u1.DimensionScores[0]!.Value.Should().BeApproximately(5000m / 63m, 1e-20m);
        u1.DimensionScores[1]!.Value.Should().BeApproximately(8500m / 111m, 1e-20m);
        u1.Value!.Value.Should().BeApproximately(((3m * 5000m / 63m) + (2m * 8500m / 111m)) / 5m, 1e-20m);
        result[MultiLevelExample.Units[7]].Value.Should().Be(100m);
        result[MultiLevelExample.Units[7]].Rank!.Value.Position.Should().Be(1);
        result[MultiLevelExample.Units[3]].Value!.Value.Should().BeApproximately(50m / 7m, 1e-20m);
        result[MultiLevelExample.Units[3]].Rank!.Value.Position.Should().Be(8);
    }

    // Per-indicator normalisation and a geometric index, on the 4-unit example:
    //   dimension A (arithmetic, 1:1) = ONLINE min-max {100, 50, 75, 0} and LATE percentile rank (↓, ranked from the
    //   worst, 20 → 0, 15 → 33,33, 10 → 66,67, 5 → 100) → U1 100, U2 (50 + 66,67)/2 = 58,33, U3 37,5, U4 16,67
    //   dimension B = PAY min-max {50, 100, —, 0}
    //   index = geometric mean 1:1: U1 √(100 · 50) = 70,7107; U2 √(58,33 · 100) = 76,3763; U3 only A: 37,5;
    //   U4's B is 0, which a geometric mean refuses: not meaningful, naming B. Ranks U2 1/3, U1 2/3, U3 3/3.
    [Fact]
    public void Normalisation_is_chosen_per_indicator_and_each_level_has_its_own_aggregation()
    {
        var index = new MultiLevelIndex(
            Name,
            AggregationMethod.WeightedGeometricMean,
            [
                new IndexDimension("A", new LocalizedText("A"), 1m, AggregationMethod.WeightedArithmeticMean,
                    [new LevelIndicator(Online, 1m, Normalisation.MinMax()), new LevelIndicator(Late, 1m, Normalisation.PercentileRank())]),
                new IndexDimension("B", new LocalizedText("B"), 1m, AggregationMethod.WeightedArithmeticMean, [new LevelIndicator(Pay, 1m, Normalisation.MinMax())]),
            ]);

        var result = index.Compute(Table());

        result[U1].Value!.Value.Should().BeApproximately(70.710678118654752440084436m, 1e-20m);
        result[U2].Value!.Value.Should().BeApproximately(76.376261582597333443134119m, 1e-20m);
        result[U3].Value!.Value.Should().BeApproximately(37.5m, 1e-20m);   // exp(ln 37,5) to about 26 digits
        result[U3].DimensionScores[1].Should().BeNull();
        result[U4].Status.Should().Be(CompositeStatus.NotMeaningful);
        result[U4].Reason!.Value.In(Language.English).Should().Contain("weighted geometric mean needs positive normalised values, but B is normalised to 0");
        result.Ranking.InRankOrder.Select(pair => (pair.Key, pair.Value.Position)).Should().BeEquivalentTo(new[] { (U2, 1), (U1, 2), (U3, 3) });
        result[U2].Describe(Language.English).Should().Be("U2: Test index = 76.38, ranked 1st of 3 (A = 58.33; B = 100.00).");
        result[U2].Describe(Language.Vietnamese).Should().Be("U2: Chỉ số thử = 76,38, xếp thứ 1/3 (A = 58,33; B = 100,00).");
    }
}
