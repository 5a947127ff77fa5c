namespace De06Metrics.Composite;

/// <summary>Whether a unit's composite could be computed and, if not, why.</summary>
public enum CompositeStatus
{
    /// <summary>The composite was computed from the indicators with usable values.</summary>
    Computed = 0,

    /// <summary>The unit has no value for any of the index's indicators.</summary>
    NoData = 1,

    /// <summary>The unit has too few usable values for the index's <see cref="MinimumCoverage"/>.</summary>
    BelowMinimumCoverage = 2,

    /// <summary>
    /// The composite is undefined for the unit: none of its values could be normalised, its indicators with data all
    /// weigh zero, or the aggregation needs positive values and one is not.
    /// </summary>
    NotMeaningful = 3,
}
