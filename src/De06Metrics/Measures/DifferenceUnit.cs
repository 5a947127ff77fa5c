namespace De06Metrics.Measures;

/// <summary>
/// The unit in which the difference between two values of one measure is expressed, such as a margin against a
/// target or an absolute change. It is never "percent": a relative change is a different result altogether.
/// </summary>
public enum DifferenceUnit
{
    /// <summary>Percentage points ("điểm phần trăm"): the difference between two rates.</summary>
    PercentagePoints = 0,

    /// <summary>A count of the measure's things.</summary>
    Count = 1,

    /// <summary>An amount of the measure's currency.</summary>
    Money = 2,

    /// <summary>Points of score.</summary>
    ScorePoints = 3,

    /// <summary>Places in a ranking ("bậc").</summary>
    Places = 4,

    /// <summary>No difference is defined (yes/no measures).</summary>
    None = 5,
}
