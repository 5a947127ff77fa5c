namespace De06Metrics.Scorecards;

/// <summary>Where a scorecard row's value comes from.</summary>
public enum ValueOrigin
{
    /// <summary>No value: nothing was reported and nothing could be derived ("không có số liệu").</summary>
    None = 0,

    /// <summary>The value was reported for the unit itself.</summary>
    Reported = 1,

    /// <summary>The value was derived from the unit's children by the indicator's roll-up rule.</summary>
    Derived = 2,

    /// <summary>
    /// The value was computed by the indicator's formula from the values of the indicators it is defined from (see
    /// <see cref="Indicators.Indicator.Formula"/>), for the unit itself: a parent's from the parent's parts.
    /// </summary>
    Computed = 3,
}
