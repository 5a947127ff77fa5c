using System.Globalization;
using NodaTime;

namespace De06Metrics.Periods;

/// <summary>
/// When a report's figures close ("thời gian chốt số liệu"): the day of the month that ends the figures of a period's
/// report, the next day starting the figures of the next report. <see cref="Decree09"/> is the rule of Decree
/// 09/2019/NĐ-CP, article 12 (figures close on the 14th); <see cref="CalendarPeriod"/> has no closing day, so a
/// report covers its period's own days.
/// </summary>
/// <remarks>
/// <para>
/// With closing day c, the figures of a period made of whole months run from day c + 1 of the month before its
/// first month to day c of its last month (<see cref="DataWindow.Of"/>): under the decree, March 2024 is 15/2–14/3,
/// Quý I/2024 is 15/12/2023–14/3/2024, the first six months 15/12/2023–14/6/2024, the first nine months
/// 15/12/2023–14/9/2024 and the year 15/12/2023–14/12/2024. The period itself keeps its label and its stepping; the
/// window is derived from it.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class DataClosingRule : IEquatable<DataClosingRule>
{
    /// <summary>The earliest closing day: figures of a month then run from the 2nd of one month to the 1st of the next.</summary>
    public const int MinClosingDay = PeriodRules.MinReportingStartDay - 1;

    /// <summary>The latest closing day, 27, so that every month has the day after it.</summary>
    public const int MaxClosingDay = PeriodRules.MaxReportingStartDay - 1;

    private DataClosingRule(int? closingDay) => ClosingDay = closingDay;

    /// <summary>
    /// Decree 09/2019/NĐ-CP, article 12: figures close on the 14th, so a month's report covers the 15th of the month
    /// before to the 14th.
    /// </summary>
    public static DataClosingRule Decree09 { get; } = new(14);

    /// <summary>No closing day: a report covers its period's own days (Quý I/2024 is 1/1–31/3/2024).</summary>
    public static DataClosingRule CalendarPeriod { get; } = new(null);

    /// <summary>
    /// The day of the month figures close on; <see langword="null"/> for <see cref="CalendarPeriod"/>.
    /// </summary>
    public int? ClosingDay { get; }

    /// <summary>A rule closing figures on another day of the month.</summary>
    /// <param name="closingDay">The day figures close on, <see cref="MinClosingDay"/> to <see cref="MaxClosingDay"/>.</param>
    /// <returns>The rule; <see cref="Decree09"/> for 14.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="closingDay"/> is not 1 to 27.</exception>
    public static DataClosingRule OnDay(int closingDay)
    {
        if (closingDay is < MinClosingDay or > MaxClosingDay)
        {
            throw new ArgumentOutOfRangeException(nameof(closingDay), closingDay, string.Create(CultureInfo.InvariantCulture,
                $"Closing day {closingDay} is not supported; figures close on day {MinClosingDay} to {MaxClosingDay}, so that every month has the day after it."));
        }

        return closingDay == 14 ? Decree09 : new(closingDay);
    }

    /// <inheritdoc />
    public bool Equals(DataClosingRule? other) => other is not null && ClosingDay == other.ClosingDay;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DataClosingRule);

    /// <inheritdoc />
    public override int GetHashCode() => ClosingDay.GetHashCode();

    /// <summary>Writes the rule in invariant form: <c>closing on day 14</c>, <c>calendar period</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        ClosingDay is { } day ? string.Create(CultureInfo.InvariantCulture, $"closing on day {day}") : "calendar period";

    /// <summary>
    /// The figures of the months <paramref name="firstMonth"/> to <paramref name="lastMonth"/>: from day
    /// <paramref name="startDay"/> of the month before the first to the day before it in the last. The one place
    /// where a window over whole months is computed; <see cref="ReportingPeriod.ForReportingMonth"/> uses it too.
    /// </summary>
    internal static DateInterval MonthsWindow(YearMonth firstMonth, YearMonth lastMonth, int startDay) =>
        new(firstMonth.PlusMonths(-1).OnDayOfMonth(startDay), lastMonth.OnDayOfMonth(startDay - 1));
}
