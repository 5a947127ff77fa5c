using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Tasks;

/// <summary>
/// An intermediate deadline of a task on a roadmap ("lộ trình"): a step due on a date, with the date it was done.
/// A task's milestones are judged one by one, each against its own date.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when every part is equal.</remarks>
public sealed class Milestone : IEquatable<Milestone>
{
    /// <summary>Creates a milestone.</summary>
    /// <param name="due">The date the step is due.</param>
    /// <param name="name">What the step is ("Hoàn thành thí điểm" / "Pilot completed"); <see langword="null"/> for none.</param>
    /// <param name="doneOn">The date the step was done, or <see langword="null"/> when not done.</param>
    public Milestone(LocalDate due, LocalizedText? name = null, LocalDate? doneOn = null)
    {
        Due = due;
        Name = name;
        DoneOn = doneOn;
    }

    /// <summary>The date the step is due.</summary>
    public LocalDate Due { get; }

    /// <summary>What the step is, or <see langword="null"/>.</summary>
    public LocalizedText? Name { get; }

    /// <summary>The date the step was done, or <see langword="null"/> when not done.</summary>
    public LocalDate? DoneOn { get; }

    /// <inheritdoc />
    public bool Equals(Milestone? other) => other is not null && Due == other.Due && Name == other.Name && DoneOn == other.DoneOn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Milestone);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Due, Name, DoneOn);

    /// <summary>Returns the due date and the name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Due:uuuu-MM-dd} {Name?.Vietnamese}".TrimEnd();
}
