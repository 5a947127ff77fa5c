using System.Globalization;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Indicators;

/// <summary>
/// A figure reported for one indicator, one unit and one period, optionally counted only up to an as-of date inside
/// the period ("66,7% tính đến ngày 10/3/2024" in a first-quarter report), with its source.
/// </summary>
/// <remarks>
/// Whether the value fits the indicator's measure is checked where the indicator is known (a scorecard, or
/// <see cref="Measure.EnsureAccepts"/>). Immutable and thread-safe; equal when every field is equal.
/// </remarks>
public sealed class Observation : IEquatable<Observation>
{
    /// <summary>Creates an observation.</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="unit">The unit the figure is for.</param>
    /// <param name="period">The period the figure covers.</param>
    /// <param name="value">The figure, with its parts when known.</param>
    /// <param name="asOf">
    /// The date the figure was counted up to, inside <paramref name="period"/>; <see langword="null"/> when it covers
    /// the whole period.
    /// </param>
    /// <param name="source">Where the figure comes from, if known.</param>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> or <paramref name="unit"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> lies outside <paramref name="period"/>.</exception>
    public Observation(IndicatorCode indicator, UnitId unit, ReportingPeriod period, MeasuredValue value, LocalDate? asOf = null, SourceReference? source = null)
    {
        Key = new IndicatorKey(indicator, unit, period);
        if (asOf is { } date && !period.Contains(date))
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), date,
                string.Create(CultureInfo.InvariantCulture, $"The as-of date {date:uuuu-MM-dd} lies outside the period {period.ToString(null, CultureInfo.InvariantCulture)} ({period.Start:uuuu-MM-dd} to {period.End:uuuu-MM-dd})."));
        }

        Value = value;
        AsOf = asOf;
        Source = source;
    }

    /// <summary>The indicator, unit and period the figure is for.</summary>
    public IndicatorKey Key { get; }

    /// <summary>The indicator's code.</summary>
    public IndicatorCode Indicator => Key.Indicator;

    /// <summary>The unit the figure is for.</summary>
    public UnitId Unit => Key.Unit;

    /// <summary>The period the figure covers.</summary>
    public ReportingPeriod Period => Key.Period;

    /// <summary>The figure, with its parts when known.</summary>
    public MeasuredValue Value { get; }

    /// <summary>The date the figure was counted up to, or <see langword="null"/> when it covers the whole period.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>The last day the figure counts: <see cref="AsOf"/>, or the period's end.</summary>
    public LocalDate CountedTo => AsOf ?? Period.End;

    /// <summary>Where the figure comes from, if known.</summary>
    public SourceReference? Source { get; }

    /// <inheritdoc />
    public bool Equals(Observation? other) =>
        other is not null && Key == other.Key && Value == other.Value && AsOf == other.AsOf && Equals(Source, other.Source);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Observation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Value, AsOf, Source);

    /// <summary>Describes the observation: "DVC.ONLINE HG Q1 2024 = 88.8".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Key} = {Value}";
}
