using System.Globalization;
using System.Text;
using De06Metrics.Periods;
using De06Metrics.Text;

namespace De06Metrics.Tests.Periods;

// Self-contained: this file also runs in the invariant-globalization test project.
[Trait("Category", "Text")]
public partial class ReportingPeriodTest
{
    public static TheoryData<string, ReportingPeriod, string, string, string> Labels => new()
    {
        // kind, period, Vietnamese, English, ISO-like
        { "year", ReportingPeriod.ForYear(2024), "Năm 2024", "2024", "2024" },
        { "first half", ReportingPeriod.ForHalfYear(2024, 1), "6 tháng đầu năm 2024", "H1 2024", "2024-H1" },
        { "second half", ReportingPeriod.ForHalfYear(2024, 2), "6 tháng cuối năm 2024", "H2 2024", "2024-H2" },
        { "Q1", ReportingPeriod.ForQuarter(2024, 1), "Quý I/2024", "Q1 2024", "2024-Q1" },
        { "Q2", ReportingPeriod.ForQuarter(2024, 2), "Quý II/2024", "Q2 2024", "2024-Q2" },
        { "Q3", ReportingPeriod.ForQuarter(2024, 3), "Quý III/2024", "Q3 2024", "2024-Q3" },
        { "Q4", ReportingPeriod.ForQuarter(2024, 4), "Quý IV/2024", "Q4 2024", "2024-Q4" },
        { "March", ReportingPeriod.ForMonth(2024, 3), "Tháng 3/2024", "March 2024", "2024-03" },
        { "December", ReportingPeriod.ForMonth(2023, 12), "Tháng 12/2023", "December 2023", "2023-12" },
        { "nine months", ReportingPeriod.ForMonthsToDate(2024, 9), "9 tháng năm 2024", "9 months to September 2024", "YTD 2024-09-30" },
        { "one month to date", ReportingPeriod.ForMonthsToDate(2024, 1), "1 tháng năm 2024", "1 month to January 2024", "YTD 2024-01-31" },
        { "year to a leap day", ReportingPeriod.YearToDate(new LocalDate(2024, 2, 29)), "2 tháng năm 2024", "2 months to February 2024", "YTD 2024-02-29" },
        { "year to date", ReportingPeriod.YearToDate(new LocalDate(2024, 3, 10)), "Lũy kế đến 10/3/2024", "Year to 10 March 2024", "YTD 2024-03-10" },
        {
            "custom", ReportingPeriod.Custom(new LocalDate(2024, 2, 15), new LocalDate(2024, 3, 14)),
            "Từ 15/2/2024 đến 14/3/2024", "15 Feb 2024 – 14 Mar 2024", "2024-02-15/2024-03-14"
        },
        {
            "reporting month", ReportingPeriod.ForReportingMonth(2024, 3, 15),
            "Tháng 3/2024 (từ 15/2/2024 đến 14/3/2024)", "March 2024 (15 Feb 2024 – 14 Mar 2024)", "2024-03 (2024-02-15/2024-03-14)"
        },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void Labels_in_Vietnamese_English_and_the_ISO_like_form(string kind, ReportingPeriod period, string vietnamese, string english, string iso)
    {
        period.ToString(Language.Vietnamese).Should().Be(vietnamese, kind);
        period.ToString("G", Language.English).Should().Be(english, kind);
        period.ToString("I", null).Should().Be(iso, kind);
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void Patterns_write_the_same_labels(string kind, ReportingPeriod period, string vietnamese, string english, string iso)
    {
        ReportingPeriodPattern.Vietnamese.Format(period).Should().Be(vietnamese, kind);
        ReportingPeriodPattern.ForLanguage(Language.English).Format(period).Should().Be(english, kind);
        ReportingPeriodPattern.Iso.AppendFormat(period, new StringBuilder("> ")).ToString().Should().Be("> " + iso, kind);
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void Every_label_reads_back_as_an_equal_period(string kind, ReportingPeriod period, string vietnamese, string english, string iso)
    {
        ReportingPeriod.Parse(vietnamese).Should().Be(period, kind);
        ReportingPeriod.Parse(english).Should().Be(period, kind);
        ReportingPeriod.Parse(iso).Should().Be(period, kind);
    }

    [Fact]
    public void The_invariant_culture_writes_English() =>
        ReportingPeriod.ForQuarter(2024, 1).ToString(CultureInfo.InvariantCulture).Should().Be("Q1 2024");

    [Fact]
    public void A_provider_that_is_neither_a_language_nor_a_culture_means_the_current_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            ReportingPeriod.ForMonth(2024, 3).ToString().Should().Be("March 2024");
            ReportingPeriod.ForMonth(2024, 3).ToString(null, NumberFormatInfo.InvariantInfo).Should().Be("March 2024");
            $"{ReportingPeriod.ForQuarter(2024, 1):I}".Should().Be("2024-Q1");
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void An_unknown_format_is_rejected_naming_it()
    {
        var act = () => ReportingPeriod.ForYear(2024).ToString("yyyy", Language.English);
        act.Should().Throw<FormatException>().WithMessage("*'yyyy'*'G'*'I'*");
    }

    [Fact]
    public void Patterns_name_their_form()
    {
        ReportingPeriodPattern.Vietnamese.ToString().Should().Be("vi");
        ReportingPeriodPattern.English.ToString().Should().Be("en");
        ReportingPeriodPattern.Iso.ToString().Should().Be("iso");
        ReportingPeriodPattern.ForLanguage(Language.Vietnamese).Should().BeSameAs(ReportingPeriodPattern.Vietnamese);
    }

    [Fact]
    public void Round_trips_hold_for_every_period_of_a_leap_year_in_every_form()
    {
        var periods = new List<ReportingPeriod> { ReportingPeriod.ForYear(2024) };
        periods.AddRange(Enumerable.Range(1, 2).Select(half => ReportingPeriod.ForHalfYear(2024, half)));
        periods.AddRange(Enumerable.Range(1, 4).Select(quarter => ReportingPeriod.ForQuarter(2024, quarter)));
        periods.AddRange(Enumerable.Range(1, 12).Select(month => ReportingPeriod.ForMonth(2024, month)));
        periods.AddRange(Enumerable.Range(1, 12).SelectMany(month =>
            Enumerable.Range(2, 27).Select(startDay => ReportingPeriod.ForReportingMonth(2024, month, startDay))));
        var days = Enumerable.Range(0, 366).Select(offset => new LocalDate(2024, 1, 1).PlusDays(offset)).ToList();
        periods.AddRange(days.Select(ReportingPeriod.YearToDate));
        periods.AddRange(days.Select(day => ReportingPeriod.Custom(day, day.PlusDays(40))));

        var failures = (
            from period in periods
            from text in new[] { period.ToString(Language.Vietnamese), period.ToString(Language.English), period.ToString("I", null) }
            let parsed = ReportingPeriodPattern.Iso.Parse(text)
            where !parsed.Success || !parsed.Value.Equals(period)
            select text).ToList();

        periods.Should().HaveCount(1 + 2 + 4 + 12 + (12 * 27) + 366 + 366);
        failures.Should().BeEmpty();
    }
}
