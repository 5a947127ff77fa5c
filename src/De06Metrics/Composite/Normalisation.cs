using System.Globalization;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Composite;

/// <summary>
/// A normalisation method with its parameters: min-max onto [lower, upper], z-scores with a chosen mean and standard
/// deviation, distance to target, capped or not, or percentile ranks. See <see cref="NormalisationMethod"/> for the
/// formulas.
/// </summary>
/// <remarks>Create instances with the factory members. Immutable and thread-safe.</remarks>
public sealed class Normalisation : IEquatable<Normalisation>
{
    /// <summary>The scale of distance to target: the target reached is 100, the worst value 0.</summary>
    public const decimal DistanceToTargetScale = 100m;

    private static readonly LocalizedText NoValues = new LocalizedText(Phrase.NotNormalisableNoValues);
    private static readonly LocalizedText PercentileOneValue = new LocalizedText(Phrase.NotNormalisablePercentileOneValue);
    private static readonly LocalizedText ZScoreOneValue = new LocalizedText(Phrase.NotNormalisableZScoreOneValue);

    private Normalisation(NormalisationMethod method, decimal lower, decimal upper, bool capsAtTarget)
    {
        Method = method;
        Lower = lower;
        Upper = upper;
        CapsAtTarget = capsAtTarget;
    }

    /// <summary>The method.</summary>
    public NormalisationMethod Method { get; }

    /// <summary>
    /// For min-max, the value the worst unit gets (COINr <c>l_u[1]</c>); for z-scores, the mean of the result
    /// (COINr <c>m_sd[1]</c>); zero for distance to target and percentile ranks.
    /// </summary>
    public decimal Lower { get; }

    /// <summary>
    /// For min-max, the value the best unit gets (COINr <c>l_u[2]</c>); for z-scores, the standard deviation of the
    /// result (COINr <c>m_sd[2]</c>); <see cref="DistanceToTargetScale"/> for distance to target; 100 for percentile ranks.
    /// </summary>
    public decimal Upper { get; }

    /// <summary>
    /// For distance to target, whether a value past the target is capped at <see cref="DistanceToTargetScale"/>:
    /// the cap is part of the published method (OECD/JRC; COINr <c>cap_max = TRUE</c>), not a silent clamp, and the
    /// uncapped value stays visible in <see cref="CompositeContribution.UncappedValue"/>. <see langword="false"/> for
    /// the other methods.
    /// </summary>
    public bool CapsAtTarget { get; }

    /// <summary>Min-max onto [<paramref name="lower"/>, <paramref name="upper"/>], by default [0, 100].</summary>
    /// <param name="lower">The value of the worst unit.</param>
    /// <param name="upper">The value of the best unit; above <paramref name="lower"/>.</param>
    /// <returns>The normalisation.</returns>
    /// <exception cref="ArgumentException"><paramref name="upper"/> is not above <paramref name="lower"/>.</exception>
    public static Normalisation MinMax(decimal lower = 0m, decimal upper = 100m)
    {
        if (upper <= lower)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Min-max needs an upper bound above its lower bound; [{lower}, {upper}] was given."), nameof(upper));
        }

        return new(NormalisationMethod.MinMax, lower, upper, capsAtTarget: false);
    }

    /// <summary>Z-scores rescaled to a mean and standard deviation, by default 0 and 1.</summary>
    /// <param name="mean">The mean of the result.</param>
    /// <param name="standardDeviation">The standard deviation of the result; positive.</param>
    /// <returns>The normalisation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="standardDeviation"/> is zero or negative.</exception>
    public static Normalisation ZScore(decimal mean = 0m, decimal standardDeviation = 1m)
    {
        if (standardDeviation <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(standardDeviation), standardDeviation,
                string.Create(CultureInfo.InvariantCulture, $"A z-score's standard deviation must be positive; {standardDeviation} was given."));
        }

        return new(NormalisationMethod.ZScore, mean, standardDeviation, capsAtTarget: false);
    }

    /// <summary>
    /// Distance to each component's <see cref="CompositeComponent.Target"/>, on 0 to 100, capped at 100 by default.
    /// </summary>
    /// <param name="capAtTarget">Whether a value past the target is capped at 100 (the published method).</param>
    /// <returns>The normalisation.</returns>
    public static Normalisation DistanceToTarget(bool capAtTarget = true) =>
        new(NormalisationMethod.DistanceToTarget, 0m, DistanceToTargetScale, capAtTarget);

    /// <summary>
    /// Percentile ranks on 0 to 100: the worst unit 0, the best 100, a unit with k of the n − 1 others below it
    /// k / (n − 1) × 100 (Excel's <c>PERCENTRANK.INC</c> × 100; COINr <c>n_prank</c> × 100).
    /// </summary>
    /// <returns>The normalisation.</returns>
    public static Normalisation PercentileRank() => new(NormalisationMethod.PercentileRank, 0m, 100m, capsAtTarget: false);

    /// <summary>
    /// Describes the method: "chuẩn hóa min-max về [0; 100]" / "min-max normalised onto [0, 100]".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var lower = Display.Natural(Lower, language);
        var upper = Display.Natural(Upper, language);
        return Method switch
        {
            NormalisationMethod.MinMax => language.Format(Phrase.NormalisationMinMax, lower, upper),
            NormalisationMethod.ZScore => language.Format(Phrase.NormalisationZScore, lower, upper),
            NormalisationMethod.PercentileRank => language[Phrase.NormalisationPercentileRank],
            _ when CapsAtTarget => language[Phrase.NormalisationDistanceCapped],
            _ => language[Phrase.NormalisationDistanceUncapped],
        };
    }

    /// <inheritdoc />
    public bool Equals(Normalisation? other) =>
        other is not null && Method == other.Method && Lower == other.Lower && Upper == other.Upper && CapsAtTarget == other.CapsAtTarget;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Normalisation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Method, Lower, Upper, CapsAtTarget);

    /// <summary>Returns the description in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);

    /// <summary>Why an indicator cannot be normalised with these statistics, or <see langword="null"/> when it can.</summary>
    internal LocalizedText? WhyNotNormalisable(CompositeComponent component, int count, decimal minimum, decimal maximum, decimal? standardDeviation)
    {
        var indicator = component.Indicator;
        LocalizedText Say(Phrase phrase, decimal value) => new(language => language.Format(phrase, indicator.FormatValue(value, language)));
        if (count == 0)
        {
            return NoValues;
        }

        switch (Method)
        {
            case NormalisationMethod.MinMax when minimum == maximum:
                return Say(Phrase.NotNormalisableMinMaxAllEqual, minimum);
            case NormalisationMethod.PercentileRank when count < 2:
                return PercentileOneValue;
            case NormalisationMethod.PercentileRank when minimum == maximum:
                return Say(Phrase.NotNormalisablePercentileAllEqual, minimum);
            case NormalisationMethod.ZScore when count < 2:
                return ZScoreOneValue;
            case NormalisationMethod.ZScore when standardDeviation == 0m:
                return Say(Phrase.NotNormalisableZScoreAllEqual, minimum);
            case NormalisationMethod.DistanceToTarget:
                var target = component.Target!.Value;
                if (indicator.Polarity == Polarity.LowerIsBetter && target >= maximum)
                {
                    return new LocalizedText(language => language.Format(
                        Phrase.NotNormalisableTargetNotBelowHighest, indicator.FormatValue(target, language), indicator.FormatValue(maximum, language)));
                }

                if (indicator.Polarity == Polarity.HigherIsBetter && target <= minimum)
                {
                    return new LocalizedText(language => language.Format(
                        Phrase.NotNormalisableTargetNotAboveLowest, indicator.FormatValue(target, language), indicator.FormatValue(minimum, language)));
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The normalised value before any cap, for an indicator that can be normalised by a formula of its own value and
    /// the column's statistics (every method but <see cref="NormalisationMethod.PercentileRank"/>).
    /// </summary>
    internal decimal Normalise(decimal value, CompositeComponent component, ComponentStatistics statistics)
    {
        var lowerIsBetter = component.Indicator.Polarity == Polarity.LowerIsBetter;
        var minimum = statistics.Minimum!.Value;
        var maximum = statistics.Maximum!.Value;
        switch (Method)
        {
            case NormalisationMethod.MinMax:
                var distance = lowerIsBetter ? maximum - value : value - minimum;
                // Divided first, as the formula is written: a share of at most 1 times (u − l) cannot round past u,
                // whereas distance × (u − l) may round up before the division (to u + 10⁻²⁶ for [−50, 49]).
                return (distance / (maximum - minimum) * (Upper - Lower)) + Lower;
            case NormalisationMethod.ZScore:
                var deviation = lowerIsBetter ? statistics.Mean!.Value - value : value - statistics.Mean!.Value;
                return (deviation * Upper / statistics.StandardDeviation!.Value) + Lower;
            default:
                var target = component.Target!.Value;
                return lowerIsBetter
                    ? (maximum - value) * DistanceToTargetScale / (maximum - target)
                    : (value - minimum) * DistanceToTargetScale / (target - minimum);
        }
    }

    /// <summary>Applies the method's cap, if it has one.</summary>
    internal decimal Cap(decimal uncapped) => CapsAtTarget && uncapped > DistanceToTargetScale ? DistanceToTargetScale : uncapped;
}
