using System.Collections.Immutable;
using De06Metrics.Indicators;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>
/// Who answers on a later date for what was assigned to a unit, and how a responsibility carries over to the units of
/// that date (see <see cref="UnitTimeline.ResponsibleFor"/> and <see cref="UnitTimeline.MapResponsibility"/>).
/// </summary>
internal static class ResponsibilityFlow
{
    /// <summary>Who answers on <paramref name="asOf"/> for what was assigned to <paramref name="unit"/> on <paramref name="assignedOn"/>.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="unit">The unit the target or task was assigned to.</param>
    /// <param name="assignedOn">The date of the assignment.</param>
    /// <param name="asOf">The date whose units answer.</param>
    /// <param name="indicator">The indicator whose function transfers are followed, or <see langword="null"/>.</param>
    /// <returns>The successors, the events followed, or the reason no unit answers.</returns>
    public static UnitSuccession ResponsibleFor(UnitTimeline timeline, UnitId unit, LocalDate assignedOn, LocalDate asOf, IndicatorCode? indicator)
    {
        var validity = timeline.ValidityOf(unit);
        UnitTimeline.EnsureOrder(assignedOn, asOf, nameof(asOf));
        if (validity.Start is { } first && assignedOn < first)
        {
            throw new ArgumentException(
                $"Unit '{unit}' exists only from {TimelineText.Date(first)}, so nothing was assigned to it on {TimelineText.Date(assignedOn)}.", nameof(unit));
        }

        var from = validity.End is { } last && last < assignedOn ? last : assignedOn;
        var drops = new List<FlowDrop>();
        var state = SuccessionFlow.Propagate(timeline, [unit], from, asOf, FlowPurpose.Responsibility, indicator, drops);
        var successors = ImmutableArray.CreateBuilder<UnitShare>();
        var events = new List<SuccessionEvent>();
        foreach (var (holder, holding) in state)
        {
            successors.Add(new UnitShare(holder, SumShares(holding.Pieces)));
            events.AddRange(holding.Events);
        }

        string? reason = successors.Count == 0
            ? drops.LastOrDefault(drop => drop.Origin == unit)?.Reason ?? $"'{unit}' has no successor on {TimelineText.Date(asOf)}"
            : null;
        return new UnitSuccession(unit, from, asOf, successors.ToImmutable(), timeline.OrderEvents(events.Concat(drops.Select(drop => drop.Event))), reason);
    }

    /// <summary>Carries a responsibility over to the units of <paramref name="asOf"/>: the lead's successor leads, the coordinating units' successors coordinate.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="responsibility">The responsibility as assigned.</param>
    /// <param name="assignedOn">The date of the assignment.</param>
    /// <param name="asOf">The date whose units answer.</param>
    /// <param name="indicator">The indicator whose function transfers are followed, or <see langword="null"/>.</param>
    /// <returns>The mapping, with the reason when no lead can be chosen.</returns>
    public static ResponsibilityMapping Map(UnitTimeline timeline, Responsibility responsibility, LocalDate assignedOn, LocalDate asOf, IndicatorCode? indicator)
    {
        ArgumentNullException.ThrowIfNull(responsibility);
        var lead = ResponsibleFor(timeline, responsibility.Lead, assignedOn, asOf, indicator);
        var coordinating = responsibility.Coordinating.Select(unit => ResponsibleFor(timeline, unit, assignedOn, asOf, indicator)).ToImmutableArray();
        var leads = lead.Successors.Select(share => share.Unit).ToList();
        UnitId? newLead = leads.Count switch
        {
            1 => leads[0],
            > 1 when leads.Contains(responsibility.Lead) => responsibility.Lead,
            _ => null,
        };
        if (newLead is not { } chosen)
        {
            var reason = leads.Count == 0
                ? $"the lead '{responsibility.Lead}' has no successor: {lead.Reason}"
                : $"the lead '{responsibility.Lead}' went into several units ({TimelineText.Units(leads)}) by the {string.Join("; ", lead.Events)}; choose the new lead among them";
            return new ResponsibilityMapping(responsibility, asOf, null, reason, lead, coordinating);
        }

        var others = coordinating
            .SelectMany(succession => succession.Successors.Select(share => share.Unit))
            .Concat(leads)
            .Where(unit => unit != chosen)
            .Distinct();
        return new ResponsibilityMapping(responsibility, asOf, new Responsibility(chosen, others), null, lead, coordinating);
    }

    private static decimal? SumShares(IEnumerable<FlowPiece> pieces)
    {
        decimal total = 0m;
        foreach (var piece in pieces)
        {
            if (piece.Share is not { } share)
            {
                return null;
            }

            total += share;
        }

        return total;
    }
}
