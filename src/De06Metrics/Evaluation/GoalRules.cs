using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Measures;

namespace De06Metrics.Evaluation;

/// <summary>The arithmetic shared by single, batch and schedule evaluation.</summary>
internal static class GoalRules
{
    /// <summary>
    /// Checks that a goal fits an indicator: at-least goals need higher-is-better, at-most goals lower-is-better,
    /// range and exact goals within-band, yes/no goals a yes/no measure (and the reverse); the goal's values must fit
    /// the measure.
    /// </summary>
    public static void EnsureFits(Indicator indicator, Goal goal, string paramName)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (!Enum.IsDefined(goal.Kind))
        {
            throw new ArgumentOutOfRangeException(paramName, goal.Kind, $"Target kind {(int)goal.Kind} is not defined.");
        }

        var expected = goal.Kind switch
        {
            TargetKind.AtLeast => Polarity.HigherIsBetter,
            TargetKind.AtMost => Polarity.LowerIsBetter,
            TargetKind.Range or TargetKind.ExactWithinTolerance => Polarity.WithinBand,
            _ => indicator.Polarity,
        };
        if (expected != indicator.Polarity)
        {
            throw new ArgumentException(
                $"The goal '{goal}' ({goal.Kind}) does not fit indicator '{indicator.Code}', whose polarity is {indicator.Polarity}: " +
                $"an at-least goal needs {Polarity.HigherIsBetter}, an at-most goal {Polarity.LowerIsBetter}, a range or exact goal {Polarity.WithinBand}.",
                paramName);
        }

        var isYesNoMeasure = indicator.Measure.Kind == MeasureKind.YesNo;
        if (isYesNoMeasure != (goal.Kind == TargetKind.YesNo))
        {
            throw new ArgumentException(
                $"The goal '{goal}' ({goal.Kind}) does not fit indicator '{indicator.Code}', which measures {indicator.Measure}: yes/no goals go with yes/no measures only.",
                paramName);
        }

        EnsureBoundFits(indicator, goal, goal.Kind == TargetKind.Range ? goal.Low : goal.Value, paramName);
        if (goal.Kind == TargetKind.Range)
        {
            EnsureBoundFits(indicator, goal, goal.High, paramName);
        }
    }

    private static void EnsureBoundFits(Indicator indicator, Goal goal, decimal bound, string paramName)
    {
        if (!indicator.Measure.Accepts(MeasuredValue.Of(bound), out var reason))
        {
            throw new ArgumentOutOfRangeException(paramName, bound,
                $"The goal '{goal}' does not fit the measure of indicator '{indicator.Code}': {reason}.");
        }
    }

    /// <summary>+1 when higher is better, −1 when lower is better.</summary>
    public static int Sign(Polarity polarity) => polarity == Polarity.LowerIsBetter ? -1 : 1;

    /// <summary>The lower and upper bound of a band goal; an exact goal is the band value ± its tolerance.</summary>
    public static (decimal Low, decimal High) Band(Goal goal) => goal.Kind == TargetKind.ExactWithinTolerance
        ? (goal.Value - goal.Tolerance, goal.Value + goal.Tolerance)
        : (goal.Low, goal.High);

    /// <summary>
    /// Whether <see cref="Margin"/> can be computed: money may be negative, so a value and its goal can lie further apart
    /// than <see cref="decimal"/> holds (±7,9 × 10^28), and then there is no margin to judge the value by.
    /// </summary>
    public static bool MarginFits(Goal goal, decimal actual)
    {
        try
        {
            _ = Margin(goal, actual);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>
    /// The signed deviation (actual minus the nearest point of the goal; zero inside a band) and the margin (positive
    /// is better; for a band, zero inside and minus the distance outside).
    /// </summary>
    public static (decimal Deviation, decimal Margin) Margin(Goal goal, decimal actual)
    {
        switch (goal.Kind)
        {
            case TargetKind.AtLeast:
                return (actual - goal.Value, actual - goal.Value);
            case TargetKind.AtMost:
                return (actual - goal.Value, goal.Value - actual);
            default:
                var (low, high) = Band(goal);
                if (actual < low)
                {
                    return (actual - low, actual - low);
                }

                return actual > high ? (actual - high, high - actual) : (0m, 0m);
        }
    }

    /// <summary>
    /// The status of a value against a goal: a yes/no goal is met by its own value alone, any other by its margin under
    /// the tolerance. The one rule behind both <see cref="TargetEvaluation.Status"/> and a scorecard row's status.
    /// </summary>
    public static TargetStatus Judge(Goal goal, decimal actual, decimal margin, decimal tolerance) => goal.Kind == TargetKind.YesNo
        ? (actual == goal.Value ? TargetStatus.Met : TargetStatus.NotMet)
        : Status(goal.Kind, margin, tolerance);

    /// <summary>The status of a margin under a tolerance (see <see cref="TargetStatus"/>).</summary>
    public static TargetStatus Status(TargetKind kind, decimal margin, decimal tolerance)
    {
        if (margin < -tolerance)
        {
            return TargetStatus.NotMet;
        }

        if (margin < 0m)
        {
            return TargetStatus.BasicallyMet;
        }

        return margin > tolerance && kind is TargetKind.AtLeast or TargetKind.AtMost ? TargetStatus.Exceeded : TargetStatus.Met;
    }

    /// <summary>Attainment: actual / target (higher is better) or target / actual (lower is better).</summary>
    public static RatioOutcome Attainment(Goal goal, decimal? actual)
    {
        if (actual is not { } a)
        {
            return RatioOutcome.NotMeaningful(NotMeaningfulReason.NoData);
        }

        return goal.Kind switch
        {
            TargetKind.AtLeast => Attainment(higherIsBetter: true, a, goal.Value),
            TargetKind.AtMost => Attainment(higherIsBetter: false, a, goal.Value),
            _ => RatioOutcome.NotMeaningful(NotMeaningfulReason.NotDefinedForTargetKind),
        };
    }

    /// <summary>
    /// The attainment of an actual against a one-sided target, the single rule behind <see cref="TargetEvaluation.Attainment"/>
    /// and <see cref="BatchEvaluation.Attainment(ReadOnlySpan{decimal?}, ReadOnlySpan{decimal}, Polarity, Span{decimal}, Span{NotMeaningfulReason})"/>.
    /// </summary>
    public static RatioOutcome Attainment(bool higherIsBetter, decimal actual, decimal target)
    {
        if (target < 0m)
        {
            return RatioOutcome.NotMeaningful(NotMeaningfulReason.NegativeTarget);
        }

        if (higherIsBetter)
        {
            return target == 0m ? RatioOutcome.NotMeaningful(NotMeaningfulReason.ZeroTarget) : Ratio(actual, target);
        }

        return actual switch
        {
            0m => RatioOutcome.NotMeaningful(NotMeaningfulReason.ZeroActual),
            < 0m => RatioOutcome.NotMeaningful(NotMeaningfulReason.NegativeActual),
            _ => Ratio(target, actual),
        };
    }

    /// <summary>
    /// <see cref="Attainment(bool, decimal, decimal)"/> over doubles: the same cases in the same order, and besides
    /// them NaN (a missing actual or target) is <see cref="NotMeaningfulReason.NoData"/>, an infinite input or a
    /// ratio beyond double's range <see cref="NotMeaningfulReason.OutOfRange"/>. <paramref name="ratio"/> is 0 when
    /// not meaningful, never NaN or infinite.
    /// </summary>
    public static NotMeaningfulReason Attainment(bool higherIsBetter, double actual, double target, out double ratio)
    {
        ratio = 0d;
        if (double.IsNaN(actual) || double.IsNaN(target))
        {
            return NotMeaningfulReason.NoData;
        }

        if (double.IsInfinity(actual) || double.IsInfinity(target))
        {
            return NotMeaningfulReason.OutOfRange;
        }

        if (target < 0d)
        {
            return NotMeaningfulReason.NegativeTarget;
        }

        double result;
        if (higherIsBetter)
        {
            if (target == 0d)
            {
                return NotMeaningfulReason.ZeroTarget;
            }

            result = actual / target;
        }
        else
        {
            if (actual == 0d)
            {
                return NotMeaningfulReason.ZeroActual;
            }

            if (actual < 0d)
            {
                return NotMeaningfulReason.NegativeActual;
            }

            result = target / actual;
        }

        if (!double.IsFinite(result))
        {
            return NotMeaningfulReason.OutOfRange;
        }

        ratio = result;
        return NotMeaningfulReason.None;
    }

    /// <summary>The margin divided by the size of the target: 0 on target, −1 at nothing achieved (higher is better).</summary>
    public static RatioOutcome RelativeMargin(Goal goal, decimal? margin)
    {
        if (margin is not { } m)
        {
            return RatioOutcome.NotMeaningful(NotMeaningfulReason.NoData);
        }

        if (goal.Kind is not (TargetKind.AtLeast or TargetKind.AtMost))
        {
            return RatioOutcome.NotMeaningful(NotMeaningfulReason.NotDefinedForTargetKind);
        }

        return goal.Value == 0m ? RatioOutcome.NotMeaningful(NotMeaningfulReason.ZeroTarget) : Ratio(m, Math.Abs(goal.Value));
    }

    /// <summary>The implied target from an actual and a margin signed positive when better.</summary>
    public static decimal ImpliedTarget(Polarity polarity, decimal actual, decimal margin) =>
        polarity == Polarity.LowerIsBetter ? actual + margin : actual - margin;

    // A ratio to a tiny target or actual (10^27 against 10^−20) passes decimal's range: it is not meaningful, never
    // a bare OverflowException out of a property.
    private static RatioOutcome Ratio(decimal dividend, decimal divisor)
    {
        try
        {
            return RatioOutcome.Of(dividend / divisor);
        }
        catch (OverflowException)
        {
            return RatioOutcome.NotMeaningful(NotMeaningfulReason.OutOfRange);
        }
    }

    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
