namespace De06Metrics.Composite;

/// <summary>What a minimum data coverage is a share of.</summary>
public enum CoverageBasis
{
    /// <summary>
    /// The share of the index's indicators that the unit has a usable value for, each counted once whatever its
    /// weight: COINr's <c>dat_thresh</c>.
    /// </summary>
    ShareOfIndicators = 0,

    /// <summary>The share of the index's total nominal weight carried by the indicators the unit has a usable value for.</summary>
    ShareOfWeight = 1,
}
