using BenchmarkDotNet.Attributes;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Benchmarks.Timeline;

/// <summary>
/// Restating through a long history: <see cref="Dates"/> mergers on as many dates, and one reported rate for every
/// unit in the month before the first merger, restated into the one unit that is left. Building the timeline is
/// measured apart from restating. Two shapes of history: a <c>chain</c>, each unit into the next (U0 into U1 on the
/// first date, U1 into U2 on the next, …), the worst case, where the first unit goes through every merger; and a
/// <c>tree</c>, units merged in pairs, then the pairs in pairs, and so on (U1 into U0, U3 into U2, …; then U2 into U0,
/// …), where each unit goes through about log₂ n mergers, as in a real reorganisation.
/// </summary>
/// <remarks>
/// Goal: n log n in the number of event dates; 2 000 dates well under 50 ms. The restated figure's contributions list
/// every unit with the mergers it went through, so what is built grows with the sum of those routes: n²/2 event
/// references for the chain, n log₂ n for the tree; each is a pointer copied once.
/// </remarks>
[MemoryDiagnoser]
public class RestatementBenchmarks
{
    private static readonly SourceReference Source = new("Nghị quyết 1/NQ-HĐND", new LocalDate(2019, 12, 1));
    private static readonly LocalDate Start = new(2020, 1, 1);
    private static readonly Indicator Online = new(new IndicatorCode("DVC.ONLINE"), new LocalizedText("Tỷ lệ hồ sơ trực tuyến"), Measure.Rate, Polarity.HigherIsBetter);

    private UnitRegistry flat = null!;
    private List<SuccessionEvent> events = [];
    private UnitTimeline timeline = null!;
    private List<Observation> figures = [];

    /// <summary>The number of event dates, one merger on each.</summary>
    [Params(500, 2_000, 8_000)]
    public int Dates { get; set; }

    /// <summary>The shape of the history: <c>chain</c> or <c>tree</c> (see the class summary).</summary>
    [Params("chain", "tree")]
    public string Shape { get; set; } = "chain";

    /// <summary>Builds the units, the events, the timeline and the figures once per size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        flat = UnitRegistry.Create(Enumerable.Range(0, Dates + 1).Select(i => new ResponsibleUnit(Id(i), new LocalizedText("Đơn vị " + i), UnitKind.Commune)));
        events = Shape == "chain"
            ? [.. Enumerable.Range(0, Dates).Select(i => (SuccessionEvent)UnitMerger.Into([Id(i)], Id(i + 1), Start.PlusDays(i + 1), Source))]
            : PairedMergers();
        timeline = UnitTimeline.Create(flat, events);
        figures = [.. Enumerable.Range(0, Dates + 1).Select(i => new Observation(Online.Code, Id(i), ReportingPeriod.ForMonth(2019, 12), MeasuredValue.FromRateParts(1m, 2m)))];
    }

    /// <summary>Builds and checks the timeline.</summary>
    /// <returns>The timeline.</returns>
    [Benchmark]
    public UnitTimeline Create() => UnitTimeline.Create(flat, events);

    /// <summary>Restates every unit's figure into the last unit.</summary>
    /// <returns>The restatement.</returns>
    [Benchmark]
    public Restatement Restate() => timeline.Restate(Online, figures, Start.PlusDays(Dates));

    private static UnitId Id(int i) => new("U" + i);

    // Round r merges U(j + 2^r) into U(j) for every j that is a multiple of 2^(r+1), one merger a day: every unit but
    // U0 is merged once, so there are as many mergers as dates.
    private List<SuccessionEvent> PairedMergers()
    {
        var mergers = new List<SuccessionEvent>(Dates);
        for (var step = 1; step <= Dates; step *= 2)
        {
            for (var j = 0; j + step <= Dates; j += 2 * step)
            {
                mergers.Add(UnitMerger.Into([Id(j + step)], Id(j), Start.PlusDays(mergers.Count + 1), Source));
            }
        }

        return mergers;
    }
}
