using De06Metrics.Indicators;

namespace De06Metrics.Composite;

/// <summary>
/// One indicator of an <see cref="IndexDimension"/>: the indicator, its weight within the dimension, the
/// normalisation chosen for it alone and, for distance to target, its target.
/// </summary>
/// <remarks>
/// Normalisation is chosen per indicator (OECD/JRC Handbook step 5; COINr's <c>Normalise</c> with
/// <c>indiv</c> specifications): a skewed indicator may take percentile ranks while the others take min-max.
/// Immutable and thread-safe.
/// </remarks>
public sealed class LevelIndicator
{
    /// <summary>Creates an indicator of a dimension.</summary>
    /// <param name="indicator">The indicator; its polarity says which direction is better, and may not be <see cref="Measures.Polarity.WithinBand"/>.</param>
    /// <param name="weight">The nominal weight within the dimension; not negative.</param>
    /// <param name="normalisation">How this indicator is normalised across units.</param>
    /// <param name="target">The target, needed by distance to target and ignored otherwise.</param>
    /// <param name="treatment">An outlier treatment of the raw values before normalisation, or <see langword="null"/> (the default) for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> or <paramref name="normalisation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative.</exception>
    /// <exception cref="ArgumentException">
    /// The polarity is <see cref="Measures.Polarity.WithinBand"/>, or distance to target is chosen without a target.
    /// </exception>
    public LevelIndicator(Indicator indicator, decimal weight, Normalisation normalisation, decimal? target = null, OutlierTreatment? treatment = null)
    {
        ArgumentNullException.ThrowIfNull(normalisation);
        Component = new CompositeComponent(indicator, weight, target);
        if (indicator.Polarity == Measures.Polarity.WithinBand)
        {
            throw new ArgumentException(
                $"Indicator '{indicator.Code}' is {Measures.Polarity.WithinBand}, which has no single better direction; turn it into a distance from its band first.",
                nameof(indicator));
        }

        if (normalisation.Method == NormalisationMethod.DistanceToTarget && target is null)
        {
            throw new ArgumentException($"Distance to target needs a target; '{indicator.Code}' has none.", nameof(target));
        }

        Normalisation = normalisation;
        Treatment = treatment;
    }

    /// <summary>The indicator with its weight and target.</summary>
    public CompositeComponent Component { get; }

    /// <summary>The indicator.</summary>
    public Indicator Indicator => Component.Indicator;

    /// <summary>The indicator's code, the column read from an <see cref="IndicatorTable"/>.</summary>
    public IndicatorCode Code => Component.Code;

    /// <summary>The nominal weight within the dimension.</summary>
    public decimal Weight => Component.Weight;

    /// <summary>How this indicator is normalised.</summary>
    public Normalisation Normalisation { get; }

    /// <summary>The outlier treatment applied to the raw values before normalisation, or <see langword="null"/> for none.</summary>
    public OutlierTreatment? Treatment { get; }

    /// <summary>Returns the code, weight and normalisation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Component} ({Normalisation})";
}
