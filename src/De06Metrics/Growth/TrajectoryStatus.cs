namespace De06Metrics.Growth;

/// <summary>Where a figure stands against its year's milestone on a <see cref="Trajectory"/>, in the indicator's better direction.</summary>
public enum TrajectoryStatus
{
    /// <summary>At the milestone or beyond it in the better direction ("đúng lộ trình").</summary>
    OnTrack = 0,

    /// <summary>Short of the milestone in the better direction ("chậm so với lộ trình").</summary>
    OffTrack = 1,
}
