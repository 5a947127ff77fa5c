using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Evaluation;

/// <summary>
/// The distance travelled from a baseline toward a target: <c>(actual − baseline) / (target − baseline)</c>.
/// From a baseline of 50% toward a target of 70%, an actual of 62% is 0,6 of the way.
/// </summary>
/// <remarks>
/// <para>
/// The formula needs no sign change for lower-is-better: from a baseline of 10 late dossiers toward a target of at most
/// 4, an actual of 7 gives (7 − 10) / (4 − 10) = 0,5. The target must lie on the better side of the baseline
/// (otherwise <see cref="NotMeaningfulReason.TargetBehindBaseline"/>), and differ from it
/// (<see cref="NotMeaningfulReason.TargetEqualsBaseline"/>).
/// </para>
/// <para>
/// The value is never clamped: a negative fraction (the value moved away from the target) is flagged by
/// <see cref="IsRegression"/>, and a fraction above 1 (past the target) by <see cref="IsBeyondTarget"/>. Methods that
/// floor progress at 0 can do so from <see cref="Fraction"/> knowingly. Defined for at-least and at-most goals only.
/// Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class GapClosure
{
    private GapClosure(Indicator indicator, Goal goal, decimal baseline, decimal? actual, RatioOutcome fraction)
    {
        Indicator = indicator;
        Goal = goal;
        Baseline = baseline;
        Actual = actual;
        Fraction = fraction;
    }

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>The goal, whose value is the target.</summary>
    public Goal Goal { get; }

    /// <summary>The value at the start.</summary>
    public decimal Baseline { get; }

    /// <summary>The target value.</summary>
    public decimal Target => Goal.Value;

    /// <summary>The reported value, or <see langword="null"/> for no data.</summary>
    public decimal? Actual { get; }

    /// <summary>The share of the way travelled (1 = the target reached), unclamped; or why it is not meaningful.</summary>
    public RatioOutcome Fraction { get; }

    /// <summary>Whether the value moved away from the target, past the baseline (a negative fraction).</summary>
    public bool IsRegression => Fraction.TryGetValue(out var f) && f < 0m;

    /// <summary>Whether the value went past the target (a fraction above 1).</summary>
    public bool IsBeyondTarget => Fraction.TryGetValue(out var f) && f > 1m;

    /// <summary>Computes the progress from a baseline.</summary>
    /// <param name="indicator">The indicator, whose polarity says which side is better.</param>
    /// <param name="goal">An at-least or at-most goal that fits the indicator.</param>
    /// <param name="baseline">The value at the start.</param>
    /// <param name="actual">The reported value, or <see langword="null"/> for no data.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The goal does not fit the indicator, or is not an at-least or at-most goal.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The baseline or the actual does not fit the measure.</exception>
    public static GapClosure Evaluate(Indicator indicator, Goal goal, decimal baseline, MeasuredValue? actual)
    {
        GoalRules.EnsureFits(indicator, goal, nameof(goal));
        if (goal.Kind is not (TargetKind.AtLeast or TargetKind.AtMost))
        {
            throw new ArgumentException($"Progress from a baseline needs an at-least or at-most goal; '{goal}' is {goal.Kind}.", nameof(goal));
        }

        indicator.Measure.EnsureAccepts(MeasuredValue.Of(baseline), nameof(baseline));
        if (actual is { } given)
        {
            indicator.Measure.EnsureAccepts(given, nameof(actual));
        }

        return new(indicator, goal, baseline, actual?.Value, FractionOf(indicator.Polarity, goal.Value, baseline, actual?.Value));
    }

    /// <summary>Computes the progress from a baseline for a plain value.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="goal">An at-least or at-most goal that fits the indicator.</param>
    /// <param name="baseline">The value at the start.</param>
    /// <param name="actual">The reported value, or <see langword="null"/> for no data.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The goal does not fit the indicator, or is not an at-least or at-most goal.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The baseline or the actual does not fit the measure.</exception>
    public static GapClosure Evaluate(Indicator indicator, Goal goal, decimal baseline, decimal? actual) =>
        Evaluate(indicator, goal, baseline, actual is { } a ? MeasuredValue.Of(a) : null);

    internal static RatioOutcome FractionOf(Polarity polarity, decimal target, decimal baseline, decimal? actual)
    {
        if (actual is not { } a)
        {
            return RatioOutcome.NotMeaningful(NotMeaningfulReason.NoData);
        }

        var distance = target - baseline;
        if (distance == 0m)
        {
            return RatioOutcome.NotMeaningful(NotMeaningfulReason.TargetEqualsBaseline);
        }

        if (GoalRules.Sign(polarity) * distance < 0m)
        {
            return RatioOutcome.NotMeaningful(NotMeaningfulReason.TargetBehindBaseline);
        }

        return RatioOutcome.Of((a - baseline) / distance);
    }

    /// <summary>
    /// Writes the progress: "thực hiện được 60,0% khoảng cách từ mức cơ sở 50% đến chỉ tiêu 70%" /
    /// "60.0% of the way from the 50% baseline to the 70% target".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public string Describe(Language language) => EvaluationText.DescribeProgress(this, language);

    /// <summary>Writes the progress in English.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => Describe(Language.English);
}
