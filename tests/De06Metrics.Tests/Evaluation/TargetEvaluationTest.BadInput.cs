using De06Metrics;
using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;

namespace De06Metrics.Tests.Evaluation;

public partial class TargetEvaluationTest
{
    [Fact]
    public void A_negative_tolerance_is_refused_naming_it_and_its_value()
    {
        var act = () => new EvaluationOptions(-0.5m);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("tolerance").WithMessage("*-0.5*");
        var exact = () => Goal.Exactly(95m, -1m);
        exact.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("tolerance").WithMessage("*-1*");
    }

    [Fact]
    public void A_range_whose_low_exceeds_its_high_is_refused_naming_both()
    {
        var act = () => Goal.Between(98m, 90m);
        act.Should().Throw<ArgumentException>().WithParameterName("low").WithMessage("*98*90*");
    }

    [Theory]
    [InlineData("DVC.LATE_RATE", TargetKind.AtLeast)]
    [InlineData("DVC.ONLINE_RATE", TargetKind.AtMost)]
    [InlineData("DVC.ONLINE_RATE", TargetKind.Range)]
    [InlineData("DVC.BANDED", TargetKind.AtLeast)]
    public void A_goal_that_contradicts_the_polarity_is_refused(string code, TargetKind kind)
    {
        var indicator = code switch
        {
            "DVC.LATE_RATE" => Indicators.LateDossierRate,
            "DVC.BANDED" => Indicators.BandedRate,
            _ => Indicators.OnlineDossierRate,
        };
        var goal = kind switch
        {
            TargetKind.AtLeast => Goal.AtLeast(50m),
            TargetKind.AtMost => Goal.AtMost(50m),
            _ => Goal.Between(40m, 60m),
        };
        var act = () => TargetEvaluation.Evaluate(indicator, goal, 45m);
        act.Should().Throw<ArgumentException>().WithParameterName("goal").WithMessage($"*{indicator.Polarity}*");
    }

    [Fact]
    public void Yes_no_goals_go_with_yes_no_measures_only()
    {
        var onRate = () => TargetEvaluation.Evaluate(Indicators.OnlineDossierRate, Goal.Yes(), 1m);
        onRate.Should().Throw<ArgumentException>().WithParameterName("goal");
        var onYesNo = () => TargetEvaluation.Evaluate(Indicators.Connected, Goal.AtLeast(1m), 1m);
        onYesNo.Should().Throw<ArgumentException>().WithParameterName("goal");
    }

    [Fact]
    public void Values_that_do_not_fit_the_measure_are_refused()
    {
        var negativeCount = () => TargetEvaluation.Evaluate(Indicators.ModelsDeployed, Goal.AtLeast(33m), -1m);
        negativeCount.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("actual").WithMessage("*-1*");
        var rateTarget = () => TargetEvaluation.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(120m), 88.8m);
        rateTarget.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("goal").WithMessage("*120*");
    }

    [Fact]
    public void A_baseline_needs_a_one_sided_goal()
    {
        var act = () => TargetEvaluation.Evaluate(Indicators.BandedRate, Goal.Between(90m, 98m), MeasuredValue.Of(93m), baseline: 80m);
        act.Should().Throw<ArgumentException>().WithParameterName("goal").WithMessage("*Range*");
    }

    [Fact]
    public void A_ratio_outcome_needs_a_reason_to_be_not_meaningful()
    {
        var act = () => RatioOutcome.NotMeaningful(NotMeaningfulReason.None);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reason");
    }
}
