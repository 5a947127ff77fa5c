using System.Globalization;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>
/// The days a unit is in force: from a first day to a last day, both included, either end open. A unit of the initial
/// tree has no first day ("since always"); a unit that has not ended has no last day.
/// </summary>
/// <remarks>
/// NodaTime's <see cref="DateInterval"/> needs both ends, and most units have at least one open end, so this small
/// struct stands beside it. <c>default</c> is <see cref="Always"/>. Immutable and thread-safe.
/// </remarks>
public readonly struct ValidityInterval : IEquatable<ValidityInterval>
{
    /// <summary>Creates an interval.</summary>
    /// <param name="start">The first day in force, or <see langword="null"/> for "since always".</param>
    /// <param name="end">The last day in force, or <see langword="null"/> for "still in force".</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public ValidityInterval(LocalDate? start, LocalDate? end)
    {
        if (start is { } first && end is { } last && last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(end), last,
                string.Create(CultureInfo.InvariantCulture, $"A validity interval cannot end ({last:uuuu-MM-dd}) before it starts ({first:uuuu-MM-dd})."));
        }

        Start = start;
        End = end;
    }

    /// <summary>The interval with neither end: in force on every day.</summary>
    public static ValidityInterval Always => default;

    /// <summary>The first day in force, or <see langword="null"/> for "since always".</summary>
    public LocalDate? Start { get; }

    /// <summary>The last day in force, or <see langword="null"/> while the unit is still in force.</summary>
    public LocalDate? End { get; }

    /// <summary>Whether the interval has no last day.</summary>
    public bool IsOpenEnded => End is null;

    /// <summary>Whether a day lies in the interval, both ends included.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when the unit is in force on <paramref name="date"/>.</returns>
    public bool Contains(LocalDate date) => (Start is not { } first || first <= date) && (End is not { } last || date <= last);

    /// <inheritdoc />
    public bool Equals(ValidityInterval other) => Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValidityInterval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Equality of both ends.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ValidityInterval left, ValidityInterval right) => left.Equals(right);

    /// <summary>Inequality of either end.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(ValidityInterval left, ValidityInterval right) => !left.Equals(right);

    /// <summary>Writes the interval with ISO dates: "2025-07-01 – …", "… – 2025-06-30", "always".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (Start, End) switch
    {
        (null, null) => "always",
        _ => $"{(Start is { } s ? TimelineText.Date(s) : "…")} – {(End is { } e ? TimelineText.Date(e) : "…")}",
    };
}
