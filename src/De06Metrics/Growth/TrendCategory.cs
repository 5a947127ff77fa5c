namespace De06Metrics.Growth;

/// <summary>
/// How good a trend is when there is no numeric target, judged on the growth per year in the better direction
/// (see <see cref="TrendThresholds"/>): the four bands of open-sdg's method for indicators without a quantitative
/// target.
/// </summary>
public enum TrendCategory
{
    /// <summary>No category: the growth rate is not meaningful (see the result's reason).</summary>
    Unassessable = 0,

    /// <summary>Growth in the better direction at or above the good threshold (1,5% a year by default) ("tốt").</summary>
    Good = 1,

    /// <summary>Growth in the better direction at or above the fair threshold (0,5% a year by default) ("khá").</summary>
    Fair = 2,

    /// <summary>
    /// Little or no movement: at or above the limited threshold (0 by default) but below the fair one ("hạn chế"). A
    /// flat series is limited, not a deterioration.
    /// </summary>
    Limited = 3,

    /// <summary>Movement the wrong way: below the limited threshold (0 by default) ("đi xuống").</summary>
    Deterioration = 4,
}
