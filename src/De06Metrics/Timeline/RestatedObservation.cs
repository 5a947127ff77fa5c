using System.Collections.Immutable;
using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>
/// A figure expressed in the units of a chosen date, kept beside the figures as reported that it came from: Tuyên
/// Quang's first-quarter 2025 rate in the units of 1 July 2025 is Hà Giang's and Tuyên Quang's numerators over their
/// denominators. When it cannot be restated, <see cref="Value"/> is <see langword="null"/> and <see cref="Issue"/> and
/// <see cref="Reason"/> say why.
/// </summary>
/// <remarks>Produced by <see cref="UnitTimeline.Restate"/>. Immutable and thread-safe.</remarks>
public sealed class RestatedObservation
{
    internal RestatedObservation(
        IndicatorCode indicator,
        UnitId unit,
        ReportingPeriod period,
        LocalDate countedTo,
        LocalDate unitsAsOf,
        MeasuredValue? value,
        RestatementIssue issue,
        string? reason,
        ImmutableArray<RestatementContribution> contributions,
        ImmutableArray<SuccessionEvent> events)
    {
        Indicator = indicator;
        Unit = unit;
        Period = period;
        CountedTo = countedTo;
        UnitsAsOf = unitsAsOf;
        Value = value;
        Issue = issue;
        Reason = reason;
        Contributions = contributions;
        Events = events;
    }

    /// <summary>The indicator.</summary>
    public IndicatorCode Indicator { get; }

    /// <summary>
    /// The unit the figure is for: a unit in force on <see cref="UnitsAsOf"/>; for <see cref="RestatementIssue.NotCarried"/>,
    /// <see cref="RestatementIssue.UnitNotInForce"/>, <see cref="RestatementIssue.EarlierUnits"/> and
    /// <see cref="RestatementIssue.RankNotRestated"/>, the reported figure's own unit.
    /// </summary>
    public UnitId Unit { get; }

    /// <summary>The period the figure covers, as reported.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The last day the figures count, as reported.</summary>
    public LocalDate CountedTo { get; }

    /// <summary>The date whose units the figure is expressed in.</summary>
    public LocalDate UnitsAsOf { get; }

    /// <summary>The restated value, or <see langword="null"/> when it could not be restated.</summary>
    public MeasuredValue? Value { get; }

    /// <summary>Whether the figure was restated.</summary>
    public bool IsRestated => Value.HasValue;

    /// <summary>Why it could not be restated; <see cref="RestatementIssue.None"/> when it was.</summary>
    public RestatementIssue Issue { get; }

    /// <summary>Why it could not be restated, naming the units, dates and values; <see langword="null"/> when it was.</summary>
    public string? Reason { get; }

    /// <summary>The reported figures it came from, each with the share taken and the events between.</summary>
    public ImmutableArray<RestatementContribution> Contributions { get; }

    /// <summary>The reported figures it came from, unchanged.</summary>
    public ImmutableArray<Observation> Originals => [.. Contributions.Select(contribution => contribution.Original)];

    /// <summary>The events applied, in date order.</summary>
    public ImmutableArray<SuccessionEvent> Events { get; }

    /// <summary>Whether the figure is exactly as reported: its own unit, wholly, with no event between.</summary>
    public bool IsAsReported =>
        IsRestated && Events.IsEmpty && Contributions.Length == 1 && Contributions[0].Share == 1m && Contributions[0].Original.Unit == Unit;

    /// <summary>The restated figure as an observation of its unit and period, to feed growth, scorecards or ranking.</summary>
    /// <returns>The observation, counted to <see cref="CountedTo"/>, with no source (it was computed, not reported).</returns>
    /// <exception cref="InvalidOperationException">The figure could not be restated; the message gives the reason.</exception>
    public Observation ToObservation() => Value is { } value
        ? new Observation(Indicator, Unit, Period, value, CountedTo == Period.End ? null : CountedTo)
        : throw new InvalidOperationException($"The figure of '{Unit}' for {Period.ToString(null, CultureInfo.InvariantCulture)} was not restated: {Reason}");

    /// <summary>Describes the figure: "TQ Q1 2025 in units of 2025-07-01 = 110/150 → 73.33…" or the reason it is missing.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var head = $"{Indicator} {Unit} {Period.ToString(null, CultureInfo.InvariantCulture)} in units of {TimelineText.Date(UnitsAsOf)}";
        return Value is { } value ? $"{head} = {value}" : $"{head}: {Issue}: {Reason}";
    }
}
