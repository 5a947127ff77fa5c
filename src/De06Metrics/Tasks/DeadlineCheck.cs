using System.Globalization;
using De06Metrics.Periods;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Tasks;

/// <summary>
/// One deadline judged on one day: the due date, the date done (if done by then), and the status with the days late,
/// overdue or left.
/// </summary>
/// <remarks>
/// <para>
/// Days are calendar days between dates, counted by NodaTime: a task due on 28 February 2024 and done on 1 March 2024
/// is 2 days late, because 2024 has a 29 February. Done on the deadline is on time; due on the as-of day and not done
/// is due soon (0 days left), not overdue.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class DeadlineCheck : IEquatable<DeadlineCheck>
{
    private DeadlineCheck(LocalDate due, LocalDate? doneOn, LocalDate asOf, DeadlineStatus status, int days)
    {
        Due = due;
        DoneOn = doneOn;
        AsOf = asOf;
        Status = status;
        this.days = days;
    }

    private readonly int days;

    /// <summary>The deadline.</summary>
    public LocalDate Due { get; }

    /// <summary>The date it was done, or <see langword="null"/> when not done by <see cref="AsOf"/>.</summary>
    public LocalDate? DoneOn { get; }

    /// <summary>The day it is judged on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The status on <see cref="AsOf"/>.</summary>
    public DeadlineStatus Status { get; }

    /// <summary>Days done after the deadline, when <see cref="Status"/> is <see cref="DeadlineStatus.DoneLate"/>; else <see langword="null"/>.</summary>
    public int? DaysLate => Status == DeadlineStatus.DoneLate ? days : null;

    /// <summary>Days past the deadline on <see cref="AsOf"/>, when <see cref="Status"/> is <see cref="DeadlineStatus.Overdue"/>; else <see langword="null"/>.</summary>
    public int? DaysOverdue => Status == DeadlineStatus.Overdue ? days : null;

    /// <summary>
    /// Days from <see cref="AsOf"/> to the deadline, when not done and not overdue (0 when due on the as-of day); else
    /// <see langword="null"/>.
    /// </summary>
    public int? DaysLeft => Status is DeadlineStatus.NotYetDue or DeadlineStatus.DueSoon ? days : null;

    /// <summary>Whether it was done by <see cref="AsOf"/>, on time or late.</summary>
    public bool IsDone => Status is DeadlineStatus.DoneOnTime or DeadlineStatus.DoneLate;

    /// <summary>Judges a deadline on a day.</summary>
    /// <param name="due">The deadline.</param>
    /// <param name="doneOn">The date done, or <see langword="null"/> when not done.</param>
    /// <param name="asOf">The day to judge on.</param>
    /// <param name="dueSoonDays">
    /// The due-soon window in days: a deadline not done and at most this many days after <paramref name="asOf"/> is due
    /// soon; 0 makes only a deadline on the as-of day due soon.
    /// </param>
    /// <returns>The judgement.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="doneOn"/> is after <paramref name="asOf"/> (a done date the as-of day cannot know yet), or
    /// <paramref name="dueSoonDays"/> is negative.
    /// </exception>
    public static DeadlineCheck Judge(LocalDate due, LocalDate? doneOn, LocalDate asOf, int dueSoonDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonDays);
        if (doneOn is { } done)
        {
            if (done > asOf)
            {
                throw new ArgumentOutOfRangeException(nameof(doneOn), done,
                    string.Create(CultureInfo.InvariantCulture, $"The done date {done:uuuu-MM-dd} lies after the as-of day {asOf:uuuu-MM-dd}; a report cannot know it yet."));
            }

            var late = Period.DaysBetween(due, done);
            return late <= 0
                ? new DeadlineCheck(due, done, asOf, DeadlineStatus.DoneOnTime, 0)
                : new DeadlineCheck(due, done, asOf, DeadlineStatus.DoneLate, late);
        }

        var left = Period.DaysBetween(asOf, due);
        if (left < 0)
        {
            return new DeadlineCheck(due, null, asOf, DeadlineStatus.Overdue, -left);
        }

        return new DeadlineCheck(due, null, asOf, left <= dueSoonDays ? DeadlineStatus.DueSoon : DeadlineStatus.NotYetDue, left);
    }

    /// <summary>
    /// The status as an official writes it: "hoàn thành đúng hạn", "hoàn thành chậm 1 ngày", "quá hạn 45 ngày",
    /// "đến hạn hôm nay", "sắp đến hạn (còn 5 ngày)", "đang thực hiện, chưa đến hạn, còn 30 ngày"; in English
    /// "done on time", "done 1 day late", "overdue by 45 days" and so on.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Status switch
        {
            DeadlineStatus.DoneOnTime => language[Phrase.TaskDoneOnTime],
            DeadlineStatus.DoneLate => language.Format(Phrase.TaskDoneLate, Days(days, language)),
            DeadlineStatus.Overdue => language.Format(Phrase.TaskOverdue, Days(days, language)),
            DeadlineStatus.DueSoon when days == 0 => language[Phrase.TaskDueToday],
            DeadlineStatus.DueSoon => language.Format(Phrase.TaskDueSoon, Days(days, language)),
            _ => language.Format(Phrase.TaskNotYetDue, Days(days, language)),
        };
    }

    /// <summary>"45 ngày" / "45 days", "1 day".</summary>
    internal static string Days(int count, Language language) =>
        language.Format(Phrase.TaskCountNoun, language.FormatNumber(count, 0), language.Count(count, Phrase.TaskDayOne, Phrase.TaskDayOther));

    /// <summary>The deadline as written after a status: "thời hạn 15/2/2024" / "deadline 15 February 2024".</summary>
    internal string DescribeDue(Language language) => language.Format(Phrase.TaskDeadline, PeriodText.Date(Due, language));

    /// <inheritdoc />
    public bool Equals(DeadlineCheck? other) =>
        other is not null && Due == other.Due && DoneOn == other.DoneOn && AsOf == other.AsOf && Status == other.Status && days == other.days;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DeadlineCheck);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Due, DoneOn, AsOf, Status, days);

    /// <summary>Returns the English status.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
