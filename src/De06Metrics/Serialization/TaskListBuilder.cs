using De06Metrics.Measures;
using De06Metrics.Scorecards;
using De06Metrics.Tasks;
using De06Metrics.Units;

namespace De06Metrics.Serialization;

/// <summary>
/// Collects tasks read from a file with where each one is, checks each against the scorecard's units and the codes
/// read before it, and builds the <see cref="TaskReadResult"/>. Shared by the JSON reader and the CSV table reader.
/// </summary>
internal sealed class TaskListBuilder(Scorecard scorecard)
{
    private readonly List<PlanTask> tasks = [];
    private readonly List<DataProblem> problems = [];
    private readonly Dictionary<string, DataLocation> locations = new(StringComparer.Ordinal);

    /// <summary>What each task is, as a count measure, when the file says.</summary>
    public Measure? Items { get; set; }

    public void Report(DataProblem problem) => problems.Add(problem);

    /// <summary>Makes a task, reporting the constructor's refusal at the item's location; checks its code and units.</summary>
    /// <param name="make">Builds the task.</param>
    /// <param name="where">The item's location.</param>
    /// <param name="place">
    /// Where a part of the task is written and its field's name in the file, by the name of the argument that takes it
    /// ("lead", "coordinating", "deadline", "milestones", "doneOn", "done", "toReach"); the item's location for others.
    /// </param>
    public void Add(Func<PlanTask> make, DataLocation where, Func<string, (DataLocation Location, string? Field)> place)
    {
        PlanTask task;
        try
        {
            task = make();
        }
        catch (ArgumentException exception)
        {
            var message = exception.Message;
            var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
            var (location, field) = place(exception.ParamName ?? string.Empty);
            problems.Add(new DataProblem(location, cut > 0 ? message[..cut] : message, field));
            return;
        }

        var failed = false;
        if (locations.TryGetValue(task.Code, out var earlier))
        {
            problems.Add(new DataProblem(where, $"the code is used by an earlier task, at {earlier}.", "code", task.Code));
            failed = true;
        }

        foreach (var (unit, field) in task.Responsibility.Coordinating.Select(unit => (unit, "coordinating")).Prepend((task.Responsibility.Lead, "lead")))
        {
            if (!IsKnown(unit))
            {
                var (location, name) = place(field);
                problems.Add(new DataProblem(location, $"no unit has the id '{unit}'.", name, unit.Value));
                failed = true;
            }
        }

        if (!failed)
        {
            tasks.Add(task);
            locations[task.Code] = where;
        }
    }

    public TaskReadResult Build()
    {
        var list = scorecard.Timeline is { } timeline ? TaskList.Create(tasks, timeline) : TaskList.Create(tasks, scorecard.Units);
        if (Items is { } items)
        {
            list = list.WithItems(items);
        }

        var ordered = problems
            .OrderBy(problem => problem.Location.File, StringComparer.Ordinal)
            .ThenBy(problem => problem.Location.Line ?? 0)
            .ThenBy(problem => problem.Location.Column ?? 0);
        return new TaskReadResult(list, [.. ordered], locations);
    }

    private bool IsKnown(UnitId unit) => scorecard.Timeline?.Contains(unit) ?? scorecard.Units.Contains(unit);
}
