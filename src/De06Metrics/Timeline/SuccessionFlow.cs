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
    /// Moves what units hold through the events after one date and up to another. Each seed unit starts with the whole
    /// of itself; a piece is a share of an origin unit's figures (or responsibilities) with the events it went through.
    /// </summary>
    /// <remarks>
    /// An event moves a unit's holdings as one bundle, whatever they hold, so a date costs the number of its events, not
    /// the number of pieces that have gathered: a chain of n mergers on n dates costs n moves, not n²/2. The pieces, with
    /// their shares and routes, are unfolded once at the end, which costs what the routes themselves hold.
    /// </remarks>
    public static Dictionary<UnitId, FlowHolding> Propagate(
        UnitTimeline timeline,
        IEnumerable<UnitId> seeds,
        LocalDate after,
        LocalDate upTo,
        FlowPurpose purpose,
        IndicatorCode? indicator,
        List<FlowDrop> drops)
    {
        // Each holder keeps the place it took when it first received something, so the result lists holders as a
        // rebuilt dictionary would (those that stayed, then those that arrived), without rebuilding one every date.
        var state = new Dictionary<UnitId, (long Place, ImmutableList<Holding> Held)>();
        long places = 0;
        foreach (var seed in seeds)
        {
            state[seed] = (places++, [new Origin(seed)]);
        }

        var leaving = new HashSet<UnitId>();
        var arriving = new List<(UnitId To, Holding Holding)>();
        foreach (var group in timeline.GroupsBetween(after, upTo))
        {
            // Every move of a date reads the holdings of the day before, then all moves land together.
            leaving.Clear();
            arriving.Clear();

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

            foreach (var holder in leaving)
            {
                state.Remove(holder);
            }

            foreach (var (to, holding) in arriving)
            {
                state[to] = state.TryGetValue(to, out var entry) ? (entry.Place, entry.Held.Add(holding)) : (places++, [holding]);
            }

            void Move(UnitId from, UnitId to, SuccessionEvent e, decimal? share)
            {
                if (!state.TryGetValue(from, out var entry) || (transferred.Contains(from) && e is not FunctionTransfer))
                {
                    return;
                }

                leaving.Add(from);
                arriving.Add((to, new Moved(entry.Held, e, share, Scales: true)));
            }

            void Copy(UnitId from, UnitId to, SuccessionEvent e)
            {
                if (state.TryGetValue(from, out var entry))
                {
                    arriving.Add((to, new Moved(entry.Held, e, null, Scales: false)));
                }
            }

            void Drop(UnitId holder, SuccessionEvent e, Func<UnitId, string> reason)
            {
                if (!state.TryGetValue(holder, out var entry) || transferred.Contains(holder))
                {
                    return;
                }

                leaving.Add(holder);
                var text = reason(holder);
                foreach (var piece in Unfold(timeline, entry.Held).Pieces)
                {
                    drops.Add(new FlowDrop(piece.Origin, e, piece.Origin == holder ? text : $"'{piece.Origin}' had passed to '{holder}', and {text}", piece.Share));
                }
            }
        }

        return state.OrderBy(pair => pair.Value.Place).ToDictionary(pair => pair.Key, pair => Unfold(timeline, pair.Value.Held));
    }

    /// <summary>
    /// Unfolds a unit's bundles into pieces: each origin with its share multiplied out, earliest event first (as the
    /// moves were made), and its route; the bundles are walked with a stack of their own, however deep they nest.
    /// </summary>
    private static FlowHolding Unfold(UnitTimeline timeline, ImmutableList<Holding> held)
    {
        var pieces = ImmutableArray.CreateBuilder<FlowPiece>();
        var events = new HashSet<SuccessionEvent>();
        var path = new List<Moved>();
        var stack = new Stack<(ImmutableList<Holding> Holdings, int Next, int Depth)>();
        stack.Push((held, 0, 0));
        while (stack.Count > 0)
        {
            var (holdings, next, depth) = stack.Pop();
            if (next >= holdings.Count)
            {
                continue;
            }

            stack.Push((holdings, next + 1, depth));
            path.RemoveRange(depth, path.Count - depth);
            switch (holdings[next])
            {
                case Moved moved:
                    path.Add(moved);
                    events.Add(moved.Event);
                    stack.Push((moved.From, 0, depth + 1));
                    break;
                case Origin origin:
                    decimal? share = 1m;
                    var route = ImmutableArray.CreateBuilder<SuccessionEvent>(path.Count);
                    for (var i = path.Count - 1; i >= 0; i--)
                    {
                        var step = path[i];
                        if (step.Scales && !IsWhole(step.Share))
                        {
                            share *= step.Share;
                        }

                        route.Add(step.Event);
                    }

                    pieces.Add(new FlowPiece(origin.Unit, share, route.MoveToImmutable()));
                    break;
            }
        }

        return new FlowHolding(pieces.ToImmutable(), timeline.OrderEvents(events));
    }

    /// <summary>Whether a share is exactly 1 (scale 0), which changes neither a share's value nor its scale when multiplied in.</summary>
    private static bool IsWhole(decimal? share) => share is { Scale: 0 } whole && whole == 1m;

    /// <summary>What a unit holds: the whole of an origin unit, or another unit's holdings moved in by an event.</summary>
    private abstract record Holding;

    /// <summary>The whole of a unit, as it stood on the first day of the flow.</summary>
    /// <param name="Unit">The unit.</param>
    private sealed record Origin(UnitId Unit) : Holding;

    /// <summary>A unit's holdings moved by an event.</summary>
    /// <param name="From">The holdings as they stood before the event.</param>
    /// <param name="Event">The event.</param>
    /// <param name="Share">The share of them taken; <see langword="null"/> when a split without shares passed them on.</param>
    /// <param name="Scales">Whether the share applies; a copy of a child's holdings (a split by children) keeps their shares.</param>
    private sealed record Moved(ImmutableList<Holding> From, SuccessionEvent Event, decimal? Share, bool Scales) : Holding;
}
