namespace De06Metrics.DuckDb.Tests;

/// <summary>
/// The functions read a <c>DECIMAL</c> from its integer and scale, and write one the same way: every width DuckDB
/// stores (4, 9, 18 and 38 digits: 16, 32, 64 and 128 bits), scale 0 and above, negative values and NULLs.
/// </summary>
public sealed class VectorConversionTest : IDisposable
{
    private readonly Database db = new();

    public void Dispose() => db.Dispose();

    [Theory]
    [InlineData("DECIMAL(4,0)", "-9999", "1", "-10000")] // −9 999 − 1
    [InlineData("DECIMAL(4,1)", "-999.9", "0.1", "-1000.0")] // −999,9 − 0,1
    [InlineData("DECIMAL(4,4)", "0.9999", "-0.0001", "1")] // 0,9999 − (−0,0001)
    [InlineData("DECIMAL(9,0)", "-999999999", "1", "-1000000000")]
    [InlineData("DECIMAL(9,2)", "-88.80", "70.05", "-158.85")] // −88,80 − 70,05
    [InlineData("DECIMAL(18,0)", "999999999999999999", "-1", "1000000000000000000")] // 10^18 − 1 − (−1)
    [InlineData("DECIMAL(18,6)", "-123456789012.345678", "0.000001", "-123456789012.345679")]
    [InlineData("DECIMAL(38,0)", "-12345678901234567890", "10", "-12345678901234567900")]
    [InlineData("DECIMAL(38,10)", "79228162514.2643375935", "0", "79228162514.2643375935")] // just under 2^96 ÷ 10^18 = 79 228 162 514,264337…
    [InlineData("DECIMAL(38,10)", "79228162514.2643375936", "0", "79228162514.2643375936")] // just over it: integer and fraction apart
    [InlineData("DECIMAL(38,17)", "-99999999999.99999999999999999", "0", "-99999999999.99999999999999999")] // 28 digits, beyond 96 bits at scale 18
    public void Margin_reads_every_decimal_width_exactly(string type, string actual, string target, string expected)
    {
        var margin = db.Scalar($"SELECT de06_margin(CAST('{actual}' AS {type}), CAST('{target}' AS {type}), 'higherIsBetter')");
        margin.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("DECIMAL(4,1)")]
    [InlineData("DECIMAL(9,1)")]
    [InlineData("DECIMAL(18,3)")]
    [InlineData("DECIMAL(38,0)")]
    public void Nulls_of_every_width_give_no_data_or_null(string type)
    {
        db.Rows($"SELECT de06_margin(NULL::{type}, 70::{type}, 'higherIsBetter'), de06_status(NULL::{type}, 70::{type}, 'higherIsBetter', 0), "
                + $"de06_percent_change(NULL::{type}, 5::{type}), de06_percent_change_reason(NULL::{type}, 5::{type}), de06_status(5::{type}, NULL::{type}, 'higherIsBetter', 0)")
            .Single().Should().Equal(new object?[] { null, "noData", null, "missingBase", null });
    }

    [Fact]
    public void A_column_of_nulls_and_negatives_over_two_vectors_is_read_row_by_row()
    {
        // 3 000 rows, more than one vector of 2 048: row i holds i − 1 500,5 (negative below 1 501), every 7th NULL;
        // the margin against 0 is the value itself, the status against 0 with τ = 0 is exceeded above 0, notMet below.
        db.Execute("CREATE TABLE t AS SELECT i, CASE WHEN i % 7 = 0 THEN NULL ELSE CAST(i - 1500.5 AS DECIMAL(9,1)) END AS v FROM range(3000) r(i)");
        var rows = db.Rows("SELECT i, de06_margin(v, 0, 'higherIsBetter'), de06_status(v, 0, 'higherIsBetter', 0) FROM t ORDER BY i");
        rows.Should().HaveCount(3000);
        foreach (var row in rows)
        {
            var i = (long)row[0]!;
            if (i % 7 == 0)
            {
                row[1].Should().BeNull();
                row[2].Should().Be("noData");
            }
            else
            {
                row[1].Should().Be(i - 1500.5m);
                row[2].Should().Be(i > 1500 ? "exceeded" : "notMet");
            }
        }
    }

    [Fact]
    public void Results_are_written_negative_and_at_scale_18()
    {
        // (−30 − (−40)) × 100 ÷ |−40| = 25; (10 − 40) × 100 ÷ 40 = −75; −1 ÷ 3 × 100 = −33,333333333333333333 (18 decimals).
        db.Rows("SELECT de06_percent_change(-40, -30), de06_percent_change(40, 10), de06_percent_change(3, 2)")
            .Single().Should().Equal(25m, -75m, -33.333333333333333333m);
    }

    [Theory]
    [InlineData((short)-9999, 1, "-999.9")]
    [InlineData((short)0, 4, "0")]
    [InlineData(short.MinValue, 0, "-32768")]
    public void Sixteen_bit_decimals(short raw, byte scale, string expected) =>
        SqlDecimal.ToDecimal(raw, scale).Should().Be(Parse(expected));

    [Theory]
    [InlineData(-999999999, 9, "-0.999999999")]
    [InlineData(int.MinValue, 2, "-21474836.48")]
    [InlineData(888, 1, "88.8")]
    public void Thirty_two_bit_decimals(int raw, byte scale, string expected) =>
        SqlDecimal.ToDecimal(raw, scale).Should().Be(Parse(expected));

    [Theory]
    [InlineData(-999999999999999999L, 18, "-0.999999999999999999")]
    [InlineData(long.MinValue, 0, "-9223372036854775808")]
    [InlineData(long.MaxValue, 3, "9223372036854775.807")]
    public void Sixty_four_bit_decimals(long raw, byte scale, string expected) =>
        SqlDecimal.ToDecimal(raw, scale).Should().Be(Parse(expected));

    [Theory]
    [InlineData("-88800000000000000000", 18, "-88.8")]
    [InlineData("79228162514264337593543950335", 0, "79228162514264337593543950335")] // 2^96 − 1: decimal.MaxValue, the last on the direct path
    [InlineData("100000000000500000000000000000", 18, "100000000000.5")] // beyond 2^96: the integer and the fraction apart
    [InlineData("-100000000000500000000000000000", 18, "-100000000000.5")]
    [InlineData("99999999999999999999999999999999999999", 38, "0.9999999999999999999999999999")] // 10^38 − 1 at scale 38: 28 decimals kept
    [InlineData("-12345678901234567890123456789", 10, "-1234567890123456789.0123456789")]
    public void Hundred_twenty_eight_bit_decimals(string raw, byte scale, string expected) =>
        SqlDecimal.ToDecimal(Int128.Parse(raw, System.Globalization.CultureInfo.InvariantCulture), scale).Should().Be(Parse(expected));

    [Fact]
    public void A_128_bit_integer_beyond_a_decimal_is_an_overflow()
    {
        // 10^38 − 1 at scale 0 is 99…9 (38 digits), above decimal.MaxValue ≈ 7,9 × 10^28.
        var read = () => SqlDecimal.ToDecimal(Int128.Parse("99999999999999999999999999999999999999", System.Globalization.CultureInfo.InvariantCulture), 0);
        read.Should().Throw<OverflowException>();
    }

    [Theory]
    [InlineData("-88.8", 18, "-88800000000000000000")]
    [InlineData("0", 18, "0")]
    [InlineData("1.235", 2, "124")] // half away from zero
    [InlineData("-1.235", 2, "-124")]
    [InlineData("79228162514264337593543950335", 0, "79228162514264337593543950335")]
    [InlineData("-0.000000000000000001", 18, "-1")]
    public void Decimals_are_written_as_their_integer_at_the_scale(string value, byte scale, string expected) =>
        SqlDecimal.ToInt128(Parse(value), scale).Should().Be(Int128.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void A_decimal_too_large_for_the_scale_is_an_overflow()
    {
        // decimal.MaxValue ≈ 7,9 × 10^28 × 10^18 is beyond 2^127 ≈ 1,7 × 10^38.
        var write = () => SqlDecimal.ToInt128(decimal.MaxValue, 18);
        write.Should().Throw<OverflowException>();
    }

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
