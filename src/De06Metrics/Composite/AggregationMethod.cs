namespace De06Metrics.Composite;

/// <summary>
/// How a unit's normalised values are combined into its composite, with weights renormalised over the indicators
/// the unit has data for (OECD/JRC Handbook, step 6; COINr's <c>a_amean</c>, <c>a_gmean</c>, <c>a_hmean</c>).
/// </summary>
public enum AggregationMethod
{
    /// <summary>Σ wᵢxᵢ / Σ wᵢ. Fully compensatory: a weak indicator is offset by a strong one. COINr <c>a_amean</c>.</summary>
    WeightedArithmeticMean = 0,

    /// <summary>
    /// exp(Σ wᵢ ln xᵢ / Σ wᵢ) = Π xᵢ^(wᵢ/Σw). Partly compensatory. Needs every normalised value positive: a unit with a
    /// zero or negative normalised value gets no composite (not meaningful, with the indicator named), as COINr's
    /// <c>a_gmean</c> refuses; nothing is shifted silently. Normalise onto a positive range such as [1, 100] to use it.
    /// </summary>
    WeightedGeometricMean = 1,

    /// <summary>
    /// Σ wᵢ / Σ (wᵢ / xᵢ). The least compensatory of the three. Needs every normalised value positive, like the
    /// geometric mean. COINr <c>a_hmean</c>.
    /// </summary>
    WeightedHarmonicMean = 2,
}
