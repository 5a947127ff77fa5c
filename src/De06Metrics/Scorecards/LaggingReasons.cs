namespace De06Metrics.Scorecards;

/// <summary>Why an item is in the lagging report; an item may have several reasons.</summary>
[Flags]
public enum LaggingReasons
{
    /// <summary>No reason: the item is not lagging.</summary>
    None = 0,

    /// <summary>The target is not met ("chưa đạt chỉ tiêu").</summary>
    NotMet = 1,

    /// <summary>The value is behind the time-elapsed plan ("chậm tiến độ").</summary>
    BehindSchedule = 2,

    /// <summary>The value is worse than in the earlier period it is compared with ("giảm so với kỳ trước").</summary>
    Declining = 4,

    /// <summary>A target was assigned but no value was reported or derived ("không có số liệu").</summary>
    NoData = 8,

    /// <summary>
    /// The figure is off the indicator's trajectory ("chậm so với lộ trình"): short of the milestone of its period's year
    /// in the better direction (<see cref="ScorecardRow.TrajectoryCheck"/> is <see cref="Growth.TrajectoryStatus.OffTrack"/>).
    /// A row off its trajectory lags even when its own target is met.
    /// </summary>
    OffTrack = 16,
}
