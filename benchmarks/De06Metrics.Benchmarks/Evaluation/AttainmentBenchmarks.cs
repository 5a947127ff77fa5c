using System.Numerics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using De06Metrics.Benchmarks.Infrastructure;
using De06Metrics.Evaluation;
using De06Metrics.Measures;

namespace De06Metrics.Benchmarks.Evaluation;

/// <summary>
/// Attainment (actual ÷ target, higher is better) for n (actual, target) pairs with
/// <see cref="BatchEvaluation.Attainment(ReadOnlySpan{double}, ReadOnlySpan{double}, Polarity, Span{double}, Span{NotMeaningfulReason})"/>,
/// over <c>double</c> and over <c>decimal</c>. Each category has its baseline, a plain loop with the same rules; the
/// <c>double</c> category also has <see cref="Double_MemoryReference"/>, which reads and writes the same bytes with
/// vectors and decides nothing, as in the percent-change benchmark.
/// </summary>
/// <remarks>
/// Goal: the <c>double</c> path within 1,2 × the memory reference at 10^5 and 10^6; no allocation per pair. Actuals
/// 0 to 100 with one decimal, 2 % missing (NaN); targets 40 to 90, 1 % zero (a target of nothing, which has no ratio).
/// </remarks>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class AttainmentBenchmarks
{
    private double[] actuals = [];
    private double[] targets = [];
    private double[] destination = [];
    private decimal?[] exactActuals = [];
    private decimal[] exactTargets = [];
    private decimal[] exactDestination = [];
    private NotMeaningfulReason[] reasons = [];

    /// <summary>The number of (actual, target) pairs.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>10^3, 10^5 and 10^6, or the sizes given by <c>--sizes</c>.</summary>
    public static IEnumerable<int> Sizes() => BenchmarkSizes.Configured();

    /// <summary>Builds the pairs and the output buffers once per size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        actuals = KpiData.Rates(N, seed: 20240310, missingShare: 0.02, decimals: 1);
        targets = Array.ConvertAll(KpiData.Rates(N, seed: 70, missingShare: 0, decimals: 0), target => 40 + (target / 2));
        var random = new Random(31);
        for (var i = 0; i < N; i++)
        {
            if (random.Next(100) == 0)
            {
                targets[i] = 0;
            }
        }

        exactActuals = KpiData.ToNullableDecimals(actuals);
        exactTargets = Array.ConvertAll(targets, target => (decimal)target);
        destination = new double[N];
        exactDestination = new decimal[N];
        reasons = new NotMeaningfulReason[N];
    }

    /// <summary>The plain loop: missing values, a target that is not positive, the ratio and its range.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("double")]
    public int Double_PlainLoop()
    {
        var notMeaningful = 0;
        for (var i = 0; i < actuals.Length; i++)
        {
            var (a, t) = (actuals[i], targets[i]);
            var reason = NotMeaningfulReason.None;
            var ratio = 0d;
            if (double.IsNaN(a) || double.IsNaN(t))
            {
                reason = NotMeaningfulReason.NoData;
            }
            else if (double.IsInfinity(a) || double.IsInfinity(t))
            {
                reason = NotMeaningfulReason.OutOfRange;
            }
            else if (t < 0d)
            {
                reason = NotMeaningfulReason.NegativeTarget;
            }
            else if (t == 0d)
            {
                reason = NotMeaningfulReason.ZeroTarget;
            }
            else
            {
                ratio = a / t;
                if (!double.IsFinite(ratio))
                {
                    ratio = 0d;
                    reason = NotMeaningfulReason.OutOfRange;
                }
            }

            destination[i] = ratio;
            reasons[i] = reason;
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
    public int Double_Library() => BatchEvaluation.Attainment(actuals, targets, Polarity.HigherIsBetter, destination, reasons);

    /// <summary>
    /// Memory speed: read both inputs and write their difference with <see cref="Vector{T}"/>, then fill the
    /// reasons, deciding nothing. The same bytes in and out as the attainment.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("double")]
    public void Double_MemoryReference()
    {
        var width = Vector<double>.Count;
        var i = 0;
        for (; i <= actuals.Length - width; i += width)
        {
            (Vector.LoadUnsafe(ref actuals[0], (nuint)i) - Vector.LoadUnsafe(ref targets[0], (nuint)i)).StoreUnsafe(ref destination[0], (nuint)i);
        }

        for (; i < actuals.Length; i++)
        {
            destination[i] = actuals[i] - targets[i];
        }

        reasons.AsSpan().Clear(); // NotMeaningfulReason.None is 0
    }

    /// <summary>
    /// The division floor: the same bytes in and out as <see cref="Double_MemoryReference"/>, actual ÷ target on every
    /// row and no check at all. An attainment equal bit for bit to the element path cannot cost less than this on a
    /// core whose vector division is slower than memory.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("double")]
    public void Double_DivisionFloor()
    {
        var width = Vector<double>.Count;
        var i = 0;
        for (; i <= actuals.Length - width; i += width)
        {
            (Vector.LoadUnsafe(ref actuals[0], (nuint)i) / Vector.LoadUnsafe(ref targets[0], (nuint)i)).StoreUnsafe(ref destination[0], (nuint)i);
        }

        for (; i < actuals.Length; i++)
        {
            destination[i] = actuals[i] / targets[i];
        }

        reasons.AsSpan().Clear(); // NotMeaningfulReason.None is 0
    }

    /// <summary>The plain loop over <c>decimal</c>: no data, a target that is not positive, then the ratio.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("decimal")]
    public int Decimal_PlainLoop()
    {
        var notMeaningful = 0;
        for (var i = 0; i < exactActuals.Length; i++)
        {
            var t = exactTargets[i];
            if (exactActuals[i] is not { } a || t <= 0m)
            {
                exactDestination[i] = 0m;
                reasons[i] = exactActuals[i] is null ? NotMeaningfulReason.NoData : t == 0m ? NotMeaningfulReason.ZeroTarget : NotMeaningfulReason.NegativeTarget;
                notMeaningful++;
                continue;
            }

            exactDestination[i] = a / t;
            reasons[i] = NotMeaningfulReason.None;
        }

        return notMeaningful;
    }

    /// <summary>The library's exact path, which also reports a ratio beyond <c>decimal</c>'s range.</summary>
    [Benchmark]
    [BenchmarkCategory("decimal")]
    public int Decimal_Library() => BatchEvaluation.Attainment(exactActuals, exactTargets, Polarity.HigherIsBetter, exactDestination, reasons);
}
