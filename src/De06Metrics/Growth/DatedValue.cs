using System.Globalization;
using De06Metrics.Indicators;
using NodaTime;

namespace De06Metrics.Growth;

/// <summary>
/// A value of an indicator on a date: an observation (88,8 on 31/03/2024) or a target (80 by 31/12/2026).
/// The value is in the indicator's own unit (percent for a rate). Immutable and thread-safe.
/// </summary>
public readonly struct DatedValue : IEquatable<DatedValue>
{
    /// <summary>Creates a dated value.</summary>
    /// <param name="date">The date the value holds on (for a period, usually its last day).</param>
    /// <param name="value">The value.</param>
    public DatedValue(LocalDate date, decimal value)
    {
        Date = date;
        Value = value;
    }

    /// <summary>
    /// The value of an observation on the date it is counted to: its "as of" date when it has one (66,7% as of
    /// 10/3/2024), else its period's last day.
    /// </summary>
    /// <param name="observation">The observation.</param>
    /// <returns>The dated value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> is <see langword="null"/>.</exception>
    public static DatedValue FromObservation(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return new(observation.CountedTo, observation.Value.Value);
    }

    /// <summary>The date the value holds on.</summary>
    public LocalDate Date { get; }

    /// <summary>The value, in the indicator's own unit.</summary>
    public decimal Value { get; }

    /// <summary>Deconstructs into date and value.</summary>
    /// <param name="date">The date.</param>
    /// <param name="value">The value.</param>
    public void Deconstruct(out LocalDate date, out decimal value)
    {
        date = Date;
        value = Value;
    }

    /// <inheritdoc />
    public bool Equals(DatedValue other) => Date == other.Date && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DatedValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Value);

    /// <summary>Equality of date and value.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DatedValue left, DatedValue right) => left.Equals(right);

    /// <summary>Inequality of date or value.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(DatedValue left, DatedValue right) => !left.Equals(right);

    /// <summary>Writes the value and date in invariant form: <c>88.8 @ 2024-03-31</c>.</summary>
    /// <returns>The text, for diagnostics.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Value} @ {YearFraction.Iso(Date)}");
}
