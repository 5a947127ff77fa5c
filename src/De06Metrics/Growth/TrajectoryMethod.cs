namespace De06Metrics.Growth;

/// <summary>How a <see cref="Trajectory"/> sets the milestone of each year between its baseline and its end target.</summary>
public enum TrajectoryMethod
{
    /// <summary>
    /// Equal steps: the milestone of year k after the baseline is b + (t − b) · k / n, n the years from baseline to
    /// end. 60% in 2020 to 90% in 2025 gives 60, 66, 72, 78, 84, 90.
    /// </summary>
    Linear = 0,

    /// <summary>
    /// Equal growth rates: the milestone of year k is b · (t / b)^(k / n), the path of a constant compound growth.
    /// 60% in 2020 to 90% in 2025 gives 60 · 1,5^(2/5) = 70,34… in 2022. The baseline must not be zero, and the
    /// target must have the baseline's sign.
    /// </summary>
    ConstantGrowth = 1,

    /// <summary>
    /// Milestones given by the plan for some years; a year between two given milestones (or between one and the
    /// baseline or the end) takes the straight line between them.
    /// </summary>
    Explicit = 2,
}
