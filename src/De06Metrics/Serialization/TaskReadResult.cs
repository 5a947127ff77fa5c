using System.Collections.Frozen;
using System.Collections.Immutable;
using De06Metrics.Tasks;
using NodaTime;

namespace De06Metrics.Serialization;

/// <summary>
/// What a read of tasks gives: the list of every task read without a problem, and every problem found, with its
/// location. A task with a problem is left out and listed, never dropped silently.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TaskReadResult
{
    private readonly FrozenDictionary<string, DataLocation> locations;

    internal TaskReadResult(TaskList tasks, ImmutableArray<DataProblem> problems, IReadOnlyDictionary<string, DataLocation> locations)
    {
        Tasks = tasks;
        Problems = problems;
        this.locations = locations.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The tasks read without a problem; empty when the files hold none.</summary>
    public TaskList Tasks { get; }

    /// <summary>Every problem found, ordered by file, line and column.</summary>
    public ImmutableArray<DataProblem> Problems { get; }

    /// <summary>Whether the tasks were read without a problem.</summary>
    public bool IsValid => Problems.IsEmpty;

    /// <summary>
    /// What a report on <paramref name="asOf"/> cannot use (see <see cref="TaskList.CheckOn"/>), each problem at its
    /// task's location: a done date after the report's day is bad input for that report.
    /// </summary>
    /// <param name="asOf">The report's day.</param>
    /// <returns>The problems; empty when every date is known on <paramref name="asOf"/>.</returns>
    public ImmutableArray<DataProblem> CheckOn(LocalDate asOf) =>
        [.. Tasks.CheckOn(asOf).Select(problem => new DataProblem(locations[problem.Code], problem.Message, "code", problem.Code))];
}
