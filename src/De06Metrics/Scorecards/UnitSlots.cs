using System.Collections.Frozen;
using De06Metrics.Timeline;
using De06Metrics.Units;

namespace De06Metrics.Scorecards;

/// <summary>
/// A slot for every unit a scorecard's data may name: the unit's position in the registry, or for a scorecard built on
/// a timeline, its position among every unit the timeline knows. Observations and targets are stored by slot, so an
/// evaluation in the tree of any date finds them through arrays alone.
/// </summary>
/// <remarks>Built once with the scorecard, never changed; thread-safe.</remarks>
internal sealed class UnitSlots
{
    private readonly UnitRegistry? registry;
    private readonly FrozenDictionary<UnitId, int>? slotById;

    private UnitSlots(UnitRegistry? registry, FrozenDictionary<UnitId, int>? slotById, int count)
    {
        this.registry = registry;
        this.slotById = slotById;
        Count = count;
    }

    /// <summary>The number of slots.</summary>
    public int Count { get; }

    /// <summary>Slots for the units of one tree: their positions in it.</summary>
    public static UnitSlots Of(UnitRegistry registry) => new(registry, null, registry.Count);

    /// <summary>Slots for every unit a timeline knows, in its order.</summary>
    public static UnitSlots Of(UnitTimeline timeline)
    {
        var known = timeline.KnownUnits;
        var slots = new Dictionary<UnitId, int>(known.Length);
        for (var i = 0; i < known.Length; i++)
        {
            slots.Add(known[i], i);
        }

        return new(null, slots.ToFrozenDictionary(), known.Length);
    }

    /// <summary>A unit's slot, or -1 for a unit the scorecard does not know.</summary>
    public int SlotOf(UnitId unit) => registry is not null
        ? registry.PositionOf(unit)
        : slotById!.TryGetValue(unit, out var slot) ? slot : -1;
}
