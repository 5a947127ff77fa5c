using De06Metrics.Growth;

namespace De06Metrics.Tests.Growth;

public class YearFractionTest
{
    [Theory]
    [InlineData("2021-12-31", "2023-12-31", "2")]
    // Leap day inside: still twelve months.
    [InlineData("2023-03-31", "2024-03-31", "1")]
    // Month ends align: February's end to February's end, with and without a leap day.
    [InlineData("2023-02-28", "2024-02-29", "1")]
    [InlineData("2024-02-29", "2025-02-28", "1")]
    [InlineData("2024-01-31", "2024-02-29", "0.0833333333333333333333333333")]
    [InlineData("2023-09-30", "2024-03-31", "0.5")]
    [InlineData("2024-01-15", "2024-04-15", "0.25")]
    [InlineData("2024-03-10", "2024-03-10", "0")]
    public void Whole_months_count_calendar_months_over_twelve(string start, string end, string years) =>
        YearFraction.Between(LocalDate.FromDateTime(DateTime.Parse(start)), LocalDate.FromDateTime(DateTime.Parse(end)), YearCounting.WholeMonths)
            .Should().Be(decimal.Parse(years, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2021-12-31", "2023-12-31")]
    [InlineData("2023-03-31", "2024-03-31")]
    [InlineData("2023-02-28", "2024-02-29")]
    [InlineData("2024-02-29", "2025-02-28")]
    [InlineData("2024-01-31", "2024-02-29")]
    [InlineData("2023-09-30", "2024-03-31")]
    [InlineData("2024-01-15", "2024-04-15")]
    [InlineData("2024-03-10", "2024-03-10")]
    public void Months_and_days_equal_whole_months_on_whole_month_spans(string start, string end)
    {
        var from = LocalDate.FromDateTime(DateTime.Parse(start));
        var to = LocalDate.FromDateTime(DateTime.Parse(end));
        YearFraction.Between(from, to, YearCounting.MonthsAndDays).Should().Be(YearFraction.Between(from, to, YearCounting.WholeMonths));
    }

    [Theory]
    // From 31/12/2023 to 10/03/2024: two months to 29/02, then 10 of March's 31 days.
    [InlineData(2023, 12, 31, 2024, 3, 10, 2, 10, 31)]
    // From a month end to a day in the next month: 10 of January's 31 days.
    [InlineData(2023, 12, 31, 2024, 1, 10, 0, 10, 31)]
    // From 15/01/2024 to 20/02/2024: one month to 15/02, then 5 of the 29 days from 15/02 to 15/03 (a leap year).
    [InlineData(2024, 1, 15, 2024, 2, 20, 1, 5, 29)]
    // From 30/06/2024 to 15/11/2024: four months to 31/10, then 15 of November's 30 days.
    [InlineData(2024, 6, 30, 2024, 11, 15, 4, 15, 30)]
    public void Months_and_days_count_the_rest_as_a_share_of_its_month(int y1, int m1, int d1, int y2, int m2, int d2, int months, int days, int monthLength) =>
        YearFraction.Between(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2), YearCounting.MonthsAndDays)
            .Should().Be((months + (decimal)days / monthLength) / 12m);

    [Fact]
    public void By_default_growth_counts_any_as_of_date()
    {
        // 66,7% as of 10/03/2024 from 60% at the end of 2023: no longer refused for a mid-month date.
        var growth = GrowthRate.CompoundAnnual(new DatedValue(new LocalDate(2023, 12, 31), 60m), new DatedValue(new LocalDate(2024, 3, 10), 66.7m));
        growth.Years.Should().Be((2m + 10m / 31m) / 12m);
        growth.IsMeaningful.Should().BeTrue();
    }

    [Fact]
    public void Actual_days_divide_by_the_mean_gregorian_year()
    {
        // 2024 has 366 days: 366 / 365,2425 = 1,00207396455779379453376866…; 2023 has 365: 0,99933605755080528689843…
        YearFraction.Between(new LocalDate(2023, 12, 31), new LocalDate(2024, 12, 31), YearCounting.ActualDays)
            .Should().BeApproximately(1.002073964557793794533768660m, 1e-25m);
        YearFraction.Between(new LocalDate(2023, 1, 1), new LocalDate(2024, 1, 1), YearCounting.ActualDays)
            .Should().BeApproximately(0.999336057550805286898430494m, 1e-25m);
        // A Gregorian cycle of 400 years has 146 097 days, exactly 400 mean years.
        YearFraction.Between(new LocalDate(2000, 1, 1), new LocalDate(2400, 1, 1), YearCounting.ActualDays).Should().Be(400m);
    }

    [Fact]
    public void A_span_that_is_not_whole_months_is_refused_not_rounded()
    {
        var act = () => YearFraction.Between(new LocalDate(2023, 12, 31), new LocalDate(2024, 3, 10), YearCounting.WholeMonths);
        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "end" && e.Message.Contains("2023-12-31") && e.Message.Contains("2024-03-10"));
    }

    [Fact]
    public void Bad_arguments_name_themselves_and_their_value()
    {
        FluentActions.Invoking(() => YearFraction.Between(new LocalDate(2024, 3, 31), new LocalDate(2023, 3, 31), YearCounting.ActualDays))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "end" && e.Message.Contains("2023-03-31"));
        FluentActions.Invoking(() => YearFraction.Between(new LocalDate(2023, 3, 31), new LocalDate(2024, 3, 31), (YearCounting)7))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "counting" && e.Message.Contains('7'));
    }
}
