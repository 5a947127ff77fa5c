using System.Collections.Immutable;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;

namespace De06Metrics.Indicators;

/// <summary>
/// One indicator's figure of a period combined from the figures of its sub-periods by the indicator's
/// <see cref="AccumulationKind"/>: the quarter from its months, the year from its quarters. When a sub-period it needs
/// has no figure, there is no value, and <see cref="Missing"/> names the sub-periods that lack one.
/// </summary>
/// <remarks>
/// Made by <see cref="TimeAggregation.Aggregate(Indicator, ReportingPeriod, PeriodKind, ReadOnlySpan{MeasuredValue?})"/>.
/// Immutable and thread-safe; <c>default</c> has no indicator and is never returned.
/// </remarks>
public readonly struct TimeAggregate : IEquatable<TimeAggregate>
{
    internal TimeAggregate(Indicator indicator, ReportingPeriod period, PeriodKind subPeriodKind, MeasuredValue? value, NotMeaningfulReason reason, ImmutableArray<ReportingPeriod> missing)
    {
        Indicator = indicator;
        Period = period;
        SubPeriodKind = subPeriodKind;
        Value = value;
        Reason = reason;
        Missing = missing;
    }

    /// <summary>The indicator, whose accumulation kind was applied.</summary>
    public Indicator Indicator { get; }

    /// <summary>The period the figure is of.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The kind of sub-periods combined: <see cref="PeriodKind.Month"/> or <see cref="PeriodKind.Quarter"/>.</summary>
    public PeriodKind SubPeriodKind { get; }

    /// <summary>The combined figure, or <see langword="null"/> when it cannot be formed (see <see cref="Reason"/>).</summary>
    public MeasuredValue? Value { get; }

    /// <summary>
    /// <see cref="NotMeaningfulReason.None"/> when there is a value; <see cref="NotMeaningfulReason.SubPeriodsMissing"/>
    /// when a sub-period it needs has no figure; <see cref="NotMeaningfulReason.SubPeriodsWithoutParts"/> for a rate
    /// whose sub-periods' figures lack their parts.
    /// </summary>
    public NotMeaningfulReason Reason { get; }

    /// <summary>The sub-periods without a figure that the value needs, in order; empty when complete.</summary>
    /// <remarks>
    /// A stock and a cumulative figure need only the last sub-period, so an earlier gap is not listed and does not
    /// stop them; a flow, a rate from parts and an average need every sub-period.
    /// </remarks>
    public ImmutableArray<ReportingPeriod> Missing { get; }

    /// <summary>Whether every sub-period the value needs had a figure, so there is a value.</summary>
    public bool IsComplete => Reason == NotMeaningfulReason.None;

    /// <summary>Writes the figure: "60 hồ sơ", or "chưa đủ số liệu, thiếu tháng 2/2024" / "incomplete, missing February 2024".</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (Value is { } value)
        {
            return Indicator.FormatValue(value.Value, language);
        }

        return Reason == NotMeaningfulReason.SubPeriodsMissing
            ? language.Format(Phrase.TimeIncomplete, string.Join(", ", Missing.Select(period => PeriodText.InSentence(period, language))))
            : Reason.Describe(language);
    }

    /// <inheritdoc />
    public bool Equals(TimeAggregate other) =>
        Equals(Indicator, other.Indicator) && Equals(Period, other.Period) && SubPeriodKind == other.SubPeriodKind &&
        Value == other.Value && Reason == other.Reason && Missing.SequenceEqual(other.Missing);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TimeAggregate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Indicator, Period, SubPeriodKind, Value, Reason, Missing.Length);

    /// <summary>Whether two aggregates are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(TimeAggregate left, TimeAggregate right) => left.Equals(right);

    /// <summary>Whether two aggregates differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(TimeAggregate left, TimeAggregate right) => !left.Equals(right);

    /// <summary>Writes the figure in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Indicator is null ? string.Empty : Describe(Language.English);
}
