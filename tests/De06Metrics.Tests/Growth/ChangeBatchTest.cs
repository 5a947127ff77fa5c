using De06Metrics;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;

namespace De06Metrics.Tests.Growth;

public class ChangeBatchTest
{
    [Fact]
    public void Decimal_percent_change_agrees_with_the_scalar_change()
    {
        decimal[] bases = [72.3m, 100m, -4m, -4m, 0m, -4m, 4m, 3m];
        decimal[] currents = [88.8m, 121m, -2m, -6m, 5m, 2m, 0m, 4m];
        var destination = new decimal[bases.Length];
        var status = new NotMeaningfulReason[bases.Length];

        var notMeaningful = ChangeBatch.PercentChange(bases, currents, destination, status);

        notMeaningful.Should().Be(2);
        for (var i = 0; i < bases.Length; i++)
        {
            var scalar = ValueChange.Relative(Measure.Count(), Polarity.HigherIsBetter, bases[i], currents[i]);
            status[i].Should().Be(scalar.Reason);
            destination[i].Should().Be(scalar.Amount ?? 0m);
        }

        status[4].Should().Be(NotMeaningfulReason.ZeroBase);
        status[5].Should().Be(NotMeaningfulReason.SignChange);
        destination[2].Should().Be(50m);
    }

    [Fact]
    public void Double_percent_change_marks_what_is_not_meaningful_with_NaN_and_a_status()
    {
        double[] bases = [72.3, 100, -4, -4, 0, -4, 4];
        double[] currents = [88.8, 121, -2, -6, 5, 2, 0];
        var destination = new double[bases.Length];
        var status = new NotMeaningfulReason[bases.Length];

        ChangeBatch.PercentChange(bases, currents, destination, status).Should().Be(2);

        destination[0].Should().BeApproximately(22.821576763485477, 1e-12);
        destination[1].Should().Be(21d);
        destination[2].Should().Be(50d);
        destination[3].Should().Be(-50d);
        double.IsNaN(destination[4]).Should().BeTrue();
        status[4].Should().Be(NotMeaningfulReason.ZeroBase);
        double.IsNaN(destination[5]).Should().BeTrue();
        status[5].Should().Be(NotMeaningfulReason.SignChange);
        destination[6].Should().Be(-100d);
    }

    [Theory]
    [InlineData(1_003)]
    [InlineData(ReasonLanes.BranchFreeRows + 3)]
    public void The_vector_path_agrees_bit_for_bit_with_the_element_path(int n)
    {
        // Not a multiple of any vector width, with zeros, sign changes and tiny bases scattered in; the longer batch,
        // where a fifth of the pairs change sign, classifies every vector without a branch after its first chunk.
        var random = new Random(20240331);
        var bases = new double[n];
        var currents = new double[n];
        for (var i = 0; i < n; i++)
        {
            bases[i] = (random.NextDouble() - 0.2) * 1000;
            currents[i] = (random.NextDouble() - 0.2) * 1000;
        }

        bases[17] = 0;
        bases[400] = 1e-320;
        currents[400] = 1e300;
        var vector = new double[n];
        var vectorStatus = new NotMeaningfulReason[n];
        var scalar = new double[n];
        var scalarStatus = new NotMeaningfulReason[n];

        var a = ChangeBatch.PercentChange(bases, currents, vector, vectorStatus);
        var b = ChangeBatch.PercentChangeScalar(bases, currents, scalar, scalarStatus);

        a.Should().Be(b);
        vectorStatus.Should().Equal(scalarStatus);
        vector.Select(BitConverter.DoubleToInt64Bits).Should().Equal(scalar.Select(BitConverter.DoubleToInt64Bits));
        vectorStatus[17].Should().Be(NotMeaningfulReason.ZeroBase);
        vectorStatus[400].Should().Be(NotMeaningfulReason.OutOfRange);
        vectorStatus.Should().Contain(NotMeaningfulReason.SignChange);
    }

    [Fact]
    public void The_vector_path_agrees_bit_for_bit_with_the_element_path_on_signed_zeros_and_crowded_blocks() => SignedZerosAndCrowdedBlocks(copies: 1);

    [Fact]
    public void A_long_batch_classifying_every_vector_agrees_bit_for_bit_on_signed_zeros_and_crowded_blocks() =>
        SignedZerosAndCrowdedBlocks(copies: (ReasonLanes.BranchFreeRows / 169) + 1);

    private static void SignedZerosAndCrowdedBlocks(int copies)
    {
        // Every pair of these values, in order, so that blocks of any width hold several special cases at once:
        // zero bases of either sign, zero currents of either sign (no sign change: −0 is not below zero), sign
        // changes both ways, a result beyond double's range, ordinary values and a missing one (NaN).
        double[] values = [0d, -0d, 1d, -1d, 2.5, -2.5, 1e-320, -1e-320, 1e300, -1e300, 72.3, 88.8, double.NaN];
        var bases = Enumerable.Repeat(values.SelectMany(b => values.Select(_ => b)), copies).SelectMany(block => block).ToArray();
        var currents = Enumerable.Repeat(values.SelectMany(_ => values), copies).SelectMany(block => block).ToArray();
        var n = bases.Length;
        var vector = new double[n];
        var vectorStatus = new NotMeaningfulReason[n];
        var scalar = new double[n];
        var scalarStatus = new NotMeaningfulReason[n];

        var a = ChangeBatch.PercentChange(bases, currents, vector, vectorStatus);
        var b = ChangeBatch.PercentChangeScalar(bases, currents, scalar, scalarStatus);

        a.Should().Be(b);
        vectorStatus.Should().Equal(scalarStatus);
        vector.Select(BitConverter.DoubleToInt64Bits).Should().Equal(scalar.Select(BitConverter.DoubleToInt64Bits));
        // Hand-checked cells: base −0, current 1 is a zero base; base 1, current −0 is −100%, not a sign change;
        // base 1e-320, current 1e300 overflows; base −1, current 2,5 changes sign.
        vectorStatus[(1 * values.Length) + 2].Should().Be(NotMeaningfulReason.ZeroBase);
        vector[(2 * values.Length) + 1].Should().Be(-100d);
        vectorStatus[(6 * values.Length) + 8].Should().Be(NotMeaningfulReason.OutOfRange);
        vectorStatus[(3 * values.Length) + 4].Should().Be(NotMeaningfulReason.SignChange);
    }

    [Fact]
    public void Double_batch_agrees_with_the_decimal_scalar_change()
    {
        double[] bases = [72.3, 76.2, 95.7, 83.7, 92.7];
        double[] currents = [88.8, 95, 90.7, 64.7, 81.7];
        var destination = new double[bases.Length];
        ChangeBatch.PercentChange(bases, currents, destination, new NotMeaningfulReason[bases.Length]);

        for (var i = 0; i < bases.Length; i++)
        {
            var exact = ValueChange.Relative(Measure.Rate, Polarity.HigherIsBetter, (decimal)bases[i], (decimal)currents[i]).Amount!.Value;
            destination[i].Should().BeApproximately((double)exact, 1e-12);
        }
    }

    [Fact]
    public void Differences_are_current_minus_base()
    {
        var d = new decimal[3];
        ChangeBatch.Difference([72.3m, 85m, 0m], [88.8m, 83m, 5m], d);
        d.Should().Equal(16.5m, -2m, 5m);

        var bases = Enumerable.Range(0, 37).Select(i => i * 1.5).ToArray();
        var currents = Enumerable.Range(0, 37).Select(i => i * 2.0).ToArray();
        var doubles = new double[37];
        ChangeBatch.Difference(bases, currents, doubles);
        doubles.Should().Equal(Enumerable.Range(0, 37).Select(i => i * 2.0 - i * 1.5));
    }

    [Fact]
    public void A_destination_may_be_an_input_itself()
    {
        double[] values = [110, 121, 0, 50, 10, 20, 30, 40, 50];
        double[] bases = [100, 110, 0, 100, 5, 10, 15, 20, 25];
        ChangeBatch.PercentChange(bases, values, values, new NotMeaningfulReason[values.Length]);
        values[0].Should().Be(10d);
        values[1].Should().Be(10d);
        double.IsNaN(values[2]).Should().BeTrue();
        values[3].Should().Be(-50d);
        values[8].Should().Be(100d);
    }

    [Fact]
    public void Spans_of_different_lengths_are_refused_by_name()
    {
        var three = new double[3];
        var two = new double[2];
        FluentActions.Invoking(() => ChangeBatch.PercentChange(three, two, new double[3], new NotMeaningfulReason[3]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "currentValues" && e.Message.Contains('2') && e.Message.Contains('3'));
        FluentActions.Invoking(() => ChangeBatch.PercentChange(three, three, two, new NotMeaningfulReason[3]))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("destination");
        FluentActions.Invoking(() => ChangeBatch.PercentChange(new decimal[3], new decimal[3], new decimal[3], new NotMeaningfulReason[4]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "status" && e.Message.Contains('4'));
        FluentActions.Invoking(() => ChangeBatch.Difference(new decimal[3], new decimal[3], new decimal[2]))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("destination");
    }

    [Fact]
    public void A_partly_overlapping_destination_is_refused()
    {
        var buffer = new double[10];
        FluentActions.Invoking(() => ChangeBatch.Difference(buffer.AsSpan(0, 8), buffer.AsSpan(0, 8), buffer.AsSpan(1, 8)))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "baseValues" && e.Message.Contains("offset"));
    }

    /// <summary>
    /// Defect found: a NaN row (a gap in real data) made the percent change throw for the whole batch ("the value at
    /// index 189 is NaN"), where the batch evaluation marks such a row as no data. NaN is a missing value: a missing
    /// current value is <see cref="NotMeaningfulReason.NoData"/>, a missing base <see cref="NotMeaningfulReason.MissingBase"/>,
    /// the destination NaN, and every other row is computed as alone; a difference with a missing side is missing (NaN).
    /// </summary>
    [Fact]
    public void A_NaN_row_is_no_data_and_the_rest_of_the_batch_is_computed()
    {
        // 200 rows, so that index 189 lies inside a vector block on any hardware width; 1 → 2 is +100%, 1 in 2 is +1.
        var bases = Enumerable.Repeat(1d, 200).ToArray();
        var currents = Enumerable.Repeat(2d, 200).ToArray();
        currents[189] = double.NaN;
        bases[17] = double.NaN;
        bases[3] = double.NaN;
        currents[3] = double.NaN;
        var destination = new double[200];
        var status = new NotMeaningfulReason[200];

        ChangeBatch.PercentChange(bases, currents, destination, status).Should().Be(3);

        status[189].Should().Be(NotMeaningfulReason.NoData);
        status[17].Should().Be(NotMeaningfulReason.MissingBase);
        status[3].Should().Be(NotMeaningfulReason.NoData);
        double.IsNaN(destination[189]).Should().BeTrue();
        double.IsNaN(destination[17]).Should().BeTrue();
        double.IsNaN(destination[3]).Should().BeTrue();
        int[] gaps = [3, 17, 189];
        Enumerable.Range(0, 200).Except(gaps).Select(i => (destination[i], status[i])).Should().AllBeEquivalentTo((100d, NotMeaningfulReason.None));

        // The element-by-element path agrees.
        var scalar = new double[200];
        var scalarStatus = new NotMeaningfulReason[200];
        ChangeBatch.PercentChangeScalar(bases, currents, scalar, scalarStatus).Should().Be(3);
        scalarStatus.Should().Equal(status);

        var differences = new double[200];
        ChangeBatch.Difference(bases, currents, differences);
        gaps.Select(i => differences[i]).Should().OnlyContain(d => double.IsNaN(d));
        Enumerable.Range(0, 200).Except(gaps).Select(i => differences[i]).Should().AllBeEquivalentTo(1d);
    }

    [Theory]
    [InlineData(double.PositiveInfinity, 1, "baseValues", "Infinity")]
    [InlineData(1, double.PositiveInfinity, "currentValues", "Infinity")]
    [InlineData(double.NegativeInfinity, 1, "baseValues", "-Infinity")]
    public void Infinity_is_refused_with_index_and_value(double badBase, double badCurrent, string paramName, string shown)
    {
        // Position 13 lies inside a vector block on any hardware width.
        var bases = Enumerable.Repeat(1d, 20).ToArray();
        var currents = Enumerable.Repeat(2d, 20).ToArray();
        bases[13] = badBase;
        currents[13] = badCurrent;

        FluentActions.Invoking(() => ChangeBatch.PercentChange(bases, currents, new double[20], new NotMeaningfulReason[20]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == paramName && e.Message.Contains("index 13") && e.Message.Contains(shown));
        FluentActions.Invoking(() => ChangeBatch.Difference(bases, currents, new double[20]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == paramName && e.Message.Contains("index 13"));
    }

    [Fact]
    public void Infinity_in_a_long_batch_is_refused_at_the_first_infinite_index()
    {
        // A first chunk of zero bases makes the second classify every vector without a branch: the first infinite
        // input is named all the same.
        var n = ReasonLanes.BranchFreeRows + 5;
        var bases = Enumerable.Repeat(1d, n).ToArray();
        var currents = Enumerable.Repeat(2d, n).ToArray();
        Array.Fill(bases, 0d, 0, ReasonLanes.ChunkRows);
        var first = ReasonLanes.ChunkRows + 1_001;
        currents[first] = double.NegativeInfinity;
        bases[first + 2] = double.PositiveInfinity;

        FluentActions.Invoking(() => ChangeBatch.PercentChange(bases, currents, new double[n], new NotMeaningfulReason[n]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "currentValues" && e.Message.Contains($"index {first}") && e.Message.Contains("-Infinity"));

        // In place, over the bases: the infinite base is named though its slot is written as the batch goes.
        currents[first] = 2d;
        FluentActions.Invoking(() => ChangeBatch.PercentChange(bases, currents, bases, new NotMeaningfulReason[n]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "baseValues" && e.Message.Contains($"index {first + 2}") && e.Message.Contains("Infinity"));
    }

    [Fact]
    public void Overflow_is_refused_for_differences_and_reported_for_percent_changes()
    {
        FluentActions.Invoking(() => ChangeBatch.Difference([-double.MaxValue], [double.MaxValue], new double[1]))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("currentValues");
        FluentActions.Invoking(() => ChangeBatch.Difference([decimal.MinValue], [decimal.MaxValue], new decimal[1]))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("currentValues");

        var status = new NotMeaningfulReason[1];
        ChangeBatch.PercentChange([0.0000000000000000000000000001m], [decimal.MaxValue], new decimal[1], status).Should().Be(1);
        status[0].Should().Be(NotMeaningfulReason.OutOfRange);
    }
}
