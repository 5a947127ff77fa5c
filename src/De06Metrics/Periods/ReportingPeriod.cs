using NodaTime;

namespace De06Metrics.Periods;

/// <summary>
/// A reporting period: a year, half-year, quarter, month, year-to-date (<c>lũy kế</c>), monthly reporting window or
/// any other interval of whole days, with its first and last day both included.
/// </summary>
/// <remarks>
/// <para>
/// Build one with a named factory (<see cref="ForQuarter"/>, <see cref="YearToDate"/>, <see cref="Custom(LocalDate, LocalDate)"/>
/// …) or read one from a label in Vietnamese, English or an ISO-like form with <see cref="Parse(string)"/>. Dates are
/// NodaTime <see cref="LocalDate"/>s in the ISO calendar between 1 January <see cref="MinYear"/> and
/// 31 December <see cref="MaxYear"/>; the lower bound also catches two-digit years such as <c>Quý I/24</c>.
/// </para>
/// <para>
/// A period is a sealed class rather than a struct so that there is no <c>default</c> value: a struct's default would
/// be a "period" of one day in year 1 of no meaningful kind, outside the supported range, which every consumer would
/// have to guard against. Instances are immutable and thread-safe.
/// </para>
/// <para>
/// Two periods are equal when they have the same <see cref="Kind"/>, <see cref="Start"/> and <see cref="End"/>:
/// <c>Quý I/2024</c> is not equal to the custom interval 1/1/2024 to 31/3/2024, though they cover the same days.
/// </para>
/// </remarks>
public sealed partial class ReportingPeriod
{
    /// <summary>The earliest year a period may touch.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year a period may touch, the last year of NodaTime's ISO calendar.</summary>
    public const int MaxYear = 9999;

    private ReportingPeriod(PeriodKind kind, LocalDate start, LocalDate end, int year, int? ordinal)
    {
        Kind = kind;
        Start = start;
        End = end;
        Year = year;
        Ordinal = ordinal;
    }

    /// <summary>What kind of period this is.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The first day of the period, included.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of the period, included.</summary>
    public LocalDate End { get; }

    /// <summary>The year the period is reported in: the year of <see cref="End"/>.</summary>
    /// <remarks>
    /// For every kind but <see cref="PeriodKind.Custom"/> and <see cref="PeriodKind.ReportingMonth"/> the period lies
    /// within this year. A reporting window from 15/12/2023 to 14/1/2024 reports on January 2024, so its year is
    /// 2024; a custom interval is likewise named by the year it ends in.
    /// </remarks>
    public int Year { get; }

    /// <summary>
    /// The position within the year where the kind has one: half-year 1–2, quarter 1–4, month 1–12 (also for a
    /// reporting month, the month it reports on); <see langword="null"/> for a year, a year-to-date and a custom
    /// interval.
    /// </summary>
    public int? Ordinal { get; }

    /// <summary>How many days the period covers, both ends included: 29 for February 2024, 91 for Q1 2024, 366 for 2024.</summary>
    public int LengthInDays => Period.DaysBetween(Start, End) + 1;

    /// <summary>The calendar year <paramref name="year"/>, 1 January to 31 December.</summary>
    /// <param name="year">The year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>The year as a period of kind <see cref="PeriodKind.Year"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported range.</exception>
    public static ReportingPeriod ForYear(int year)
    {
        ThrowIf(PeriodRules.Year(year));
        return CreateYear(year);
    }

    /// <summary>A half-year: 1 is January to June (<c>6 tháng đầu năm</c>), 2 is July to December (<c>6 tháng cuối năm</c>).</summary>
    /// <param name="year">The year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="half">1 or 2.</param>
    /// <returns>The half-year as a period of kind <see cref="PeriodKind.HalfYear"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range, or <paramref name="half"/> is not 1 or 2.</exception>
    public static ReportingPeriod ForHalfYear(int year, int half)
    {
        ThrowIf(PeriodRules.HalfYear(year, half));
        return CreateHalfYear(year, half);
    }

    /// <summary>A calendar quarter: 1 is January to March, 2 April to June, 3 July to September, 4 October to December.</summary>
    /// <param name="year">The year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="quarter">1 to 4.</param>
    /// <returns>The quarter as a period of kind <see cref="PeriodKind.Quarter"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range, or <paramref name="quarter"/> is not 1 to 4.</exception>
    public static ReportingPeriod ForQuarter(int year, int quarter)
    {
        ThrowIf(PeriodRules.Quarter(year, quarter));
        return CreateQuarter(year, quarter);
    }

    /// <summary>A calendar month, from its first to its last day.</summary>
    /// <param name="year">The year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="month">1 (January) to 12 (December).</param>
    /// <returns>The month as a period of kind <see cref="PeriodKind.Month"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range, or <paramref name="month"/> is not 1 to 12.</exception>
    public static ReportingPeriod ForMonth(int year, int month)
    {
        ThrowIf(PeriodRules.Month(year, month));
        return CreateMonth(year, month);
    }

    /// <summary>The year to date from 1 January up to and including <paramref name="end"/> (<c>lũy kế</c>).</summary>
    /// <param name="end">The last day included, in the ISO calendar and the supported range.</param>
    /// <returns>A period of kind <see cref="PeriodKind.YearToDate"/> in the year of <paramref name="end"/>.</returns>
    /// <remarks>An end of 31 December gives a year-to-date that covers the whole year but is still not a <see cref="PeriodKind.Year"/>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is outside the supported range.</exception>
    public static ReportingPeriod YearToDate(LocalDate end)
    {
        ThrowIf(PeriodRules.Date(end, nameof(end)));
        return CreateYearToDate(end);
    }

    /// <summary>
    /// The first <paramref name="months"/> whole months of a year as a year-to-date: <c>ForMonthsToDate(2024, 9)</c>
    /// is 1 January to 30 September 2024, <c>9 tháng năm 2024</c>.
    /// </summary>
    /// <param name="year">The year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="months">How many months, 1 to 12.</param>
    /// <returns>A period of kind <see cref="PeriodKind.YearToDate"/> ending on the last day of month <paramref name="months"/>.</returns>
    /// <remarks>
    /// Six months gives a year-to-date, not the first half-year; use <see cref="ForHalfYear"/> for
    /// <c>6 tháng đầu năm</c>, which <see cref="Parse(string)"/> also reads as a half-year.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range, or <paramref name="months"/> is not 1 to 12.</exception>
    public static ReportingPeriod ForMonthsToDate(int year, int months)
    {
        ThrowIf(PeriodRules.MonthsToDate(year, months));
        return CreateYearToDate(LastDayOfMonth(year, months));
    }

    /// <summary>Any interval of whole days, both ends included.</summary>
    /// <param name="start">The first day, in the ISO calendar and the supported range.</param>
    /// <param name="end">The last day, on or after <paramref name="start"/>.</param>
    /// <returns>A period of kind <see cref="PeriodKind.Custom"/>.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the supported range, or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static ReportingPeriod Custom(LocalDate start, LocalDate end)
    {
        ThrowIf(PeriodRules.Interval(start, end));
        return CreateCustom(start, end);
    }

    /// <summary>Any interval of whole days, both ends included.</summary>
    /// <param name="interval">The interval, in the ISO calendar and the supported range.</param>
    /// <returns>A period of kind <see cref="PeriodKind.Custom"/> with the interval's start and end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The interval is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The interval reaches outside the supported range.</exception>
    public static ReportingPeriod Custom(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        ThrowIf(PeriodRules.Interval(interval.Start, interval.End, nameof(interval), nameof(interval)));
        return CreateCustom(interval.Start, interval.End);
    }

    /// <summary>
    /// The monthly reporting window for <paramref name="month"/> that runs from day <paramref name="startDay"/> of
    /// the previous month to the day before it in <paramref name="month"/>:
    /// <c>ForReportingMonth(2024, 3, startDay: 15)</c> is 15/2/2024 to 14/3/2024.
    /// </summary>
    /// <param name="year">The year of the month reported on, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="month">The month reported on, 1 to 12; January's window starts in December of the year before.</param>
    /// <param name="startDay">The day of the previous month the window starts on, 2 to 28, so that every month has it.</param>
    /// <returns>A period of kind <see cref="PeriodKind.ReportingMonth"/> whose <see cref="Ordinal"/> is <paramref name="month"/>.</returns>
    /// <remarks>
    /// A dedicated kind rather than <see cref="PeriodKind.Custom"/> so that <see cref="Previous"/>, <see cref="Next"/>
    /// and <see cref="SamePeriodLastYear"/> step by reporting months (15/1 to 14/2, then 15/2 to 14/3) rather than
    /// by the window's length, which changes from month to month. Start day 1 would be the calendar month, which is
    /// <see cref="ForMonth"/>.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The year is outside the supported range, <paramref name="month"/> is not 1 to 12, <paramref name="startDay"/>
    /// is not 2 to 28, or the window would start before 1 January <see cref="MinYear"/>.
    /// </exception>
    public static ReportingPeriod ForReportingMonth(int year, int month, int startDay)
    {
        ThrowIf(PeriodRules.ReportingMonth(year, month, startDay));
        return CreateReportingMonth(year, month, startDay);
    }

    /// <summary>The year, half-year, quarter or month that contains <paramref name="date"/>.</summary>
    /// <param name="date">A date in the ISO calendar and the supported range.</param>
    /// <param name="kind"><see cref="PeriodKind.Year"/>, <see cref="PeriodKind.HalfYear"/>, <see cref="PeriodKind.Quarter"/> or <see cref="PeriodKind.Month"/>.</param>
    /// <returns>The period of that kind containing the date: 10/3/2024 is in Quý I/2024.</returns>
    /// <remarks>
    /// The other kinds are not determined by a single date (a year-to-date or custom interval could end anywhere
    /// after it; a reporting month needs its start day), so they are rejected rather than guessed.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar, or <paramref name="kind"/> is not one of the four calendar kinds.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range.</exception>
    public static ReportingPeriod Containing(LocalDate date, PeriodKind kind)
    {
        ThrowIf(PeriodRules.Date(date, nameof(date)));
        return kind switch
        {
            PeriodKind.Year => CreateYear(date.Year),
            PeriodKind.HalfYear => CreateHalfYear(date.Year, ((date.Month - 1) / 6) + 1),
            PeriodKind.Quarter => CreateQuarter(date.Year, ((date.Month - 1) / 3) + 1),
            PeriodKind.Month => CreateMonth(date.Year, date.Month),
            _ => throw new ArgumentException(
                $"Kind {kind} is not determined by one date; Containing supports Year, HalfYear, Quarter and Month.", nameof(kind)),
        };
    }

    /// <summary>The period as a NodaTime interval from <see cref="Start"/> to <see cref="End"/>, both included.</summary>
    /// <returns>A new <see cref="DateInterval"/>.</returns>
    public DateInterval ToDateInterval() => new(Start, End);

    private static void ThrowIf(PeriodProblem? problem)
    {
        if (problem is not null)
        {
            throw problem.ToArgumentException();
        }
    }

    // The Create* methods trust their arguments; callers check them with PeriodRules first.
    internal static ReportingPeriod CreateYear(int year) =>
        new(PeriodKind.Year, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), year, null);

    internal static ReportingPeriod CreateHalfYear(int year, int half)
    {
        // The end is the last day of the last month, not the day before the next half-year, which for H2 9999 lies
        // past the end of NodaTime's calendar.
        var start = new LocalDate(year, ((half - 1) * 6) + 1, 1);
        return new(PeriodKind.HalfYear, start, LastDayOfMonth(year, half * 6), year, half);
    }

    internal static ReportingPeriod CreateQuarter(int year, int quarter)
    {
        var start = new LocalDate(year, ((quarter - 1) * 3) + 1, 1);
        return new(PeriodKind.Quarter, start, LastDayOfMonth(year, quarter * 3), year, quarter);
    }

    internal static ReportingPeriod CreateMonth(int year, int month) =>
        new(PeriodKind.Month, new LocalDate(year, month, 1), LastDayOfMonth(year, month), year, month);

    internal static ReportingPeriod CreateYearToDate(LocalDate end) =>
        new(PeriodKind.YearToDate, new LocalDate(end.Year, 1, 1), end, end.Year, null);

    internal static ReportingPeriod CreateCustom(LocalDate start, LocalDate end) =>
        new(PeriodKind.Custom, start, end, end.Year, null);

    internal static ReportingPeriod CreateReportingMonth(int year, int month, int startDay)
    {
        var yearMonth = new YearMonth(year, month);
        var window = DataClosingRule.MonthsWindow(yearMonth, yearMonth, startDay);
        return new(PeriodKind.ReportingMonth, window.Start, window.End, year, month);
    }

    internal static LocalDate LastDayOfMonth(int year, int month) =>
        new(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));

    internal static bool IsLastDayOfMonth(LocalDate date) =>
        date.Day == CalendarSystem.Iso.GetDaysInMonth(date.Year, date.Month);
}
