using System.Collections.Immutable;
using System.Globalization;
using De06Metrics.Measures;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Tasks;

/// <summary>
/// The tasks of a plan, checked as a whole against the units that answer for them: codes unique, every lead and
/// coordinating unit known. Judge it on a day with <see cref="Assess"/>.
/// </summary>
/// <remarks>
/// <para>
/// Build one on a unit tree or, when units change over time, on a <see cref="UnitTimeline"/>: then a task assigned to a
/// unit that has merged since is reported under the unit that answers for it on the as-of day. Every problem is
/// listed by <see cref="Validate(IEnumerable{PlanTask}, UnitRegistry)"/>; <c>Create</c> throws them all at once.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class TaskList
{
    private TaskList(ImmutableArray<PlanTask> tasks, UnitRegistry? units, UnitTimeline? timeline, Measure? items)
    {
        Tasks = tasks;
        Units = units;
        Timeline = timeline;
        Items = items;
    }

    /// <summary>The tasks, in the order given.</summary>
    public ImmutableArray<PlanTask> Tasks { get; }

    /// <summary>The unit tree the list was built on, or <see langword="null"/> for a list built on a <see cref="Timeline"/>.</summary>
    public UnitRegistry? Units { get; }

    /// <summary>The units over time the list was built on, or <see langword="null"/> for a list built on one tree.</summary>
    public UnitTimeline? Timeline { get; }

    /// <summary>What each task is, as a count measure ("mô hình" / "models"), or <see langword="null"/> for plain tasks.</summary>
    public Measure? Items { get; }

    /// <summary>Builds a task list on a unit tree.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="units">The units that answer for them.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException">An argument or a task is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A code repeats or a unit is unknown (every problem is in the message).</exception>
    public static TaskList Create(IEnumerable<PlanTask> tasks, UnitRegistry units)
    {
        ArgumentNullException.ThrowIfNull(units);
        return Build(tasks, units, null);
    }

    /// <summary>Builds a task list on units that change over time.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="timeline">The units over time; every unit a task names must be known to it.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException">An argument or a task is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A code repeats or a unit is unknown (every problem is in the message).</exception>
    public static TaskList Create(IEnumerable<PlanTask> tasks, UnitTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return Build(tasks, null, timeline);
    }

    /// <summary>The same list, saying what each task is: "Đã hoàn thành 17/33 mô hình" rather than "17/33 nhiệm vụ".</summary>
    /// <param name="items">What each task is, as a count measure (<c>Measure.Count(new("mô hình", "models"), "model")</c>).</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="items"/> is not a count measure.</exception>
    public TaskList WithItems(Measure items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Kind != MeasureKind.Count)
        {
            throw new ArgumentException($"What each task is must be a count measure; a {items.Kind} measure was given.", nameof(items));
        }

        return new TaskList(Tasks, Units, Timeline, items);
    }

    /// <summary>Lists every problem of tasks on a unit tree without throwing: repeated codes, unknown units.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="units">The units.</param>
    /// <returns>The problems in the order of the tasks; empty when sound.</returns>
    /// <exception cref="ArgumentNullException">An argument or a task is <see langword="null"/>.</exception>
    public static ImmutableArray<TaskProblem> Validate(IEnumerable<PlanTask> tasks, UnitRegistry units)
    {
        ArgumentNullException.ThrowIfNull(units);
        return Check(Materialise(tasks), units.Contains);
    }

    /// <summary>Lists every problem of tasks on a timeline without throwing: repeated codes, units the timeline does not know.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="timeline">The units over time.</param>
    /// <returns>The problems in the order of the tasks; empty when sound.</returns>
    /// <exception cref="ArgumentNullException">An argument or a task is <see langword="null"/>.</exception>
    public static ImmutableArray<TaskProblem> Validate(IEnumerable<PlanTask> tasks, UnitTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return Check(Materialise(tasks), timeline.Contains);
    }

    /// <summary>
    /// Lists what a report on <paramref name="asOf"/> cannot use: a task or milestone done after that day, a count
    /// counted after it. Such a date is a data error for that report (it cannot know the future), never ignored.
    /// </summary>
    /// <param name="asOf">The report's day.</param>
    /// <returns>The problems in the order of the tasks; empty when every date is known on <paramref name="asOf"/>.</returns>
    public ImmutableArray<TaskProblem> CheckOn(LocalDate asOf)
    {
        var problems = ImmutableArray.CreateBuilder<TaskProblem>();
        foreach (var task in Tasks)
        {
            if (task.DoneOn is { } done && done > asOf)
            {
                problems.Add(new TaskProblem(task.Code, Invariant($"the done date {done:uuuu-MM-dd} lies after the report's day {asOf:uuuu-MM-dd}.")));
            }

            for (var i = 0; i < task.Milestones.Length; i++)
            {
                if (task.Milestones[i].DoneOn is { } stepDone && stepDone > asOf)
                {
                    problems.Add(new TaskProblem(task.Code, Invariant($"milestone {i + 1} was done on {stepDone:uuuu-MM-dd}, after the report's day {asOf:uuuu-MM-dd}.")));
                }
            }

            if (task.Quantity is { CountedOn: var counted } && counted > asOf)
            {
                problems.Add(new TaskProblem(task.Code, Invariant($"the count done is counted to {counted:uuuu-MM-dd}, after the report's day {asOf:uuuu-MM-dd}.")));
            }
        }

        return problems.ToImmutable();
    }

    /// <summary>Judges every task on a day: deadlines and milestones, counts per lead unit and overall, what lags.</summary>
    /// <param name="asOf">The day to judge on (the report's day); never taken from a clock.</param>
    /// <param name="dueSoonDays">
    /// The due-soon window in days: a task not done and due at most this many days after <paramref name="asOf"/> is due
    /// soon (one due on <paramref name="asOf"/> itself always is).
    /// </param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dueSoonDays"/> is negative.</exception>
    /// <exception cref="ArgumentException">A date of a task lies after <paramref name="asOf"/> (see <see cref="CheckOn"/>; every problem is in the message).</exception>
    public TaskListAssessment Assess(LocalDate asOf, int dueSoonDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonDays);
        var problems = CheckOn(asOf);
        if (!problems.IsEmpty)
        {
            throw new ArgumentException($"The tasks cannot be judged on {asOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}: {string.Join("; ", problems)}", nameof(asOf));
        }

        return new TaskListAssessment(this, asOf, dueSoonDays);
    }

    private static TaskList Build(IEnumerable<PlanTask> tasks, UnitRegistry? units, UnitTimeline? timeline)
    {
        var list = Materialise(tasks);
        var problems = Check(list, units is null ? timeline!.Contains : units.Contains);
        if (!problems.IsEmpty)
        {
            throw new ArgumentException($"The task list has {problems.Length} problem(s): {string.Join("; ", problems)}", nameof(tasks));
        }

        return new TaskList(list, units, timeline, null);
    }

    private static ImmutableArray<PlanTask> Materialise(IEnumerable<PlanTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var list = tasks.ToImmutableArray();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(tasks), $"Task {i + 1} of the list is null.");
            }
        }

        return list;
    }

    private static ImmutableArray<TaskProblem> Check(ImmutableArray<PlanTask> tasks, Func<UnitId, bool> isKnown)
    {
        var problems = ImmutableArray.CreateBuilder<TaskProblem>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var task in tasks)
        {
            if (!codes.Add(task.Code))
            {
                problems.Add(new TaskProblem(task.Code, "the code is used by an earlier task."));
            }

            if (!isKnown(task.Responsibility.Lead))
            {
                problems.Add(new TaskProblem(task.Code, $"the lead unit '{task.Responsibility.Lead}' does not exist."));
            }

            foreach (var unit in task.Responsibility.Coordinating.Where(unit => !isKnown(unit)))
            {
                problems.Add(new TaskProblem(task.Code, $"the coordinating unit '{unit}' does not exist."));
            }
        }

        return problems.ToImmutable();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
