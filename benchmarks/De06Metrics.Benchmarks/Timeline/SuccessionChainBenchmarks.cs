using BenchmarkDotNet.Attributes;
using De06Metrics.Indicators;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Benchmarks.Timeline;

/// <summary>
/// Checking the successions of one date: a chain of <see cref="Length"/> mergers on the same day (U0 into U1, U1 into
/// U2, …), which a timeline refuses since a unit that ends that day cannot take in another, and the same chain closed
/// into a cycle. Both are found by one walk over the date's events that never visits a unit twice.
/// </summary>
/// <remarks>
/// Goal: linear in the number of events (10 × the events, about 10 × the time) and no deeper stack than a short chain.
/// The check once recursed per link and overflowed the stack at 100 000 links. The reliability tests prove both
/// refusals and that the stack holds; this benchmark measures how long they take.
/// </remarks>
[MemoryDiagnoser]
public class SuccessionChainBenchmarks
{
    private static readonly SourceReference Source = new("Nghị quyết 1/NQ-HĐND", new LocalDate(2025, 6, 1));
    private static readonly LocalDate July1 = new(2025, 7, 1);

    private UnitRegistry flat = null!;
    private List<SuccessionEvent> chain = [];
    private List<SuccessionEvent> cycle = [];

    /// <summary>The number of mergers on the date.</summary>
    [Params(10_000, 100_000)]
    public int Length { get; set; }

    /// <summary>Builds the units and the events once per length.</summary>
    [GlobalSetup]
    public void Setup()
    {
        flat = UnitRegistry.Create(Enumerable.Range(0, Length + 1).Select(i => new ResponsibleUnit(Id(i), new LocalizedText("Đơn vị " + i), UnitKind.Agency)));
        chain = [.. Enumerable.Range(0, Length).Select(i => (SuccessionEvent)UnitMerger.Into([Id(i)], Id(i + 1), July1, Source))];
        cycle = [.. chain, UnitMerger.Into([Id(Length)], Id(0), July1, Source)];
    }

    /// <summary>Refuses the chain.</summary>
    /// <returns>The refusal's message.</returns>
    [Benchmark]
    public string Chain() => Refusal(chain);

    /// <summary>Refuses the cycle.</summary>
    /// <returns>The refusal's message.</returns>
    [Benchmark]
    public string Cycle() => Refusal(cycle);

    private string Refusal(List<SuccessionEvent> events)
    {
        try
        {
            _ = UnitTimeline.Create(flat, events);
            throw new InvalidOperationException("The timeline was expected to refuse the events.");
        }
        catch (ArgumentException refused)
        {
            return refused.Message;
        }
    }

    private static UnitId Id(int i) => new("U" + i);
}
