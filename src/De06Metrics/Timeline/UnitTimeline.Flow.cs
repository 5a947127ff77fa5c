using System.Collections.Immutable;
using De06Metrics.Indicators;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

public sealed partial class UnitTimeline
{
    /// <summary>
    /// Who answers on a later date for what was assigned to a unit: the unit itself while it continues, the unit it
    /// merged into, the units it was split into (with their shares), the unit named to take over when it was
    /// abolished, and, for an indicator whose function moved, the unit that took the function.
    /// </summary>
    /// <param name="unit">The unit the target or task was assigned to.</param>
    /// <param name="assignedOn">
    /// The date of the assignment. Events up to that date are already reflected in it and are not followed; a unit that
    /// had already ended by then is followed from its last day.
    /// </param>
    /// <param name="asOf">The date whose units answer; today, typically.</param>
    /// <param name="indicator">The indicator concerned, so that transfers of functions covering it are followed; <see langword="null"/> to follow the unit as a whole.</param>
    /// <returns>The successors, the events followed, or the reason no unit answers.</returns>
    /// <exception cref="ArgumentException">The timeline does not know the unit, or it did not yet exist on <paramref name="assignedOn"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before <paramref name="assignedOn"/>.</exception>
    public UnitSuccession ResponsibleFor(UnitId unit, LocalDate assignedOn, LocalDate asOf, IndicatorCode? indicator = null)
    {
        var validity = ValidityOf(unit);
        EnsureOrder(assignedOn, asOf, nameof(asOf));
        if (validity.Start is { } first && assignedOn < first)
        {
            throw new ArgumentException(
                $"Unit '{unit}' exists only from {TimelineText.Date(first)}, so nothing was assigned to it on {TimelineText.Date(assignedOn)}.", nameof(unit));
        }

        var from = validity.End is { } last && last < assignedOn ? last : assignedOn;
        var drops = new List<FlowDrop>();
        var state = new Dictionary<UnitId, ImmutableList<FlowPiece>> { [unit] = [new FlowPiece(unit, 1m, [])] };
        state = Propagate(state, from, asOf, FlowPurpose.Responsibility, indicator, drops);
        var successors = ImmutableArray.CreateBuilder<UnitShare>();
        var events = new List<SuccessionEvent>();
        foreach (var (holder, pieces) in state)
        {
            successors.Add(new UnitShare(holder, SumShares(pieces)));
            events.AddRange(pieces.SelectMany(piece => piece.Route));
        }

        string? reason = successors.Count == 0
            ? drops.LastOrDefault(drop => drop.Origin == unit)?.Reason ?? $"'{unit}' has no successor on {TimelineText.Date(asOf)}"
            : null;
        return new UnitSuccession(unit, from, asOf, successors.ToImmutable(), OrderEvents(events.Concat(drops.Select(drop => drop.Event))), reason);
    }

    /// <summary>
    /// Carries a responsibility over to the units of a later date: the lead's successor leads, the coordinating units'
    /// successors coordinate (see <see cref="ResponsibilityMapping"/> for the rules).
    /// </summary>
    /// <param name="responsibility">The responsibility as assigned.</param>
    /// <param name="assignedOn">The date of the assignment.</param>
    /// <param name="asOf">The date whose units answer.</param>
    /// <param name="indicator">The indicator concerned, so that transfers of functions covering it are followed; optional.</param>
    /// <returns>The mapping, with the reason when no lead can be chosen.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responsibility"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The timeline does not know a unit of the responsibility, or one did not yet exist on <paramref name="assignedOn"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before <paramref name="assignedOn"/>.</exception>
    public ResponsibilityMapping MapResponsibility(Responsibility responsibility, LocalDate assignedOn, LocalDate asOf, IndicatorCode? indicator = null)
    {
        ArgumentNullException.ThrowIfNull(responsibility);
        var lead = ResponsibleFor(responsibility.Lead, assignedOn, asOf, indicator);
        var coordinating = responsibility.Coordinating.Select(unit => ResponsibleFor(unit, assignedOn, asOf, indicator)).ToImmutableArray();
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

    private ImmutableArray<SuccessionEvent> OrderEvents(IEnumerable<SuccessionEvent> events)
    {
        var set = events.ToHashSet();
        return [.. Events.Where(set.Contains)];
    }

    /// <summary>
    /// Moves pieces held by units through the events after one date and up to another. A piece is a share of an
    /// origin unit's figures (or responsibilities) with the events it went through.
    /// </summary>
    private Dictionary<UnitId, ImmutableList<FlowPiece>> Propagate(
        Dictionary<UnitId, ImmutableList<FlowPiece>> state,
        LocalDate after,
        LocalDate upTo,
        FlowPurpose purpose,
        IndicatorCode? indicator,
        List<FlowDrop> drops)
    {
        foreach (var group in GroupsBetween(after, upTo))
        {
            // Every move of a date reads the holdings of the day before, then all moves land together.
            var leaving = new HashSet<UnitId>();
            var arriving = new List<(UnitId To, FlowPiece Piece)>();

            // A function transferred on the day its unit merges, splits or ends goes with the function, not with the rest.
            var transferred = indicator is { } covered
                ? group.Events.OfType<FunctionTransfer>().Where(transfer => transfer.Covers(covered)).Select(transfer => transfer.From).ToHashSet()
                : [];
            foreach (var e in group.Events)
            {
                switch (e)
                {
                    case UnitMerger merger:
                        foreach (var id in merger.Merged)
                        {
                            Move(id, merger.Successor, e, 1m);
                        }

                        break;
                    case UnitSplit split when split.HasShares:
                        foreach (var part in split.Parts)
                        {
                            Move(split.Unit, part.Successor, e, part.Share);
                        }

                        break;
                    case UnitSplit split when purpose == FlowPurpose.Responsibility:
                        foreach (var part in split.Parts)
                        {
                            Move(split.Unit, part.Successor, e, null);
                        }

                        break;
                    case UnitSplit split:
                        Drop(split.Unit, e, holder => $"'{holder}' was split by assigning its children (the {e}), so its successors' figures are rebuilt from the children's figures, not from its own");
                        foreach (var part in split.Parts)
                        {
                            foreach (var child in part.Children)
                            {
                                Copy(child, part.Successor, e);
                            }
                        }

                        break;
                    case UnitAbolition { ResponsibilitiesTo: { } heir } abolition when purpose == FlowPurpose.Responsibility:
                        Move(abolition.Unit, heir, e, 1m);
                        break;
                    case UnitAbolition abolition:
                        Drop(abolition.Unit, e, holder => purpose == FlowPurpose.Responsibility
                            ? $"'{holder}' was abolished (the {e}) with no unit named to take over its responsibilities"
                            : $"'{holder}' was abolished (the {e}); its own figures pass to no unit, while its children's figures carry on under their own ids");
                        break;
                    case FunctionTransfer transfer when indicator is { } code && transfer.Covers(code):
                        Move(transfer.From, transfer.To, e, 1m);
                        break;
                }
            }

            if (leaving.Count == 0 && arriving.Count == 0)
            {
                continue;
            }

            var next = new Dictionary<UnitId, ImmutableList<FlowPiece>>(state.Count);
            foreach (var (holder, pieces) in state)
            {
                if (!leaving.Contains(holder))
                {
                    next[holder] = pieces;
                }
            }

            foreach (var (to, piece) in arriving)
            {
                next[to] = next.TryGetValue(to, out var held) ? held.Add(piece) : [piece];
            }

            state = next;

            void Move(UnitId from, UnitId to, SuccessionEvent e, decimal? share)
            {
                if (!state.TryGetValue(from, out var pieces) || (transferred.Contains(from) && e is not FunctionTransfer))
                {
                    return;
                }

                leaving.Add(from);
                foreach (var piece in pieces)
                {
                    arriving.Add((to, new FlowPiece(piece.Origin, piece.Share * share, piece.Route.Add(e))));
                }
            }

            void Copy(UnitId from, UnitId to, SuccessionEvent e)
            {
                if (state.TryGetValue(from, out var pieces))
                {
                    arriving.AddRange(pieces.Select(piece => (to, new FlowPiece(piece.Origin, piece.Share, piece.Route.Add(e)))));
                }
            }

            void Drop(UnitId holder, SuccessionEvent e, Func<UnitId, string> reason)
            {
                if (!state.TryGetValue(holder, out var pieces) || transferred.Contains(holder))
                {
                    return;
                }

                leaving.Add(holder);
                foreach (var piece in pieces)
                {
                    var text = reason(holder);
                    drops.Add(new FlowDrop(piece.Origin, e, piece.Origin == holder ? text : $"'{piece.Origin}' had passed to '{holder}', and {text}", piece.Share));
                }
            }
        }

        return state;
    }

    private enum FlowPurpose
    {
        Figures,
        Responsibility,
    }

    private sealed record FlowPiece(UnitId Origin, decimal? Share, ImmutableList<SuccessionEvent> Route);

    private sealed record FlowDrop(UnitId Origin, SuccessionEvent Event, string Reason, decimal? Share);
}
