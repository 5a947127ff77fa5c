using BenchmarkDotNet.Attributes;
using De06Metrics.Benchmarks.Infrastructure;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Ranking;
using MathNet.Numerics.Statistics;

namespace De06Metrics.Benchmarks.Ranking;

/// <summary>
/// The user's question, "how long to rank every commune on every indicator?": 10 000 communes × 100 indicators
/// (rates with one decimal, 1 % missing), each indicator ranked on its own with standard competition ranks
/// ("1224", <see cref="TieMethod.Min"/>, Excel's <c>RANK.EQ</c>). Baselines as in <see cref="RankingBenchmarks"/>:
/// <c>Array.Sort(keys, items)</c> of each column, and MathNet.Numerics' <c>Statistics.Ranks</c>.
/// </summary>
public class FieldRankingBenchmarks
{
    private const int Communes = 10_000;
    private const int Indicators = 100;

    private static readonly RankOptions Options = new(Polarity.HigherIsBetter, TieMethod.Min);

    private double[] matrix = [];
    private double[] ranks = [];
    private ulong[] scratch = [];
    private double[] sortKeys = [];
    private int[] sortItems = [];

    /// <summary>Builds the column-major matrix and the buffers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        matrix = KpiData.Rates(Communes * Indicators, seed: 10_000, missingShare: 0.01, decimals: 1);
        ranks = new double[Communes * Indicators];
        scratch = new ulong[Ranks.ScratchLength(Communes)];
        sortKeys = new double[Communes];
        sortItems = new int[Communes];
    }

    /// <summary>The floor: <c>Array.Sort(keys, items)</c> of each of the 100 columns.</summary>
    [Benchmark(Baseline = true)]
    public void ArraySort_KeysItems()
    {
        for (var j = 0; j < Indicators; j++)
        {
            matrix.AsSpan(j * Communes, Communes).CopyTo(sortKeys);
            for (var i = 0; i < Communes; i++)
            {
                sortItems[i] = i;
            }

            Array.Sort(sortKeys, sortItems);
        }
    }

    /// <summary>The library: every column ranked into the rank matrix, with one scratch buffer for all.</summary>
    [Benchmark]
    public void Library_Min()
    {
        for (var j = 0; j < Indicators; j++)
        {
            Ranks.Compute(matrix.AsSpan(j * Communes, Communes), ranks.AsSpan(j * Communes, Communes), Options, scratch);
        }
    }

    /// <summary>MathNet.Numerics <c>Statistics.Ranks</c>, <c>RankDefinition.Min</c>, column by column.</summary>
    [Benchmark]
    public double MathNet_Min()
    {
        var checksum = 0.0;
        for (var j = 0; j < Indicators; j++)
        {
            checksum += matrix.AsSpan(j * Communes, Communes).ToArray().Ranks(RankDefinition.Min)[0];
        }

        return checksum;
    }
}
