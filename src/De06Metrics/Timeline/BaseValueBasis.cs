namespace De06Metrics.Timeline;

/// <summary>What the base of a comparison is, once the units' history is taken into account.</summary>
public enum BaseValueBasis
{
    /// <summary>The unit did not change between the two periods: the base is its figure as reported (or derived from its children).</summary>
    AsReported = 0,

    /// <summary>The unit changed, and the base is restated into the later units ("số liệu quy đổi").</summary>
    Restated = 1,

    /// <summary>
    /// The unit changed and the base was not restated, because restatement was turned off or is not possible; the
    /// reason says which. No change is computed.
    /// </summary>
    NotComparable = 2,
}
