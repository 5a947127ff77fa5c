using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Composite;

public partial class CompositeIndexTest
{
    private static readonly Indicator P = new(new IndicatorCode("P"), new LocalizedText("Chỉ tiêu P", "Indicator P"), Measure.Count(), Polarity.HigherIsBetter, 0);
    private static readonly Indicator Q = new(new IndicatorCode("Q"), new LocalizedText("Chỉ tiêu Q", "Indicator Q"), Measure.Count(), Polarity.HigherIsBetter, 0);

    // Raw values from 0 to 99 with both ends present: min-max onto [1, 100] gives (x − 0)/99 · 99 + 1 = x + 1.
    //   V1: P 3 → 4,   Q 8 → 9
    //   V2: P 99 → 100, Q 0 → 1
    //   V3: P 0 → 1,   Q 99 → 100
    private static readonly UnitId V1 = new("V1"), V2 = new("V2"), V3 = new("V3");

    private static IndicatorTable PositiveTable() => new IndicatorTableBuilder()
        .Set(V1, P.Code, 3m).Set(V1, Q.Code, 8m)
        .Set(V2, P.Code, 99m).Set(V2, Q.Code, 0m)
        .Set(V3, P.Code, 0m).Set(V3, Q.Code, 99m)
        .ToTable();

    private static CompositeIndex TwoIndicators(AggregationMethod aggregation, decimal weightP = 1m, decimal weightQ = 1m, Normalisation? normalisation = null) =>
        new(new LocalizedText("Hai chỉ tiêu", "Two indicators"), [new(P, weightP), new(Q, weightQ)], normalisation ?? Normalisation.MinMax(1m, 100m), aggregation);

    [Fact]
    public void The_geometric_mean_matches_the_hand_calculation()
    {
        var result = TwoIndicators(AggregationMethod.WeightedGeometricMean).Compute(PositiveTable());

        // √(4·9) = 6; √(100·1) = 10; √(1·100) = 10.
        result[V1].Value.Should().BeApproximately(6m, 1e-20m);
        result[V2].Value.Should().BeApproximately(10m, 1e-20m);
        result[V3].Value.Should().BeApproximately(10m, 1e-20m);

        // Factors x^w: 4^0,5 = 2 and 9^0,5 = 3 multiply to 6.
        result[V1].Contributions.Select(c => c.Term!.Value).Should().SatisfyRespectively(
            two => two.Should().BeApproximately(2m, 1e-20m),
            three => three.Should().BeApproximately(3m, 1e-20m));
    }

    [Fact]
    public void The_weighted_geometric_mean_raises_each_value_to_its_weight()
    {
        // Weights 3 and 1: 4^(3/4) · 9^(1/4) = (4³ · 9)^(1/4) = 576^(1/4) = √24 = 4,898979485566356…
        var v1 = TwoIndicators(AggregationMethod.WeightedGeometricMean, 3m, 1m).Compute(PositiveTable())[V1];

        v1.Value.Should().BeApproximately(4.8989794855663561963945681494m, 1e-20m);
    }

    [Fact]
    public void The_harmonic_mean_matches_the_hand_calculation()
    {
        // 2 / (1/4 + 1/9) = 2 / (13/36) = 72/13.
        var v1 = TwoIndicators(AggregationMethod.WeightedHarmonicMean).Compute(PositiveTable())[V1];

        v1.Value.Should().BeApproximately(72m / 13m, 1e-24m);

        // Terms w/x with w = 1/2: 1/8 and 1/18; the composite is one over their sum.
        (1m / v1.Contributions.Sum(c => c.Term!.Value)).Should().BeApproximately(72m / 13m, 1e-24m);
    }

    [Theory]
    [InlineData(AggregationMethod.WeightedGeometricMean, "weighted geometric mean")]
    [InlineData(AggregationMethod.WeightedHarmonicMean, "weighted harmonic mean")]
    public void A_zero_normalised_value_is_refused_by_name_not_shifted(AggregationMethod aggregation, string method)
    {
        // Onto [0, 100], V3's P (the lowest) is 0 and V2's Q is 0; ln 0 and 1/0 are undefined.
        var result = TwoIndicators(aggregation, normalisation: Normalisation.MinMax()).Compute(PositiveTable());

        result[V3].Status.Should().Be(CompositeStatus.NotMeaningful);
        result[V3].Value.Should().BeNull();
        result[V3].Reason!.Value.English.Should().Be(
            $"the {method} needs positive normalised values, but P is normalised to 0; normalise onto a positive range (such as min-max onto [1, 100]) or use the arithmetic mean");
        result[V2].Reason!.Value.English.Should().Contain("but Q is normalised to 0");
        result[V1].Status.Should().Be(CompositeStatus.Computed);
    }

    [Fact]
    public void Negative_z_scores_are_refused_by_the_geometric_mean()
    {
        var result = TwoIndicators(AggregationMethod.WeightedGeometricMean, normalisation: Normalisation.ZScore()).Compute(PositiveTable());

        result.Scores.Should().OnlyContain(s => s.Status == CompositeStatus.NotMeaningful);
        result[V1].Reason!.Value.Vietnamese.Should().StartWith("trung bình nhân có trọng số cần giá trị chuẩn hóa dương, nhưng P được chuẩn hóa thành -");
    }
}
