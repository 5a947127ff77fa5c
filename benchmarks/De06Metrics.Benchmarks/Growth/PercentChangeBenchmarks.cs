using System.Globalization;
using System.Numerics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using De06Metrics.Benchmarks.Infrastructure;
using De06Metrics.Growth;
using De06Metrics.Measures;

namespace De06Metrics.Benchmarks.Growth;

/// <summary>
/// Percent change (current − base) × 100 / |base| over n pairs with <see cref="ChangeBatch"/>, over <c>double</c>
/// and over <c>decimal</c>. Each category has its baseline, a plain loop with the same semantics (a zero base or a
/// sign change reported per element, NaN or infinite input refused); the <c>double</c> category also has
/// <see cref="Double_MemoryReference"/>, which reads and writes the same bytes with vectors and decides nothing.
/// </summary>
/// <remarks>
/// Goals: the <c>double</c> path within 1,3 × the memory reference, which is at least 4 × faster than the plain
/// loop; no allocation per pair. Values 0 to 1 000 with one decimal; 1 % of the bases are zero, as in real data
/// where a unit had nothing to count a year before.
/// </remarks>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class PercentChangeBenchmarks
{
    private double[] doubleBases = [];
    private double[] doubleCurrents = [];
    private double[] doubleDestination = [];
    private decimal[] decimalBases = [];
    private decimal[] decimalCurrents = [];
    private decimal[] decimalDestination = [];
    private NotMeaningfulReason[] status = [];

    /// <summary>The number of (base, current) pairs.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>10^3, 10^5 and 10^6, or the sizes given by <c>--sizes</c>.</summary>
    public static IEnumerable<int> Sizes() => BenchmarkSizes.Configured();

    /// <summary>Builds the series and the output buffers once per size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240331);
        doubleBases = new double[N];
        doubleCurrents = new double[N];
        for (var i = 0; i < N; i++)
        {
            doubleBases[i] = random.Next(100) == 0 ? 0d : random.Next(1, 10_001) / 10d;
            doubleCurrents[i] = random.Next(0, 10_001) / 10d;
        }

        decimalBases = Array.ConvertAll(doubleBases, value => (decimal)value);
        decimalCurrents = Array.ConvertAll(doubleCurrents, value => (decimal)value);
        doubleDestination = new double[N];
        decimalDestination = new decimal[N];
        status = new NotMeaningfulReason[N];
    }

    /// <summary>The plain loop: check each input, then zero base, sign change, the percent and its range.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("double")]
    public int Double_PlainLoop()
    {
        var notMeaningful = 0;
        for (var i = 0; i < doubleBases.Length; i++)
        {
            var (b, c) = (doubleBases[i], doubleCurrents[i]);
            if (!double.IsFinite(b) || !double.IsFinite(c))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The value at index {i} is not finite."), nameof(doubleBases));
            }

            var reason = NotMeaningfulReason.None;
            var percent = double.NaN;
            if (b == 0d)
            {
                reason = NotMeaningfulReason.ZeroBase;
            }
            else if ((b < 0d && c > 0d) || (b > 0d && c < 0d))
            {
                reason = NotMeaningfulReason.SignChange;
            }
            else
            {
                percent = (c - b) * 100d / Math.Abs(b);
                if (!double.IsFinite(percent))
                {
                    percent = double.NaN;
                    reason = NotMeaningfulReason.OutOfRange;
                }
            }

            doubleDestination[i] = percent;
            status[i] = reason;
            if (reason != NotMeaningfulReason.None)
            {
                notMeaningful++;
            }
        }

        return notMeaningful;
    }

    /// <summary>The library's vectorised path.</summary>
    [Benchmark]
    [BenchmarkCategory("double")]
    public int Double_Library() => ChangeBatch.PercentChange(doubleBases, doubleCurrents, doubleDestination, status);

    /// <summary>
    /// Memory speed: read both inputs and write their difference with <see cref="Vector{T}"/>, then fill the
    /// statuses, deciding nothing. The same bytes in and out as a percent change.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("double")]
    public void Double_MemoryReference()
    {
        var width = Vector<double>.Count;
        var i = 0;
        for (; i <= doubleBases.Length - width; i += width)
        {
            (Vector.LoadUnsafe(ref doubleCurrents[0], (nuint)i) - Vector.LoadUnsafe(ref doubleBases[0], (nuint)i)).StoreUnsafe(ref doubleDestination[0], (nuint)i);
        }

        for (; i < doubleBases.Length; i++)
        {
            doubleDestination[i] = doubleCurrents[i] - doubleBases[i];
        }

        status.AsSpan().Clear(); // NotMeaningfulReason.None is 0
    }

    /// <summary>
    /// The division floor: the same bytes in and out as <see cref="Double_MemoryReference"/>, with the library's
    /// arithmetic (current − base) × 100 / |base| on every row and no check at all. A percent change equal bit for bit
    /// to the element path cannot cost less than this on a core whose vector division is slower than memory.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("double")]
    public void Double_DivisionFloor()
    {
        var width = Vector<double>.Count;
        var hundred = new Vector<double>(100d);
        var i = 0;
        for (; i <= doubleBases.Length - width; i += width)
        {
            var b = Vector.LoadUnsafe(ref doubleBases[0], (nuint)i);
            ((Vector.LoadUnsafe(ref doubleCurrents[0], (nuint)i) - b) * hundred / Vector.Abs(b)).StoreUnsafe(ref doubleDestination[0], (nuint)i);
        }

        for (; i < doubleBases.Length; i++)
        {
            doubleDestination[i] = (doubleCurrents[i] - doubleBases[i]) * 100d / Math.Abs(doubleBases[i]);
        }

        status.AsSpan().Clear(); // NotMeaningfulReason.None is 0
    }

    /// <summary>The plain loop over <c>decimal</c>: zero base, sign change, then the percent, multiplying first.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("decimal")]
    public int Decimal_PlainLoop()
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

    /// <summary>The library's exact path, which also reports a percent beyond <c>decimal</c>'s range.</summary>
    [Benchmark]
    [BenchmarkCategory("decimal")]
    public int Decimal_Library() => ChangeBatch.PercentChange(decimalBases, decimalCurrents, decimalDestination, status);
}
