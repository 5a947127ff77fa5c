using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;

namespace De06Metrics.Tests.Evaluation;

public partial class TargetEvaluationTest
{
    private const int Cases = 300;

    [Fact]
    public void Swapping_polarity_and_negating_the_values_gives_the_same_status_and_margin()
    {
        var random = new Random(20240310);
        var higher = Indicators.Balance(Polarity.HigherIsBetter);
        var lower = Indicators.Balance(Polarity.LowerIsBetter);
        for (var i = 0; i < Cases; i++)
        {
            var target = Cents(random, 1_000);
            // Every fourth case puts the actual on the target, so that "met" is exercised as often as the others.
            var actual = i % 4 == 0 ? target : Cents(random, 1_000);
            var options = new EvaluationOptions(Cents(random, 5) is var t && t < 0m ? -t : t);

            var original = TargetEvaluation.Evaluate(higher, Goal.AtLeast(target), MeasuredValue.Of(actual), options);
            var mirrored = TargetEvaluation.Evaluate(lower, Goal.AtMost(-target), MeasuredValue.Of(-actual), options);

            mirrored.Status.Should().Be(original.Status, "case {0}: {1} against {2}", i, actual, target);
            mirrored.Margin.Should().Be(original.Margin);
        }
    }

    [Fact]
    public void Negating_a_band_and_the_value_gives_the_same_status_and_margin()
    {
        var random = new Random(6);
        var banded = Indicators.Balance(Polarity.WithinBand);
        for (var i = 0; i < Cases; i++)
        {
            var (a, b) = (Cents(random, 100), Cents(random, 100));
            var (low, high) = a <= b ? (a, b) : (b, a);
            var actual = Cents(random, 120);
            var original = TargetEvaluation.Evaluate(banded, Goal.Between(low, high), actual);
            var mirrored = TargetEvaluation.Evaluate(banded, Goal.Between(-high, -low), -actual);

            mirrored.Status.Should().Be(original.Status);
            mirrored.Margin.Should().Be(original.Margin);
            mirrored.Deviation.Should().Be(-original.Deviation);
        }
    }

    [Fact]
    public void Scaling_actual_and_target_together_leaves_attainment_and_status_unchanged()
    {
        var random = new Random(1804228);
        foreach (var polarity in new[] { Polarity.HigherIsBetter, Polarity.LowerIsBetter })
        {
            var indicator = Indicators.Balance(polarity);
            for (var i = 0; i < Cases; i++)
            {
                var target = Math.Abs(Cents(random, 10_000)) + 0.01m;
                var actual = Math.Abs(Cents(random, 10_000)) + 0.01m;
                var factor = random.Next(1, 1_000_000);
                var goal = polarity == Polarity.HigherIsBetter ? Goal.AtLeast(target) : Goal.AtMost(target);
                var scaledGoal = polarity == Polarity.HigherIsBetter ? Goal.AtLeast(target * factor) : Goal.AtMost(target * factor);

                var original = TargetEvaluation.Evaluate(indicator, goal, actual);
                var scaled = TargetEvaluation.Evaluate(indicator, scaledGoal, actual * factor);

                scaled.Attainment.Value.Should().BeApproximately(original.Attainment.Value, 1e-20m, "case {0}: {1} and {2} × {3}", i, actual, target, factor);
                scaled.Status.Should().Be(original.Status);
                scaled.Margin.Should().Be(original.Margin * factor);
            }
        }
    }

    // A random amount in hundredths within ±limit.
    private static decimal Cents(Random random, int limit) => random.Next(-limit * 100, (limit * 100) + 1) / 100m;
}
