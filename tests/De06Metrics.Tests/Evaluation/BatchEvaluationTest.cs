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
