using De06Metrics.Periods;
using NodaTime.Text;

namespace De06Metrics.Tests.Periods;

// Self-contained: this file also runs in the invariant-globalization test project.
[Trait("Category", "Text")]
public partial class ReportingPeriodTest
{
    [Theory]
    // Years
    [InlineData("Năm 2024", PeriodKind.Year, "2024-01-01", "2024-12-31")]
    [InlineData("năm 2024", PeriodKind.Year, "2024-01-01", "2024-12-31")]
    [InlineData("NĂM 2024", PeriodKind.Year, "2024-01-01", "2024-12-31")]
    [InlineData("2024", PeriodKind.Year, "2024-01-01", "2024-12-31")]
    [InlineData("Year 2024", PeriodKind.Year, "2024-01-01", "2024-12-31")]
    // Half-years: "6 tháng đầu năm" is the first half, as reports mean it
    [InlineData("6 tháng đầu năm 2024", PeriodKind.HalfYear, "2024-01-01", "2024-06-30")]
    [InlineData("6 THÁNG CUỐI NĂM 2024", PeriodKind.HalfYear, "2024-07-01", "2024-12-31")]
    [InlineData("H1 2024", PeriodKind.HalfYear, "2024-01-01", "2024-06-30")]
    [InlineData("h2/2024", PeriodKind.HalfYear, "2024-07-01", "2024-12-31")]
    [InlineData("2024-H2", PeriodKind.HalfYear, "2024-07-01", "2024-12-31")]
    [InlineData("first half of 2024", PeriodKind.HalfYear, "2024-01-01", "2024-06-30")]
    [InlineData("Second half 2024", PeriodKind.HalfYear, "2024-07-01", "2024-12-31")]
    [InlineData("first 6 months of 2024", PeriodKind.HalfYear, "2024-01-01", "2024-06-30")]
    // Quarters
    [InlineData("Quý I/2024", PeriodKind.Quarter, "2024-01-01", "2024-03-31")]
    [InlineData("quý iv/2024", PeriodKind.Quarter, "2024-10-01", "2024-12-31")]
    [InlineData("Quý 1/2024", PeriodKind.Quarter, "2024-01-01", "2024-03-31")]
    [InlineData("Quý III năm 2024", PeriodKind.Quarter, "2024-07-01", "2024-09-30")]
    [InlineData("Quí II/2024", PeriodKind.Quarter, "2024-04-01", "2024-06-30")]
    [InlineData("Q1 2024", PeriodKind.Quarter, "2024-01-01", "2024-03-31")]
    [InlineData("q2/2024", PeriodKind.Quarter, "2024-04-01", "2024-06-30")]
    [InlineData("2024-Q1", PeriodKind.Quarter, "2024-01-01", "2024-03-31")]
    [InlineData("2024q3", PeriodKind.Quarter, "2024-07-01", "2024-09-30")]
    // Months
    [InlineData("Tháng 3/2024", PeriodKind.Month, "2024-03-01", "2024-03-31")]
    [InlineData("tháng 03/2024", PeriodKind.Month, "2024-03-01", "2024-03-31")]
    [InlineData("Tháng 2 năm 2024", PeriodKind.Month, "2024-02-01", "2024-02-29")]
    [InlineData("March 2024", PeriodKind.Month, "2024-03-01", "2024-03-31")]
    [InlineData("Mar 2024", PeriodKind.Month, "2024-03-01", "2024-03-31")]
    [InlineData("mar. 2024", PeriodKind.Month, "2024-03-01", "2024-03-31")]
    [InlineData("Sept 2024", PeriodKind.Month, "2024-09-01", "2024-09-30")]
    [InlineData("2024-03", PeriodKind.Month, "2024-03-01", "2024-03-31")]
    // Years to date ending on a month end
    [InlineData("9 tháng năm 2024", PeriodKind.YearToDate, "2024-01-01", "2024-09-30")]
    [InlineData("9 tháng đầu năm 2024", PeriodKind.YearToDate, "2024-01-01", "2024-09-30")]
    [InlineData("Lũy kế 9 tháng năm 2024", PeriodKind.YearToDate, "2024-01-01", "2024-09-30")]
    [InlineData("9 months to September 2024", PeriodKind.YearToDate, "2024-01-01", "2024-09-30")]
    [InlineData("9 months to Sep 2024", PeriodKind.YearToDate, "2024-01-01", "2024-09-30")]
    [InlineData("first 9 months of 2024", PeriodKind.YearToDate, "2024-01-01", "2024-09-30")]
    [InlineData("Jan–Sep 2024", PeriodKind.YearToDate, "2024-01-01", "2024-09-30")]
    [InlineData("January - September 2024", PeriodKind.YearToDate, "2024-01-01", "2024-09-30")]
    [InlineData("6 tháng năm 2024", PeriodKind.YearToDate, "2024-01-01", "2024-06-30")]
    // Years to date ending on any day
    [InlineData("Lũy kế đến 10/3/2024", PeriodKind.YearToDate, "2024-01-01", "2024-03-10")]
    [InlineData("lũy kế đến 10/03/2024", PeriodKind.YearToDate, "2024-01-01", "2024-03-10")]
    [InlineData("Luỹ kế đến ngày 10/3/2024", PeriodKind.YearToDate, "2024-01-01", "2024-03-10")]
    [InlineData("LŨY KẾ TỪ ĐẦU NĂM ĐẾN NGÀY 10/3/2024", PeriodKind.YearToDate, "2024-01-01", "2024-03-10")]
    [InlineData("Year to 10 March 2024", PeriodKind.YearToDate, "2024-01-01", "2024-03-10")]
    [InlineData("year to 10 Mar 2024", PeriodKind.YearToDate, "2024-01-01", "2024-03-10")]
    [InlineData("YTD 2024-03-10", PeriodKind.YearToDate, "2024-01-01", "2024-03-10")]
    // Custom intervals
    [InlineData("Từ 15/2/2024 đến 14/3/2024", PeriodKind.Custom, "2024-02-15", "2024-03-14")]
    [InlineData("từ ngày 15/02/2024 đến ngày 14/03/2024", PeriodKind.Custom, "2024-02-15", "2024-03-14")]
    [InlineData("15 Feb 2024 – 14 Mar 2024", PeriodKind.Custom, "2024-02-15", "2024-03-14")]
    [InlineData("15 February 2024 - 14 March 2024", PeriodKind.Custom, "2024-02-15", "2024-03-14")]
    [InlineData("from 15 Feb 2024 to 14 Mar 2024", PeriodKind.Custom, "2024-02-15", "2024-03-14")]
    [InlineData("2024-02-15/2024-03-14", PeriodKind.Custom, "2024-02-15", "2024-03-14")]
    [InlineData("Từ 15/12/2023 đến 14/1/2024", PeriodKind.Custom, "2023-12-15", "2024-01-14")]
    [InlineData("Feb–Apr 2024", PeriodKind.Custom, "2024-02-01", "2024-04-30")]
    // Reporting months
    [InlineData("Tháng 3/2024 (từ 15/2/2024 đến 14/3/2024)", PeriodKind.ReportingMonth, "2024-02-15", "2024-03-14")]
    [InlineData("March 2024 (15 Feb 2024 – 14 Mar 2024)", PeriodKind.ReportingMonth, "2024-02-15", "2024-03-14")]
    [InlineData("2024-01 (2023-12-15/2024-01-14)", PeriodKind.ReportingMonth, "2023-12-15", "2024-01-14")]
    // Spacing and dashes
    [InlineData("  Quý   I  /  2024 ", PeriodKind.Quarter, "2024-01-01", "2024-03-31")]
    [InlineData("Quý\u00a0I/2024", PeriodKind.Quarter, "2024-01-01", "2024-03-31")]
    [InlineData("Tháng 3 / 2024", PeriodKind.Month, "2024-03-01", "2024-03-31")]
    [InlineData("2024 – Q1", PeriodKind.Quarter, "2024-01-01", "2024-03-31")]
    public void Parse_reads_labels_in_either_language_and_the_ISO_like_form(string text, PeriodKind kind, string start, string end)
    {
        var period = ReportingPeriod.Parse(text);

        period.Kind.Should().Be(kind);
        period.Start.Should().Be(LocalDatePattern.Iso.Parse(start).Value);
        period.End.Should().Be(LocalDatePattern.Iso.Parse(end).Value);
    }

    [Theory]
    [InlineData("Quý V/2024", "quarter 5 does not exist")]
    [InlineData("Quý 5/2024", "quarter 5 does not exist")]
    [InlineData("Q5 2024", "quarter 5 does not exist")]
    [InlineData("2024-Q0", "quarter 0 does not exist")]
    [InlineData("Quý IIII/2024", "'IIII' is not a Roman numeral")]
    [InlineData("Tháng 13/2024", "month 13 does not exist")]
    [InlineData("2024-13", "month 13 does not exist")]
    [InlineData("H3 2024", "half-year 3 does not exist")]
    [InlineData("Quý I/24", "year 24 is outside the supported range 1900 to 9999")]
    [InlineData("Năm 1899", "year 1899 is outside")]
    [InlineData("13 tháng năm 2024", "13 months does not exist")]
    [InlineData("3 tháng cuối năm 2024", "only '6 tháng cuối năm'")]
    [InlineData("9 months to August 2024", "January to August is 8 months")]
    [InlineData("Sep–Jan 2024", "end month January is before start month September")]
    [InlineData("Từ 2/1/2024 đến 1/1/2024", "end 1/1/2024 is before start 2/1/2024")]
    [InlineData("Lũy kế đến 30/2/2024", "30/2/2024 is not a date: February 2024 has 29 days")]
    [InlineData("Lũy kế đến 29/2/2023", "February 2023 has 28 days")]
    [InlineData("Year to 10 Foo 2024", "nrecognised period label")]
    [InlineData("Lũy kế đến 10/13/2024", "month 13 does not exist")]
    [InlineData("Tháng 3/2024 (từ 16/2/2024 đến 14/3/2024)", "is not the reporting window of month 3/2024")]
    [InlineData("Tháng 3/2024 (từ 29/2/2024 đến 28/3/2024)", "start day 29 is not supported")]
    [InlineData("Quý I/2024 (từ 15/2/2024 đến 14/3/2024)", "a month followed by its window")]
    [InlineData("hello", "Unrecognised period label 'hello'")]
    [InlineData("Quý I/99999999999", "Unrecognised period label")]
    [InlineData("   ", "empty")]
    public void A_failed_parse_says_why(string text, string reason)
    {
        var result = ReportingPeriodPattern.Vietnamese.Parse(text);

        result.Success.Should().BeFalse();
        result.Exception.Should().BeAssignableTo<FormatException>();
        result.Exception.Message.Should().Contain(reason);
    }

    [Fact]
    public void A_failed_parse_quotes_the_text_it_could_not_read()
    {
        var act = () => ReportingPeriod.Parse(" Quý V/2024 ");
        act.Should().Throw<FormatException>()
            .WithMessage("Cannot read 'Quý V/2024' as a reporting period: quarter 5 does not exist; a year has quarters 1 to 4.");
    }

    [Fact]
    public void Parse_rejects_null()
    {
        var act = () => ReportingPeriod.Parse(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void TryParse_returns_the_period_or_false_without_throwing()
    {
        ReportingPeriod.TryParse("Quý I/2024", out var quarter).Should().BeTrue();
        quarter.Should().Be(ReportingPeriod.ForQuarter(2024, 1));

        ReportingPeriod.TryParse("Quý V/2024", out var none).Should().BeFalse();
        none.Should().BeNull();
        ReportingPeriod.TryParse(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Every_pattern_reads_every_form()
    {
        var quarter = ReportingPeriod.ForQuarter(2024, 1);

        ReportingPeriodPattern.English.Parse("Quý I/2024").Value.Should().Be(quarter);
        ReportingPeriodPattern.Vietnamese.Parse("Q1 2024").Value.Should().Be(quarter);
        ReportingPeriodPattern.Iso.Parse("quý 1 năm 2024").Value.Should().Be(quarter);
    }

    [Fact]
    public void A_reporting_period_is_parsable_through_the_generic_interface() =>
        ParseAny<ReportingPeriod>("Tháng 3/2024").Should().Be(ReportingPeriod.ForMonth(2024, 3));

    private static T ParseAny<T>(string text)
        where T : IParsable<T> => T.Parse(text, null);
}
