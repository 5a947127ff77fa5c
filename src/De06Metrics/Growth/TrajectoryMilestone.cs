using System.Globalization;

namespace De06Metrics.Growth;

/// <summary>
/// A value a plan expects by a year: a trajectory's baseline, its end target, or a milestone in between
/// (60% in 2020, 72% in 2022, 90% in 2025).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly struct TrajectoryMilestone : IEquatable<TrajectoryMilestone>
{
    /// <summary>Creates a milestone.</summary>
    /// <param name="year">The year, in the range of reporting periods (1900 to 9999).</param>
    /// <param name="value">The value expected in that year.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900 to 9999.</exception>
    public TrajectoryMilestone(int year, decimal value)
    {
        if (year is < Periods.ReportingPeriod.MinYear or > Periods.ReportingPeriod.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, string.Create(CultureInfo.InvariantCulture,
                $"Year {year} is outside the supported range {Periods.ReportingPeriod.MinYear} to {Periods.ReportingPeriod.MaxYear}."));
        }

        Year = year;
        Value = value;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The value expected in <see cref="Year"/>.</summary>
    public decimal Value { get; }

    /// <summary>Whether two milestones have the same year and value.</summary>
    /// <param name="left">The first milestone.</param>
    /// <param name="right">The second milestone.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TrajectoryMilestone left, TrajectoryMilestone right) => left.Equals(right);

    /// <summary>Whether two milestones differ in year or value.</summary>
    /// <param name="left">The first milestone.</param>
    /// <param name="right">The second milestone.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TrajectoryMilestone left, TrajectoryMilestone right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(TrajectoryMilestone other) => Year == other.Year && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TrajectoryMilestone other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Value);

    /// <summary>Writes the milestone in invariant form: <c>2022: 72</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}: {Value}");
}
