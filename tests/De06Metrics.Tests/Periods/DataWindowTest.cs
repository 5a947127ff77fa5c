using De06Metrics.Periods;
using De06Metrics.Tests.Text;
using De06Metrics.Text;

namespace De06Metrics.Tests.Periods;

public class DataWindowTest
{
    public static TheoryData<string, ReportingPeriod, LocalDate, LocalDate, int> Decree09Windows => new()
    {
        // Decree 09/2019/NĐ-CP art. 12: figures close on the 14th. Days counted by hand, both ends included.
        { "March 2024: 15/2–14/3, 15 days of leap February (15..29) + 14", ReportingPeriod.ForMonth(2024, 3), new(2024, 2, 15), new(2024, 3, 14), 29 },
        { "March 2023: 15/2–14/3, 14 days of February (15..28) + 14", ReportingPeriod.ForMonth(2023, 3), new(2023, 2, 15), new(2023, 3, 14), 28 },
        { "February 2024 (leap year): 15/1–14/2, 17 + 14", ReportingPeriod.ForMonth(2024, 2), new(2024, 1, 15), new(2024, 2, 14), 31 },
        { "January 2024: 15/12/2023–14/1/2024, 17 + 14", ReportingPeriod.ForMonth(2024, 1), new(2023, 12, 15), new(2024, 1, 14), 31 },
        { "Q1 2024: 15/12/2023–14/3/2024, 17 + 31 + 29 + 14", ReportingPeriod.ForQuarter(2024, 1), new(2023, 12, 15), new(2024, 3, 14), 91 },
        { "Q2 2024: 15/3–14/6, 17 + 30 + 31 + 14", ReportingPeriod.ForQuarter(2024, 2), new(2024, 3, 15), new(2024, 6, 14), 92 },
        { "Q4 2024: 15/9–14/12, 16 + 31 + 30 + 14", ReportingPeriod.ForQuarter(2024, 4), new(2024, 9, 15), new(2024, 12, 14), 91 },
        { "H1 2024: 15/12/2023–14/6/2024, 17 + 31 + 29 + 31 + 30 + 31 + 14", ReportingPeriod.ForHalfYear(2024, 1), new(2023, 12, 15), new(2024, 6, 14), 183 },
        { "6 months to date 2024: as H1", ReportingPeriod.ForMonthsToDate(2024, 6), new(2023, 12, 15), new(2024, 6, 14), 183 },
        { "H2 2024: 15/6–14/12, 16 + 31 + 31 + 30 + 31 + 30 + 14", ReportingPeriod.ForHalfYear(2024, 2), new(2024, 6, 15), new(2024, 12, 14), 183 },
        { "9 months 2024: 15/12/2023–14/9/2024, 17 + 31 + 29 + 31 + 30 + 31 + 30 + 31 + 31 + 14", ReportingPeriod.ForMonthsToDate(2024, 9), new(2023, 12, 15), new(2024, 9, 14), 275 },
        { "2024: 15/12/2023–14/12/2024, 17 + (366 − 31) + 14", ReportingPeriod.ForYear(2024), new(2023, 12, 15), new(2024, 12, 14), 366 },
        { "2023: 15/12/2022–14/12/2023, 17 + (365 − 31) + 14", ReportingPeriod.ForYear(2023), new(2022, 12, 15), new(2023, 12, 14), 365 },
        { "Feb–Apr 2024 (custom, whole months): 15/1–14/4", ReportingPeriod.Custom(new LocalDate(2024, 2, 1), new LocalDate(2024, 4, 30)), new(2024, 1, 15), new(2024, 4, 14), 91 },
    };

    [Theory]
    [MemberData(nameof(Decree09Windows))]
    public void Decree_09_closes_figures_on_the_14th(string because, ReportingPeriod period, LocalDate start, LocalDate end, int days)
    {
        var window = DataWindow.Of(period, DataClosingRule.Decree09);

        window.Start.Should().Be(start, because);
        window.End.Should().Be(end, because);
        window.Days.Should().Be(days, because);
        window.Period.Should().Be(period);
        window.Rule.Should().Be(DataClosingRule.Decree09);
        DataClosingRule.Decree09.ClosingDay.Should().Be(14);
    }

    [Fact]
    public void The_period_keeps_its_label_and_stepping()
    {
        var q1 = ReportingPeriod.ForQuarter(2024, 1);
        var window = DataWindow.Of(q1, DataClosingRule.Decree09);

        window.Period.ToString(Language.Vietnamese).Should().Be("Quý I/2024");
        // Previous quarter: Q4 2023, 15/9/2023–14/12/2023.
        var previous = DataWindow.Of(q1.Previous(), DataClosingRule.Decree09);
        previous.Start.Should().Be(new LocalDate(2023, 9, 15));
        previous.End.Should().Be(new LocalDate(2023, 12, 14));
        // Same quarter last year: Q1 2023, 15/12/2022–14/3/2023 = 17 + 31 + 28 + 14 = 90 days.
        var lastYear = DataWindow.Of(q1.SamePeriodLastYear(), DataClosingRule.Decree09);
        lastYear.Start.Should().Be(new LocalDate(2022, 12, 15));
        lastYear.End.Should().Be(new LocalDate(2023, 3, 14));
        lastYear.Days.Should().Be(90);
        // The windows of consecutive quarters meet: 14/12/2023 then 15/12/2023.
        previous.End.PlusDays(1).Should().Be(window.Start);
    }

    [Fact]
    public void A_calendar_period_covers_its_own_days()
    {
        var window = DataWindow.Of(ReportingPeriod.ForQuarter(2024, 1), DataClosingRule.CalendarPeriod);

        window.Start.Should().Be(new LocalDate(2024, 1, 1));
        window.End.Should().Be(new LocalDate(2024, 3, 31));
        DataClosingRule.CalendarPeriod.ClosingDay.Should().BeNull();
        // Under the calendar rule even a year-to-date to 10/3/2024 has a window: its own 70 days.
        DataWindow.Of(ReportingPeriod.YearToDate(new LocalDate(2024, 3, 10)), DataClosingRule.CalendarPeriod).Days.Should().Be(70);
    }

    [Fact]
    public void The_monthly_window_is_the_reporting_month_one_concept_in_one_place()
    {
        // ForReportingMonth(2024, 3, 15) is 15/2–14/3/2024, the decree's March window; it is its own window under any rule.
        var reportingMonth = ReportingPeriod.ForReportingMonth(2024, 3, 15);
        var decree = DataWindow.Of(ReportingPeriod.ForMonth(2024, 3), DataClosingRule.Decree09);

        (decree.Interval == reportingMonth.ToDateInterval()).Should().BeTrue();
        (DataWindow.Of(reportingMonth, DataClosingRule.Decree09).Interval == reportingMonth.ToDateInterval()).Should().BeTrue();
        (DataWindow.Of(reportingMonth, DataClosingRule.CalendarPeriod).Interval == reportingMonth.ToDateInterval()).Should().BeTrue();
    }

    [Fact]
    public void Another_closing_day_moves_every_window()
    {
        // Closing on the 27th: February 2023 is 28/1/2023–27/2/2023 = 4 + 27 = 31 days.
        var rule = DataClosingRule.OnDay(27);
        var window = DataWindow.Of(ReportingPeriod.ForMonth(2023, 2), rule);

        window.Start.Should().Be(new LocalDate(2023, 1, 28));
        window.End.Should().Be(new LocalDate(2023, 2, 27));
        window.Days.Should().Be(31);
        DataClosingRule.OnDay(14).Should().BeSameAs(DataClosingRule.Decree09);
        FluentActions.Invoking(() => DataClosingRule.OnDay(28))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "closingDay" && e.Message.Contains("28"));
        FluentActions.Invoking(() => DataClosingRule.OnDay(0))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "closingDay");
    }

    [Fact]
    public void A_period_that_is_not_whole_months_has_no_window_under_a_closing_day()
    {
        FluentActions.Invoking(() => DataWindow.Of(ReportingPeriod.YearToDate(new LocalDate(2024, 3, 10)), DataClosingRule.Decree09))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "period" && e.Message.Contains("YTD 2024-03-10") && e.Message.Contains("day 14"));
        FluentActions.Invoking(() => DataWindow.Of(ReportingPeriod.Custom(new LocalDate(2024, 2, 15), new LocalDate(2024, 3, 31)), DataClosingRule.Decree09))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "period");
    }

    [Fact]
    public void A_window_knows_its_days()
    {
        var march = DataWindow.Of(ReportingPeriod.ForMonth(2024, 3), DataClosingRule.Decree09);

        march.Contains(new LocalDate(2024, 2, 29)).Should().BeTrue();
        march.Contains(new LocalDate(2024, 3, 14)).Should().BeTrue();
        march.Contains(new LocalDate(2024, 3, 15)).Should().BeFalse();
        march.Contains(new LocalDate(2024, 2, 14)).Should().BeFalse();
        march.Should().Be(DataWindow.Of(ReportingPeriod.ForMonth(2024, 3), DataClosingRule.OnDay(14)));
    }

    [Fact]
    public void A_window_reads_in_both_languages()
    {
        var window = DataWindow.Of(ReportingPeriod.ForQuarter(2024, 1), DataClosingRule.Decree09);

        window.Describe(Language.Vietnamese).Should().Be("Quý I/2024 (số liệu từ 15/12/2023 đến 14/3/2024)");
        window.Describe(Language.English).Should().Be("Q1 2024 (figures from 15 Dec 2023 to 14 Mar 2024)");
    }

    [Trait("Category", "Text")]
    [Fact]
    public void Every_word_of_a_window_comes_from_the_phrase_book()
    {
        var window = DataWindow.Of(ReportingPeriod.ForMonthsToDate(2024, 9), DataClosingRule.Decree09);
        PseudoLanguage.WordsIn(window.Describe(PseudoLanguage.Instance)).Should().BeEmpty();
    }
}
