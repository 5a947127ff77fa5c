using BenchmarkDotNet.Attributes;
using De06Metrics.Periods;

namespace De06Metrics.Benchmarks.Periods;

/// <summary>
/// Refusing hostile reporting-period labels: a month's "(window)" nested <see cref="Length"/> characters deep, a run of
/// parentheses, of digits, of spaces, of "1/". The parser reads a label once, left to right, so the time grows with the
/// label's length and no faster.
/// </summary>
/// <remarks>
/// Goal: linear in the length: 1 000 000 characters take about ten times as long as 100 000, well under a second each.
/// The parser once called itself for every "(" and tried its two lazy groups both ways, which overflowed the stack at
/// 20 000 levels and took minutes at 50 000 parentheses. The reliability tests prove that such labels are refused
/// without exhausting the stack; this benchmark measures how long it takes.
/// </remarks>
[MemoryDiagnoser]
public class HostileLabelBenchmarks
{
    private string[] labels = [];

    /// <summary>The length of each label, in characters.</summary>
    [Params(100_000, 1_000_000)]
    public int Length { get; set; }

    /// <summary>Builds the labels once per length.</summary>
    [GlobalSetup]
    public void Setup() => labels =
    [
        string.Concat(Enumerable.Repeat("Tháng 3/2024 (", Length / 14)) + new string(')', Length / 14),
        new string('(', Length),
        string.Concat(Enumerable.Repeat("x (", Length / 3)),
        new string('9', Length),
        "Quý I/2024 " + new string(' ', Length) + "x",
        string.Concat(Enumerable.Repeat("1/", Length / 2)),
    ];

    /// <summary>Tries every label; each is refused.</summary>
    /// <returns>How many were read (none).</returns>
    [Benchmark]
    public int TryParseAll()
    {
        var read = 0;
        foreach (var label in labels)
        {
            read += ReportingPeriod.TryParse(label, out _) ? 1 : 0;
        }

        return read;
    }
}
