using System.Globalization;
using De06Metrics.Indicators;

namespace De06Metrics.Composite;

/// <summary>
/// One indicator in a composite index, with its nominal weight and, for distance-to-target normalisation, its target.
/// </summary>
/// <remarks>
/// Weights are relative: 2, 1, 1 means one half, one quarter, one quarter. A unit missing an indicator has the weights
/// of the others renormalised to sum to one (see <see cref="CompositeContribution.EffectiveWeight"/>). A zero weight is
/// allowed (the indicator is shown but does not count); a negative weight is refused. Immutable and thread-safe.
/// </remarks>
public sealed class CompositeComponent
{
    /// <summary>Creates a component.</summary>
    /// <param name="indicator">The indicator; its polarity says which direction is better.</param>
    /// <param name="weight">The nominal weight; not negative.</param>
    /// <param name="target">
    /// The target value in the indicator's measure, needed by <see cref="NormalisationMethod.DistanceToTarget"/> and
    /// ignored by the other methods.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative.</exception>
    public CompositeComponent(Indicator indicator, decimal weight, decimal? target = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (weight < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight,
                string.Create(CultureInfo.InvariantCulture, $"Indicator '{indicator.Code}': a weight cannot be negative; {weight} was given."));
        }

        Indicator = indicator;
        Weight = weight;
        Target = target;
    }

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>The indicator's code, the column read from an <see cref="IndicatorTable"/>.</summary>
    public IndicatorCode Code => Indicator.Code;

    /// <summary>The nominal weight, relative to the other components' weights.</summary>
    public decimal Weight { get; }

    /// <summary>The target value for distance-to-target normalisation, if any.</summary>
    public decimal? Target { get; }

    /// <summary>Returns the code, weight and target, such as <c>DVC.ONLINE ×2 → 90</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Target is { } target
        ? string.Create(CultureInfo.InvariantCulture, $"{Code} ×{Weight} → {target}")
        : string.Create(CultureInfo.InvariantCulture, $"{Code} ×{Weight}");
}
