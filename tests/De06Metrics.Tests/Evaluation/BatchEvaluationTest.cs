using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;

namespace De06Metrics.Tests.Evaluation;

public class BatchEvaluationTest
{
    [Theory]
    [InlineData(Polarity.HigherIsBetter)]
    [InlineData(Polarity.LowerIsBetter)]
    public void Decimal_batches_agree_with_single_evaluations(Polarity polarity)
    {
        var random = new Random(88);
        const int n = 500;
        var actuals = new decimal?[n];
        var targets = new decimal[n];
        for (var i = 0; i < n; i++)
        {
            targets[i] = random.Next(-10_000, 10_000) / 100m;
            actuals[i] = i % 7 == 0 ? null : i % 5 == 0 ? targets[i] : random.Next(-10_000, 10_000) / 100m;
        }

        var margins = new decimal?[n];
        var statuses = new TargetStatus[n];
        var summary = BatchEvaluation.Evaluate(actuals, targets, polarity, 0.25m, margins, statuses);

        var indicator = Indicators.Balance(polarity);
        var options = new EvaluationOptions(0.25m);
        for (var i = 0; i < n; i++)
        {
            var goal = polarity == Polarity.HigherIsBetter ? Goal.AtLeast(targets[i]) : Goal.AtMost(targets[i]);
            var single = TargetEvaluation.Evaluate(indicator, goal, actuals[i] is { } a ? MeasuredValue.Of(a) : null, options);
            statuses[i].Should().Be(single.Status, "row {0}", i);
            margins[i].Should().Be(single.Margin, "row {0}", i);
        }

        summary.Count.Should().Be(n);
        summary.NoDataCount.Should().Be(actuals.Count(a => a is null));
        summary.InvalidCount.Should().Be(0);
        summary.FirstInvalidIndex.Should().BeNull();
    }

    [Theory]
    [InlineData(1)]   // one row: the scalar path
    [InlineData(96)]  // several blocks of Vector<byte>.Count rows: the vector path, then the scalar tail
    public void Each_grade_comes_out_of_both_paths(int copies)
    {
        // At least 70 with a tolerance of 1 point: 75 is +5 (exceeded), 70,5 is +0,5 (met), 69,5 is −0,5 (basically
        // met), 68 is −2 (not met), no value is no data, 70 is on the target (met), 69 is −1 exactly (basically met).
        double[] pattern = [75, 70.5, 69.5, 68, double.NaN, 70, 69];
        TargetStatus[] expected = [TargetStatus.Exceeded, TargetStatus.Met, TargetStatus.BasicallyMet, TargetStatus.NotMet, TargetStatus.NoData, TargetStatus.Met, TargetStatus.BasicallyMet];
        var n = pattern.Length * copies;
        var actuals = new double[n];
        var exactActuals = new decimal?[n];
        for (var i = 0; i < n; i++)
        {
            actuals[i] = pattern[i % pattern.Length];
            exactActuals[i] = double.IsNaN(actuals[i]) ? null : (decimal)actuals[i];
        }

        var statuses = new TargetStatus[n];
        var exactStatuses = new TargetStatus[n];
        BatchEvaluation.Evaluate(actuals, Enumerable.Repeat(70.0, n).ToArray(), Polarity.HigherIsBetter, 1.0, new double[n], statuses);
        BatchEvaluation.Evaluate(exactActuals, Enumerable.Repeat(70m, n).ToArray(), Polarity.HigherIsBetter, 1m, new decimal?[n], exactStatuses);

        var expectedAll = Enumerable.Range(0, n).Select(i => expected[i % expected.Length]).ToArray();
        statuses.Should().Equal(expectedAll);
        exactStatuses.Should().Equal(expectedAll);
    }

    [Fact]
    public void Lower_is_better_is_basically_met_a_little_over_the_maximum()
    {
        // At most 5 with a tolerance of 0,5: 5,3 is 0,3 over (basically met), 5,6 is 0,6 over (not met), 4,8 is under
        // (met), 4,4 is 0,6 under (exceeded).
        double[] actuals = [5.3, 5.6, 4.8, 4.4];
        var statuses = new TargetStatus[4];
        BatchEvaluation.Evaluate(actuals, [5.0, 5.0, 5.0, 5.0], Polarity.LowerIsBetter, 0.5, new double[4], statuses);
        statuses.Should().Equal(TargetStatus.BasicallyMet, TargetStatus.NotMet, TargetStatus.Met, TargetStatus.Exceeded);
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, 1000)]
    [InlineData(Polarity.LowerIsBetter, 1000)]
    [InlineData(Polarity.HigherIsBetter, 7)] // shorter than one vector block: all scalar
    public void Double_batches_agree_with_the_decimal_path(Polarity polarity, int n)
    {
        var random = new Random(837);
        var exactActuals = new decimal?[n];
        var exactTargets = new decimal[n];
        var actuals = new double[n];
        var targets = new double[n];
        for (var i = 0; i < n; i++)
        {
            exactTargets[i] = random.Next(-10_000, 10_000) / 100m;
            exactActuals[i] = i % 9 == 0 ? null : i % 4 == 0 ? exactTargets[i] : random.Next(-10_000, 10_000) / 100m;
            targets[i] = (double)exactTargets[i];
            actuals[i] = exactActuals[i] is { } a ? (double)a : double.NaN;
        }

        // A tolerance that no margin in hundredths can equal, so that rounding in double cannot move a row across it.
        var statuses = new TargetStatus[n];
        var margins = new double[n];
        var exactStatuses = new TargetStatus[n];
        var exactMargins = new decimal?[n];
        var summary = BatchEvaluation.Evaluate(actuals, targets, polarity, 0.255, margins, statuses);
        var exactSummary = BatchEvaluation.Evaluate(exactActuals, exactTargets, polarity, 0.255m, exactMargins, exactStatuses);

        statuses.Should().Equal(exactStatuses);
        summary.Should().Be(exactSummary);
        for (var i = 0; i < n; i++)
        {
            if (exactMargins[i] is { } exact)
            {
                margins[i].Should().BeApproximately((double)exact, 1e-9, "row {0}", i);
            }
            else
            {
                double.IsNaN(margins[i]).Should().BeTrue("row {0} has no data, so no margin", i);
            }

            var one = BatchEvaluation.EvaluateOne(actuals[i], targets[i], polarity, 0.255, out var margin);
            one.Should().Be(statuses[i]);
            margin.Should().Be(margins[i]);
        }
    }

    [Fact]
    public void Bad_double_rows_are_reported_by_index_and_keep_their_neighbours()
    {
        const int n = 100;
        var actuals = Enumerable.Range(0, n).Select(i => 70.0 + (i % 3) - 1).ToArray(); // 69, 70, 71, …
        var targets = Enumerable.Repeat(70.0, n).ToArray();
        targets[5] = double.NaN;
        targets[17] = double.PositiveInfinity;
        actuals[40] = double.NegativeInfinity;
        actuals[41] = double.NaN;
        actuals[98] = double.MaxValue;  // in the scalar tail: MaxValue − (−MaxValue) overflows to infinity
        targets[98] = -double.MaxValue;

        var margins = new double[n];
        var statuses = new TargetStatus[n];
        var summary = BatchEvaluation.Evaluate(actuals, targets, Polarity.HigherIsBetter, 0.0, margins, statuses);

        summary.InvalidCount.Should().Be(4);
        summary.FirstInvalidIndex.Should().Be(5);
        summary.NoDataCount.Should().Be(1);
        statuses[5].Should().Be(TargetStatus.Invalid);
        statuses[17].Should().Be(TargetStatus.Invalid);
        statuses[40].Should().Be(TargetStatus.Invalid);
        statuses[98].Should().Be(TargetStatus.Invalid);
        statuses[41].Should().Be(TargetStatus.NoData);
        double.IsNaN(margins[5]).Should().BeTrue();
        double.IsNaN(margins[41]).Should().BeTrue();

        // Neighbours: row i holds 69, 70 or 71 against 70.
        foreach (var i in new[] { 4, 6, 16, 18, 39, 42, 97, 99 })
        {
            var expected = (i % 3) switch { 0 => TargetStatus.NotMet, 1 => TargetStatus.Met, _ => TargetStatus.Exceeded };
            statuses[i].Should().Be(expected, "row {0}", i);
            margins[i].Should().Be((i % 3) - 1.0);
        }
    }

    [Fact]
    public void A_decimal_margin_beyond_the_range_of_decimal_is_an_invalid_row()
    {
        decimal?[] actuals = [88.8m, decimal.MaxValue, 60m];
        decimal[] targets = [70m, -1m, 70m];
        var margins = new decimal?[3];
        var statuses = new TargetStatus[3];
        var summary = BatchEvaluation.Evaluate(actuals, targets, Polarity.HigherIsBetter, 0m, margins, statuses);

        statuses.Should().Equal(TargetStatus.Exceeded, TargetStatus.Invalid, TargetStatus.NotMet);
        margins.Should().Equal(18.8m, null, -10m);
        summary.FirstInvalidIndex.Should().Be(1);
    }

    [Fact]
    public void Decimal_rows_that_overflow_first_last_and_side_by_side_are_each_invalid_and_the_rest_evaluated()
    {
        // At most, the margin is target − actual, and 1 − decimal.MinValue is beyond decimal.MaxValue. Rows 1 and 4 are
        // ordinary: 5 − 3 = 2 under the ceiling (exceeded), 5 − 7 = −2 over it (not met); row 2 has no data.
        decimal?[] actuals = [decimal.MinValue, 3m, null, decimal.MinValue, 7m, decimal.MinValue];
        decimal[] targets = [1m, 5m, 5m, 1m, 5m, 1m];
        var margins = new decimal?[6];
        var statuses = new TargetStatus[6];
        var summary = BatchEvaluation.Evaluate(actuals, targets, Polarity.LowerIsBetter, 0m, margins, statuses);

        statuses.Should().Equal(
            TargetStatus.Invalid, TargetStatus.Exceeded, TargetStatus.NoData, TargetStatus.Invalid, TargetStatus.NotMet, TargetStatus.Invalid);
        margins.Should().Equal(null, 2m, null, null, -2m, null);
        summary.InvalidCount.Should().Be(3);
        summary.NoDataCount.Should().Be(1);
        summary.FirstInvalidIndex.Should().Be(0);
    }

    [Fact]
    public void Spans_of_different_lengths_are_refused_naming_the_span_and_lengths()
    {
        var act = () => BatchEvaluation.Evaluate(new double[3], new double[2], Polarity.HigherIsBetter, 0.0, new double[3], new TargetStatus[3]);
        act.Should().Throw<ArgumentException>().WithParameterName("targets").WithMessage("*2 elements*3*");
        var statuses = () => BatchEvaluation.Evaluate(new decimal?[3], new decimal[3], Polarity.HigherIsBetter, 0m, new decimal?[3], new TargetStatus[4]);
        statuses.Should().Throw<ArgumentException>().WithParameterName("statuses").WithMessage("*4 elements*3*");
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void A_single_double_row_refuses_a_bad_target(double target, string shown)
    {
        var act = () => BatchEvaluation.EvaluateOne(88.8, target, Polarity.HigherIsBetter, 0.0, out _);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("target").WithMessage($"*{shown}*");
    }

    [Fact]
    public void A_single_double_row_reads_NaN_as_no_data()
    {
        BatchEvaluation.EvaluateOne(double.NaN, 70.0, Polarity.HigherIsBetter, 0.0, out var margin).Should().Be(TargetStatus.NoData);
        double.IsNaN(margin).Should().BeTrue();
    }

    [Fact]
    public void Bad_tolerances_and_band_polarity_are_refused()
    {
        var negative = () => BatchEvaluation.Evaluate(new double[1], new double[1], Polarity.HigherIsBetter, -0.5, new double[1], new TargetStatus[1]);
        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("tolerance").WithMessage("*-0.5*");
        var nan = () => BatchEvaluation.EvaluateOne(1.0, 1.0, Polarity.HigherIsBetter, double.NaN, out _);
        nan.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("tolerance");
        var band = () => BatchEvaluation.Evaluate(new decimal?[1], new decimal[1], Polarity.WithinBand, 0m, new decimal?[1], new TargetStatus[1]);
        band.Should().Throw<ArgumentException>().WithParameterName("polarity").WithMessage("*WithinBand*");
    }
}
