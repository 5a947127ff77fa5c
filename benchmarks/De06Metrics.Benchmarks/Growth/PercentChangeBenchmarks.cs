using De06Metrics;
using BenchmarkDotNet.Attributes;
using De06Metrics.Growth;

namespace De06Metrics.Benchmarks.Growth;

/// <summary>
/// Percent change over n pairs: the library's batch methods against a plain loop with the same semantics
/// (zero base and sign change reported per element). The double baseline is the library's own element path, so the
/// ratio shows what <see cref="System.Numerics.Vector{T}"/> buys.
/// </summary>
/// <remarks>
/// Sizes come from the environment variable <c>DE06_BENCH_SIZES</c> (comma-separated, e.g. <c>100000</c>) when set,
/// so that a short check can run one size: BenchmarkDotNet has no command-line filter on parameters.
/// About 1% of the bases are zero, as in real data where a unit had nothing to count a year before.
/// </remarks>
[MemoryDiagnoser]
public class PercentChangeBenchmarks
{
    private double[] doubleBases = [];
    private double[] doubleCurrents = [];
    private double[] doubleDestination = [];
    private decimal[] decimalBases = [];
    private decimal[] decimalCurrents = [];
    private decimal[] decimalDestination = [];
    private NotMeaningfulReason[] status = [];

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes()
    {
        var configured = Environment.GetEnvironmentVariable("DE06_BENCH_SIZES");
        return string.IsNullOrWhiteSpace(configured)
            ? [1_000, 100_000, 1_000_000]
            : configured.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240331);
        doubleBases = new double[N];
        doubleCurrents = new double[N];
        for (var i = 0; i < N; i++)
        {
            doubleBases[i] = random.Next(100) == 0 ? 0d : Math.Round(random.NextDouble() * 1000, 1);
            doubleCurrents[i] = Math.Round(random.NextDouble() * 1000, 1);
        }

        decimalBases = Array.ConvertAll(doubleBases, v => (decimal)v);
        decimalCurrents = Array.ConvertAll(doubleCurrents, v => (decimal)v);
        doubleDestination = new double[N];
        decimalDestination = new decimal[N];
        status = new NotMeaningfulReason[N];
    }

    [Benchmark(Baseline = true)]
    public int DoublePlainLoop() => ChangeBatch.PercentChangeScalar(doubleBases, doubleCurrents, doubleDestination, status);

    [Benchmark]
    public int DoubleVectorised() => ChangeBatch.PercentChange(doubleBases, doubleCurrents, doubleDestination, status);

    [Benchmark]
    public int DecimalPlainLoop()
    {
        var notMeaningful = 0;
        for (var i = 0; i < decimalBases.Length; i++)
        {
            var (b, c) = (decimalBases[i], decimalCurrents[i]);
            if (b == 0m || (b < 0m && c > 0m) || (b > 0m && c < 0m))
            {
                decimalDestination[i] = 0m;
                status[i] = b == 0m ? NotMeaningfulReason.ZeroBase : NotMeaningfulReason.SignChange;
                notMeaningful++;
                continue;
            }

            decimalDestination[i] = (c - b) * 100m / Math.Abs(b);
            status[i] = NotMeaningfulReason.None;
        }

        return notMeaningful;
    }

    [Benchmark]
    public int DecimalLibrary() => ChangeBatch.PercentChange(decimalBases, decimalCurrents, decimalDestination, status);
}
