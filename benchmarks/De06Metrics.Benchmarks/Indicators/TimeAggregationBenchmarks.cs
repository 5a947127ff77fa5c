using BenchmarkDotNet.Attributes;
using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Benchmarks.Indicators;

/// <summary>
/// Aggregation over time of 10 000 units × 100 indicators × 12 months (12 million monthly figures into a million
/// yearly ones) with <see cref="TimeAggregation.AggregateBatch"/>, against evaluating the same 12 million monthly rows
/// with <see cref="BatchEvaluation"/>'s <c>decimal</c> path, the baseline, in the same run.
/// </summary>
/// <remarks>
/// Goal: the aggregation within 2 × the evaluation, with no allocation per figure. Each indicator's rows go through
/// buffers of one indicator's size (120 000 figures), as a caller streaming a large table would; half the indicators
/// are flows (counts that add) and half rates from parts, and 1 % of the figures are missing.
/// </remarks>
[MemoryDiagnoser]
public class TimeAggregationBenchmarks
{
    private const int Units = 10_000;
    private const int IndicatorCount = 100;
    private const int Months = 12;

    private Indicator[] indicators = [];
    private MeasuredValue?[] counts = [];
    private MeasuredValue?[] rates = [];
    private decimal?[] actuals = [];
    private decimal[] targets = [];
    private decimal?[] margins = [];
    private TargetStatus[] statuses = [];
    private MeasuredValue?[] yearly = [];
    private NotMeaningfulReason[] reasons = [];

    /// <summary>Builds one indicator's figures (reused for every indicator) and the buffers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240331);
        indicators = [.. Enumerable.Range(0, IndicatorCount).Select(i => i % 2 == 0
            ? new Indicator(new IndicatorCode("C" + i), new LocalizedText("Số " + i), Measure.Count(), Polarity.HigherIsBetter, 0)
            : new Indicator(new IndicatorCode("R" + i), new LocalizedText("Tỷ lệ " + i), Measure.Rate, Polarity.HigherIsBetter))];
        var n = Units * Months;
        counts = new MeasuredValue?[n];
        rates = new MeasuredValue?[n];
        actuals = new decimal?[n];
        targets = new decimal[n];
        for (var i = 0; i < n; i++)
        {
            var missing = random.NextDouble() < 0.01;
            var denominator = (decimal)random.Next(50, 500);
            var numerator = decimal.Round(denominator * (decimal)random.NextDouble());
            counts[i] = missing ? null : MeasuredValue.Of(numerator);
            rates[i] = missing ? null : MeasuredValue.FromRateParts(numerator, denominator);
            actuals[i] = missing ? null : numerator * 100m / denominator;
            targets[i] = 70m;
        }

        margins = new decimal?[n];
        statuses = new TargetStatus[n];
        yearly = new MeasuredValue?[Units];
        reasons = new NotMeaningfulReason[Units];
    }

    /// <summary>The 12 million monthly rows evaluated against their targets: the baseline.</summary>
    /// <returns>The rows without data, so that the work is not removed.</returns>
    [Benchmark(Baseline = true)]
    public int EvaluateMonthlyRows()
    {
        var noData = 0;
        for (var k = 0; k < IndicatorCount; k++)
        {
            noData += BatchEvaluation.Evaluate(actuals, targets, Polarity.HigherIsBetter, 0m, margins, statuses).NoDataCount;
        }

        return noData;
    }

    /// <summary>The same 12 million monthly figures combined into a million yearly ones by each indicator's kind.</summary>
    /// <returns>The incomplete years, so that the work is not removed.</returns>
    [Benchmark]
    public int AggregateMonthsIntoYears()
    {
        var incomplete = 0;
        foreach (var indicator in indicators)
        {
            var values = indicator.Accumulation == AccumulationKind.Flow ? counts : rates;
            incomplete += TimeAggregation.AggregateBatch(indicator, Months, values, yearly, reasons);
        }

        return incomplete;
    }
}
