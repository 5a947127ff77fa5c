using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Units;

namespace De06Metrics.Scorecards;

/// <summary>
/// A planned path ("lộ trình") attached to a scorecard: for one indicator, for every unit or for one unit. Attach them
/// with <see cref="Scorecard.WithTrajectories"/>; each evaluated row then sets its figure against the milestone of its
/// period's year (<see cref="ScorecardRow.TrajectoryCheck"/>).
/// </summary>
/// <remarks>
/// A trajectory for one unit takes precedence over the indicator's trajectory for every unit
/// (<see cref="Scorecard.FindTrajectory"/>). Immutable and thread-safe.
/// </remarks>
public sealed class ScorecardTrajectory
{
    /// <summary>Attaches a trajectory to its indicator, for every unit or for one unit.</summary>
    /// <param name="trajectory">The trajectory; its indicator is the one it applies to.</param>
    /// <param name="unit">The unit it applies to, or <see langword="null"/> for every unit without one of its own.</param>
    /// <exception cref="ArgumentNullException"><paramref name="trajectory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is <c>default</c>.</exception>
    public ScorecardTrajectory(Trajectory trajectory, UnitId? unit = null)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        if (unit is { } id && id == default)
        {
            throw new ArgumentException("The unit must not be default; pass null for a trajectory of every unit.", nameof(unit));
        }

        Trajectory = trajectory;
        Unit = unit;
    }

    /// <summary>The trajectory.</summary>
    public Trajectory Trajectory { get; }

    /// <summary>The indicator's code (that of <see cref="Trajectory"/>'s indicator).</summary>
    public IndicatorCode Indicator => Trajectory.Indicator.Code;

    /// <summary>The unit the trajectory applies to, or <see langword="null"/> for every unit without one of its own.</summary>
    public UnitId? Unit { get; }

    /// <summary>Writes the indicator, the unit when there is one, and the trajectory: <c>DVC.ONLINE HG: Linear 2020: 60 → 2025: 90</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Unit is { } unit ? $"{Indicator} {unit}: {Trajectory}" : $"{Indicator}: {Trajectory}";
}
