using De06Metrics.Evaluation;
using De06Metrics.Measures;
using De06Metrics.Text;
using DuckDB.NET.Data;

namespace De06Metrics.DuckDb.Tests;

/// <summary>The registered functions on hand-computed values, the report's figures and their documented edge cases.</summary>
public sealed class SqlFunctionsTest : IDisposable
{
    private readonly Database db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public void Margin_of_the_online_rate_is_exactly_18_8_points()
    {
        // The Hà Giang report: 88,8% against at least 70%; 88,8 − 70 = 18,8, exactly (a double gives 18,799999999999997).
        db.Scalar("SELECT de06_margin(88.8, 70, 'higherIsBetter')").Should().Be(18.8m);
        db.Scalar("SELECT typeof(de06_margin(88.8, 70, 'higherIsBetter'))").Should().Be("DECIMAL(38,18)");
    }

    [Fact]
    public void Margin_is_positive_when_under_a_lower_is_better_target()
    {
        // Late dossiers 3% against at most 5%: 5 − 3 = +2 points; 7% gives 5 − 7 = −2.
        db.Scalar("SELECT de06_margin(3, 5, 'lowerIsBetter')").Should().Be(2m);
        db.Scalar("SELECT de06_margin(7, 5, 'lower_is_better')").Should().Be(-2m);
    }

    [Fact]
    public void Band_margin_is_zero_inside_and_minus_the_distance_outside()
    {
        // [90, 110]: 95 is inside (0); 85 is 90 − 85 = 5 below (−5); 112 is 112 − 110 = 2 above (−2).
        db.Rows("SELECT de06_band_margin(95, 90, 110), de06_band_margin(85, 90, 110), de06_band_margin(112, 90, 110)")
            .Single().Should().Equal(0m, -5m, -2m);
    }

    [Theory]
    [InlineData("88.8", "0", "exceeded")] // 18,8 > 0
    [InlineData("70", "0", "met")] // margin 0
    [InlineData("69.9", "0", "notMet")] // −0,1 < 0
    [InlineData("69.5", "1", "basicallyMet")] // −0,5 within τ = 1
    [InlineData("68.5", "1", "notMet")] // −1,5 beyond τ = 1
    [InlineData("70.5", "1", "met")] // +0,5 within τ = 1: met, not exceeded
    public void Status_against_at_least_70_follows_the_documented_rule(string actual, string tolerance, string expected) =>
        db.Scalar($"SELECT de06_status({actual}, 70, 'higherIsBetter', {tolerance})").Should().Be(expected);

    [Fact]
    public void Status_of_a_missing_actual_is_no_data_and_of_a_missing_target_null()
    {
        db.Execute("CREATE TABLE t (actual DECIMAL(9,1), target DECIMAL(9,1))");
        db.Execute("INSERT INTO t VALUES (NULL, 70), (88.8, NULL)");
        db.Rows("SELECT de06_status(actual, target, 'higherIsBetter', 0), de06_margin(actual, target, 'higherIsBetter') FROM t")
            .Should().BeEquivalentTo(new[] { new object?[] { "noData", null }, new object?[] { null, null } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Band_status_is_never_exceeded()
    {
        // [90, 110], τ = 2: 110 is inside (met), 89 is 1 outside (basically met), 87 is 3 outside (not met).
        db.Rows("SELECT de06_band_status(110, 90, 110, 2), de06_band_status(89, 90, 110, 2), de06_band_status(87, 90, 110, 2)")
            .Single().Should().Equal("met", "basicallyMet", "notMet");
    }

    [Fact]
    public void Attainment_of_17_models_of_33_is_rounded_to_18_decimals()
    {
        // 17 / 33 = 0,515151…; DECIMAL(38,18) keeps 18 decimals: 0,515151515151515152 (…1515|15 rounds up).
        db.Scalar("SELECT de06_attainment(17, 33, 'higherIsBetter')").Should().Be(0.515151515151515152m);
        db.Scalar("SELECT de06_attainment_reason(17, 33, 'higherIsBetter')").Should().BeNull();

        // Lower is better: target / actual, 5 / 4 = 1,25.
        db.Scalar("SELECT de06_attainment(4, 5, 'lowerIsBetter')").Should().Be(1.25m);
    }

    [Theory]
    [InlineData("10", "0", "higherIsBetter", "zeroTarget")]
    [InlineData("10", "-5", "higherIsBetter", "negativeTarget")]
    [InlineData("0", "5", "lowerIsBetter", "zeroActual")]
    [InlineData("-1", "5", "lowerIsBetter", "negativeActual")]
    [InlineData("NULL", "5", "higherIsBetter", "noData")]
    public void Attainment_that_is_not_meaningful_is_null_with_its_reason(string actual, string target, string polarity, string reason)
    {
        db.Scalar($"SELECT de06_attainment({actual}, {target}, '{polarity}')").Should().BeNull();
        db.Scalar($"SELECT de06_attainment_reason({actual}, {target}, '{polarity}')").Should().Be(reason);
    }

    [Fact]
    public void Percent_change_and_its_reasons()
    {
        // 100 → 121: (121 − 100) × 100 / 100 = 21; −4 → −2: (−2 + 4) × 100 / 4 = +50 (against |base|).
        db.Rows("SELECT de06_percent_change(100, 121), de06_percent_change(-4, -2)").Single().Should().Equal(21m, 50m);
        db.Rows("SELECT de06_percent_change(0, 5), de06_percent_change_reason(0, 5), de06_percent_change_reason(-4, 2), " +
                "de06_percent_change_reason(NULL, 2), de06_percent_change_reason(4, NULL), de06_percent_change_reason(4, 2)")
            .Single().Should().Equal(new object?[] { null, "zeroBase", "signChange", "missingBase", "noData", null });
    }

    [Fact]
    public void Cagr_of_100_to_121_over_two_years_is_exactly_10_percent()
    {
        // (121 / 100)^(1/2) − 1 = 1,1 − 1 = 10%; a fall to zero is −100% a year; a zero start has no growth.
        db.Rows("SELECT de06_cagr(100, 121, 2), de06_cagr(50, 0, 3), de06_cagr(0, 5, 2), de06_cagr_reason(0, 5, 2), de06_cagr_reason(100, 121, 2)")
            .Single().Should().Equal(new object?[] { 10m, -100m, null, "zeroBase", null });
    }

    [Fact]
    public void A_ratio_beyond_the_decimal_type_is_null_out_of_range()
    {
        // 10^19 against a target of 0,01 is 10^21, past DECIMAL(38,18)'s 10^20.
        db.Scalar("SELECT de06_attainment(10000000000000000000, 0.01, 'higherIsBetter')").Should().BeNull();
        db.Scalar("SELECT de06_attainment_reason(10000000000000000000, 0.01, 'higherIsBetter')").Should().Be("outOfRange");
    }

    [Fact]
    public void Words_come_out_of_the_phrase_books()
    {
        db.Rows("SELECT de06_status_text('basicallyMet', 'vi'), de06_status_text('exceeded', 'en'), de06_reason_text('zeroTarget', 'vi'), de06_reason_text('signChange', 'en')")
            .Single().Should().Equal(
                TargetStatus.BasicallyMet.Describe(Language.Vietnamese),
                TargetStatus.Exceeded.Describe(Language.English),
                NotMeaningfulReason.ZeroTarget.Describe(Language.Vietnamese),
                NotMeaningfulReason.SignChange.Describe(Language.English));
        db.Scalar("SELECT de06_status_text('basicallyMet', 'vi')").Should().Be("Cơ bản đạt");
    }

    [Theory]
    [InlineData("SELECT de06_margin(1, 2, 'sideways')", "sideways")]
    [InlineData("SELECT de06_margin(1, 2, 'withinBand')", "band")]
    [InlineData("SELECT de06_status(1, 2, 'higherIsBetter', -1)", "tolerance")]
    [InlineData("SELECT de06_band_margin(1, 110, 90)", "110")]
    [InlineData("SELECT de06_cagr(1, 2, 0)", "years")]
    [InlineData("SELECT de06_status_text('great', 'vi')", "great")]
    [InlineData("SELECT de06_reason_text('zeroTarget', 'fr')", "fr")]
    public void Bad_arguments_stop_the_query_naming_them(string sql, string named)
    {
        var run = () => db.Scalar(sql);
        run.Should().Throw<DuckDBException>().Which.Message.Should().Contain(named);
    }
}
