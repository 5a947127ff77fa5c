using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;

namespace De06Metrics.Tests.Evaluation;

public class BatchAttainmentTest
{
    // Rows at least a target (higher is better), with their attainment by hand (docs/evaluation.md, section 4):
    // 88,8 / 70 = 1,26857…; 17 / 33 = 0,51515…; 70 / 70 = 1; −5 / 10 = −0,5 (a negative actual against a positive
    // target is a ratio like any other); 3 against 0 is a zero target; 5 against −10 a negative target; no actual.
    private static readonly (decimal? Actual, decimal Target, decimal Attainment, NotMeaningfulReason Reason)[] AtLeastRows =
    [
        (88.8m, 70m, 88.8m / 70m, NotMeaningfulReason.None),
        (17m, 33m, 17m / 33m, NotMeaningfulReason.None),
        (70m, 70m, 1m, NotMeaningfulReason.None),
        (-5m, 10m, -0.5m, NotMeaningfulReason.None),
        (3m, 0m, 0m, NotMeaningfulReason.ZeroTarget),
        (5m, -10m, 0m, NotMeaningfulReason.NegativeTarget),
        (null, 70m, 0m, NotMeaningfulReason.NoData),
    ];

    // Rows at most a target (lower is better): late dossiers 4% against at most 5% is 5 / 4 = 1,25; 8 against 5 is
    // 5 / 8 = 0,625; 3 against at most 0 is 0 / 3 = 0; an actual of 0 or below has no ratio; a negative ceiling none.
    private static readonly (decimal? Actual, decimal Target, decimal Attainment, NotMeaningfulReason Reason)[] AtMostRows =
    [
        (4m, 5m, 1.25m, NotMeaningfulReason.None),
        (8m, 5m, 0.625m, NotMeaningfulReason.None),
        (3m, 0m, 0m, NotMeaningfulReason.None),
        (0m, 5m, 0m, NotMeaningfulReason.ZeroActual),
        (-2m, 5m, 0m, NotMeaningfulReason.NegativeActual),
        (4m, -5m, 0m, NotMeaningfulReason.NegativeTarget),
        (null, 5m, 0m, NotMeaningfulReason.NoData),
    ];

    [Theory]
    [InlineData(Polarity.HigherIsBetter, 1)]   // fewer rows than a vector: the scalar path only
    [InlineData(Polarity.HigherIsBetter, 40)]  // whole vectors, each with a row that is not meaningful, then a tail
    [InlineData(Polarity.LowerIsBetter, 1)]
    [InlineData(Polarity.LowerIsBetter, 40)]
    public void Hand_computed_rows_come_out_of_both_paths(Polarity polarity, int copies)
    {
        var rows = polarity == Polarity.HigherIsBetter ? AtLeastRows : AtMostRows;
        var n = rows.Length * copies;
        var actuals = new decimal?[n];
        var targets = new decimal[n];
        var doubleActuals = new double[n];
        var doubleTargets = new double[n];
        for (var i = 0; i < n; i++)
        {
            var row = rows[i % rows.Length];
            actuals[i] = row.Actual;
            targets[i] = row.Target;
            doubleActuals[i] = row.Actual is { } a ? (double)a : double.NaN;
            doubleTargets[i] = (double)row.Target;
        }

        var attainments = new decimal[n];
        var reasons = new NotMeaningfulReason[n];
        var doubleAttainments = new double[n];
        var doubleReasons = new NotMeaningfulReason[n];
        var notMeaningful = BatchEvaluation.Attainment(actuals, targets, polarity, attainments, reasons);
        var doubleNotMeaningful = BatchEvaluation.Attainment(doubleActuals, doubleTargets, polarity, doubleAttainments, doubleReasons);

        var expectedNotMeaningful = rows.Count(r => r.Reason != NotMeaningfulReason.None) * copies;
        notMeaningful.Should().Be(expectedNotMeaningful);
        doubleNotMeaningful.Should().Be(expectedNotMeaningful);
        for (var i = 0; i < n; i++)
        {
            var row = rows[i % rows.Length];
            reasons[i].Should().Be(row.Reason, "row {0}", i);
            attainments[i].Should().Be(row.Attainment, "row {0}", i);
            doubleReasons[i].Should().Be(row.Reason, "row {0}", i);
            doubleAttainments[i].Should().BeApproximately((double)row.Attainment, 1e-12, "row {0}", i);
        }
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter)]
    [InlineData(Polarity.LowerIsBetter)]
    public void The_decimal_batch_is_the_single_evaluation_row_by_row(Polarity polarity)
    {
        var random = new Random(4711);
        const int n = 500;
        var actuals = new decimal?[n];
        var targets = new decimal[n];
        for (var i = 0; i < n; i++)
        {
            targets[i] = i % 11 == 0 ? 0m : random.Next(-1_000, 10_000) / 100m;
            actuals[i] = i % 7 == 0 ? null : i % 13 == 0 ? 0m : random.Next(-1_000, 10_000) / 100m;
        }

        var attainments = new decimal[n];
        var reasons = new NotMeaningfulReason[n];
        BatchEvaluation.Attainment(actuals, targets, polarity, attainments, reasons);

        var indicator = Indicators.Balance(polarity);
        for (var i = 0; i < n; i++)
        {
            var goal = polarity == Polarity.HigherIsBetter ? Goal.AtLeast(targets[i]) : Goal.AtMost(targets[i]);
            var single = TargetEvaluation.Evaluate(indicator, goal, actuals[i] is { } a ? MeasuredValue.Of(a) : null).Attainment;
            reasons[i].Should().Be(single.Reason, "row {0}", i);
            attainments[i].Should().Be(single.ValueOrNull ?? 0m, "row {0}", i);
        }
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, 2_003)]
    [InlineData(Polarity.LowerIsBetter, 2_003)]
    [InlineData(Polarity.HigherIsBetter, ReasonLanes.BranchFreeRows + 3)]
    [InlineData(Polarity.LowerIsBetter, ReasonLanes.BranchFreeRows + 3)]
    public void The_vector_path_equals_the_row_by_row_path_bit_for_bit(Polarity polarity, int n)
    {
        // Random rows with every kind of bad value sprinkled in; each row evaluated alone (a span of one, so the
        // scalar path) must give the very bits the whole batch gives. The longer batch, whose rows are one in
        // fifteen not meaningful, classifies every vector without a branch after its first chunk.
        var random = new Random(2026);
        double[] specials = [0d, -0d, -3d, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e300, 1e-300];
        var actuals = new double[n];
        var targets = new double[n];
        for (var i = 0; i < n; i++)
        {
            actuals[i] = random.Next(30) == 0 ? specials[random.Next(specials.Length)] : random.Next(0, 100_000) / 100d;
            targets[i] = random.Next(30) == 0 ? specials[random.Next(specials.Length)] : random.Next(1, 100_000) / 100d;
        }

        var attainments = new double[n];
        var reasons = new NotMeaningfulReason[n];
        var notMeaningful = BatchEvaluation.Attainment(actuals, targets, polarity, attainments, reasons);

        var expected = new double[n];
        var expectedReasons = new NotMeaningfulReason[n];
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            count += BatchEvaluation.Attainment(actuals.AsSpan(i, 1), targets.AsSpan(i, 1), polarity, expected.AsSpan(i, 1), expectedReasons.AsSpan(i, 1));
        }

        var firstDifferent = Enumerable.Range(0, n).FirstOrDefault(
            i => reasons[i] != expectedReasons[i] || BitConverter.DoubleToInt64Bits(attainments[i]) != BitConverter.DoubleToInt64Bits(expected[i]), -1);
        firstDifferent.Should().Be(-1, "every row equals the row alone; the first that does not is {0}", firstDifferent < 0 ? "none" : $"{actuals[firstDifferent]} against {targets[firstDifferent]}");
        attainments.Should().OnlyContain(attainment => double.IsFinite(attainment), "a row holds a number, never NaN or ∞");
        notMeaningful.Should().Be(count);
        reasons.Should().Contain([NotMeaningfulReason.NoData, NotMeaningfulReason.OutOfRange, NotMeaningfulReason.NegativeTarget]);
    }

    [Fact]
    public void Bad_doubles_are_marked_never_thrown()
    {
        // At least: NaN actual and NaN target are no data; an infinite actual, and 10^300 / 10^−300 (beyond double's
        // range), are out of range; −0 is a zero target.
        double[] actuals = [double.NaN, 5, double.PositiveInfinity, 1e300, 5];
        double[] targets = [70, double.NaN, 70, 1e-300, -0d];
        var attainments = new double[5];
        var reasons = new NotMeaningfulReason[5];
        BatchEvaluation.Attainment(actuals, targets, Polarity.HigherIsBetter, attainments, reasons).Should().Be(5);
        reasons.Should().Equal(
            NotMeaningfulReason.NoData, NotMeaningfulReason.NoData, NotMeaningfulReason.OutOfRange, NotMeaningfulReason.OutOfRange, NotMeaningfulReason.ZeroTarget);
        attainments.Should().OnlyContain(a => a == 0d);
    }

    [Fact]
    public void Shapes_and_band_targets_are_refused()
    {
        var act = () => BatchEvaluation.Attainment(new double[3], new double[2], Polarity.HigherIsBetter, new double[3], new NotMeaningfulReason[3]);
        act.Should().Throw<ArgumentException>().WithParameterName("targets");
        var band = () => BatchEvaluation.Attainment(new decimal?[1], new decimal[1], Polarity.WithinBand, new decimal[1], new NotMeaningfulReason[1]);
        band.Should().Throw<ArgumentException>().WithParameterName("polarity");
        var values = new double[8];
        var overlap = () => BatchEvaluation.Attainment(values.AsSpan(0, 4), new double[4], Polarity.HigherIsBetter, values.AsSpan(2, 4), new NotMeaningfulReason[4]);
        overlap.Should().Throw<ArgumentException>().WithParameterName("actuals");
    }

    [Fact]
    public void The_result_may_replace_the_actuals()
    {
        // In place: 88,8 / 70 and 35 / 70 = 0,5, written over the actuals.
        double[] values = [88.8, 35, 70, 7, 14];
        BatchEvaluation.Attainment(values, [70, 70, 70, 7, 7], Polarity.HigherIsBetter, values, new NotMeaningfulReason[5]);
        values.Should().Equal(88.8 / 70, 0.5, 1, 1, 2);
    }
}
