using System.Globalization;
using NodaTime;

namespace De06Metrics.Periods;

public sealed partial class ReportingPeriod
{
    /// <summary>Whether <paramref name="date"/> falls within the period, both ends included.</summary>
    /// <param name="date">A date in the ISO calendar; a date outside the supported range is simply not contained.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool Contains(LocalDate date)
    {
        PeriodRules.RequireIso(date, nameof(date));
        return Start <= date && date <= End;
    }

    /// <summary>Whether every day of <paramref name="other"/> falls within this period; a period contains itself.</summary>
    /// <param name="other">The other period, of any kind.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> starts on or after <see cref="Start"/> and ends on or before <see cref="End"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public bool Contains(ReportingPeriod other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start <= other.Start && other.End <= End;
    }

    /// <summary>
    /// How many days of the period have elapsed by the end of <paramref name="asOf"/>, which counts as elapsed:
    /// 10/3/2024 is day 70 of Q1 2024 (31 days of January, 29 of February, 10 of March).
    /// </summary>
    /// <param name="asOf">The as-of date (<c>tính đến ngày …</c>), in the ISO calendar.</param>
    /// <returns>0 before <see cref="Start"/>; <see cref="LengthInDays"/> on or after <see cref="End"/>; else the days from <see cref="Start"/> to <paramref name="asOf"/> inclusive.</returns>
    /// <remarks>
    /// Before the period nothing of it has elapsed and after it everything has: these are the definition, not a
    /// value clamped into range.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public int ElapsedDays(LocalDate asOf)
    {
        PeriodRules.RequireIso(asOf, nameof(asOf));
        if (asOf < Start)
        {
            return 0;
        }

        return asOf >= End ? LengthInDays : Period.DaysBetween(Start, asOf) + 1;
    }

    /// <summary>
    /// The share of the period elapsed by the end of <paramref name="asOf"/>: <see cref="ElapsedDays"/> divided by
    /// <see cref="LengthInDays"/>, as a <see cref="decimal"/>; 70/91 for Q1 2024 as of 10/3/2024.
    /// </summary>
    /// <param name="asOf">The as-of date, in the ISO calendar; it counts as elapsed.</param>
    /// <returns>A value from 0 (nothing elapsed: <paramref name="asOf"/> is before the period) to 1 (everything elapsed: on or after <see cref="End"/>).</returns>
    /// <remarks>
    /// The expected share of an annual target by a date, for time-elapsed ("as of") progress. The division is
    /// decimal division, exact to 28 significant digits; 0 and 1 outside the period follow from the definition of
    /// elapsed days, not from clamping.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public decimal ElapsedFraction(LocalDate asOf) => (decimal)ElapsedDays(asOf) / LengthInDays;

    /// <summary>How many days of the period remain after <paramref name="asOf"/>: <see cref="LengthInDays"/> minus <see cref="ElapsedDays"/>.</summary>
    /// <param name="asOf">The as-of date, in the ISO calendar; it counts as elapsed, so on <see cref="End"/> no days remain.</param>
    /// <returns>From <see cref="LengthInDays"/> (before the period) down to 0 (on or after its end).</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public int DaysRemaining(LocalDate asOf) => LengthInDays - ElapsedDays(asOf);

    /// <summary>The period of the same kind that comes before this one.</summary>
    /// <returns>
    /// <list type="bullet">
    /// <item>Year, half-year, quarter, month, reporting month: the one immediately before (Q1 2024 → Q4 2023, January 2024 → December 2023, the window 15/2–14/3 → 15/1–14/2 with the same start day).</item>
    /// <item>Year-to-date: the same span one year earlier, as <see cref="SamePeriodLastYear"/> gives it (9 tháng 2024 → 9 tháng 2023). A year-to-date always starts on 1 January, so no year-to-date lies just before one; cumulative figures are compared with the same span of the year before.</item>
    /// <item>Custom: the interval of the same length that ends the day before <see cref="Start"/>.</item>
    /// </list>
    /// </returns>
    /// <exception cref="InvalidOperationException">That period would reach before 1 January <see cref="MinYear"/>.</exception>
    public ReportingPeriod Previous() => Step(-1, "no period before");

    /// <summary>The period of the same kind that comes after this one; the mirror of <see cref="Previous"/>.</summary>
    /// <returns>
    /// The one immediately after for the calendar kinds and reporting months (Q4 2023 → Q1 2024); the same span one
    /// year later for a year-to-date (with the month-end rule of <see cref="SamePeriodLastYear"/>); for a custom
    /// interval, the interval of the same length that starts the day after <see cref="End"/>.
    /// </returns>
    /// <exception cref="InvalidOperationException">That period would reach after 31 December <see cref="MaxYear"/>.</exception>
    public ReportingPeriod Next() => Step(+1, "no period after");

    /// <summary>The same period one year earlier (<c>cùng kỳ năm trước</c>), the base of a year-on-year comparison.</summary>
    /// <returns>
    /// The period of the same kind and ordinal in the year before (Q1 2024 → Q1 2023; a reporting month keeps its
    /// start day). A year-to-date or custom interval has each end moved back one year, where a last day of a month
    /// stays the last day of that month: the year-to-date to 29/2/2024 pairs with the year-to-date to 28/2/2023,
    /// and 28/2/2023 with 29/2/2024 going forward, so two months to date stay two months to date. Any other day
    /// keeps its day and month.
    /// </returns>
    /// <exception cref="InvalidOperationException">That period would reach before 1 January <see cref="MinYear"/>.</exception>
    public ReportingPeriod SamePeriodLastYear() => ShiftYears(-1, "no same period last year for");

    private ReportingPeriod Step(int step, string relation)
    {
        switch (Kind)
        {
            case PeriodKind.Year:
                return Checked(PeriodRules.Year(Year + step), () => CreateYear(Year + step), relation);
            case PeriodKind.HalfYear:
            {
                var (year, half) = StepOrdinal(2, step);
                return Checked(PeriodRules.HalfYear(year, half), () => CreateHalfYear(year, half), relation);
            }

            case PeriodKind.Quarter:
            {
                var (year, quarter) = StepOrdinal(4, step);
                return Checked(PeriodRules.Quarter(year, quarter), () => CreateQuarter(year, quarter), relation);
            }

            case PeriodKind.Month:
            {
                var (year, month) = StepOrdinal(12, step);
                return Checked(PeriodRules.Month(year, month), () => CreateMonth(year, month), relation);
            }

            case PeriodKind.ReportingMonth:
            {
                var (year, month) = StepOrdinal(12, step);
                var startDay = Start.Day;
                return Checked(PeriodRules.ReportingMonth(year, month, startDay), () => CreateReportingMonth(year, month, startDay), relation);
            }

            case PeriodKind.YearToDate:
                return ShiftYears(step, relation);
            default:
                return StepCustom(step, relation);
        }
    }

    private (int Year, int Ordinal) StepOrdinal(int perYear, int step)
    {
        var index = (Year * perYear) + (Ordinal!.Value - 1) + step;
        return (index / perYear, (index % perYear) + 1);
    }

    private ReportingPeriod StepCustom(int step, string relation)
    {
        var length = LengthInDays;
        // Measure the room left before moving, so that no date past NodaTime's own limits is ever built.
        var room = step < 0 ? Period.DaysBetween(PeriodRules.MinDate, Start) : Period.DaysBetween(End, PeriodRules.MaxDate);
        if (room < length)
        {
            throw NoSuchPeriod(relation, step < 0
                ? $"it would start before {PeriodText.VietnameseDate(PeriodRules.MinDate)}, the earliest supported date"
                : $"it would end after {PeriodText.VietnameseDate(PeriodRules.MaxDate)}, the latest supported date");
        }

        return step < 0
            ? CreateCustom(Start.PlusDays(-length), Start.PlusDays(-1))
            : CreateCustom(End.PlusDays(1), End.PlusDays(length));
    }

    private ReportingPeriod ShiftYears(int years, string relation)
    {
        var startYear = Start.Year + years;
        var endYear = End.Year + years;
        var problem = PeriodRules.Year(startYear) ?? PeriodRules.Year(endYear);
        if (problem is not null)
        {
            throw NoSuchPeriod(relation, problem.Reason);
        }

        return Kind switch
        {
            PeriodKind.Year => CreateYear(Year + years),
            PeriodKind.HalfYear => CreateHalfYear(Year + years, Ordinal!.Value),
            PeriodKind.Quarter => CreateQuarter(Year + years, Ordinal!.Value),
            PeriodKind.Month => CreateMonth(Year + years, Ordinal!.Value),
            PeriodKind.ReportingMonth => Checked(
                PeriodRules.ReportingMonth(Year + years, Ordinal!.Value, Start.Day),
                () => CreateReportingMonth(Year + years, Ordinal!.Value, Start.Day),
                relation),
            PeriodKind.YearToDate => CreateYearToDate(ShiftDate(End, endYear)),
            _ => CreateCustom(ShiftDate(Start, startYear), ShiftDate(End, endYear)),
        };
    }

    /// <summary>Moves a date to another year; the last day of a month stays the last day of that month.</summary>
    private static LocalDate ShiftDate(LocalDate date, int year) =>
        IsLastDayOfMonth(date) ? LastDayOfMonth(year, date.Month) : new LocalDate(year, date.Month, date.Day);

    private ReportingPeriod Checked(PeriodProblem? problem, Func<ReportingPeriod> create, string relation) =>
        problem is null ? create() : throw NoSuchPeriod(relation, problem.Reason);

    private InvalidOperationException NoSuchPeriod(string relation, string reason) =>
        new(string.Create(CultureInfo.InvariantCulture, $"There is {relation} {ToString("I", null)}: {reason}."));
}
