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

    /// <summary>
    /// Defect found: a reported margin or a stated change near decimal's limits threw a bare OverflowException out of
    /// <c>MarginCheck.Check</c>, <c>ImpliedTargetOf</c>, <c>ValueChange.FromStatement</c> and <c>ReadAmbiguous</c>.
    /// Each now refuses with an ArgumentException naming the argument, the values and decimal's range; what fits is
    /// still computed exactly.
    /// </summary>
    [Fact]
    public void Reading_a_margin_or_a_stated_change_back_at_decimals_limits_is_refused_never_a_bare_overflow()
    {
        // Lower is better: the implied target is actual + margin, 7,9 × 10^28 + 1 passes the range.
        Expect.ArgumentError(() => MarginCheck.ImpliedTargetOf(Catalog.Budget, Max, 1m), "margin", "79228162514264337593543950335", "range of decimal")
            .WithInnerException<OverflowException>();
        Expect.ArgumentError(() => MarginCheck.Check(Catalog.Budget, Goal.AtMost(0m), Max, 1m), "reportedMargin", "79228162514264337593543950335", "range of decimal");
        // Higher is better: 0 − (−7,9 × 10^28) = 7,9 × 10^28 fits exactly.
        MarginCheck.ImpliedTargetOf(Catalog.Records, 0m, decimal.MinValue).Should().Be(Max);

        // The implied target fits (−7,9 × 10^28 + 0) but its discrepancy with a stored target of 7,9 × 10^28 does
        // not: the check is refused when made, so that Discrepancy and Agrees never throw.
        Expect.ArgumentError(() => MarginCheck.Check(Catalog.Budget, Goal.AtMost(Max), decimal.MinValue, 0m), "reportedMargin", "discrepancy", "range of decimal");
        // At the edge but within the range, the check is made: implied −7,9 × 10^28 against a stored 0.
        var far = MarginCheck.Check(Catalog.Budget, Goal.AtMost(0m), decimal.MinValue, 0m);
        far.Discrepancy.Should().Be(decimal.MinValue);
        far.Agrees.Should().BeFalse();
    }

    [Fact]
    public void A_stated_change_whose_base_passes_decimals_range_is_refused_never_a_bare_overflow()
    {
        // Points: 7,9 × 10^28 − (−1) passes the range.
        Expect.ArgumentError(() => ValueChange.FromStatement(Catalog.Online, Max, -1m, ChangeKind.PercentagePoints), "statedAmount", "79228162514264337593543950335", "range of decimal")
            .WithInnerException<OverflowException>();
        // Percent: a fall of 99,99…9% (28 digits) to 7,9 × 10^28 implies a base of 7,9 × 10^28 / 10^−28 (= 7,9 × 10^56).
        Expect.ArgumentError(() => ValueChange.FromStatement(Catalog.Records, Max, -99.99999999999999999999999999m, ChangeKind.Percent), "statedAmount", "79228162514264337593543950335", "range of decimal");
        Expect.ArgumentError(() => ValueChange.ReadAmbiguous(Catalog.Online, Max, -1m), "statedAmount", "range of decimal");
        // What fits is read exactly: 7,9 × 10^28 after a rise of 100% (1 + 100/100 = 2) comes from 7,9 × 10^28 / 2.
        ValueChange.FromStatement(Catalog.Records, Max, 100m, ChangeKind.Percent).BaseValue.Should().Be(Max / 2m);
    }

    /// <summary>
    /// Defect found: attainment and the relative margin divided by a tiny target (or actual) in a property getter, so
    /// reading them threw a bare OverflowException. A ratio past decimal's range is not meaningful, with its reason.
    /// </summary>
    [Fact]
    public void A_ratio_past_decimals_range_is_not_meaningful_never_a_bare_overflow()
    {
        // 10^27 / 10^−20 = 10^47 and the margin (≈ 10^27) / 10^−20: neither fits.
        var evaluation = TargetEvaluation.Evaluate(Catalog.Records, Goal.AtLeast(0.00000000000000000001m), 1_000_000_000_000_000_000_000_000_000m);
        evaluation.Status.Should().Be(TargetStatus.Exceeded);
        evaluation.Attainment.Reason.Should().Be(NotMeaningfulReason.OutOfRange);
        evaluation.RelativeMargin.Reason.Should().Be(NotMeaningfulReason.OutOfRange);
        // Lower is better: target / actual = 10^27 / 10^−20.
        var lower = TargetEvaluation.Evaluate(Catalog.Budget, Goal.AtMost(1_000_000_000_000_000_000_000_000_000m), 0.00000000000000000001m);
        lower.Attainment.Reason.Should().Be(NotMeaningfulReason.OutOfRange);
        // What fits is computed: 10^27 / 10^−1 = 10^28.
        TargetEvaluation.Evaluate(Catalog.Records, Goal.AtLeast(0.1m), 1_000_000_000_000_000_000_000_000_000m).Attainment.Value.Should().Be(10_000_000_000_000_000_000_000_000_000m);
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
