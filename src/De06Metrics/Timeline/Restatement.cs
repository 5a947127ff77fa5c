using System.Collections.Immutable;
using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>
/// Reported figures of one indicator and the same figures expressed in the units of a chosen date, side by side.
/// Every reported figure is among the <see cref="Figures"/>' contributions: restated, carried as it was, or with the
/// reason it could not be.
/// </summary>
/// <remarks>Produced by <see cref="UnitTimeline.Restate"/>. Immutable and thread-safe.</remarks>
public sealed class Restatement
{
    internal Restatement(Indicator indicator, LocalDate unitsAsOf, ImmutableArray<Observation> reported, ImmutableArray<RestatedObservation> figures)
    {
        Indicator = indicator;
        UnitsAsOf = unitsAsOf;
        Reported = reported;
        Figures = figures;
    }

    /// <summary>The indicator, whose measure and roll-up rule decided how figures combine.</summary>
    public Indicator Indicator { get; }

    /// <summary>The date whose units the figures are expressed in.</summary>
    public LocalDate UnitsAsOf { get; }

    /// <summary>The figures as reported, unchanged, in the order given.</summary>
    public ImmutableArray<Observation> Reported { get; }

    /// <summary>
    /// Every figure of the restatement, restated or not, by period, then by the order of the units on
    /// <see cref="UnitsAsOf"/>, then the reported figures that could not be placed.
    /// </summary>
    public ImmutableArray<RestatedObservation> Figures { get; }

    /// <summary>The figures that were restated.</summary>
    public IEnumerable<RestatedObservation> Restated => Figures.Where(figure => figure.IsRestated);

    /// <summary>The figures that could not be restated, each with its reason.</summary>
    public IEnumerable<RestatedObservation> Problems => Figures.Where(figure => !figure.IsRestated);

    /// <summary>The figure of a unit for a period, counted to a day.</summary>
    /// <param name="unit">The unit (in force on <see cref="UnitsAsOf"/>, or a reported unit whose figure could not be placed).</param>
    /// <param name="period">The period.</param>
    /// <param name="countedTo">The last day counted; <see langword="null"/> for the period's end.</param>
    /// <returns>The figure, or <see langword="null"/> when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    public RestatedObservation? Find(UnitId unit, ReportingPeriod period, LocalDate? countedTo = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        var day = countedTo ?? period.End;
        return Figures.FirstOrDefault(figure => figure.Unit == unit && figure.Period.Equals(period) && figure.CountedTo == day);
    }
}
