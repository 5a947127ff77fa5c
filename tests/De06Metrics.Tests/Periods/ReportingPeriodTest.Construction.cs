using De06Metrics.Periods;

namespace De06Metrics.Tests.Periods;

public partial class ReportingPeriodTest
{
    [Fact]
    public void ForYear_covers_1_January_to_31_December()
    {
        var year = ReportingPeriod.ForYear(2024);

        year.Kind.Should().Be(PeriodKind.Year);
        year.Start.Should().Be(new LocalDate(2024, 1, 1));
        year.End.Should().Be(new LocalDate(2024, 12, 31));
        year.Year.Should().Be(2024);
        year.Ordinal.Should().BeNull();
    }

    [Theory]
    [InlineData(1, 1, 1, 6, 30)]
    [InlineData(2, 7, 1, 12, 31)]
    public void ForHalfYear_covers_six_months(int half, int startMonth, int startDay, int endMonth, int endDay)
    {
        var period = ReportingPeriod.ForHalfYear(2024, half);

        period.Kind.Should().Be(PeriodKind.HalfYear);
        period.Start.Should().Be(new LocalDate(2024, startMonth, startDay));
        period.End.Should().Be(new LocalDate(2024, endMonth, endDay));
        period.Ordinal.Should().Be(half);
    }

    [Theory]
    [InlineData(1, 1, 3, 31)]
    [InlineData(2, 4, 6, 30)]
    [InlineData(3, 7, 9, 30)]
    [InlineData(4, 10, 12, 31)]
    public void ForQuarter_covers_three_calendar_months(int quarter, int startMonth, int endMonth, int endDay)
    {
        var period = ReportingPeriod.ForQuarter(2024, quarter);

        period.Kind.Should().Be(PeriodKind.Quarter);
        period.Start.Should().Be(new LocalDate(2024, startMonth, 1));
        period.End.Should().Be(new LocalDate(2024, endMonth, endDay));
        period.Year.Should().Be(2024);
        period.Ordinal.Should().Be(quarter);
    }

    [Theory]
    [InlineData(2024, 2, 29)] // 2024 is divisible by 4 and not by 100: a leap year
    [InlineData(2023, 2, 28)]
    [InlineData(1900, 2, 28)] // divisible by 100 but not by 400: not a leap year
    [InlineData(2000, 2, 29)] // divisible by 400: a leap year
    [InlineData(2024, 4, 30)]
    [InlineData(2024, 12, 31)]
    public void ForMonth_ends_on_the_last_day_of_the_month(int year, int month, int lastDay)
    {
        var period = ReportingPeriod.ForMonth(year, month);

        period.Kind.Should().Be(PeriodKind.Month);
        period.Start.Should().Be(new LocalDate(year, month, 1));
        period.End.Should().Be(new LocalDate(year, month, lastDay));
        period.Ordinal.Should().Be(month);
    }

    [Fact]
    public void YearToDate_runs_from_1_January_to_the_end_date_inclusive()
    {
        var period = ReportingPeriod.YearToDate(new LocalDate(2024, 3, 10));

        period.Kind.Should().Be(PeriodKind.YearToDate);
        period.Start.Should().Be(new LocalDate(2024, 1, 1));
        period.End.Should().Be(new LocalDate(2024, 3, 10));
        period.Year.Should().Be(2024);
        period.Ordinal.Should().BeNull();
    }

    [Fact]
    public void ForMonthsToDate_nine_months_is_January_to_September_as_a_year_to_date()
    {
        ReportingPeriod.ForMonthsToDate(2024, 9).Should().Be(ReportingPeriod.YearToDate(new LocalDate(2024, 9, 30)));
        ReportingPeriod.ForMonthsToDate(2024, 2).End.Should().Be(new LocalDate(2024, 2, 29));
    }

    [Fact]
    public void ForMonthsToDate_six_months_is_a_year_to_date_not_the_first_half_year()
    {
        var sixMonths = ReportingPeriod.ForMonthsToDate(2024, 6);

        sixMonths.Kind.Should().Be(PeriodKind.YearToDate);
        sixMonths.Should().NotBe(ReportingPeriod.ForHalfYear(2024, 1));
        (sixMonths.ToDateInterval() == ReportingPeriod.ForHalfYear(2024, 1).ToDateInterval()).Should().BeTrue();
    }

    [Fact]
    public void Custom_from_dates_and_from_an_interval_are_the_same_period()
    {
        var start = new LocalDate(2024, 2, 15);
        var end = new LocalDate(2024, 3, 14);

        var fromDates = ReportingPeriod.Custom(start, end);

        fromDates.Should().Be(ReportingPeriod.Custom(new DateInterval(start, end)));
        fromDates.Kind.Should().Be(PeriodKind.Custom);
        fromDates.Ordinal.Should().BeNull();
        fromDates.Year.Should().Be(2024);
    }

    [Fact]
    public void A_custom_period_of_one_day_is_allowed()
    {
        var day = new LocalDate(2024, 3, 10);
        ReportingPeriod.Custom(day, day).LengthInDays.Should().Be(1);
    }

    [Fact]
    public void A_custom_period_across_a_year_end_is_reported_in_the_year_it_ends() =>
        ReportingPeriod.Custom(new LocalDate(2023, 12, 15), new LocalDate(2024, 1, 14)).Year.Should().Be(2024);

    [Fact]
    public void ForReportingMonth_runs_from_the_15th_of_the_previous_month_to_the_14th()
    {
        var march = ReportingPeriod.ForReportingMonth(2024, 3, startDay: 15);

        march.Kind.Should().Be(PeriodKind.ReportingMonth);
        march.Start.Should().Be(new LocalDate(2024, 2, 15));
        march.End.Should().Be(new LocalDate(2024, 3, 14));
        march.Year.Should().Be(2024);
        march.Ordinal.Should().Be(3);
    }

    [Fact]
    public void ForReportingMonth_january_starts_in_december_of_the_year_before()
    {
        var january = ReportingPeriod.ForReportingMonth(2024, 1, startDay: 15);

        january.Start.Should().Be(new LocalDate(2023, 12, 15));
        january.End.Should().Be(new LocalDate(2024, 1, 14));
        january.Year.Should().Be(2024);
    }

    [Theory]
    [InlineData(PeriodKind.Year, 2024, 1, 1, 2024, 12, 31)]
    [InlineData(PeriodKind.HalfYear, 2024, 1, 1, 2024, 6, 30)]
    [InlineData(PeriodKind.Quarter, 2024, 1, 1, 2024, 3, 31)]
    [InlineData(PeriodKind.Month, 2024, 3, 1, 2024, 3, 31)]
    public void Containing_finds_the_calendar_period_of_10_March_2024(PeriodKind kind, int startYear, int startMonth, int startDay, int endYear, int endMonth, int endDay)
    {
        var period = ReportingPeriod.Containing(new LocalDate(2024, 3, 10), kind);

        period.Kind.Should().Be(kind);
        period.Start.Should().Be(new LocalDate(startYear, startMonth, startDay));
        period.End.Should().Be(new LocalDate(endYear, endMonth, endDay));
    }

    [Fact]
    public void Containing_puts_1_July_in_the_second_half_and_the_third_quarter()
    {
        ReportingPeriod.Containing(new LocalDate(2024, 7, 1), PeriodKind.HalfYear).Should().Be(ReportingPeriod.ForHalfYear(2024, 2));
        ReportingPeriod.Containing(new LocalDate(2024, 7, 1), PeriodKind.Quarter).Should().Be(ReportingPeriod.ForQuarter(2024, 3));
        ReportingPeriod.Containing(new LocalDate(2024, 6, 30), PeriodKind.Quarter).Should().Be(ReportingPeriod.ForQuarter(2024, 2));
    }

    [Theory]
    [InlineData(PeriodKind.YearToDate)]
    [InlineData(PeriodKind.Custom)]
    [InlineData(PeriodKind.ReportingMonth)]
    public void Containing_rejects_kinds_that_one_date_does_not_determine(PeriodKind kind)
    {
        var act = () => ReportingPeriod.Containing(new LocalDate(2024, 3, 10), kind);
        act.Should().Throw<ArgumentException>().WithParameterName("kind").WithMessage($"*{kind}*");
    }

    public static TheoryData<string, Func<ReportingPeriod>, string, object, string> OutOfRangeArguments => new()
    {
        { "quarter 5", () => ReportingPeriod.ForQuarter(2024, 5), "quarter", 5, "Quarter 5 does not exist*" },
        { "quarter 0", () => ReportingPeriod.ForQuarter(2024, 0), "quarter", 0, "Quarter 0 does not exist*" },
        { "month 13", () => ReportingPeriod.ForMonth(2024, 13), "month", 13, "Month 13 does not exist*" },
        { "month 0", () => ReportingPeriod.ForMonth(2024, 0), "month", 0, "Month 0 does not exist*" },
        { "half 3", () => ReportingPeriod.ForHalfYear(2024, 3), "half", 3, "Half-year 3 does not exist*" },
        { "year 1899", () => ReportingPeriod.ForYear(1899), "year", 1899, "Year 1899 is outside the supported range 1900 to 9999*" },
        { "year 10000", () => ReportingPeriod.ForYear(10000), "year", 10000, "Year 10000 is outside*" },
        { "two-digit year", () => ReportingPeriod.ForQuarter(24, 1), "year", 24, "Year 24 is outside*" },
        { "13 months to date", () => ReportingPeriod.ForMonthsToDate(2024, 13), "months", 13, "*13 months does not exist*" },
        { "0 months to date", () => ReportingPeriod.ForMonthsToDate(2024, 0), "months", 0, "*0 months does not exist*" },
        { "start day 29", () => ReportingPeriod.ForReportingMonth(2024, 3, 29), "startDay", 29, "Start day 29 is not supported*" },
        { "start day 1", () => ReportingPeriod.ForReportingMonth(2024, 3, 1), "startDay", 1, "Start day 1 is not supported*ForMonth*" },
        { "reporting month 13", () => ReportingPeriod.ForReportingMonth(2024, 13, 15), "month", 13, "Month 13 does not exist*" },
        { "window before 1900", () => ReportingPeriod.ForReportingMonth(1900, 1, 15), "month", 1, "*would start on 15/12/1899*" },
        { "year to date in 1899", () => ReportingPeriod.YearToDate(new LocalDate(1899, 12, 31)), "end", new LocalDate(1899, 12, 31), "Date 31/12/1899 is outside*" },
        { "custom before 1900", () => ReportingPeriod.Custom(new LocalDate(1899, 12, 1), new LocalDate(1900, 1, 31)), "start", new LocalDate(1899, 12, 1), "Date 1/12/1899 is outside*" },
        { "interval before 1900", () => ReportingPeriod.Custom(new DateInterval(new LocalDate(1899, 12, 1), new LocalDate(1900, 1, 31))), "interval", new LocalDate(1899, 12, 1), "Date 1/12/1899 is outside*" },
        { "end before start", () => ReportingPeriod.Custom(new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 1)), "end", new LocalDate(2024, 1, 1), "End 1/1/2024 is before start 2/1/2024*" },
    };

    [Theory]
    [MemberData(nameof(OutOfRangeArguments))]
    public void Bad_arguments_throw_naming_the_argument_and_the_value(string because, Func<ReportingPeriod> create, string paramName, object value, string message)
    {
        var thrown = create.Should().Throw<ArgumentOutOfRangeException>(because).Which;

        thrown.ParamName.Should().Be(paramName);
        thrown.ActualValue.Should().Be(value);
        thrown.Message.Should().Match(message);
    }

    [Fact]
    public void A_date_in_another_calendar_is_rejected_naming_the_calendar()
    {
        var julian = new LocalDate(2024, 3, 10, CalendarSystem.Julian);

        var yearToDate = () => ReportingPeriod.YearToDate(julian);
        var custom = () => ReportingPeriod.Custom(new DateInterval(julian, julian.PlusDays(3)));
        var contains = () => ReportingPeriod.ForYear(2024).Contains(julian);
        var elapsed = () => ReportingPeriod.ForYear(2024).ElapsedDays(julian);

        yearToDate.Should().Throw<ArgumentException>().WithParameterName("end").WithMessage("*10/3/2024*Julian calendar*ISO*");
        custom.Should().Throw<ArgumentException>().WithParameterName("interval").WithMessage("*Julian*");
        contains.Should().Throw<ArgumentException>().WithParameterName("date").WithMessage("*Julian*");
        elapsed.Should().Throw<ArgumentException>().WithParameterName("asOf").WithMessage("*Julian*");
    }

    [Fact]
    public void A_null_interval_is_rejected()
    {
        var act = () => ReportingPeriod.Custom(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("interval");
    }

    [Fact]
    public void The_supported_range_is_1900_to_9999_inclusive()
    {
        ReportingPeriod.ForYear(ReportingPeriod.MinYear).Start.Should().Be(new LocalDate(1900, 1, 1));
        ReportingPeriod.ForYear(ReportingPeriod.MaxYear).End.Should().Be(new LocalDate(9999, 12, 31));
        ReportingPeriod.ForReportingMonth(1900, 2, 15).Start.Should().Be(new LocalDate(1900, 1, 15));
    }
}
