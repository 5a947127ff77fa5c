using System.Collections.Immutable;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>
/// Where a unit's responsibilities stand on a later date: the units that answer for what was assigned to it, with the
/// events that led there, or the reason no unit does.
/// </summary>
/// <remarks>See <see cref="UnitTimeline.ResponsibleFor"/>. Immutable and thread-safe.</remarks>
public sealed class UnitSuccession
{
    internal UnitSuccession(UnitId unit, LocalDate from, LocalDate asOf, ImmutableArray<UnitShare> successors, ImmutableArray<SuccessionEvent> events, string? reason)
    {
        Unit = unit;
        From = from;
        AsOf = asOf;
        Successors = successors;
        Events = events;
        Reason = reason;
    }

    /// <summary>The unit followed.</summary>
    public UnitId Unit { get; }

    /// <summary>The date it was followed from (the assignment date, or its last day when it had already ended).</summary>
    public LocalDate From { get; }

    /// <summary>The date it was followed to.</summary>
    public LocalDate AsOf { get; }

    /// <summary>
    /// The units answering for it on <see cref="AsOf"/>, in the order reached: the unit itself when it continues,
    /// with shares where a split stated them. Empty when no unit does (see <see cref="Reason"/>).
    /// </summary>
    public ImmutableArray<UnitShare> Successors { get; }

    /// <summary>The events followed, in date order.</summary>
    public ImmutableArray<SuccessionEvent> Events { get; }

    /// <summary>Why no unit answers for it, or <see langword="null"/> when one does.</summary>
    public string? Reason { get; }

    /// <summary>Whether some unit answers for it.</summary>
    public bool HasSuccessor => !Successors.IsEmpty;

    /// <summary>Whether nothing changed: the unit itself, wholly, and no event followed.</summary>
    public bool IsUnchanged => Events.IsEmpty && Successors.Length == 1 && Successors[0].Unit == Unit;

    /// <summary>Describes the succession: "HG → TQ as of 2025-07-01".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => HasSuccessor
        ? $"{Unit} → {string.Join(", ", Successors)} as of {TimelineText.Date(AsOf)}"
        : $"{Unit} → none as of {TimelineText.Date(AsOf)}: {Reason}";
}
