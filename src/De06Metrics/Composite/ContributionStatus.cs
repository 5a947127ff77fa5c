namespace De06Metrics.Composite;

/// <summary>Whether one indicator's value took part in a unit's composite.</summary>
public enum ContributionStatus
{
    /// <summary>The value was normalised and counts, with its renormalised weight.</summary>
    Used = 0,

    /// <summary>The unit has no value for the indicator; its weight goes to the other indicators.</summary>
    Missing = 1,

    /// <summary>The unit has a value, but the indicator could not be normalised (for instance all units are equal).</summary>
    NotNormalisable = 2,
}
