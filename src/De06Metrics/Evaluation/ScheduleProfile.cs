using System.Globalization;
using NodaTime;

namespace De06Metrics.Evaluation;

/// <summary>
/// How the work toward a target is planned over its period: evenly by days (<see cref="Linear"/>, the default), by
/// weights for each calendar month (<see cref="MonthlyWeights"/>), or by weighted segments
/// (<see cref="FromSegments"/>). The expected share at day <c>d</c> is the weight of the days up to and including
/// <c>d</c> divided by the total weight.
/// </summary>
/// <remarks>Immutable and thread-safe. A profile is checked against the target's period when it is used.</remarks>
public sealed class ScheduleProfile
{
    private readonly ScheduleSegment[]? segments;
    private readonly decimal[]? monthlyWeights;

    private ScheduleProfile(ScheduleSegment[]? segments, decimal[]? monthlyWeights)
    {
        this.segments = segments;
        this.monthlyWeights = monthlyWeights;
    }

    /// <summary>Every day of the period carries the same weight: the expected share after <c>e</c> of <c>L</c> days is <c>e / L</c>.</summary>
    public static ScheduleProfile Linear { get; } = new(null, null);

    /// <summary>Whether this is the linear profile.</summary>
    public bool IsLinear => segments is null && monthlyWeights is null;

    /// <summary>
    /// One weight per calendar month the period touches, in order (a partial first or last month is one segment);
    /// within a month the plan advances by days. <c>MonthlyWeights(1, 1, 2)</c> over Q1 plans half the quarter's work
    /// for March.
    /// </summary>
    /// <param name="weights">The weights; not negative, with a positive sum.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There are no weights, one is negative, or they sum to zero.</exception>
    public static ScheduleProfile MonthlyWeights(params IEnumerable<decimal> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var list = weights.ToArray();
        EnsureWeights(list, nameof(weights));
        return new(null, list);
    }

    /// <summary>Weighted segments that must tile the target's period exactly, in order, without gaps or overlaps.</summary>
    /// <param name="segments">The segments.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="segments"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There are no segments, one is <c>default</c>, or the weights sum to zero.</exception>
    public static ScheduleProfile FromSegments(IEnumerable<ScheduleSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var list = segments.ToArray();
        if (list.Any(segment => segment.Interval is null))
        {
            throw new ArgumentException("A schedule segment is default(ScheduleSegment), which has no interval.", nameof(segments));
        }

        EnsureWeights(list.Select(segment => segment.Weight).ToArray(), nameof(segments));
        return new(list, null);
    }

    /// <summary>The segments this profile gives a period: one for the linear profile.</summary>
    /// <param name="period">The target's period.</param>
    /// <returns>The segments, tiling the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The profile does not fit the period (see <see cref="MonthlyWeights"/> and <see cref="FromSegments"/>).</exception>
    public IReadOnlyList<ScheduleSegment> SegmentsFor(DateInterval period) => Resolve(period, nameof(period));

    internal ScheduleSegment[] Resolve(DateInterval period, string paramName)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (monthlyWeights is not null)
        {
            var months = new List<DateInterval>();
            var start = period.Start;
            while (start <= period.End)
            {
                var monthEnd = start.With(DateAdjusters.EndOfMonth);
                var end = monthEnd < period.End ? monthEnd : period.End;
                months.Add(new DateInterval(start, end));
                start = end.PlusDays(1);
            }

            if (months.Count != monthlyWeights.Length)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The period {period} touches {months.Count} calendar months, but the profile has {monthlyWeights.Length} monthly weights."),
                    paramName);
            }

            return months.Select((month, i) => new ScheduleSegment(month, monthlyWeights[i])).ToArray();
        }

        if (segments is null)
        {
            return [new ScheduleSegment(period, 1m)];
        }

        var expectedStart = period.Start;
        foreach (var segment in segments)
        {
            if (segment.Interval.Start != expectedStart)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The schedule segments do not tile the period {period}: a segment was expected to start on {expectedStart:uuuu-MM-dd}, but {segment.Interval} starts on {segment.Interval.Start:uuuu-MM-dd}."),
                    paramName);
            }

            expectedStart = segment.Interval.End.PlusDays(1);
        }

        if (expectedStart != period.End.PlusDays(1))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The schedule segments do not tile the period {period}: they end on {expectedStart.PlusDays(-1):uuuu-MM-dd}."), paramName);
        }

        return segments;
    }

    private static void EnsureWeights(decimal[] weights, string paramName)
    {
        if (weights.Length == 0)
        {
            throw new ArgumentException("A schedule profile needs at least one weight.", paramName);
        }

        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] < 0m)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Schedule weight {i} is negative ({weights[i]})."), paramName);
            }
        }

        if (weights.Sum() == 0m)
        {
            throw new ArgumentException("The schedule weights sum to zero, so no work is planned.", paramName);
        }
    }

    /// <summary>Describes the profile.</summary>
    /// <returns>The text, for diagnostics.</returns>
    public override string ToString() =>
        IsLinear ? "Linear" :
        monthlyWeights is not null ? "Monthly weights " + string.Join(", ", monthlyWeights.Select(w => w.ToString(CultureInfo.InvariantCulture))) :
        "Segments " + string.Join("; ", segments!.Select(s => s.ToString()));
}
