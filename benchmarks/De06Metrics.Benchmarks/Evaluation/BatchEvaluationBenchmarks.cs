using BenchmarkDotNet.Attributes;
using De06Metrics.Evaluation;
using De06Metrics.Indicators;

namespace De06Metrics.Benchmarks.Evaluation;

/// <summary>
/// Margin and status for a batch of actuals and targets. The baseline is a plain if/else loop computing the same
/// margin and status; <see cref="StreamReference"/> moves the same bytes (reads both inputs, writes a margin and a
/// status byte) with no decisions, as a measure of memory speed.
/// </summary>
[MemoryDiagnoser]
public class BatchEvaluationBenchmarks
{
    private double[] actuals = [];
    private double[] targets = [];
    private double[] margins = [];
    private decimal?[] exactActuals = [];
    private decimal[] exactTargets = [];
    private decimal?[] exactMargins = [];
    private TargetStatus[] statuses = [];

    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240310);
        actuals = new double[Rows];
        targets = new double[Rows];
        margins = new double[Rows];
        exactActuals = new decimal?[Rows];
        exactTargets = new decimal[Rows];
        exactMargins = new decimal?[Rows];
        statuses = new TargetStatus[Rows];
        for (var i = 0; i < Rows; i++)
        {
            // Random statuses and about 2% missing values, so that a branchy loop mispredicts as it would on real data.
            var target = random.Next(4_000, 9_000) / 100m;
            decimal? actual = random.Next(50) == 0 ? null : random.Next(3_000, 10_000) / 100m;
            exactTargets[i] = target;
            exactActuals[i] = actual;
            targets[i] = (double)target;
            actuals[i] = actual is { } a ? (double)a : double.NaN;
        }
    }

    [Benchmark(Baseline = true)]
    public int IfElseLoop()
    {
        const double tolerance = 0.5;
        var invalid = 0;
        for (var i = 0; i < actuals.Length; i++)
        {
            var actual = actuals[i];
            var target = targets[i];
            if (!double.IsFinite(target) || double.IsInfinity(actual))
            {
                margins[i] = double.NaN;
                statuses[i] = TargetStatus.Invalid;
                invalid++;
            }
            else if (double.IsNaN(actual))
            {
                margins[i] = double.NaN;
                statuses[i] = TargetStatus.NoData;
            }
            else
            {
                var margin = actual - target;
                margins[i] = margin;
                if (margin > tolerance)
                {
                    statuses[i] = TargetStatus.Exceeded;
                }
                else if (margin < -tolerance)
                {
                    statuses[i] = TargetStatus.NotMet;
                }
                else
                {
                    statuses[i] = TargetStatus.Met;
                }
            }
        }

        return invalid;
    }

    [Benchmark]
    public BatchSummary VectorisedDoubles() => BatchEvaluation.Evaluate(actuals, targets, Polarity.HigherIsBetter, 0.5, margins, statuses);

    [Benchmark]
    public BatchSummary Decimals() => BatchEvaluation.Evaluate(exactActuals, exactTargets, Polarity.HigherIsBetter, 0.5m, exactMargins, statuses);

    [Benchmark]
    public void StreamReference()
    {
        var a = actuals.AsSpan();
        var t = targets.AsSpan();
        var m = margins.AsSpan();
        for (var i = 0; i < a.Length; i++)
        {
            m[i] = a[i] - t[i];
        }

        statuses.AsSpan().Fill(TargetStatus.Met);
    }
}
