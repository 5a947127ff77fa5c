using System.Globalization;
using De06Metrics.Periods;

namespace De06Metrics.Growth;

/// <summary>
/// A value of an indicator for a reporting period, in the indicator's own unit: 88,8 for Q1 2024.
/// A series of these is what period-over-period changes pair up. Immutable and thread-safe.
/// </summary>
public readonly struct PeriodValue : IEquatable<PeriodValue>
{
    private readonly ReportingPeriod? period;

    /// <summary>Creates a period value.</summary>
    /// <param name="period">The period.</param>
    /// <param name="value">The value for the period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    public PeriodValue(ReportingPeriod period, decimal value)
    {
        ArgumentNullException.ThrowIfNull(period);
        this.period = period;
        Value = value;
    }

    /// <summary>The period.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(PeriodValue)</c>, which has no period.</exception>
    public ReportingPeriod Period => period ?? throw new InvalidOperationException("default(PeriodValue) has no period.");

    /// <summary>The value.</summary>
    public decimal Value { get; }

    /// <summary>The value dated at the period's last day, for growth rates and trends.</summary>
    /// <returns>The dated value.</returns>
    public DatedValue ToDatedValue() => new(Period.End, Value);

    /// <summary>Deconstructs into period and value.</summary>
    /// <param name="period">The period.</param>
    /// <param name="value">The value.</param>
    public void Deconstruct(out ReportingPeriod period, out decimal value)
    {
        period = Period;
        value = Value;
    }

    /// <inheritdoc />
    public bool Equals(PeriodValue other) => Equals(period, other.period) && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PeriodValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(period, Value);

    /// <summary>Equality of period and value.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PeriodValue left, PeriodValue right) => left.Equals(right);

    /// <summary>Inequality of period or value.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(PeriodValue left, PeriodValue right) => !left.Equals(right);

    /// <summary>Writes the period and value in invariant form: <c>2024-Q1 = 88.8</c>.</summary>
    /// <returns>The text, for diagnostics.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{period?.ToString("I", null)} = {Value}");
}
