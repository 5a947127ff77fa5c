using De06Metrics.Periods;

namespace De06Metrics.Tests.Periods;

public partial class ReportingPeriodTest
{
    public static TheoryData<string, ReportingPeriod, int> Lengths => new()
    {
        // Hand counts; a year is a leap year when divisible by 4, except centuries not divisible by 400.
        { "February 2024 (leap)", ReportingPeriod.ForMonth(2024, 2), 29 },
        { "February 2023", ReportingPeriod.ForMonth(2023, 2), 28 },
        { "Q1 2024 = 31 + 29 + 31", ReportingPeriod.ForQuarter(2024, 1), 91 },
        { "Q1 2023 = 31 + 28 + 31", ReportingPeriod.ForQuarter(2023, 1), 90 },
        { "Q4 2024 = 31 + 30 + 31", ReportingPeriod.ForQuarter(2024, 4), 92 },
        { "H1 2024 = 31 + 29 + 31 + 30 + 31 + 30", ReportingPeriod.ForHalfYear(2024, 1), 182 },
        { "H2 2024 = 31 + 31 + 30 + 31 + 30 + 31", ReportingPeriod.ForHalfYear(2024, 2), 184 },
        { "2024", ReportingPeriod.ForYear(2024), 366 },
        { "2023", ReportingPeriod.ForYear(2023), 365 },
        { "1900 (century, not leap)", ReportingPeriod.ForYear(1900), 365 },
        { "2000 (divisible by 400, leap)", ReportingPeriod.ForYear(2000), 366 },
        { "to 10/3/2024 = 31 + 29 + 10", ReportingPeriod.YearToDate(new LocalDate(2024, 3, 10)), 70 },
        { "15/2/2024 to 14/3/2024 = 15 + 14", ReportingPeriod.ForReportingMonth(2024, 3, 15), 29 },
        { "15/12/2023 to 14/1/2024 = 17 + 14", ReportingPeriod.ForReportingMonth(2024, 1, 15), 31 },
    };

    [Theory]
    [MemberData(nameof(Lengths))]
    public void LengthInDays_counts_both_ends(string because, ReportingPeriod period, int days)
    {
        period.LengthInDays.Should().Be(days, because);
        period.ToDateInterval().Length.Should().Be(days, because);
    }

    [Fact]
    public void ToDateInterval_has_the_same_first_and_last_day()
    {
        var quarter = ReportingPeriod.ForQuarter(2024, 1);
        (quarter.ToDateInterval() == new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 31))).Should().BeTrue();
    }

    [Fact]
    public void Ten_March_2024_is_day_70_of_the_91_days_of_Q1_2024()
    {
        var quarter = ReportingPeriod.ForQuarter(2024, 1);
        var asOf = new LocalDate(2024, 3, 10);

        // January 31 + February 29 + 1..10 March = 70 days elapsed, the as-of day included; 91 − 70 = 21 remain.
        quarter.ElapsedDays(asOf).Should().Be(70);
        quarter.DaysRemaining(asOf).Should().Be(21);
        quarter.ElapsedFraction(asOf).Should().Be(70m / 91m);
        quarter.ElapsedFraction(asOf).Should().BeApproximately(0.769230769230m, 0.000000000001m);
    }

    [Fact]
    public void Half_of_2024_has_elapsed_by_30_June_on_a_day_count()
    {
        // 182 days of the first half out of 366.
        ReportingPeriod.ForYear(2024).ElapsedFraction(new LocalDate(2024, 6, 30)).Should().Be(182m / 366m);
    }

    [Theory]
    [InlineData(2023, 12, 31, 0, 91)]
    [InlineData(2024, 1, 1, 1, 90)]
    [InlineData(2024, 3, 31, 91, 0)]
    [InlineData(2024, 4, 1, 91, 0)]
    [InlineData(2030, 1, 1, 91, 0)]
    public void Elapsed_days_are_none_before_the_period_and_all_after_it(int year, int month, int day, int elapsed, int remaining)
    {
        var quarter = ReportingPeriod.ForQuarter(2024, 1);
        var asOf = new LocalDate(year, month, day);

        quarter.ElapsedDays(asOf).Should().Be(elapsed);
        quarter.DaysRemaining(asOf).Should().Be(remaining);
    }

    [Fact]
    public void The_elapsed_fraction_is_exactly_0_before_and_exactly_1_from_the_last_day()
    {
        var quarter = ReportingPeriod.ForQuarter(2024, 1);

        quarter.ElapsedFraction(new LocalDate(2023, 12, 31)).Should().Be(0m);
        quarter.ElapsedFraction(new LocalDate(2024, 3, 31)).Should().Be(1m);
        quarter.ElapsedFraction(new LocalDate(2025, 1, 1)).Should().Be(1m);
    }

    [Fact]
    public void Contains_a_date_includes_both_ends()
    {
        var march = ReportingPeriod.ForMonth(2024, 3);

        march.Contains(new LocalDate(2024, 3, 1)).Should().BeTrue();
        march.Contains(new LocalDate(2024, 3, 31)).Should().BeTrue();
        march.Contains(new LocalDate(2024, 2, 29)).Should().BeFalse();
        march.Contains(new LocalDate(2024, 4, 1)).Should().BeFalse();
        march.Contains(new LocalDate(1800, 1, 1)).Should().BeFalse();
    }

    [Fact]
    public void Contains_a_period_when_every_day_of_it_is_inside()
    {
        var year = ReportingPeriod.ForYear(2024);
        var quarter = ReportingPeriod.ForQuarter(2024, 1);
        var march = ReportingPeriod.ForMonth(2024, 3);
        var reportingMarch = ReportingPeriod.ForReportingMonth(2024, 3, 15);

        year.Contains(quarter).Should().BeTrue();
        quarter.Contains(march).Should().BeTrue();
        quarter.Contains(quarter).Should().BeTrue();
        march.Contains(quarter).Should().BeFalse();
        march.Contains(reportingMarch).Should().BeFalse("15/2 to 14/3 starts in February");
        quarter.Contains(reportingMarch).Should().BeTrue();
        ReportingPeriod.ForYear(2023).Contains(quarter).Should().BeFalse();
    }

    [Fact]
    public void Contains_rejects_a_null_period()
    {
        var act = () => ReportingPeriod.ForYear(2024).Contains(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("other");
    }

    public static TheoryData<string, ReportingPeriod, ReportingPeriod> Neighbours => new()
    {
        { "year", ReportingPeriod.ForYear(2023), ReportingPeriod.ForYear(2024) },
        { "half-years across a year end", ReportingPeriod.ForHalfYear(2023, 2), ReportingPeriod.ForHalfYear(2024, 1) },
        { "half-years in a year", ReportingPeriod.ForHalfYear(2024, 1), ReportingPeriod.ForHalfYear(2024, 2) },
        { "Q4 2023 then Q1 2024", ReportingPeriod.ForQuarter(2023, 4), ReportingPeriod.ForQuarter(2024, 1) },
        { "Q2 then Q3", ReportingPeriod.ForQuarter(2024, 2), ReportingPeriod.ForQuarter(2024, 3) },
        { "December 2023 then January 2024", ReportingPeriod.ForMonth(2023, 12), ReportingPeriod.ForMonth(2024, 1) },
        { "February then March 2024", ReportingPeriod.ForMonth(2024, 2), ReportingPeriod.ForMonth(2024, 3) },
        { "reporting months keep their start day", ReportingPeriod.ForReportingMonth(2024, 2, 15), ReportingPeriod.ForReportingMonth(2024, 3, 15) },
        { "reporting months across a year end", ReportingPeriod.ForReportingMonth(2023, 12, 15), ReportingPeriod.ForReportingMonth(2024, 1, 15) },
        { "year-to-date steps by a year", ReportingPeriod.YearToDate(new LocalDate(2023, 3, 10)), ReportingPeriod.YearToDate(new LocalDate(2024, 3, 10)) },
        { "nine months to date", ReportingPeriod.ForMonthsToDate(2023, 9), ReportingPeriod.ForMonthsToDate(2024, 9) },
        {
            // 15/2 to 14/3/2024 is 29 days; the 29 days before end on 14/2 and start on 14/2 − 28 = 17/1.
            "custom steps by its length",
            ReportingPeriod.Custom(new LocalDate(2024, 1, 17), new LocalDate(2024, 2, 14)),
            ReportingPeriod.Custom(new LocalDate(2024, 2, 15), new LocalDate(2024, 3, 14))
        },
    };

    [Theory]
    [MemberData(nameof(Neighbours))]
    public void Previous_and_Next_step_to_the_neighbouring_period_of_the_same_kind(string because, ReportingPeriod earlier, ReportingPeriod later)
    {
        later.Previous().Should().Be(earlier, because);
        earlier.Next().Should().Be(later, because);
    }

    [Fact]
    public void Previous_of_Q1_2024_is_Q4_2023_and_of_January_is_December_of_the_year_before()
    {
        ReportingPeriod.ForQuarter(2024, 1).Previous().Should().Be(ReportingPeriod.ForQuarter(2023, 4));
        ReportingPeriod.ForMonth(2024, 1).Previous().Should().Be(ReportingPeriod.ForMonth(2023, 12));
    }

    [Fact]
    public void Previous_of_a_reporting_month_is_the_window_before_not_an_interval_of_the_same_length()
    {
        // The March 2024 window (15/2 to 14/3) is 29 days, the February window (15/1 to 14/2) 31.
        var february = ReportingPeriod.ForReportingMonth(2024, 3, 15).Previous();

        february.Start.Should().Be(new LocalDate(2024, 1, 15));
        february.End.Should().Be(new LocalDate(2024, 2, 14));
    }

    [Fact]
    public void Next_of_a_custom_period_starts_the_day_after_it_ends_with_the_same_length()
    {
        // 15/3 to 31/3 is 17 days and 1/4 to 12/4 is 12 more: 29, as 15/2 to 14/3/2024.
        var next = ReportingPeriod.Custom(new LocalDate(2024, 2, 15), new LocalDate(2024, 3, 14)).Next();

        next.Should().Be(ReportingPeriod.Custom(new LocalDate(2024, 3, 15), new LocalDate(2024, 4, 12)));
    }

    public static TheoryData<string, ReportingPeriod, ReportingPeriod> LastYear => new()
    {
        { "quarter", ReportingPeriod.ForQuarter(2024, 1), ReportingPeriod.ForQuarter(2023, 1) },
        { "half-year", ReportingPeriod.ForHalfYear(2024, 2), ReportingPeriod.ForHalfYear(2023, 2) },
        { "month", ReportingPeriod.ForMonth(2024, 2), ReportingPeriod.ForMonth(2023, 2) },
        { "year", ReportingPeriod.ForYear(2024), ReportingPeriod.ForYear(2023) },
        { "reporting month", ReportingPeriod.ForReportingMonth(2024, 3, 15), ReportingPeriod.ForReportingMonth(2023, 3, 15) },
        { "year-to-date on an ordinary day", ReportingPeriod.YearToDate(new LocalDate(2024, 3, 10)), ReportingPeriod.YearToDate(new LocalDate(2023, 3, 10)) },
        { "year-to-date to a leap day pairs with the last day of February", ReportingPeriod.YearToDate(new LocalDate(2024, 2, 29)), ReportingPeriod.YearToDate(new LocalDate(2023, 2, 28)) },
        { "28 February 2024 is not a month end and keeps its day", ReportingPeriod.YearToDate(new LocalDate(2024, 2, 28)), ReportingPeriod.YearToDate(new LocalDate(2023, 2, 28)) },
        { "nine months to date", ReportingPeriod.ForMonthsToDate(2024, 9), ReportingPeriod.ForMonthsToDate(2023, 9) },
        {
            "custom February 2024 as whole month",
            ReportingPeriod.Custom(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29)),
            ReportingPeriod.Custom(new LocalDate(2023, 2, 1), new LocalDate(2023, 2, 28))
        },
        {
            "custom across a year end",
            ReportingPeriod.Custom(new LocalDate(2023, 12, 15), new LocalDate(2024, 1, 14)),
            ReportingPeriod.Custom(new LocalDate(2022, 12, 15), new LocalDate(2023, 1, 14))
        },
    };

    [Theory]
    [MemberData(nameof(LastYear))]
    public void SamePeriodLastYear_is_the_same_span_a_year_earlier(string because, ReportingPeriod period, ReportingPeriod expected) =>
        period.SamePeriodLastYear().Should().Be(expected, because);

    [Fact]
    public void Two_months_to_date_stay_two_months_to_date_going_forward_into_a_leap_year()
    {
        // 28/2/2023 is the last day of February 2023; a year later the last day of February is the 29th.
        ReportingPeriod.ForMonthsToDate(2023, 2).Next().Should().Be(ReportingPeriod.ForMonthsToDate(2024, 2));
        ReportingPeriod.YearToDate(new LocalDate(2023, 2, 28)).Next().End.Should().Be(new LocalDate(2024, 2, 29));
    }

    [Fact]
    public void Previous_of_a_year_to_date_is_the_same_period_last_year()
    {
        var ytd = ReportingPeriod.YearToDate(new LocalDate(2024, 2, 29));
        ytd.Previous().Should().Be(ytd.SamePeriodLastYear());
    }

    public static TheoryData<string, Func<ReportingPeriod>, string> BeyondTheRange => new()
    {
        { "before 1900", () => ReportingPeriod.ForYear(1900).Previous(), "There is no period before 1900: year 1899 is outside*" },
        { "after 9999", () => ReportingPeriod.ForYear(9999).Next(), "There is no period after 9999: year 10000 is outside*" },
        { "quarter before 1900", () => ReportingPeriod.ForQuarter(1900, 1).Previous(), "*before 1900-Q1*1899*" },
        { "month after 9999", () => ReportingPeriod.ForMonth(9999, 12).Next(), "*after 9999-12*10000*" },
        { "last year before 1900", () => ReportingPeriod.ForQuarter(1900, 3).SamePeriodLastYear(), "There is no same period last year for 1900-Q3*1899*" },
        { "reporting month whose predecessor starts in 1899", () => ReportingPeriod.ForReportingMonth(1900, 2, 15).Previous(), "*15/12/1899*" },
        { "custom before 1900", () => ReportingPeriod.Custom(new LocalDate(1900, 1, 1), new LocalDate(1900, 1, 10)).Previous(), "*before 1/1/1900*" },
        { "custom after 9999", () => ReportingPeriod.Custom(new LocalDate(9999, 12, 20), new LocalDate(9999, 12, 31)).Next(), "*after 31/12/9999*" },
        { "year-to-date after 9999", () => ReportingPeriod.YearToDate(new LocalDate(9999, 3, 10)).Next(), "*10000*" },
    };

    [Theory]
    [MemberData(nameof(BeyondTheRange))]
    public void Stepping_out_of_the_supported_range_throws_saying_why(string because, Func<ReportingPeriod> step, string message) =>
        step.Should().Throw<InvalidOperationException>(because).WithMessage(message);

    [Fact]
    public void Custom_periods_may_step_up_to_the_edges_of_the_range()
    {
        ReportingPeriod.Custom(new LocalDate(1900, 1, 11), new LocalDate(1900, 1, 20)).Previous().Start.Should().Be(new LocalDate(1900, 1, 1));
        ReportingPeriod.Custom(new LocalDate(9999, 12, 11), new LocalDate(9999, 12, 20)).Next().End.Should().Be(new LocalDate(9999, 12, 30));
    }
}
