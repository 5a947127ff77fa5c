namespace De06Metrics.Timeline;

/// <summary>Which of an event's two dates a <see cref="UnitTimeline"/> applies it on.</summary>
/// <remarks>
/// Resolution 202/2025/QH15 took legal effect when it was adopted on 12 June 2025, while the merged provinces began to
/// operate, and to report, on 1 July 2025. Reporting follows the operational date; a legal question follows the
/// legal one.
/// </remarks>
public enum SuccessionDateBasis
{
    /// <summary>Apply each event on its <see cref="SuccessionEvent.OperationalOn"/> date (its legal date when no other is given).</summary>
    Operational = 0,

    /// <summary>Apply each event on its legal <see cref="SuccessionEvent.EffectiveOn"/> date.</summary>
    Legal = 1,
}
