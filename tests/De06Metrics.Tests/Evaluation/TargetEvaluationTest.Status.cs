using De06Metrics;
using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;

namespace De06Metrics.Tests.Evaluation;

public partial class TargetEvaluationTest
{
    [Theory]
    [InlineData(70.0, 0.0, TargetStatus.Met)]        // exactly on target, no tolerance
    [InlineData(70.1, 0.0, TargetStatus.Exceeded)]   // strictly above, by more than a tolerance of 0
    [InlineData(69.9, 0.0, TargetStatus.NotMet)]
    [InlineData(70.5, 0.5, TargetStatus.Met)]        // above by exactly the tolerance: still only met
    [InlineData(70.6, 0.5, TargetStatus.Exceeded)]   // above by more than the tolerance
    [InlineData(69.5, 0.5, TargetStatus.BasicallyMet)] // short by exactly the tolerance: basically met ("cơ bản đạt")
    [InlineData(69.9, 0.5, TargetStatus.BasicallyMet)] // short by 0,1 within 0,5
    [InlineData(69.4, 0.5, TargetStatus.NotMet)]
    public void At_least_exceeded_met_basically_met_and_not_met_follow_the_tolerance(double actual, double tolerance, TargetStatus expected) =>
        TargetEvaluation.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(70m), MeasuredValue.Of((decimal)actual), new EvaluationOptions((decimal)tolerance))
            .Status.Should().Be(expected);

    [Theory]
    [InlineData(3.0, 2.0, TargetStatus.Exceeded)]   // under the maximum is a positive margin
    [InlineData(5.0, 0.0, TargetStatus.Met)]
    [InlineData(6.5, -1.5, TargetStatus.NotMet)]
    public void At_most_margins_are_positive_under_the_target(double actual, double margin, TargetStatus expected)
    {
        var result = TargetEvaluation.Evaluate(Indicators.LateDossierRate, Goal.AtMost(5m), (decimal)actual);
        result.Margin.Should().Be((decimal)margin);
        result.Deviation.Should().Be((decimal)actual - 5m);
        result.Status.Should().Be(expected);
    }

    [Theory]
    [InlineData(4.4, TargetStatus.Exceeded)]     // 0,6 under the maximum of 5, beyond the tolerance of 0,5
    [InlineData(4.8, TargetStatus.Met)]          // 0,2 under: within the tolerance on the good side
    [InlineData(5.0, TargetStatus.Met)]
    [InlineData(5.3, TargetStatus.BasicallyMet)] // 0,3 over the maximum, within 0,5: "cơ bản đạt"
    [InlineData(5.6, TargetStatus.NotMet)]       // 0,6 over
    public void At_most_is_basically_met_a_little_over_the_maximum(double actual, TargetStatus expected) =>
        TargetEvaluation.Evaluate(Indicators.LateDossierRate, Goal.AtMost(5m), MeasuredValue.Of((decimal)actual), new EvaluationOptions(0.5m))
            .Status.Should().Be(expected);

    [Fact]
    public void At_most_attainment_is_target_over_actual()
    {
        // 5 / 4 = 1,25: a quarter better than the ceiling.
        TargetEvaluation.Evaluate(Indicators.LateDossierRate, Goal.AtMost(5m), 4m).Attainment.Value.Should().Be(1.25m);
    }

    [Fact]
    public void A_zero_target_makes_attainment_not_meaningful_yet_the_status_stands()
    {
        var result = TargetEvaluation.Evaluate(Indicators.ModelsDeployed, Goal.AtLeast(0m), 3m);

        result.Status.Should().Be(TargetStatus.Exceeded);
        result.Margin.Should().Be(3m);
        result.Attainment.IsMeaningful.Should().BeFalse();
        result.Attainment.Reason.Should().Be(NotMeaningfulReason.ZeroTarget);
        result.Attainment.ValueOrNull.Should().BeNull();
        result.RelativeMargin.Reason.Should().Be(NotMeaningfulReason.ZeroTarget);
        var read = () => result.Attainment.Value;
        read.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void A_zero_actual_when_lower_is_better_makes_attainment_not_meaningful()
    {
        var result = TargetEvaluation.Evaluate(Indicators.LateDossiers, Goal.AtMost(5m), 0m);

        result.Status.Should().Be(TargetStatus.Exceeded);
        result.Margin.Should().Be(5m);
        result.Attainment.Reason.Should().Be(NotMeaningfulReason.ZeroActual);
    }

    [Fact]
    public void A_zero_ceiling_with_some_late_dossiers_has_zero_attainment()
    {
        // 0 / 3 = 0: meaningful, and as bad as it gets.
        var result = TargetEvaluation.Evaluate(Indicators.LateDossiers, Goal.AtMost(0m), 3m);
        result.Attainment.Value.Should().Be(0m);
        result.Status.Should().Be(TargetStatus.NotMet);
    }

    [Theory]
    [InlineData(93.0, 0.0, 0.0, TargetStatus.Met)]      // inside
    [InlineData(90.0, 0.0, 0.0, TargetStatus.Met)]      // on the lower bound, included
    [InlineData(98.0, 0.0, 0.0, TargetStatus.Met)]      // on the upper bound, included
    [InlineData(88.0, -2.0, -2.0, TargetStatus.NotMet)] // below: distance to the lower bound
    [InlineData(99.5, -1.5, 1.5, TargetStatus.NotMet)]  // above: distance to the upper bound
    public void A_range_is_met_inside_and_measures_the_distance_to_the_nearest_bound_outside(double actual, double margin, double deviation, TargetStatus expected)
    {
        var result = TargetEvaluation.Evaluate(Indicators.BandedRate, Goal.Between(90m, 98m), (decimal)actual);
        result.Margin.Should().Be((decimal)margin);
        result.Deviation.Should().Be((decimal)deviation);
        result.Status.Should().Be(expected);
        result.Attainment.Reason.Should().Be(NotMeaningfulReason.NotDefinedForTargetKind);
    }

    [Fact]
    public void A_range_is_never_exceeded_and_the_tolerance_widens_it()
    {
        var options = new EvaluationOptions(0.5m);
        TargetEvaluation.Evaluate(Indicators.BandedRate, Goal.Between(90m, 98m), MeasuredValue.Of(93m), options).Status.Should().Be(TargetStatus.Met);
        TargetEvaluation.Evaluate(Indicators.BandedRate, Goal.Between(90m, 98m), MeasuredValue.Of(89.7m), options).Status.Should().Be(TargetStatus.BasicallyMet);
        TargetEvaluation.Evaluate(Indicators.BandedRate, Goal.Between(90m, 98m), MeasuredValue.Of(98.5m), options).Status.Should().Be(TargetStatus.BasicallyMet);
        TargetEvaluation.Evaluate(Indicators.BandedRate, Goal.Between(90m, 98m), MeasuredValue.Of(98.6m), options).Status.Should().Be(TargetStatus.NotMet);
    }

    [Theory]
    [InlineData(95.0, TargetStatus.Met)]    // the centre
    [InlineData(96.0, TargetStatus.Met)]    // centre + tolerance, included
    [InlineData(94.0, TargetStatus.Met)]
    [InlineData(96.1, TargetStatus.NotMet)] // outside the tolerance
    [InlineData(93.9, TargetStatus.NotMet)]
    public void An_exact_goal_is_met_within_its_tolerance(double actual, TargetStatus expected) =>
        TargetEvaluation.Evaluate(Indicators.BandedRate, Goal.Exactly(95m, 1m), (decimal)actual).Status.Should().Be(expected);

    [Fact]
    public void An_exact_goal_measures_the_distance_beyond_its_tolerance()
    {
        // 97,2 against 95 ± 1: 1,2 points beyond the upper limit 96.
        var result = TargetEvaluation.Evaluate(Indicators.BandedRate, Goal.Exactly(95m, 1m), 97.2m);
        result.Margin.Should().Be(-1.2m);
        result.Deviation.Should().Be(1.2m);
    }

    [Fact]
    public void Yes_no_goals_are_met_by_the_answer_asked_for_and_have_no_margin()
    {
        var yes = TargetEvaluation.Evaluate(Indicators.Connected, Goal.Yes(), MeasuredValue.FromBoolean(true));
        var no = TargetEvaluation.Evaluate(Indicators.Connected, Goal.Yes(), MeasuredValue.FromBoolean(false));

        yes.Status.Should().Be(TargetStatus.Met);
        no.Status.Should().Be(TargetStatus.NotMet);
        yes.Margin.Should().BeNull();
        TargetEvaluation.Evaluate(Indicators.Connected, Goal.No(), MeasuredValue.FromBoolean(false)).Status.Should().Be(TargetStatus.Met);
    }

    [Fact]
    public void No_data_is_never_a_zero()
    {
        var result = TargetEvaluation.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(70m), (decimal?)null);

        result.Status.Should().Be(TargetStatus.NoData);
        result.Margin.Should().BeNull();
        result.Deviation.Should().BeNull();
        result.Actual.Should().BeNull();
        result.Attainment.Reason.Should().Be(NotMeaningfulReason.NoData);
    }

    [Fact]
    public void A_result_keeps_its_inputs_and_the_rule_applied()
    {
        var options = new EvaluationOptions(0.5m, BandScheme.TrafficLight);
        var result = TargetEvaluation.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(70m), MeasuredValue.Of(88.8m), options, baseline: 50m);

        result.Indicator.Should().BeSameAs(Indicators.OnlineDossierRate);
        result.Goal.Should().Be(Goal.AtLeast(70m));
        result.Rule.Should().Be(TargetKind.AtLeast);
        result.Actual.Should().Be(MeasuredValue.Of(88.8m));
        result.Tolerance.Should().Be(0.5m);
        result.Baseline.Should().Be(50m);
        result.BandScheme.Should().BeSameAs(BandScheme.TrafficLight);
        result.GapClosure!.Fraction.Value.Should().Be(38.8m / 20m);
    }
}
