using De06Metrics.Composite;
using static De06Metrics.Tests.Composite.CompositeExample;

namespace De06Metrics.Tests.Composite;

public partial class CompositeIndexTest
{
    // Min-max onto [0, 100], by hand:
    //   ONLINE ↑: min 50, max 90, range 40 → U1 (90−50)/40·100 = 100, U2 20/40 = 50, U3 30/40 = 75, U4 0
    //   LATE   ↓: min 5, max 20, range 15  → U1 (20−5)/15·100 = 100, U2 10/15 = 66,67, U3 0, U4 5/15 = 33,33
    //   PAY    ↑: min 40, max 80 (U3 missing) → U1 20/40 = 50, U2 100, U3 —, U4 0
    // Weighted arithmetic mean, weights 2, 1, 1:
    //   U1 (2·100 + 100 + 50) / 4 = 350/4 = 87,5
    //   U2 (2·50 + 66,67 + 100) / 4 = (800/3)/4 = 200/3 = 66,67
    //   U3 PAY missing, weights renormalised over 2 + 1 = 3: (2·75 + 0) / 3 = 50
    //   U4 (0 + 33,33 + 0) / 4 = 25/3 = 8,33
    [Fact]
    public void Min_max_and_weighted_mean_match_the_hand_calculation()
    {
        var result = Index().Compute(Table());

        result.Scores.Select(s => s.Unit).Should().Equal(U1, U2, U3, U4);
        result[U1].Value.Should().Be(87.5m);
        result[U2].Value.Should().BeApproximately(200m / 3m, 1e-24m);
        result[U3].Value.Should().Be(50m);
        result[U4].Value.Should().BeApproximately(25m / 3m, 1e-24m);
        result.Scores.Should().OnlyContain(s => s.Status == CompositeStatus.Computed);
    }

    [Fact]
    public void A_lower_is_better_indicator_gives_its_lowest_value_the_top_score()
    {
        var late = Index().Compute(Table()).Scores.Select(s => s.Contributions[1].NormalisedValue!.Value).ToList();

        late[0].Should().Be(100m);
        late[1].Should().BeApproximately(200m / 3m, 1e-24m);
        late[2].Should().Be(0m);
        late[3].Should().BeApproximately(100m / 3m, 1e-24m);
    }

    [Fact]
    public void The_breakdown_keeps_raw_and_normalised_values_effective_weights_and_contributions()
    {
        var u1 = Index().Compute(Table())[U1];

        u1.Contributions.Select(c => c.RawValue).Should().Equal(90m, 5m, 60m);
        u1.Contributions.Select(c => c.NormalisedValue).Should().Equal(100m, 100m, 50m);
        u1.Contributions.Select(c => c.EffectiveWeight).Should().Equal(0.5m, 0.25m, 0.25m);

        // Contributions w·x: 0,5·100 = 50; 0,25·100 = 25; 0,25·50 = 12,5; they add up to 87,5.
        u1.Contributions.Select(c => c.Term).Should().Equal(50m, 25m, 12.5m);
        u1.Contributions.Sum(c => c.Term!.Value).Should().Be(u1.Value!.Value);
    }

    [Fact]
    public void The_breakdown_read_from_several_threads_at_once_is_one_list()
    {
        var u1 = Index().Compute(Table())[U1];
        var seen = new IReadOnlyList<CompositeContribution>[8];
        Parallel.For(0, seen.Length, i => seen[i] = u1.Contributions);

        seen.Should().AllSatisfy(contributions => contributions.Should().BeSameAs(seen[0]));
        seen[0].Select(c => c.Term).Should().Equal(50m, 25m, 12.5m);
    }

    [Fact]
    public void Weights_are_renormalised_over_the_indicators_a_unit_has_data_for()
    {
        var u3 = Index().Compute(Table())[U3];

        // Nominal 2, 1, 1 with PAY missing: 2/3 and 1/3, and PAY's weight goes to the others.
        u3.Contributions[0].EffectiveWeight.Should().BeApproximately(2m / 3m, 1e-27m);
        u3.Contributions[1].EffectiveWeight.Should().BeApproximately(1m / 3m, 1e-27m);
        u3.Contributions[2].Status.Should().Be(ContributionStatus.Missing);
        u3.Contributions[2].RawValue.Should().BeNull();
        u3.Contributions[2].NormalisedValue.Should().BeNull();
        u3.Contributions[2].EffectiveWeight.Should().Be(0m);
        u3.Contributions[2].Term.Should().BeNull();
        u3.IndicatorsUsed.Should().Be(2);
        u3.ShareOfIndicators.Should().BeApproximately(2m / 3m, 1e-27m);
        u3.ShareOfWeight.Should().Be(0.75m);
    }

    [Fact]
    public void Min_max_onto_another_range_maps_worst_and_best_to_its_bounds()
    {
        var result = Index(Normalisation.MinMax(1m, 10m)).Compute(Table());

        // ONLINE: U4 worst → 1, U1 best → 10, U2 halfway → 1 + 0,5·9 = 5,5.
        result.Scores.Select(s => s.Contributions[0].NormalisedValue).Should().Equal(10m, 5.5m, 7.75m, 1m);
    }

    [Fact]
    public void The_statistics_show_what_the_normalisation_used()
    {
        var statistics = Index().Compute(Table()).Statistics;

        statistics.Select(s => (s.Count, s.Minimum, s.Maximum)).Should().Equal((4, 50m, 90m), (4, 5m, 20m), (3, 40m, 80m));
        statistics.Should().OnlyContain(s => s.IsNormalisable && s.Reason == null);
        statistics[2].Mean.Should().Be(60m);
    }
}
