namespace De06Metrics.Evaluation;

/// <summary>Where a value stands against the plan at an as-of date inside the target's period.</summary>
/// <remarks>
/// With the gap <c>g</c> = actual − expected, signed so that positive is better, and the tolerance <c>τ ≥ 0</c>:
/// <see cref="AheadOfSchedule"/> when <c>g &gt; τ</c>, <see cref="OnSchedule"/> when <c>−τ ≤ g ≤ τ</c>,
/// <see cref="BehindSchedule"/> when <c>g &lt; −τ</c>.
/// </remarks>
public enum ScheduleStatus
{
    /// <summary>No value was reported ("không có số liệu").</summary>
    NoData = 0,

    /// <summary>Behind the plan by more than the tolerance ("chậm tiến độ").</summary>
    BehindSchedule = 1,

    /// <summary>Within the tolerance of the plan ("đúng tiến độ").</summary>
    OnSchedule = 2,

    /// <summary>Ahead of the plan by more than the tolerance ("vượt tiến độ").</summary>
    AheadOfSchedule = 3,
}
