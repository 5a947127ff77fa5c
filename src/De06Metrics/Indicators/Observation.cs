using System.Globalization;
using System.Runtime.CompilerServices;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Indicators;

/// <summary>
/// A figure reported for one indicator, one unit and one period, optionally counted only up to an as-of date inside
/// the period ("66,7% tính đến ngày 10/3/2024" in a first-quarter report), with its source, how firm it is (an
/// estimate, a preliminary figure, a derived one) and the day it was published.
/// </summary>
/// <remarks>
/// <para>
/// Whether the value fits the indicator's measure is checked where the indicator is known (a scorecard, or
/// <see cref="Measure.EnsureAccepts"/>). Immutable and thread-safe; equal when every field is equal.
/// </para>
/// <para>
/// A figure published again with another value (an estimate replaced by the count, a preliminary figure by the final
/// one) is a second observation of the same key with a later <see cref="PublishedOn"/>: a scorecard keeps every
/// vintage, evaluates the latest, or the one in force on a day (<c>ScorecardOptions.PublishedOn</c>),
/// and marks a later vintage as <see cref="ValueStatus.Revised"/>, knowing the earlier value and its date.
/// </para>
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
    /// <param name="status">
    /// How firm the figure is: <see cref="ValueStatus.Reported"/> (the default), <see cref="ValueStatus.Estimated"/>,
    /// <see cref="ValueStatus.Preliminary"/> or <see cref="ValueStatus.Derived"/>. A revision is a later vintage (see the
    /// remarks) and a restatement is the library's own work, so neither is given here.
    /// </param>
    /// <param name="statusNote">
    /// How the figure was worked out, for <see cref="ValueStatus.Derived"/> (required there: "88,8 − 16,5, đọc
    /// 'tăng 16,5%' là điểm phần trăm"); a word on an estimate or a preliminary figure, optionally; not empty.
    /// </param>
    /// <param name="publishedOn">The day this value was published, when the figure has, or may have, several vintages.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="indicator"/> or <paramref name="unit"/> is <c>default</c>; <paramref name="statusNote"/> is white
    /// space, missing for a derived figure, or given for a reported one.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="asOf"/> lies outside <paramref name="period"/>; <paramref name="status"/> is not defined, or is
    /// <see cref="ValueStatus.Revised"/> or <see cref="ValueStatus.Restated"/>.
    /// </exception>
    public Observation(
        IndicatorCode indicator,
        UnitId unit,
        ReportingPeriod period,
        MeasuredValue value,
        LocalDate? asOf = null,
        SourceReference? source = null,
        ValueStatus status = ValueStatus.Reported,
        string? statusNote = null,
        LocalDate? publishedOn = null)
    {
        Key = new IndicatorKey(indicator, unit, period);
        if (asOf is { } date && !period.Contains(date))
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), date,
                string.Create(CultureInfo.InvariantCulture, $"The as-of date {date:uuuu-MM-dd} lies outside the period {period.ToString(null, CultureInfo.InvariantCulture)} ({period.Start:uuuu-MM-dd} to {period.End:uuuu-MM-dd})."));
        }

        if (status is not (ValueStatus.Reported or ValueStatus.Estimated or ValueStatus.Preliminary or ValueStatus.Derived))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, Enum.IsDefined(status)
                ? $"An observation is {ValueStatus.Reported}, {ValueStatus.Estimated}, {ValueStatus.Preliminary} or {ValueStatus.Derived}; {status} is worked out by the scorecard (a revision is a later vintage with its publishedOn date)."
                : $"Value status {(int)status} is not defined.");
        }

        if (statusNote is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(statusNote);
            if (status == ValueStatus.Reported)
            {
                throw new ArgumentException($"A reported figure takes no status note ('{statusNote}'); its source's note says where it comes from.", nameof(statusNote));
            }
        }
        else if (status == ValueStatus.Derived)
        {
            throw new ArgumentException("A derived figure needs a status note saying how it was worked out.", nameof(statusNote));
        }

        if (asOf.HasValue || source is not null || status != ValueStatus.Reported || statusNote is not null || publishedOn.HasValue)
        {
            detail = new Provenance(value, asOf, source, status, statusNote, publishedOn);
        }
        else if (value.HasParts || !TryPack(value.Value, out packed))
        {
            detail = new Whole(value);
        }
    }

    /// <summary>The indicator, unit and period the figure is for.</summary>
    public IndicatorKey Key { get; }

    // A plain figure, the usual case, is a value without parts whose digits fit in 58 bits: kept packed in 8 bytes
    // (see TryPack), with no detail, the observation is 56 bytes. A value with parts (48 bytes) or more digits is kept
    // whole in a Whole; a figure with a source, an as-of date, a status or a publication day in a Provenance, with its
    // value.
    private readonly long packed;
    private readonly object? detail;

    private Provenance? Kept => detail as Provenance;

    /// <summary>The indicator's code.</summary>
    public IndicatorCode Indicator => Key.Indicator;

    /// <summary>The unit the figure is for.</summary>
    public UnitId Unit => Key.Unit;

    /// <summary>The period the figure covers.</summary>
    public ReportingPeriod Period => Key.Period;

    /// <summary>The figure, with its parts when known.</summary>
    public MeasuredValue Value
    {
        get
        {
            // Read on every use of a row's figure while a scorecard is evaluated: the detail's type is compared
            // directly, both classes being sealed.
            var kept = detail;
            if (kept is null)
            {
                return MeasuredValue.Of(Unpack(packed));
            }

            return kept.GetType() == typeof(Whole) ? Unsafe.As<Whole>(kept).Value : Unsafe.As<Provenance>(kept).Value;
        }
    }

    /// <summary>The date the figure was counted up to, or <see langword="null"/> when it covers the whole period.</summary>
    public LocalDate? AsOf => Kept?.AsOf;

    /// <summary>The last day the figure counts: <see cref="AsOf"/>, or the period's end.</summary>
    public LocalDate CountedTo => AsOf ?? Period.End;

    /// <summary>Where the figure comes from, if known.</summary>
    public SourceReference? Source => Kept?.Source;

    /// <summary>How firm the figure is; <see cref="ValueStatus.Reported"/> unless the source marks it otherwise.</summary>
    public ValueStatus Status => Kept?.Status ?? ValueStatus.Reported;

    /// <summary>How the figure was worked out (always given for <see cref="ValueStatus.Derived"/>), or <see langword="null"/>.</summary>
    public string? StatusNote => Kept?.StatusNote;

    /// <summary>The day this value was published, or <see langword="null"/> when not known.</summary>
    /// <remarks>
    /// Evaluating "as published on" a day (<c>ScorecardOptions.PublishedOn</c>) takes a figure without
    /// this date as published from the start.
    /// </remarks>
    public LocalDate? PublishedOn => Kept?.PublishedOn;

    /// <inheritdoc />
    public bool Equals(Observation? other) =>
        other is not null && Key == other.Key && Value == other.Value && AsOf == other.AsOf && Equals(Source, other.Source) &&
        Status == other.Status && string.Equals(StatusNote, other.StatusNote, StringComparison.Ordinal) && PublishedOn == other.PublishedOn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Observation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Value, AsOf, Source, Status, StatusNote, PublishedOn);

    /// <summary>Describes the observation: "DVC.ONLINE HG Q1 2024 = 88.8".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Key} = {Value}";

    // A decimal's 96-bit digits, scale (0 to 28) and sign, packed in a number when the digits fit in 58 bits: the
    // digits in bits 0 to 57, the scale in 58 to 62, the sign in 63. Every bit of the decimal is kept, so the value
    // comes back exactly as given, its trailing zeros ("12.50") and the sign of a negative zero with it.
    private static bool TryPack(decimal value, out long packed)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        if (bits[2] != 0 || (uint)bits[1] >= 1u << 26)
        {
            packed = 0;
            return false;
        }

        var scale = (bits[3] >> 16) & 0xFF;
        packed = (long)(((ulong)(uint)bits[1] << 32) | (uint)bits[0]) | ((long)scale << 58) | (bits[3] < 0 ? long.MinValue : 0L);
        return true;
    }

    private static decimal Unpack(long packed) =>
        new(unchecked((int)packed), (int)((packed >> 32) & 0x3FF_FFFF), 0, packed < 0, (byte)((packed >> 58) & 0x1F));

    // A value kept whole: one with parts, or with more digits than a packed value holds.
    private sealed class Whole(MeasuredValue value)
    {
        public MeasuredValue Value { get; } = value;
    }

    // Where a figure comes from, how firm it is and when it was published, with its value; a figure reported plainly
    // keeps none.
    private sealed class Provenance(MeasuredValue value, LocalDate? asOf, SourceReference? source, ValueStatus status, string? statusNote, LocalDate? publishedOn)
    {
        public MeasuredValue Value { get; } = value;

        public LocalDate? AsOf { get; } = asOf;

        public SourceReference? Source { get; } = source;

        public ValueStatus Status { get; } = status;

        public string? StatusNote { get; } = statusNote;

        public LocalDate? PublishedOn { get; } = publishedOn;
    }
}
