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

    /// <summary>
    /// Copeland's rank-based rule (JRC-COIN handbook; COINr <c>a_copeland</c>), across units rather than within one:
    /// for each pair of units, sum the weights of the values on which each beats the other, over the values both
    /// have (an equal value counts for neither); the unit with the larger sum wins the pair, equal sums tie. A unit's
    /// score is its wins minus its losses, ties counting 0: an integer from −(n − 1) to n − 1 among n units. Only the
    /// ordering of the values matters, so no value is compensated by another and no value needs to be positive.
    /// </summary>
    /// <remarks>
    /// The scores are counts of pairs, not on the indicators' scale, so Copeland is offered only for the top level of
    /// a <see cref="MultiLevelIndex"/> (the index from its dimensions): a dimension, a <see cref="CompositeIndex"/>
    /// and an <see cref="UncertaintyAnalysis"/> refuse it. A unit scores against the units that have an index;
    /// adding or removing a unit can change every other unit's score.
    /// </remarks>
    Copeland = 3,
}
