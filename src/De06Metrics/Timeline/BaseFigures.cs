using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>
/// One indicator's figures for a base period, keyed by the unit they were reported for, and their restatement into
/// the units of a later date, worked out once and only when a unit that changed asks for it.
/// </summary>
/// <remarks>
/// A figure counted to a day inside the period ("tính đến ngày …") whose unit is still in force at the period's end is
/// read as the period's figure, as growth comparisons read it, so that figures of one period restate together. Not
/// thread-safe: one instance per evaluation.
/// </remarks>
internal sealed class BaseFigures
{
    private readonly UnitTimeline timeline;
    private readonly Func<IEnumerable<Observation>> source;
    private Dictionary<UnitId, Observation>? byUnit;
    private Restatement? restatement;

    public BaseFigures(UnitTimeline timeline, Indicator indicator, ReportingPeriod period, LocalDate unitsAsOf, Func<IEnumerable<Observation>> source)
    {
        this.timeline = timeline;
        this.source = source;
        Indicator = indicator;
        Period = period;
        UnitsAsOf = unitsAsOf;
    }

    public Indicator Indicator { get; }

    public ReportingPeriod Period { get; }

    public LocalDate UnitsAsOf { get; }

    /// <summary>The figures of the period by unit, each read as counted to the period's end when its unit is in force then.</summary>
    public IReadOnlyDictionary<UnitId, Observation> ByUnit => byUnit ??= Collect();

    /// <summary>The figures restated into the units of <see cref="UnitsAsOf"/>.</summary>
    public Restatement Restatement => restatement ??= timeline.Restate(Indicator, ByUnit.Values, UnitsAsOf);

    private Dictionary<UnitId, Observation> Collect()
    {
        var figures = new Dictionary<UnitId, Observation>();
        foreach (var observation in source())
        {
            if (!observation.Period.Equals(Period))
            {
                continue;
            }

            var figure = observation.AsOf is not null && timeline.Contains(observation.Unit) && timeline.IsInForce(observation.Unit, Period.End)
                ? new Observation(observation.Indicator, observation.Unit, observation.Period, observation.Value, null, observation.Source)
                : observation;
            if (!figures.TryAdd(figure.Unit, figure))
            {
                throw new ArgumentException(
                    $"Two figures of '{Indicator.Code}' for '{figure.Unit}' in {Period.ToString(null, System.Globalization.CultureInfo.InvariantCulture)} are given ({figures[figure.Unit]} and {observation}); a base period has one figure per unit.",
                    "observations");
            }
        }

        return figures;
    }
}
