namespace De06Metrics.Growth;

/// <summary>
/// How good a trend is when there is no numeric target, judged on the growth per year in the better direction
/// (see <see cref="TrendThresholds"/>).
/// </summary>
public enum TrendCategory
{
    /// <summary>No category: the growth rate is not meaningful (see the result's reason).</summary>
    Unassessable = 0,

    /// <summary>Growth in the better direction at or above the good threshold (1,5% a year by default) ("tốt").</summary>
    Good = 1,

    /// <summary>Growth in the better direction at or above the fair threshold (0,5% a year by default) ("khá").</summary>
    Fair = 2,

    /// <summary>Anything below the fair threshold, including movement the wrong way ("kém").</summary>
    Poor = 3,
}
