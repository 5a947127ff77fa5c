namespace De06Metrics.Composite;

/// <summary>An uncertain choice of an <see cref="UncertaintyAnalysis"/>, whose share of the rank variance is estimated.</summary>
public enum UncertainFactor
{
    /// <summary>The weights, at every level.</summary>
    Weights = 0,

    /// <summary>The normalisation, one method for every indicator in a sample.</summary>
    Normalisation = 1,

    /// <summary>The aggregation, one method for every level in a sample.</summary>
    Aggregation = 2,
}
