using De06Metrics.Composite;
using static De06Metrics.Tests.Composite.CompositeExample;

namespace De06Metrics.Tests.Composite;

public partial class CompositeIndexTest
{
    // Targets: ONLINE ↑ 85, LATE ↓ 8, PAY ↑ 70.
    //   ONLINE (x − 50)/(85 − 50)·100: U1 40/35 = 114,29 → capped 100; U2 20/35 = 57,14; U3 30/35 = 85,71; U4 0
    //   LATE   (20 − x)/(20 − 8)·100:  U1 15/12 = 125 → capped 100; U2 10/12 = 83,33; U3 0; U4 5/12 = 41,67
    //   PAY    (x − 40)/(70 − 40)·100: U1 20/30 = 66,67; U2 40/30 = 133,33 → capped 100; U4 0
    private static CompositeIndex TargetIndex(bool capped) =>
        new(Name, Components(85m, 8m, 70m), Normalisation.DistanceToTarget(capped), AggregationMethod.WeightedArithmeticMean);

    [Fact]
    public void Distance_to_target_is_capped_at_the_target_and_keeps_the_uncapped_value()
    {
        var u1 = TargetIndex(capped: true).Compute(Table())[U1];

        u1.Contributions[0].NormalisedValue.Should().Be(100m);
        u1.Contributions[0].UncappedValue.Should().BeApproximately(4000m / 35m, 1e-24m);
        u1.Contributions[0].IsCapped.Should().BeTrue();
        u1.Contributions[1].UncappedValue.Should().Be(125m);
        u1.Contributions[1].NormalisedValue.Should().Be(100m);
        u1.Contributions[2].NormalisedValue.Should().BeApproximately(200m / 3m, 1e-24m);
        u1.Contributions[2].IsCapped.Should().BeFalse();

        // (2·100 + 100 + 66,67)/4 = 366,67/4 = 91,67.
        u1.Value.Should().BeApproximately((300m + (200m / 3m)) / 4m, 1e-24m);
    }

    [Fact]
    public void Lower_is_better_distance_to_target_counts_down_from_the_highest_value()
    {
        var scores = TargetIndex(capped: true).Compute(Table()).Scores;

        scores.Select(s => s.Contributions[1].NormalisedValue!.Value).Should().SatisfyRespectively(
            u1 => u1.Should().Be(100m),
            u2 => u2.Should().BeApproximately(1000m / 12m, 1e-24m),
            u3 => u3.Should().Be(0m),
            u4 => u4.Should().BeApproximately(500m / 12m, 1e-24m));
    }

    [Fact]
    public void Uncapped_distance_to_target_lets_a_unit_pass_100()
    {
        var u2 = TargetIndex(capped: false).Compute(Table())[U2];

        u2.Contributions[2].NormalisedValue.Should().BeApproximately(400m / 3m, 1e-24m);
        u2.Contributions[2].IsCapped.Should().BeFalse();
    }

    [Fact]
    public void The_cap_is_named_in_the_rule_and_in_the_breakdown()
    {
        var index = TargetIndex(capped: true);
        var u1 = index.Compute(Table())[U1];

        index.Normalisation.Describe(De06Metrics.Text.Language.English)
            .Should().Be("distance to target on a 0–100 scale, capped at 100 once the target is reached (part of the method)");
        u1.Contributions[1].Describe(De06Metrics.Text.Language.English)
            .Should().Be("LATE (Late dossier rate): 5.0% → 100.00 (uncapped 125.00; capped at 100 by the method); weight 0.2500 (nominal 1); contribution 25.00");
        u1.Contributions[1].Describe(De06Metrics.Text.Language.Vietnamese)
            .Should().Be("LATE (Tỷ lệ hồ sơ trễ hạn): 5,0% → 100,00 (trước giới hạn 125,00; giới hạn ở 100 theo phương pháp); trọng số 0,2500 (danh nghĩa 1); đóng góp 25,00");
    }

    [Fact]
    public void A_target_not_beyond_the_worst_value_makes_the_indicator_not_meaningful()
    {
        // ONLINE's target 50 equals its lowest value: (x − min)/(target − min) divides by zero.
        var index = new CompositeIndex(Name, Components(50m, 8m, 70m), Normalisation.DistanceToTarget(), AggregationMethod.WeightedArithmeticMean);

        var result = index.Compute(Table());

        result.Statistics[0].IsNormalisable.Should().BeFalse();
        result.Statistics[0].Reason!.Value.English.Should().Be("the target 50.0% is not above the lowest value 50.0%, so target − min ≤ 0");
        result[U1].Contributions[0].Status.Should().Be(ContributionStatus.NotNormalisable);
        result[U1].IndicatorsUsed.Should().Be(2);
    }
}
