namespace De06Metrics.Composite;

/// <summary>What an <see cref="AuditFlag"/> points at.</summary>
public enum AuditFlagKind
{
    /// <summary>Two indicators with |Pearson r| above the threshold: they may measure the same thing twice (double weight).</summary>
    CollinearPair = 0,

    /// <summary>An indicator negatively correlated (Pearson) with its own dimension: it pulls against the others (JRC-COIN step 4).</summary>
    NegativeWithinDimension = 1,

    /// <summary>An indicator whose raw values have |skewness| and kurtosis both above the thresholds: outliers may drive its normalisation.</summary>
    SkewedOrHeavyTailed = 2,
}
