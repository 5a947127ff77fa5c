using BenchmarkDotNet.Attributes;
using De06Metrics.Benchmarks.Infrastructure;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Ranking;
using MathNet.Numerics.Statistics;

namespace De06Metrics.Benchmarks.Ranking;

/// <summary>
/// Ranking n doubles with ties and 1 % NaN, for every tie method: the library's radix path against its floor,
/// <c>Array.Sort(keys, items)</c> (the baseline: sorting alone, before any rank is assigned), MathNet.Numerics'
/// <c>Statistics.Ranks</c> (for the four tie methods it has; the "vs MathNet" column) and a LINQ OrderBy/GroupBy
/// ranking as people write it.
/// </summary>
/// <remarks>
/// Goals at 10^6: the library at most 0,6 × <c>Array.Sort</c> and at least twice as fast as MathNet (vs MathNet
/// ≤ 0,5) for every tie method. The data are KPI-like rates, 0 to 100 with two decimals, so 10^5 and 10^6 values hold
/// many ties. MathNet ranks ascending and ranks NaN as the smallest value; the library ranks the highest first and
/// leaves NaN unranked: the work is the same, the answers differ by direction only.
/// </remarks>
public class RankingBenchmarks
{
    private double[] values = [];
    private decimal?[] decimals = [];
    private double[] ranks = [];
    private decimal?[] decimalRanks = [];
    private ulong[] scratch = [];
    private double[] sortKeys = [];
    private int[] sortItems = [];

    /// <summary>The number of values ranked.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>10^3, 10^5 and 10^6, or the sizes given by <c>--sizes</c>.</summary>
    public static IEnumerable<int> Sizes() => BenchmarkSizes.Configured();

    /// <summary>Builds the data and the buffers once per size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        values = KpiData.Rates(N, seed: 2024, missingShare: 0.01);
        decimals = KpiData.ToNullableDecimals(values);
        ranks = new double[N];
        decimalRanks = new decimal?[N];
        scratch = new ulong[Ranks.ScratchLength(N)];
        sortKeys = new double[N];
        sortItems = new int[N];
    }

    /// <summary>The floor: copy the keys, number the items, <c>Array.Sort(keys, items)</c>.</summary>
    [Benchmark(Baseline = true)]
    public void ArraySort_KeysItems()
    {
        values.CopyTo(sortKeys, 0);
        for (var i = 0; i < sortItems.Length; i++)
        {
            sortItems[i] = i;
        }

        Array.Sort(sortKeys, sortItems);
    }

    /// <summary>The library, fractional ranks ("1 2,5 2,5 4"), with caller-supplied scratch: no allocation.</summary>
    [Benchmark]
    public void Library_Average() => Rank(TieMethod.Average);

    /// <summary>The library, standard competition ranks ("1224").</summary>
    [Benchmark]
    public void Library_Min() => Rank(TieMethod.Min);

    /// <summary>The library, modified competition ranks ("1334").</summary>
    [Benchmark]
    public void Library_Max() => Rank(TieMethod.Max);

    /// <summary>The library, ordinal ranks ("1234").</summary>
    [Benchmark]
    public void Library_First() => Rank(TieMethod.First);

    /// <summary>The library, dense ranks ("1223"); MathNet has no dense ranking.</summary>
    [Benchmark]
    public void Library_Dense() => Rank(TieMethod.Dense);

    /// <summary>The library's overload that rents its scratch from the shared array pool, as most callers use it.</summary>
    [Benchmark]
    public void LibraryPooled_Average() => Ranks.Compute(values, ranks, new RankOptions(Polarity.HigherIsBetter, TieMethod.Average));

    /// <summary>The library's exact path over <c>decimal?</c>: a comparison sort on pooled arrays.</summary>
    [Benchmark]
    public void LibraryDecimal_Average() => Ranks.Compute(decimals, decimalRanks, new RankOptions(Polarity.HigherIsBetter, TieMethod.Average));

    /// <summary>MathNet.Numerics <c>Statistics.Ranks</c>, <c>RankDefinition.Average</c>.</summary>
    [Benchmark]
    public double[] MathNet_Average() => values.Ranks(RankDefinition.Average);

    /// <summary>MathNet.Numerics <c>Statistics.Ranks</c>, <c>RankDefinition.Min</c>.</summary>
    [Benchmark]
    public double[] MathNet_Min() => values.Ranks(RankDefinition.Min);

    /// <summary>MathNet.Numerics <c>Statistics.Ranks</c>, <c>RankDefinition.Max</c>.</summary>
    [Benchmark]
    public double[] MathNet_Max() => values.Ranks(RankDefinition.Max);

    /// <summary>MathNet.Numerics <c>Statistics.Ranks</c>, <c>RankDefinition.First</c>.</summary>
    [Benchmark]
    public double[] MathNet_First() => values.Ranks(RankDefinition.First);

    /// <summary>LINQ ranking, average.</summary>
    [Benchmark]
    public double[] Linq_Average() => LinqRanks(TieMethod.Average);

    /// <summary>LINQ ranking, min.</summary>
    [Benchmark]
    public double[] Linq_Min() => LinqRanks(TieMethod.Min);

    /// <summary>LINQ ranking, max.</summary>
    [Benchmark]
    public double[] Linq_Max() => LinqRanks(TieMethod.Max);

    /// <summary>LINQ ranking, first.</summary>
    [Benchmark]
    public double[] Linq_First() => LinqRanks(TieMethod.First);

    /// <summary>LINQ ranking, dense.</summary>
    [Benchmark]
    public double[] Linq_Dense() => LinqRanks(TieMethod.Dense);

    private void Rank(TieMethod ties) => Ranks.Compute(values, ranks, new RankOptions(Polarity.HigherIsBetter, ties), scratch);

    /// <summary>
    /// A straightforward LINQ ranking: drop NaN, order highest first (a stable sort, so ties stay in input order as
    /// <c>First</c> needs), group equal values, give each group its ranks.
    /// </summary>
    private double[] LinqRanks(TieMethod ties)
    {
        var result = new double[values.Length];
        Array.Fill(result, double.NaN);
        var position = 0;
        var dense = 0;
        var groups = values
            .Select((value, index) => (Value: value, Index: index))
            .Where(entry => !double.IsNaN(entry.Value))
            .OrderByDescending(entry => entry.Value)
            .GroupBy(entry => entry.Value);
        foreach (var group in groups)
        {
            var members = group.ToList();
            dense++;
            for (var k = 0; k < members.Count; k++)
            {
                result[members[k].Index] = ties switch
                {
                    TieMethod.Average => position + ((members.Count + 1) / 2.0),
                    TieMethod.Min => position + 1,
                    TieMethod.Max => position + members.Count,
                    TieMethod.First => position + k + 1,
                    _ => dense,
                };
            }

            position += members.Count;
        }

        return result;
    }
}
