using System.Globalization;
using BenchmarkDotNet.Attributes;
using De06Metrics.Indicators;
using De06Metrics.Ranking;
using MathNet.Numerics.Statistics;

namespace De06Metrics.Benchmarks.Ranking;

/// <summary>
/// Ranking n doubles with ties and some NaN: the radix path of <see cref="Ranks"/> against a plain
/// <c>Array.Sort(keys, items)</c> (the baseline: sorting alone, before any rank is assigned), MathNet's
/// <c>Statistics.Ranks</c> and a LINQ OrderBy/GroupBy ranking.
/// </summary>
/// <remarks>
/// The data are KPI-like scores: 0 to 100 with two decimals (so ties are common at 10^5 and 10^6) and 1 % NaN.
/// Sizes default to 10^3, 10^5 and 10^6; set <c>DE06_BENCH_SIZES</c> (for example <c>1000000</c>) to run fewer:
/// <c>dotnet run -c Release --project benchmarks/De06Metrics.Benchmarks -- --job short --filter *Ranking*</c>.
/// </remarks>
[MemoryDiagnoser]
public class RankingBenchmarks
{
    private double[] values = [];
    private decimal?[] decimals = [];
    private double[] ranks = [];
    private decimal?[] decimalRanks = [];
    private ulong[] scratch = [];
    private double[] sortKeys = [];
    private int[] sortItems = [];
    private readonly RankOptions options = new(Polarity.HigherIsBetter, TieMethod.Average);

    /// <summary>The number of values ranked.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>10^3, 10^5 and 10^6, or the sizes listed in <c>DE06_BENCH_SIZES</c>.</summary>
    public static IEnumerable<int> Sizes() =>
        Environment.GetEnvironmentVariable("DE06_BENCH_SIZES") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture))
            : [1_000, 100_000, 1_000_000];

    /// <summary>Builds the data and the buffers once per size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2024);
        values = new double[N];
        for (var i = 0; i < N; i++)
        {
            values[i] = random.Next(100) == 0 ? double.NaN : Math.Round(random.NextDouble() * 100, 2);
        }

        decimals = values.Select(value => double.IsNaN(value) ? (decimal?)null : (decimal)value).ToArray();
        ranks = new double[N];
        decimalRanks = new decimal?[N];
        scratch = new ulong[Ranks.ScratchLength(N)];
        sortKeys = new double[N];
        sortItems = new int[N];
    }

    /// <summary>Sorting alone: copy the keys, number the items, <c>Array.Sort(keys, items)</c>.</summary>
    [Benchmark(Baseline = true)]
    public void ArraySortKeysItems()
    {
        values.CopyTo(sortKeys, 0);
        for (var i = 0; i < sortItems.Length; i++)
        {
            sortItems[i] = i;
        }

        Array.Sort(sortKeys, sortItems);
    }

    /// <summary>The radix path with caller-supplied scratch: no allocation.</summary>
    [Benchmark]
    public void RadixWithScratch() => Ranks.Compute(values, ranks, options, scratch);

    /// <summary>The radix path renting its scratch from the shared array pool.</summary>
    [Benchmark]
    public void RadixRented() => Ranks.Compute(values, ranks, options);

    /// <summary>MathNet.Numerics <c>Statistics.Ranks</c> with <c>RankDefinition.Average</c>.</summary>
    [Benchmark]
    public double[] MathNetRanks() => values.Ranks(RankDefinition.Average);

    /// <summary>A straightforward LINQ ranking: order, group equal values, give each group its mean position.</summary>
    [Benchmark]
    public double[] LinqOrderByGroupBy()
    {
        var result = new double[values.Length];
        Array.Fill(result, double.NaN);
        var position = 0;
        var groups = values
            .Select((value, index) => (Value: value, Index: index))
            .Where(entry => !double.IsNaN(entry.Value))
            .OrderByDescending(entry => entry.Value)
            .GroupBy(entry => entry.Value);
        foreach (var group in groups)
        {
            var members = group.ToList();
            var average = position + ((members.Count + 1) / 2.0);
            foreach (var member in members)
            {
                result[member.Index] = average;
            }

            position += members.Count;
        }

        return result;
    }

    /// <summary>The decimal path: a comparison sort on pooled arrays.</summary>
    [Benchmark]
    public void DecimalComparisonSort() => Ranks.Compute(decimals, decimalRanks, options);
}
