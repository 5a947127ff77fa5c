using System.Globalization;
using De06Metrics.Periods;
using De06Metrics.Units;

namespace De06Metrics.Indicators;

/// <summary>
/// The address of a figure or a target: one indicator, one unit, one period. A scorecard holds at most one
/// observation and one target for each key. Immutable and thread-safe.
/// </summary>
public readonly struct IndicatorKey : IEquatable<IndicatorKey>
{
    /// <summary>Creates a key.</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="period">The period.</param>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> or <paramref name="unit"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    public IndicatorKey(IndicatorCode indicator, UnitId unit, ReportingPeriod period)
    {
        if (indicator == default)
        {
            throw new ArgumentException("An indicator code is needed; default(IndicatorCode) was given.", nameof(indicator));
        }

        if (unit == default)
        {
            throw new ArgumentException("A unit id is needed; default(UnitId) was given.", nameof(unit));
        }

        ArgumentNullException.ThrowIfNull(period);
        Indicator = indicator;
        Unit = unit;
        Period = period;
    }

    /// <summary>The indicator's code.</summary>
    public IndicatorCode Indicator { get; }

    /// <summary>The unit.</summary>
    public UnitId Unit { get; }

    /// <summary>The period; <see langword="null"/> only for <c>default</c>.</summary>
    public ReportingPeriod Period { get; }

    /// <inheritdoc />
    public bool Equals(IndicatorKey other) => Indicator == other.Indicator && Unit == other.Unit && Equals(Period, other.Period);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IndicatorKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Indicator, Unit, Period);

    /// <summary>Equality.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(IndicatorKey left, IndicatorKey right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(IndicatorKey left, IndicatorKey right) => !left.Equals(right);

    /// <summary>Describes the key: "DVC.ONLINE HG Q1 2024".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Indicator} {Unit} {Period?.ToString(null, CultureInfo.InvariantCulture)}";
}
