using System.Globalization;

namespace De06Metrics.Evaluation;

/// <summary>How a schedule is planned and judged: the value at the start, the profile of the work, and the tolerance.</summary>
/// <remarks>Immutable and thread-safe; <see cref="Default"/> starts from 0 on a linear plan with no tolerance.</remarks>
public sealed class ScheduleOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="startValue">The value at the start of the period; the plan runs from it to the target.</param>
    /// <param name="profile">How the work is spread over the period; <see langword="null"/> for <see cref="ScheduleProfile.Linear"/>.</param>
    /// <param name="tolerance">The gap still counted as on schedule, in the measure's difference unit; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative.</exception>
    public ScheduleOptions(decimal startValue = 0m, ScheduleProfile? profile = null, decimal tolerance = 0m)
    {
        if (tolerance < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance,
                string.Create(CultureInfo.InvariantCulture, $"A tolerance cannot be negative; {tolerance} was given."));
        }

        StartValue = startValue;
        Profile = profile ?? ScheduleProfile.Linear;
        Tolerance = tolerance;
    }

    /// <summary>From 0, linear, no tolerance.</summary>
    public static ScheduleOptions Default { get; } = new();

    /// <summary>The value at the start of the period (0 for a count accumulated from the first day).</summary>
    public decimal StartValue { get; }

    /// <summary>The profile the plan follows.</summary>
    public ScheduleProfile Profile { get; }

    /// <summary>The gap still counted as on schedule.</summary>
    public decimal Tolerance { get; }
}
