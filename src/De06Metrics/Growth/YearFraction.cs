using System.Globalization;
using NodaTime;

namespace De06Metrics.Growth;

/// <summary>Counts the years between two dates, as compound growth and trends need them.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class YearFraction
{
    /// <summary>The mean length of a Gregorian year in days, 365,2425 (146 097 days every 400 years).</summary>
    public const decimal DaysPerYear = 365.2425m;

    /// <summary>
    /// The years from <paramref name="start"/> to <paramref name="end"/>:
    /// <list type="bullet">
    /// <item><see cref="YearCounting.WholeMonths"/>: whole months / 12. 31/12/2022 → 31/12/2024 is 2;
    /// 31/03/2023 → 31/03/2024 is 1 although it spans 29/02/2024; 30/09/2023 → 31/03/2024 is 0,5 (both are month
    /// ends). 31/12/2023 → 10/03/2024 is rejected.</item>
    /// <item><see cref="YearCounting.MonthsAndDays"/>: whole months, then the days left over as a share of the month
    /// they fall in, / 12. Between month ends it is the whole-month count; 31/12/2023 → 10/03/2024 is 2 months to
    /// 29/02/2024 and 10 of March's 31 days, (2 + 10/31) / 12 = 0,1935484…; 15/01/2024 → 20/02/2024 is 1 month and
    /// 5 of the 29 days from 15/02 to 15/03, (1 + 5/29) / 12.</item>
    /// <item><see cref="YearCounting.ActualDays"/>: days / 365,2425. 31/12/2023 → 31/12/2024 is 366 / 365,2425 =
    /// 1,0020808…; 31/12/2022 → 31/12/2023 is 0,9993429….</item>
    /// </list>
    /// </summary>
    /// <param name="start">The earlier date.</param>
    /// <param name="end">The later date; not before <paramref name="start"/>.</param>
    /// <param name="counting">How to count.</param>
    /// <returns>The years; zero when the dates are equal.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="end"/> is before <paramref name="start"/>, or with <see cref="YearCounting.WholeMonths"/> the span
    /// is not a whole number of months.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="counting"/> is not defined.</exception>
    public static decimal Between(LocalDate start, LocalDate end, YearCounting counting)
    {
        if (end < start)
        {
            throw new ArgumentException(
                $"The end date {Iso(end)} is before the start date {Iso(start)}.", nameof(end));
        }

        return counting switch
        {
            YearCounting.WholeMonths => WholeMonthsBetween(start, end) / 12m,
            YearCounting.ActualDays => Period.DaysBetween(start, end) / DaysPerYear,
            YearCounting.MonthsAndDays => MonthsAndDaysBetween(start, end) / 12m,
            _ => throw new ArgumentOutOfRangeException(nameof(counting), counting, $"Year counting {(int)counting} is not defined."),
        };
    }

    private static int WholeMonthsBetween(LocalDate start, LocalDate end)
    {
        var months = (end.Year - start.Year) * 12 + end.Month - start.Month;
        if (IsMonthEnd(start) && IsMonthEnd(end))
        {
            return months;
        }

        // Counted the way NodaTime adds months: 31/01 + 1 month is 28/02 (or 29/02).
        var whole = (int)Period.Between(start, end, PeriodUnits.Months).Months;
        if (start.PlusMonths(whole) == end)
        {
            return whole;
        }

        throw new ArgumentException(
            $"The span from {Iso(start)} to {Iso(end)} is not a whole number of months; count it with {nameof(YearCounting)}.{nameof(YearCounting.ActualDays)} instead.",
            nameof(end));
    }

    // From a month end, months run from month end to month end (as WholeMonths aligns them) and the rest is a share of
    // the next calendar month; from any other day, months run as NodaTime adds them and the rest is a share of the
    // month from the last such date to the next.
    private static decimal MonthsAndDaysBetween(LocalDate start, LocalDate end)
    {
        LocalDate anchor, next;
        int months;
        if (IsMonthEnd(start))
        {
            anchor = IsMonthEnd(end) ? end : end.PlusDays(-end.Day);
            months = (anchor.Year - start.Year) * 12 + anchor.Month - start.Month;
            next = anchor.PlusDays(1).PlusMonths(1).PlusDays(-1);
        }
        else
        {
            months = (int)Period.Between(start, end, PeriodUnits.Months).Months;
            anchor = start.PlusMonths(months);
            next = start.PlusMonths(months + 1);
        }

        var rest = Period.DaysBetween(anchor, end);
        return rest == 0 ? months : months + (decimal)rest / Period.DaysBetween(anchor, next);
    }

    private static bool IsMonthEnd(LocalDate date) => date.Day == date.Calendar.GetDaysInMonth(date.Year, date.Month);

    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
