using De06Metrics.Indicators;
using De06Metrics.Measures;

namespace De06Metrics.Growth;

/// <summary>The arithmetic shared by the scalar results and the batch operations.</summary>
internal static class GrowthMath
{
    /// <summary>The largest whole number of years for which a root is refined in decimal arithmetic.</summary>
    private const int MaximumRefinedRoot = 100;

    /// <summary>(current − base) / |base| × 100, or why it has no meaning.</summary>
    internal static NotMeaningfulReason TryPercentChange(decimal baseValue, decimal currentValue, out decimal percent)
    {
        percent = 0m;
        if (baseValue == 0m)
        {
            return NotMeaningfulReason.ZeroBase;
        }

        if (HaveOppositeSigns(baseValue, currentValue))
        {
            return NotMeaningfulReason.SignChange;
        }

        try
        {
            // Multiplying first keeps 100 → 121 at exactly 21.
            percent = (currentValue - baseValue) * 100m / Math.Abs(baseValue);
            return NotMeaningfulReason.None;
        }
        catch (OverflowException)
        {
            return TryPercentChangeDividingFirst(baseValue, currentValue, out percent);
        }
    }

    private static NotMeaningfulReason TryPercentChangeDividingFirst(decimal baseValue, decimal currentValue, out decimal percent)
    {
        try
        {
            percent = (currentValue - baseValue) / Math.Abs(baseValue) * 100m;
            return NotMeaningfulReason.None;
        }
        catch (OverflowException)
        {
            percent = 0m;
            return NotMeaningfulReason.OutOfRange;
        }
    }

    /// <summary>(current − base) × 100 / |base| in double, or why it has no meaning; the batch's scalar path.</summary>
    internal static NotMeaningfulReason TryPercentChange(double baseValue, double currentValue, out double percent)
    {
        percent = double.NaN;
        if (baseValue == 0d)
        {
            return NotMeaningfulReason.ZeroBase;
        }

        if ((baseValue < 0d && currentValue > 0d) || (baseValue > 0d && currentValue < 0d))
        {
            return NotMeaningfulReason.SignChange;
        }

        var result = (currentValue - baseValue) * 100d / Math.Abs(baseValue);
        if (!double.IsFinite(result))
        {
            return NotMeaningfulReason.OutOfRange;
        }

        percent = result;
        return NotMeaningfulReason.None;
    }

    /// <summary>
    /// The compound growth per year, in percent, that takes <paramref name="start"/> to <paramref name="end"/> in
    /// <paramref name="years"/>. For negative values the growth is read against |value|, as percent change is:
    /// −4 → −2 in one year is +50%.
    /// </summary>
    internal static NotMeaningfulReason TryCompoundGrowth(decimal start, decimal end, decimal years, out decimal percent)
    {
        percent = 0m;
        if (start == 0m)
        {
            return NotMeaningfulReason.ZeroBase;
        }

        if (HaveOppositeSigns(start, end))
        {
            return NotMeaningfulReason.SignChange;
        }

        try
        {
            var ratio = end / start;
            if (!TryRoot(ratio, years, out var factor))
            {
                return NotMeaningfulReason.OutOfRange;
            }

            // A negative value y that grows by g a year against |y| becomes y(1 − g): hence 1 − factor.
            percent = (start > 0m ? factor - 1m : 1m - factor) * 100m;
            return NotMeaningfulReason.None;
        }
        catch (OverflowException)
        {
            return NotMeaningfulReason.OutOfRange;
        }
    }

    /// <summary>
    /// ratio^(1/years) for a ratio ≥ 0. A whole number of years up to 100 is refined by Newton's method in decimal
    /// (so √1,21 is exactly 1,1); any other span uses <see cref="Math.Pow(double, double)"/>, good to about 15
    /// significant digits.
    /// </summary>
    internal static bool TryRoot(decimal ratio, decimal years, out decimal root)
    {
        root = 0m;
        if (ratio == 0m)
        {
            return true;
        }

        if (years == 1m)
        {
            root = ratio;
            return true;
        }

        var estimate = Math.Pow((double)ratio, 1d / (double)years);
        if (!double.IsFinite(estimate) || estimate >= (double)decimal.MaxValue / 1000d || estimate <= 0d)
        {
            return false;
        }

        root = (decimal)estimate;
        if (decimal.IsInteger(years) && years <= MaximumRefinedRoot)
        {
            root = RefineRoot(ratio, (int)years, root);
        }

        return true;
    }

    private static decimal RefineRoot(decimal ratio, int n, decimal estimate)
    {
        try
        {
            var best = estimate;
            var bestError = Math.Abs(Power(best, n) - ratio);
            var x = estimate;
            for (var iteration = 0; iteration < 4 && bestError != 0m; iteration++)
            {
                var below = Power(x, n - 1);
                var next = x - (below * x - ratio) / (n * below);
                if (next <= 0m || next == x)
                {
                    break;
                }

                x = next;
                var error = Math.Abs(Power(x, n) - ratio);
                if (error < bestError)
                {
                    best = x;
                    bestError = error;
                }
            }

            return best;
        }
        catch (OverflowException)
        {
            return estimate;
        }
        catch (DivideByZeroException)
        {
            return estimate;
        }
    }

    internal static decimal Power(decimal value, int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= value;
        }

        return result;
    }

    internal static bool HaveOppositeSigns(decimal a, decimal b) => (a < 0m && b > 0m) || (a > 0m && b < 0m);

    internal static ChangeDirection DirectionOf(decimal baseValue, decimal currentValue) =>
        currentValue > baseValue ? ChangeDirection.Increase
        : currentValue < baseValue ? ChangeDirection.Decrease
        : ChangeDirection.Unchanged;

    internal static ChangeAssessment Assess(ChangeDirection direction, Polarity polarity) => (direction, polarity) switch
    {
        (_, Polarity.WithinBand) => ChangeAssessment.NotAssessed,
        (ChangeDirection.Unchanged, _) => ChangeAssessment.Unchanged,
        (ChangeDirection.Increase, Polarity.HigherIsBetter) or (ChangeDirection.Decrease, Polarity.LowerIsBetter) => ChangeAssessment.Improvement,
        _ => ChangeAssessment.Deterioration,
    };

    /// <summary>+1 when higher is better, −1 when lower is better; a within-band indicator has no direction.</summary>
    internal static int BetterSign(Indicator indicator, string paramName)
    {
        ArgumentNullException.ThrowIfNull(indicator, paramName);
        if (indicator.Measure.Kind == MeasureKind.YesNo)
        {
            throw new ArgumentException($"Indicator '{indicator.Code}' is yes/no, which has no growth or trend.", paramName);
        }

        return indicator.Polarity switch
        {
            Polarity.HigherIsBetter => 1,
            Polarity.LowerIsBetter => -1,
            _ => throw new ArgumentException(
                $"Indicator '{indicator.Code}' has polarity {indicator.Polarity}: growth toward a single target needs a direction (higher or lower is better).",
                paramName),
        };
    }

    /// <summary>Whether a value meets a single target in the better direction (reaching it counts).</summary>
    internal static bool Meets(decimal value, decimal target, int betterSign) => betterSign > 0 ? value >= target : value <= target;
}
