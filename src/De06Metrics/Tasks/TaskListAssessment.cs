using System.Collections.Immutable;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Tasks;

/// <summary>
/// A task list judged on one day: every task's status, the counts per lead unit and overall, and the lagging tasks per
/// lead unit.
/// </summary>
/// <remarks>
/// <para>
/// Units are those of the as-of day. For a list built on a timeline, a task assigned to a unit that has merged since is
/// counted and listed under today's unit (<see cref="TaskAssessment.CarriedOver"/>); a lead that has gone with no
/// single successor keeps its own place, after the units in force.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class TaskListAssessment
{
    private readonly UnitRegistry registry;
    private readonly UnitTimeline? timeline;

    internal TaskListAssessment(TaskList list, LocalDate asOf, int dueSoonDays)
    {
        List = list;
        AsOf = asOf;
        DueSoonDays = dueSoonDays;
        timeline = list.Timeline;
        registry = timeline?.AsOf(asOf) ?? list.Units!;
        Items = [.. list.Tasks.Select(task => new TaskAssessment(
            task,
            DeadlineCheck.Judge(task.Deadline, task.DoneOn, asOf, dueSoonDays),
            [.. task.Milestones.Select(milestone => DeadlineCheck.Judge(milestone.Due, milestone.DoneOn, asOf, dueSoonDays))],
            Carry(task),
            NameOf))];
        Overall = new TaskCounts(Items);

        var byLead = Items.ToLookup(item => item.Responsibility.Lead);
        var leads = registry.Units.Where(unit => byLead.Contains(unit.Id)).ToList();
        leads.AddRange(byLead.Select(group => group.Key).Where(id => !registry.Contains(id)).Select(UnitOf));
        ByLead = [.. leads.Select(lead => new TaskUnitCounts(lead, new TaskCounts(byLead[lead.Id])))];
        Lagging = [.. leads
            .Select(lead => new TaskLaggingSection(lead, [.. byLead[lead.Id]
                .Where(item => item.IsLagging)
                .OrderByDescending(item => item.DaysOverdue ?? -1)
                .ThenByDescending(item => item.Deadline.DaysLate ?? 0)]))
            .Where(section => !section.Items.IsEmpty)];
    }

    /// <summary>The list judged.</summary>
    public TaskList List { get; }

    /// <summary>The day judged on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The due-soon window in days.</summary>
    public int DueSoonDays { get; }

    /// <summary>Every task judged, in the list's order.</summary>
    public ImmutableArray<TaskAssessment> Items { get; }

    /// <summary>The counts over all the tasks.</summary>
    public TaskCounts Overall { get; }

    /// <summary>The counts per lead unit on the as-of day, in the order of the unit tree; units with no task are left out.</summary>
    public ImmutableArray<TaskUnitCounts> ByLead { get; }

    /// <summary>The lagging tasks per lead unit, in the order of the unit tree; units with nothing lagging are left out.</summary>
    public ImmutableArray<TaskLaggingSection> Lagging { get; }

    /// <summary>
    /// The overall counts as a sentence: "Đã hoàn thành 17/33 mô hình; 3 nhiệm vụ quá hạn, lâu nhất 45 ngày" (see
    /// <see cref="TaskCounts.Describe"/>), with what each task is taken from the list.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string Describe(Language language) => Overall.Describe(language, List.Items);

    /// <summary>
    /// The lagging tasks as plain text: a heading per lead unit, one numbered line per task; one line saying nothing
    /// lags when none does.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string DescribeLagging(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (Lagging.IsEmpty)
        {
            return language[Phrase.TaskNothingLags];
        }

        var lines = new List<string>();
        foreach (var section in Lagging)
        {
            lines.Add(section.Describe(language));
            lines.AddRange(section.Items.Select((item, i) => $"  {i + 1}. {item.Describe(language)}"));
        }

        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>The name of a unit on the as-of day, or as it last stood when it has gone.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The name.</returns>
    internal LocalizedText NameOf(UnitId unit) => registry.TryGet(unit, out var found) ? found.Name : timeline!.NameOf(unit);

    private ResponsibleUnit UnitOf(UnitId id) => timeline!.VersionsOf(id)[^1].Unit;

    /// <summary>
    /// Carries a task's responsibility to the as-of day's units when it names a unit no longer in force then. The
    /// assignment is dated by the task's start, else its source's date, else the as-of day, moved to the first day all
    /// its units existed and no later than the as-of day.
    /// </summary>
    private ResponsibilityMapping? Carry(PlanTask task)
    {
        var responsibility = task.Responsibility;
        if (timeline is null || responsibility.All.All(registry.Contains))
        {
            return null;
        }

        if (responsibility.All.Any(unit => timeline.ValidityOf(unit).Start is { } first && first > AsOf))
        {
            return null;
        }

        var assignedOn = task.Start ?? task.Source?.IssuedOn ?? AsOf;
        foreach (var unit in responsibility.All)
        {
            if (timeline.ValidityOf(unit).Start is { } first && first > assignedOn)
            {
                assignedOn = first;
            }
        }

        if (assignedOn > AsOf)
        {
            assignedOn = AsOf;
        }

        return timeline.MapResponsibility(responsibility, assignedOn, AsOf);
    }
}
