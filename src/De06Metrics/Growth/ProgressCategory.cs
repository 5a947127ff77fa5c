namespace De06Metrics.Growth;

/// <summary>
/// How an indicator progresses toward a numeric target, by the ratio R of its observed growth to the growth the target
/// requires (see <see cref="ProgressThresholds"/> for the bands).
/// </summary>
public enum ProgressCategory
{
    /// <summary>No category: a growth rate or the ratio is not meaningful (see the result's reason).</summary>
    Unassessable = 0,

    /// <summary>The target is already met ("đã đạt chỉ tiêu").</summary>
    Achieved = 1,

    /// <summary>The observed pace is enough, or nearly (R ≥ 0,95 by default) ("đúng tiến độ").</summary>
    OnTrack = 2,

    /// <summary>Progress, but too slow (0,6 ≤ R &lt; 0,95 by default) ("cần tăng tốc").</summary>
    AccelerationNeeded = 3,

    /// <summary>Little progress (0 ≤ R &lt; 0,6 by default) ("tiến bộ hạn chế").</summary>
    LimitedProgress = 4,

    /// <summary>Moving away from the target (R &lt; 0 by default) ("đi xuống").</summary>
    Deterioration = 5,
}
