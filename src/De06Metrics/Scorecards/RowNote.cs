using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Units;

namespace De06Metrics.Scorecards;

/// <summary>
/// A comment on one row of a scorecard (one indicator, one unit, one period), a status set by hand with its reason and
/// who set it, or both. Attach notes with <see cref="Scorecard.WithNotes"/>; the evaluated row shows them
/// (<see cref="ScorecardRow.Note"/>).
/// </summary>
/// <remarks>Immutable and thread-safe; equal when every field is equal.</remarks>
public sealed class RowNote : IEquatable<RowNote>
{
    /// <summary>Creates a note.</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="period">The period.</param>
    /// <param name="text">The comment, or <see langword="null"/> for a status set by hand alone; not white space.</param>
    /// <param name="statusOverride">A status set by hand, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="indicator"/> or <paramref name="unit"/> is <c>default</c>; <paramref name="text"/> is white
    /// space; or neither <paramref name="text"/> nor <paramref name="statusOverride"/> is given.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    public RowNote(IndicatorCode indicator, UnitId unit, ReportingPeriod period, string? text, StatusOverride? statusOverride = null)
    {
        Key = new IndicatorKey(indicator, unit, period);
        if (text is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(text);
        }
        else if (statusOverride is null)
        {
            throw new ArgumentException("A note needs a text, a status set by hand, or both.", nameof(text));
        }

        Text = text;
        Override = statusOverride;
    }

    /// <summary>The indicator, unit and period of the row.</summary>
    public IndicatorKey Key { get; }

    /// <summary>The comment, or <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <summary>The status set by hand, or <see langword="null"/>.</summary>
    public StatusOverride? Override { get; }

    /// <inheritdoc />
    public bool Equals(RowNote? other) =>
        other is not null && Key == other.Key && string.Equals(Text, other.Text, StringComparison.Ordinal) && Equals(Override, other.Override);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RowNote);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Text, Override);

    /// <summary>"DVC.ONLINE HG Q1 2024: the text".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Key}: {Text ?? Override!.ToString()}";
}
