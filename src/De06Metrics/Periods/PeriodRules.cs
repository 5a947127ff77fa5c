using System.Globalization;
using NodaTime;

namespace De06Metrics.Periods;

/// <summary>The rules a period's parts must satisfy. Each method returns <see langword="null"/> when the parts are valid.</summary>
internal static class PeriodRules
{
    public static readonly LocalDate MinDate = new(ReportingPeriod.MinYear, 1, 1);
    public static readonly LocalDate MaxDate = new(ReportingPeriod.MaxYear, 12, 31);

    public const int MinReportingStartDay = 2;
    public const int MaxReportingStartDay = 28;

    public static PeriodProblem? Year(int year, string paramName = "year") =>
        year is < ReportingPeriod.MinYear or > ReportingPeriod.MaxYear
            ? new(paramName, year, Invariant($"year {year} is outside the supported range {ReportingPeriod.MinYear} to {ReportingPeriod.MaxYear}"))
            : null;

    public static PeriodProblem? HalfYear(int year, int half) =>
        Year(year) ?? (half is 1 or 2
            ? null
            : new("half", half, Invariant($"half-year {half} does not exist; a year has half-years 1 and 2")));

    public static PeriodProblem? Quarter(int year, int quarter) =>
        Year(year) ?? (quarter is >= 1 and <= 4
            ? null
            : new("quarter", quarter, Invariant($"quarter {quarter} does not exist; a year has quarters 1 to 4")));

    public static PeriodProblem? Month(int year, int month) =>
        Year(year) ?? MonthNumber(month, nameof(month));

    public static PeriodProblem? MonthsToDate(int year, int months) =>
        Year(year) ?? (months is >= 1 and <= 12
            ? null
            : new("months", months, Invariant($"a year-to-date period of {months} months does not exist; it covers 1 to 12 months")));

    public static PeriodProblem? ReportingMonth(int year, int month, int startDay)
    {
        var problem = Month(year, month);
        if (problem is not null)
        {
            return problem;
        }

        if (startDay is < MinReportingStartDay or > MaxReportingStartDay)
        {
            return new("startDay", startDay, Invariant(
                $"start day {startDay} is not supported; a reporting month starts on day {MinReportingStartDay} to {MaxReportingStartDay} of the previous month, a day every month has (day 1 gives the calendar month: use ForMonth)"));
        }

        // Only January 1900 reaches back before the earliest supported date.
        return year == ReportingPeriod.MinYear && month == 1
            ? new(nameof(month), month, Invariant(
                $"reporting month 1/{year} would start on {startDay}/12/{year - 1}, before {PeriodText.VietnameseDate(MinDate)}, the earliest supported date"))
            : null;
    }

    public static PeriodProblem? Date(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            return new(paramName, date, Invariant(
                $"date {PeriodText.VietnameseDate(date)} is in the {date.Calendar.Id} calendar; reporting periods use only the ISO calendar"), OutOfRange: false);
        }

        return date < MinDate || date > MaxDate
            ? new(paramName, date, Invariant(
                $"date {PeriodText.VietnameseDate(date)} is outside the supported range {PeriodText.VietnameseDate(MinDate)} to {PeriodText.VietnameseDate(MaxDate)}"))
            : null;
    }

    public static PeriodProblem? Interval(LocalDate start, LocalDate end, string startName = "start", string endName = "end") =>
        Date(start, startName) ?? Date(end, endName) ?? (end < start
            ? new(endName, end, Invariant($"end {PeriodText.VietnameseDate(end)} is before start {PeriodText.VietnameseDate(start)}"))
            : null);

    /// <summary>A plain date from its parts, as the parser reads them; says which part is wrong.</summary>
    public static PeriodProblem? DateParts(int year, int month, int day)
    {
        var problem = Year(year) ?? MonthNumber(month, nameof(month));
        if (problem is not null)
        {
            return problem;
        }

        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        return day < 1 || day > days
            ? new("day", day, Invariant($"{day}/{month}/{year} is not a date: {PeriodText.EnglishMonth(month)} {year} has {days} days"))
            : null;
    }

    /// <summary>Rejects a date in another calendar where a date is compared with a period rather than used to build one.</summary>
    public static void RequireIso(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(PeriodText.Sentence(Invariant(
                $"date {PeriodText.VietnameseDate(date)} is in the {date.Calendar.Id} calendar; reporting periods use only the ISO calendar")), paramName);
        }
    }

    private static PeriodProblem? MonthNumber(int month, string paramName) =>
        month is >= 1 and <= 12
            ? null
            : new(paramName, month, Invariant($"month {month} does not exist; a year has months 1 to 12"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
