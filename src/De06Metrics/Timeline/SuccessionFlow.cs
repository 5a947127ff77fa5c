using System.Collections.Immutable;
using De06Metrics.Indicators;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>
/// Carries what units hold (figures, or responsibilities) through a timeline's mergers, splits, abolitions and transfers
/// of functions: the engine under <see cref="ResponsibilityFlow"/> and <see cref="TimelineRestater"/>.
/// </summary>
internal static class SuccessionFlow
{
    /// <summary>
    /// Moves pieces held by units through the events after one date and up to another. A piece is a share of an
    /// origin unit's figures (or responsibilities) with the events it went through.
    /// </summary>
    public static Dictionary<UnitId, ImmutableList<FlowPiece>> Propagate(
        UnitTimeline timeline,
        Dictionary<UnitId, ImmutableList<FlowPiece>> state,
        LocalDate after,
        LocalDate upTo,
        FlowPurpose purpose,
        IndicatorCode? indicator,
        List<FlowDrop> drops)
    {
        foreach (var group in timeline.GroupsBetween(after, upTo))
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
}
