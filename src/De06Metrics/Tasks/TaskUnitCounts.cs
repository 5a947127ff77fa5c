using De06Metrics.Units;

namespace De06Metrics.Tasks;

/// <summary>The counts of the tasks one lead unit answers for on the as-of day.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TaskUnitCounts
{
    internal TaskUnitCounts(ResponsibleUnit lead, TaskCounts counts)
    {
        Lead = lead;
        Counts = counts;
    }

    /// <summary>The lead unit: in force on the as-of day, or as it last stood when it has gone with no single successor.</summary>
    public ResponsibleUnit Lead { get; }

    /// <summary>Its tasks' counts.</summary>
    public TaskCounts Counts { get; }

    /// <summary>Returns the unit and the English counts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Lead.Id}: {Counts}";
}
