using System.Globalization;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Periods;

/// <summary>
/// The days whose figures a period's report covers under a <see cref="DataClosingRule"/>: under Decree
/// 09/2019/NĐ-CP the report for Quý I/2024 covers 15/12/2023 to 14/3/2024. The period keeps its own label and
/// stepping (the window of the previous quarter is that of <see cref="ReportingPeriod.Previous"/>); the window is
/// derived from the period and the rule.
/// </summary>
/// <remarks>
/// <para>
/// Under a rule with closing day c, a period made of whole calendar months (a month, quarter, half-year, year,
/// year-to-date ending on a month's last day, or a custom period from a month's first day to a month's last day)
/// covers day c + 1 of the month before its first month to day c of its last month. The decree names the month, the
/// quarter, the six months (15/12 of the year before to 14/6) and the year (15/12 of the year before to 14/12); a
/// year-to-date of nine months is read the same way as the six months, from 15/12 of the year before to 14/9, and
/// the second half-year as two quarters, 15/6 to 14/12.
/// </para>
/// <para>
/// A reporting month (<see cref="ReportingPeriod.ForReportingMonth"/>) is already a window, and is its own window
/// under every rule. Under <see cref="DataClosingRule.CalendarPeriod"/> every period covers its own days. A period
/// that does not start on a month's first day and end on a month's last day (a year-to-date to 10/3/2024) has no
/// window under a closing day, and is refused.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class DataWindow : IEquatable<DataWindow>
{
    private DataWindow(ReportingPeriod period, DataClosingRule rule, DateInterval interval)
    {
        Period = period;
        Rule = rule;
        Interval = interval;
    }

    /// <summary>The period reported on; its label and stepping are the report's.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The rule that placed the window.</summary>
    public DataClosingRule Rule { get; }

    /// <summary>The days whose figures the report covers, both ends included.</summary>
    public DateInterval Interval { get; }

    /// <summary>The first day whose figures the report covers.</summary>
    public LocalDate Start => Interval.Start;

    /// <summary>The last day whose figures the report covers: the closing day.</summary>
    public LocalDate End => Interval.End;

    /// <summary>The number of days covered.</summary>
    public int Days => Interval.Length;

    /// <summary>The window of a period's report under a rule.</summary>
    /// <param name="period">The period reported on.</param>
    /// <param name="rule">The closing rule.</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> or <paramref name="rule"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The rule has a closing day and the period is not made of whole calendar months (the message names it).
    /// </exception>
    public static DataWindow Of(ReportingPeriod period, DataClosingRule rule)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.ClosingDay is not { } closingDay || period.Kind == PeriodKind.ReportingMonth)
        {
            return new(period, rule, period.ToDateInterval());
        }

        var first = period.Start.ToYearMonth();
        var last = period.End.ToYearMonth();
        if (period.Start.Day != 1 || period.End != last.OnDayOfMonth(last.Calendar.GetDaysInMonth(last.Year, last.Month)))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The period {period.ToString("I", null)} does not run from a month's first day to a month's last day, so figures closing on day {closingDay} give it no window."),
                nameof(period));
        }

        return new(period, rule, DataClosingRule.MonthsWindow(first, last, closingDay + 1));
    }

    /// <summary>Whether the figures of a day belong to this window.</summary>
    /// <param name="date">The day.</param>
    /// <returns>Whether it lies from <see cref="Start"/> to <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => Interval.Contains(date);

    /// <summary>
    /// Writes the period with its window: "Quý I/2024 (số liệu từ 15/12/2023 đến 14/3/2024)"; "Q1 2024 (figures from
    /// 15 Dec 2023 to 14 Mar 2024)".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Format(
            Phrase.DataWindowLabel,
            PeriodText.Label(Period, language),
            PeriodText.ShortDate(Start, language),
            PeriodText.ShortDate(End, language));
    }

    /// <inheritdoc />
    public bool Equals(DataWindow? other) =>
        other is not null && Period.Equals(other.Period) && Rule.Equals(other.Rule) && Interval.Equals(other.Interval);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DataWindow);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, Rule, Interval);

    /// <summary>Writes the window in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
