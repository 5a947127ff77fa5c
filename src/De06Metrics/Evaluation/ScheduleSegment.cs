using System.Globalization;
using NodaTime;

namespace De06Metrics.Evaluation;

/// <summary>
/// A part of a target's period with the weight of the work planned in it, such as one month of a year. Within a
/// segment, the plan advances linearly by days.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly struct ScheduleSegment : IEquatable<ScheduleSegment>
{
    /// <summary>Creates a segment.</summary>
    /// <param name="interval">The days of the segment.</param>
    /// <param name="weight">The share of the work planned in it, in any unit (weights are divided by their sum); not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative.</exception>
    public ScheduleSegment(DateInterval interval, decimal weight)
    {
        ArgumentNullException.ThrowIfNull(interval);
        if (weight < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight,
                string.Create(CultureInfo.InvariantCulture, $"A schedule weight cannot be negative; {weight} was given for {interval}."));
        }

        Interval = interval;
        Weight = weight;
    }

    /// <summary>The days of the segment; <see langword="null"/> only for <c>default</c>.</summary>
    public DateInterval Interval { get; }

    /// <summary>The weight of the work planned in the segment.</summary>
    public decimal Weight { get; }

    /// <inheritdoc />
    public bool Equals(ScheduleSegment other) => Equals(Interval, other.Interval) && Weight == other.Weight;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ScheduleSegment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Interval, Weight);

    /// <summary>Equality.</summary>
    /// <param name="left">The first segment.</param>
    /// <param name="right">The second segment.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ScheduleSegment left, ScheduleSegment right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first segment.</param>
    /// <param name="right">The second segment.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(ScheduleSegment left, ScheduleSegment right) => !left.Equals(right);

    /// <summary>Writes the interval and weight.</summary>
    /// <returns>The text, for diagnostics.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Interval}: {Weight}");
}
