using System.Collections.Immutable;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>
/// A <see cref="Responsibility"/> carried over to the units in force on a later date: the lead's successor leads, the
/// coordinating units' successors coordinate.
/// </summary>
/// <remarks>
/// <para>
/// The lead maps to one unit: its only successor, or itself when it continues after a split. When it was split into
/// several units none of which is itself, or abolished with no unit named to take over, no lead can be chosen for the
/// caller: <see cref="Mapped"/> is <see langword="null"/> and <see cref="Reason"/> says why.
/// </para>
/// <para>
/// Coordinating units are the successors of the coordinating units, then any further successors of the lead, in order,
/// each once and never the lead. A coordinating unit with no successor is listed in <see cref="NoLongerCoordinating"/>
/// rather than dropped silently. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class ResponsibilityMapping
{
    internal ResponsibilityMapping(Responsibility original, LocalDate asOf, Responsibility? mapped, string? reason, UnitSuccession lead, ImmutableArray<UnitSuccession> coordinating)
    {
        Original = original;
        AsOf = asOf;
        Mapped = mapped;
        Reason = reason;
        Lead = lead;
        Coordinating = coordinating;
    }

    /// <summary>The responsibility as assigned.</summary>
    public Responsibility Original { get; }

    /// <summary>The date whose units it is mapped to.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The responsibility in the units of <see cref="AsOf"/>, or <see langword="null"/> when no lead can be chosen.</summary>
    public Responsibility? Mapped { get; }

    /// <summary>Why no lead can be chosen, or <see langword="null"/> when <see cref="Mapped"/> is set.</summary>
    public string? Reason { get; }

    /// <summary>Whether the responsibility could be mapped.</summary>
    public bool IsMapped => Mapped is not null;

    /// <summary>Where the lead went.</summary>
    public UnitSuccession Lead { get; }

    /// <summary>Where each coordinating unit went, in the original order.</summary>
    public ImmutableArray<UnitSuccession> Coordinating { get; }

    /// <summary>The coordinating units that have no successor on <see cref="AsOf"/>, each with its reason.</summary>
    public ImmutableArray<UnitSuccession> NoLongerCoordinating => [.. Coordinating.Where(succession => !succession.HasSuccessor)];

    /// <summary>Whether the responsibility is unchanged: the same units, no event between.</summary>
    public bool IsUnchanged => Lead.IsUnchanged && Coordinating.All(succession => succession.IsUnchanged);

    /// <summary>Describes the mapping: "HG.CA; HG.STP → TQ.CA; TQ.STP".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Original} → {(Mapped is null ? $"none: {Reason}" : Mapped.ToString())}";
}
