using De06Metrics.Composite;
using De06Metrics.Units;
using static De06Metrics.Tests.Composite.CompositeExample;

namespace De06Metrics.Tests.Composite;

public partial class CompositeIndexTest
{
    // ONLINE ↑ 10, 20, 30: mean 20, sample s = √((100 + 0 + 100)/2) = 10 → z = −1, 0, 1.
    // LATE ↓ 1, 2, 6: mean 3, deviations −2, −1, 3, s = √((4 + 1 + 9)/2) = √7 → z = (3 − x)/√7
    //   = 2/√7 = 0,7559289460…, 1/√7 = 0,3779644730…, −3/√7 = −1,1338934190…
    private static IndicatorTable ZTable() => new IndicatorTableBuilder()
        .Set(U1, Online.Code, 10m).Set(U1, Late.Code, 1m)
        .Set(U2, Online.Code, 20m).Set(U2, Late.Code, 2m)
        .Set(U3, Online.Code, 30m).Set(U3, Late.Code, 6m)
        .ToTable();

    private static CompositeIndex ZIndex(Normalisation normalisation) =>
        new(Name, [new(Online, 1m), new(Late, 1m)], normalisation, AggregationMethod.WeightedArithmeticMean);

    private static readonly decimal Sqrt7 = 2.6457513110645905905016157536m;

    [Fact]
    public void Z_scores_use_the_sample_standard_deviation_and_flip_for_lower_is_better()
    {
        var result = ZIndex(Normalisation.ZScore()).Compute(ZTable());

        result.Scores.Select(s => s.Contributions[0].NormalisedValue).Should().Equal(-1m, 0m, 1m);
        result.Statistics[0].StandardDeviation.Should().Be(10m);
        result.Statistics[1].StandardDeviation.Should().BeApproximately(Sqrt7, 1e-26m);
        var late = result.Scores.Select(s => s.Contributions[1].NormalisedValue!.Value).ToList();
        late[0].Should().BeApproximately(2m / Sqrt7, 1e-25m);
        late[1].Should().BeApproximately(1m / Sqrt7, 1e-25m);
        late[2].Should().BeApproximately(-3m / Sqrt7, 1e-25m);

        // U1 = (−1 + 2/√7) / 2 = −0,1220355269907728…
        result[U1].Value.Should().BeApproximately((-1m + (2m / Sqrt7)) / 2m, 1e-25m);
    }

    [Fact]
    public void Z_scores_rescale_to_a_chosen_mean_and_standard_deviation()
    {
        // 50 + 10·z: 40, 50, 60.
        ZIndex(Normalisation.ZScore(50m, 10m)).Compute(ZTable()).Scores
            .Select(s => s.Contributions[0].NormalisedValue).Should().Equal(40m, 50m, 60m);
    }

    [Fact]
    public void A_single_value_has_no_standard_deviation()
    {
        var table = new IndicatorTableBuilder()
            .Set(U1, Online.Code, 10m).Set(U1, Late.Code, 1m)
            .Set(U2, Online.Code, 20m)
            .ToTable();

        var result = ZIndex(Normalisation.ZScore()).Compute(table);

        result.Statistics[1].IsNormalisable.Should().BeFalse();
        result.Statistics[1].StandardDeviation.Should().BeNull();
        result.Statistics[1].Reason!.Value.English.Should().Be("a standard deviation needs at least two values; there is one");
        result[U1].Contributions[1].Status.Should().Be(ContributionStatus.NotNormalisable);
        result[U1].Value.Should().BeApproximately(-1m / DecimalSqrt2(), 1e-25m);
    }

    // ONLINE 10, 20: mean 15, s = √((25 + 25)/1) = √50, z(10) = −5/√50 = −1/√2.
    private static decimal DecimalSqrt2() => 1.4142135623730950488016887242m;
}
