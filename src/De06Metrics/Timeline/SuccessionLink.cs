using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>
/// One step from a unit to a unit that succeeds it: merged into it, split into it, or, for an abolished unit, the unit
/// named to take over its responsibilities.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SuccessionLink
{
    internal SuccessionLink(UnitId predecessor, UnitId successor, SuccessionEvent @event, decimal? share, LocalDate date)
    {
        Predecessor = predecessor;
        Successor = successor;
        Event = @event;
        Share = share;
        Date = date;
    }

    /// <summary>The earlier unit.</summary>
    public UnitId Predecessor { get; }

    /// <summary>The later unit.</summary>
    public UnitId Successor { get; }

    /// <summary>The event that links them.</summary>
    public SuccessionEvent Event { get; }

    /// <summary>
    /// The share of the predecessor's figures the successor took: 1 for a merger, the part's share for a split with
    /// shares; <see langword="null"/> for a split by children and for an abolition, which pass no figures by share.
    /// </summary>
    public decimal? Share { get; }

    /// <summary>The date the link took effect on the timeline's date basis.</summary>
    public LocalDate Date { get; }

    /// <summary>Describes the link: "HG → TQ 2025-07-01 (merger)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Predecessor} → {Successor} {TimelineText.Date(Date)} ({Event.Kind}{(Share is { } share && share != 1m ? $" {TimelineText.Number(share)}" : string.Empty)})";
}
