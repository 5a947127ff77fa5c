using De06Metrics.Evaluation;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Tests.Reliability.Support;

namespace De06Metrics.Tests.Reliability.HostileInput;

/// <summary>Evaluation and growth at decimal's limits, with zero bases and contradictory goals.</summary>
public class EvaluationAndGrowthHostileInputTest
{
    private const decimal Max = decimal.MaxValue;

    [Fact]
    public void Contradictory_or_missing_arguments_are_refused_naming_them()
    {
        Expect.ArgumentError(() => TargetEvaluation.Evaluate(null!, Goal.AtLeast(70m), 80m), "indicator");
        Expect.ArgumentError(() => TargetEvaluation.Evaluate(Catalog.Online, Goal.AtMost(70m), 80m), "goal");
        Expect.ArgumentError(() => TargetEvaluation.Evaluate(Catalog.Online, Goal.AtLeast(120m), 80m), "goal", "120");
        Expect.ArgumentError(() => TargetEvaluation.Evaluate(Catalog.Records, Goal.AtLeast(10m), -5m), "actual", "-5");
        Expect.ArgumentError(() => new EvaluationOptions(-1m), "tolerance", "-1");
        Expect.ArgumentError(() => ValueChange.Relative(null!, 1m, 2m), "indicator");
        Expect.ArgumentError(() => ValueChange.Absolute(Catalog.Place, 40m, 11m), "indicator");
        Expect.ArgumentError(() => GrowthRate.CompoundAnnual(1m, 2m, 0m), "years", "0");
        Expect.ArgumentError(() => GrowthRate.CompoundAnnual(1m, 2m, -1m), "years", "-1");
    }

    [Fact]
    public void A_zero_base_or_a_sign_change_is_not_meaningful_never_infinity_or_zero()
    {
        var fromZero = ValueChange.Relative(Catalog.Records, 0m, 5m);
        fromZero.IsMeaningful.Should().BeFalse();
        fromZero.Amount.Should().BeNull();
        fromZero.Reason.Should().Be(NotMeaningfulReason.ZeroBase);
        ValueChange.Relative(Catalog.Budget, -4m, 2m).Reason.Should().Be(NotMeaningfulReason.SignChange);
        GrowthRate.CompoundAnnual(0m, 5m, 2m).Percent.Should().BeNull();
        TargetEvaluation.Evaluate(Catalog.Records, Goal.AtLeast(0m), 5m).Attainment.IsMeaningful.Should().BeFalse();
    }

    [Fact]
    public void Changes_at_decimals_limits_are_not_meaningful_or_refused_never_a_bare_overflow()
    {
        ValueChange.Relative(Catalog.Budget, 0.0000000000000000000000000001m, Max).Reason.Should().Be(NotMeaningfulReason.OutOfRange);
        ValueChange.Relative(Catalog.Budget, decimal.MinValue, -1m).IsMeaningful.Should().BeTrue();
        FluentActions.Invoking(() => ValueChange.Absolute(Catalog.Budget, decimal.MinValue, Max)).Should().Throw<ArgumentException>().WithMessage("*79228162514264337593543950335*");
        GrowthRate.CompoundAnnual(0.0000000000000000000000000001m, Max, 0.5m).Percent.Should().BeNull();
    }

    [Fact]
    public void Evaluating_at_decimals_limits_gives_an_answer_or_an_argument_error_never_a_bare_overflow()
    {
        // Money may be negative; the margin −7,9 × 10^28 − 7,9 × 10^28 passes decimal's range.
        var act = () => TargetEvaluation.Evaluate(Catalog.Budget, Goal.AtMost(Max), decimal.MinValue);
        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("79228162514264337593543950335");
        TargetEvaluation.Evaluate(Catalog.Budget, Goal.AtMost(Max), Max).Status.Should().Be(TargetStatus.Met);
        TargetEvaluation.Evaluate(Catalog.Records, Goal.AtLeast(Max), 0m).Status.Should().Be(TargetStatus.NotMet);
        TargetEvaluation.Evaluate(Catalog.Records, Goal.AtLeast(Max), null).Status.Should().Be(TargetStatus.NoData);
        var exact = new Indicator(new IndicatorCode("E"), new Text.LocalizedText("E"), Measure.Count(), Polarity.WithinBand);
        FluentActions.Invoking(() => TargetEvaluation.Evaluate(exact, Goal.Exactly(Max, Max), 5m)).Should().NotThrow<OverflowException>();
    }

    [Fact]
    public void A_decimal_batch_reports_bad_rows_and_keeps_the_good_ones()
    {
        decimal?[] actuals = [80m, null, decimal.MinValue, 50m];
        decimal[] targets = [70m, 70m, Max, 70m];
        var margins = new decimal?[4];
        var statuses = new TargetStatus[4];
        var summary = BatchEvaluation.Evaluate(actuals, targets, Polarity.HigherIsBetter, 0m, margins, statuses);
        statuses.Should().Equal(TargetStatus.Exceeded, TargetStatus.NoData, TargetStatus.Invalid, TargetStatus.NotMet);
        margins.Should().Equal(10m, null, null, -20m);
        summary.InvalidCount.Should().Be(1);
        summary.FirstInvalidIndex.Should().Be(2);
        Expect.ArgumentError(() => BatchEvaluation.Evaluate(actuals, targets, Polarity.HigherIsBetter, 0m, new decimal?[3], statuses), "margins");
    }
}
