using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using De06Metrics.Serialization;

namespace De06Metrics.Benchmarks.Serialization;

/// <summary>
/// The one-pass check <c>de06 validate</c> runs on a JSON file (<see cref="ScorecardJsonCheck"/>), on the JSON of
/// 100 000 observations (100 communes × 10 indicators × 100 months, rates with and without parts, counts) and 100
/// targets, read from a stream through the reader's window as the tool reads a file. Baseline: a bare
/// <see cref="Utf8JsonReader"/> pass over the same bytes in memory, every token read and nothing checked. The full
/// reading of the same bytes is in <see cref="ScorecardReadingBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class ScorecardCheckBenchmarks
{
    private byte[] json = [];

    /// <summary>Builds the scorecard and writes it as JSON bytes; the check must prove them.</summary>
    [GlobalSetup]
    public void Setup()
    {
        json = Encoding.UTF8.GetBytes(ScorecardJson.ToJson(De06Metrics.Tests.Serialization.LargeScorecard.Create()));
        if (Check() != 100_000)
        {
            throw new InvalidOperationException("The check does not prove the written scorecard.");
        }
    }

    /// <summary>One <see cref="Utf8JsonReader"/> pass over the bytes, every token read and nothing built.</summary>
    [Benchmark(Baseline = true)]
    public int ParseOnly() => ScorecardReadingBenchmarks.BareJsonPass(json);

    /// <summary>The check: the catalog read, every observation checked, its key kept; the observations proved, or -1.</summary>
    [Benchmark]
    public int Check()
    {
        using var stream = new MemoryStream(json, writable: false);
        return ScorecardJsonCheck.Check(stream)?.Observations ?? -1;
    }
}
