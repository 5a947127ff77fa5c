using System.Collections.Immutable;
using De06Metrics.Periods;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Tasks;

/// <summary>
/// One task judged on one day: its deadline, each milestone one by one, and who answers for it on that day.
/// </summary>
/// <remarks>
/// For a list built on a <see cref="UnitTimeline"/>, a task assigned to a unit no longer in force on the as-of day
/// (a department merged since) is carried over to that day's units as the timeline's responsibility flow says
/// (<see cref="CarriedOver"/>), exactly as a target's responsibility is in a scorecard's lagging report. Immutable and
/// thread-safe.
/// </remarks>
public sealed class TaskAssessment
{
    private readonly Func<UnitId, LocalizedText> nameOf;

    internal TaskAssessment(PlanTask task, DeadlineCheck deadline, ImmutableArray<DeadlineCheck> milestones, ResponsibilityMapping? carriedOver, Func<UnitId, LocalizedText> nameOf)
    {
        this.nameOf = nameOf;
        Task = task;
        Deadline = deadline;
        Milestones = milestones;
        CarriedOver = carriedOver;
    }

    /// <summary>The task.</summary>
    public PlanTask Task { get; }

    /// <summary>The day it is judged on.</summary>
    public LocalDate AsOf => Deadline.AsOf;

    /// <summary>The final deadline judged.</summary>
    public DeadlineCheck Deadline { get; }

    /// <summary>The status of the final deadline: the task's status.</summary>
    public DeadlineStatus Status => Deadline.Status;

    /// <summary>Each milestone judged on its own date, in the task's order.</summary>
    public ImmutableArray<DeadlineCheck> Milestones { get; }

    /// <summary>
    /// Whether the task lags: overdue, done late, or with a milestone overdue. The lagging report lists these.
    /// </summary>
    public bool IsLagging => Status is DeadlineStatus.Overdue or DeadlineStatus.DoneLate || Milestones.Any(milestone => milestone.Status == DeadlineStatus.Overdue);

    /// <summary>
    /// The days the task or its most overdue milestone is overdue, or <see langword="null"/> when nothing is overdue.
    /// </summary>
    public int? DaysOverdue => Deadline.DaysOverdue ?? Milestones.Select(milestone => milestone.DaysOverdue).Max();

    /// <summary>
    /// The task's responsibility carried over to the units of <see cref="AsOf"/>, when it names a unit no longer in
    /// force then; <see langword="null"/> when every unit it names is in force, or the list has no timeline.
    /// </summary>
    public ResponsibilityMapping? CarriedOver { get; }

    /// <summary>Who answers for the task on <see cref="AsOf"/>: the carried-over responsibility, or the task's own.</summary>
    public Responsibility Responsibility => CarriedOver?.Mapped ?? Task.Responsibility;

    /// <summary>
    /// The task as a line of a report: "Mô hình cấp phiếu lý lịch tư pháp trên VNeID: quá hạn 45 ngày (thời hạn
    /// 15/2/2024); mốc 1/2/2024: hoàn thành đúng hạn; giao cho Sở Thông tin và Truyền thông, nay là Sở Khoa học và Công
    /// nghệ; phối hợp: Sở Tư pháp".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var parts = new List<string>
        {
            language.Format(Phrase.TaskSentence, Task.Name.In(language), Deadline.Describe(language), Deadline.DescribeDue(language)),
        };
        if (Task.Quantity is { } quantity)
        {
            parts.Add(quantity.Describe(language));
        }

        for (var i = 0; i < Milestones.Length; i++)
        {
            var milestone = Milestones[i];
            var label = Task.Milestones[i].Name is { } name
                ? language.Format(Phrase.TaskMilestoneNamed, PeriodText.Date(milestone.Due, language), name.In(language))
                : language.Format(Phrase.TaskMilestone, PeriodText.Date(milestone.Due, language));
            parts.Add(language.Format(Phrase.TaskMilestoneStatus, label, milestone.Describe(language)));
        }

        if (CarriedOver is { Mapped: { } mapped } carried && mapped.Lead != carried.Original.Lead)
        {
            parts.Add(language.Format(Phrase.ScorecardAssignedNow, nameOf(carried.Original.Lead).In(language), nameOf(mapped.Lead).In(language)));
        }

        if (!Responsibility.Coordinating.IsEmpty)
        {
            parts.Add(language.Format(Phrase.ScorecardWith, string.Join(", ", Responsibility.Coordinating.Select(unit => nameOf(unit).In(language)))));
        }

        return string.Join(language[Phrase.TaskSummarySeparator], parts);
    }

    /// <summary>Returns the English line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
