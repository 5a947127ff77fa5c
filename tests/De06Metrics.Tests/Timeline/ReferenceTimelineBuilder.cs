using System.Collections.Immutable;
using De06Metrics.Units;
using NodaTime;

using De06Metrics.Timeline;

namespace De06Metrics.Tests.Timeline;

/// <summary>
/// A reference for the timeline's builder: replays the events date by date with a whole copy of the tree and a full
/// <see cref="UnitRegistry.Create"/> on every date, and keeps every date's registry. Slow (quadratic in the number of
/// dates) but plain; the equivalence tests compare the timeline with it.
/// </summary>
internal sealed class ReferenceTimelineBuilder
{
    private const string ParamName = "events";
    private readonly UnitRegistry initial;
    private readonly SuccessionDateBasis basis;
    private readonly Dictionary<UnitId, (LocalDate Date, SuccessionEvent Event)> creations = [];
    private readonly Dictionary<UnitId, (LocalDate LastDay, SuccessionEvent Event)> endings = [];
    private readonly Dictionary<UnitId, List<UnitVersion>> versions = [];
    private readonly Dictionary<UnitId, (LocalDate? Start, SuccessionEvent? By)> open = [];
    private readonly List<SuccessionLink> links = [];
    private readonly List<UnitRegistry> snapshots = [];
    private readonly List<UnitId> known;
    private OrderedDictionary<UnitId, ResponsibleUnit> current;
    private UnitRegistry tree;

    /// <summary>Builds a timeline from an initial tree and events, checking the events against the tree and each other (see <see cref="UnitTimeline.Create"/>).</summary>
    /// <param name="initial">The tree before the first event.</param>
    /// <param name="events">The events, in any order.</param>
    /// <param name="basis">Which date of each event to apply it on.</param>
    /// <returns>The timeline.</returns>
    public static ReferenceTimeline Build(UnitRegistry initial, IEnumerable<SuccessionEvent> events, SuccessionDateBasis basis)
    {
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(events);
        if (!Enum.IsDefined(basis))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, $"Date basis {(int)basis} is not defined.");
        }

        var list = events.ToImmutableArray();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(events), $"Event {i} is null.");
            }
        }

        var builder = new ReferenceTimelineBuilder(initial, basis, list);
        var groups = list
            .Select((e, index) => (Event: e, Index: index))
            .GroupBy(item => item.Event.DateOn(basis))
            .OrderBy(group => group.Key)
            .Select(group => new EventDateGroup(group.Key, [.. group.OrderBy(item => item.Index).Select(item => item.Event)]))
            .ToImmutableArray();
        foreach (var group in groups)
        {
            builder.Apply(group.Date, group.Events);
        }

        return builder.Finish(groups);
    }

    private ReferenceTimelineBuilder(UnitRegistry initial, SuccessionDateBasis basis, ImmutableArray<SuccessionEvent> events)
    {
        this.initial = initial;
        this.basis = basis;
        tree = initial;
        current = new OrderedDictionary<UnitId, ResponsibleUnit>(initial.Units.Select(unit => KeyValuePair.Create(unit.Id, unit)));
        known = [.. initial.Units.Select(unit => unit.Id)];
        foreach (var unit in initial.Units)
        {
            open[unit.Id] = (null, null);
            versions[unit.Id] = [];
        }

        foreach (var e in events)
        {
            foreach (var created in NewUnits(e))
            {
                if (initial.Contains(created.Id))
                {
                    throw Invalid($"The {e} creates '{created.Id}', which is already in the initial tree; a unit id is never reused.");
                }

                if (creations.TryGetValue(created.Id, out var earlier))
                {
                    throw Invalid($"Unit '{created.Id}' is created twice: by the {earlier.Event} and by the {e}; a unit id is never reused.");
                }

                creations[created.Id] = (e.DateOn(basis), e);
            }
        }
    }

    private ReferenceTimeline Finish(ImmutableArray<EventDateGroup> groups)
    {
        foreach (var (id, start) in open)
        {
            versions[id].Add(new UnitVersion(current[id], new ValidityInterval(start.Start, null), start.By, null));
        }

        return new ReferenceTimeline([.. groups.Select(group => group.Date)], [.. snapshots], [.. known], versions, [.. links]);
    }

    private void Apply(LocalDate date, ImmutableArray<SuccessionEvent> events)
    {
        foreach (var e in events)
        {
            RequireSubjectsBefore(e, date);
        }

        var ending = EndingUnits(events, date);
        RefuseCyclesAndChains(events, ending, date);
        RefuseOtherConflicts(events, ending, date);

        var next = new OrderedDictionary<UnitId, ResponsibleUnit>();
        foreach (var (id, unit) in current)
        {
            if (!ending.ContainsKey(id))
            {
                next.Add(id, unit);
            }
        }

        var startedBy = new Dictionary<UnitId, SuccessionEvent>();
        foreach (var e in events)
        {
            foreach (var created in NewUnits(e))
            {
                next.Add(created.Id, created);
                startedBy[created.Id] = e;
                known.Add(created.Id);
            }
        }

        var changedBy = new Dictionary<UnitId, SuccessionEvent>();
        foreach (var rename in events.OfType<UnitRename>())
        {
            var unit = next[rename.Unit];
            next[rename.Unit] = new ResponsibleUnit(unit.Id, rename.NewName, unit.Kind, unit.ParentId);
            changedBy[rename.Unit] = rename;
        }

        foreach (var (child, (parent, cause)) in NewParents(events, ending, next, date))
        {
            var unit = next[child];
            next[child] = new ResponsibleUnit(unit.Id, unit.Name, unit.Kind, parent);
            changedBy.TryAdd(child, cause);
        }

        RequireDestinationsAfter(events, ending, next, date);
        UnitRegistry registry;
        try
        {
            registry = UnitRegistry.Create(next.Values);
        }
        catch (ArgumentException problem)
        {
            throw Invalid($"The events of {TimelineText.Date(date)} would leave an invalid unit tree: {problem.Message}", problem);
        }

        var dayBefore = date.PlusDays(-1);
        foreach (var (id, before) in current)
        {
            if (ending.TryGetValue(id, out var end))
            {
                Close(id, before, dayBefore, end);
                open.Remove(id);
                endings[id] = (dayBefore, end);
            }
            else if (!next[id].Equals(before))
            {
                var cause = changedBy[id];
                Close(id, before, dayBefore, cause);
                open[id] = (date, cause);
            }
        }

        foreach (var (id, e) in startedBy)
        {
            versions[id] = [];
            open[id] = (date, e);
        }

        AddLinks(events, date);
        current = next;
        tree = registry;
        snapshots.Add(registry);
    }

    /// <summary>The exception for events that contradict the tree or each other; they all came in as <c>events</c>.</summary>
    private static ArgumentException Invalid(string message, Exception? inner = null, string paramName = ParamName) => new(message, paramName, inner);

    private static IEnumerable<ResponsibleUnit> NewUnits(SuccessionEvent e) => e switch
    {
        UnitEstablishment establishment => [establishment.Unit],
        UnitMerger { NewUnit: { } unit } => [unit],
        UnitSplit split => split.Parts.Where(part => part.NewUnit is not null).Select(part => part.NewUnit!),
        _ => [],
    };

    private void Close(UnitId id, ResponsibleUnit unit, LocalDate lastDay, SuccessionEvent by) =>
        versions[id].Add(new UnitVersion(unit, new ValidityInterval(open[id].Start, lastDay), open[id].By, by));

    private void RequireSubjectsBefore(SuccessionEvent e, LocalDate date)
    {
        switch (e)
        {
            case UnitMerger merger:
                foreach (var id in merger.Merged)
                {
                    RequireBefore(e, id, "a merged unit", date);
                }

                if (merger.NewUnit is null)
                {
                    RequireBefore(e, merger.Successor, "the unit merged into", date);
                }

                break;
            case UnitSplit split:
                RequireBefore(e, split.Unit, "the split unit", date);
                foreach (var part in split.Parts.Where(part => part.NewUnit is null && part.Successor != split.Unit))
                {
                    RequireBefore(e, part.Successor, "a part's unit", date);
                }

                break;
            case UnitRename rename:
                RequireBefore(e, rename.Unit, "the renamed unit", date);
                break;
            case FunctionTransfer transfer:
                RequireBefore(e, transfer.From, "the unit giving up the function", date);
                RequireBefore(e, transfer.To, "the unit taking the function", date);
                break;
            case UnitAbolition abolition:
                RequireBefore(e, abolition.Unit, "the abolished unit", date);
                break;
        }
    }

    private void RequireBefore(SuccessionEvent e, UnitId id, string role, LocalDate date)
    {
        if (!current.ContainsKey(id))
        {
            throw Invalid($"The {e} names '{id}' as {role}, but {WhyAbsent(id, date)}.");
        }
    }

    private string WhyAbsent(UnitId id, LocalDate date)
    {
        if (endings.TryGetValue(id, out var end))
        {
            return $"'{id}' ended on {TimelineText.Date(end.LastDay)} (by the {end.Event})";
        }

        if (creations.TryGetValue(id, out var creation))
        {
            return creation.Date == date
                ? $"'{id}' is only created that day (by the {creation.Event}); the events of one date apply to the tree of the day before"
                : $"'{id}' exists only from {TimelineText.Date(creation.Date)} (created by the {creation.Event})";
        }

        return $"no unit '{id}' is known: it is neither in the initial tree nor created by an event";
    }

    private static Dictionary<UnitId, SuccessionEvent> EndingUnits(ImmutableArray<SuccessionEvent> events, LocalDate date)
    {
        var changes = new Dictionary<UnitId, List<SuccessionEvent>>();
        foreach (var e in events.Where(e => e is UnitMerger or UnitSplit or UnitAbolition))
        {
            foreach (var id in e.Subjects)
            {
                if (!changes.TryGetValue(id, out var list))
                {
                    changes[id] = list = [];
                }

                list.Add(e);
            }
        }

        foreach (var (id, list) in changes.Where(pair => pair.Value.Count > 1))
        {
            throw Invalid(
                $"Unit '{id}' is merged, split or abolished {list.Count} times on {TimelineText.Date(date)}: by the {string.Join("; and by the ", list)}. A unit can end or split only once on a date.");
        }

        var ending = new Dictionary<UnitId, SuccessionEvent>();
        foreach (var (id, list) in changes)
        {
            if (list[0] is not UnitSplit { Continues: true })
            {
                ending[id] = list[0];
            }
        }

        return ending;
    }

    private static void RefuseCyclesAndChains(ImmutableArray<SuccessionEvent> events, Dictionary<UnitId, SuccessionEvent> ending, LocalDate date)
    {
        var edges = new List<(UnitId From, UnitId To, SuccessionEvent Event, string Role)>();
        foreach (var e in events)
        {
            switch (e)
            {
                case UnitMerger merger:
                    edges.AddRange(merger.Merged.Select(id => (id, merger.Successor, e, "the unit merged into")));
                    break;
                case UnitSplit split:
                    edges.AddRange(split.Parts.Where(part => part.Successor != split.Unit).Select(part => (split.Unit, part.Successor, e, "a part's unit")));
                    break;
                case UnitAbolition abolition:
                    if (abolition.ChildrenMoveTo is { } parent)
                    {
                        edges.Add((abolition.Unit, parent, e, "the destination of its children"));
                    }

                    if (abolition.ResponsibilitiesTo is { } heir)
                    {
                        edges.Add((abolition.Unit, heir, e, "the successor to its responsibilities"));
                    }

                    break;
            }
        }

        var next = edges.Where(edge => ending.ContainsKey(edge.To)).ToLookup(edge => edge.From, edge => edge.To);
        var done = new HashSet<UnitId>();
        foreach (var edge in edges.Where(edge => ending.ContainsKey(edge.To)))
        {
            if (FindCycle(edge.From, next, done) is { } cycle)
            {
                throw Invalid(
                    $"The successions of {TimelineText.Date(date)} form a cycle: {string.Join(" → ", cycle)} ({string.Join("; ", cycle.Distinct().Select(id => ending[id]).Distinct())}).");
            }
        }

        foreach (var edge in edges.Where(edge => ending.ContainsKey(edge.To)))
        {
            throw Invalid(
                $"The {edge.Event} names '{edge.To}' as {edge.Role}, but '{edge.To}' itself ends that day (by the {ending[edge.To]}). " +
                "The events of one date apply to the tree of the day before: name the unit that continues.");
        }
    }

    /// <summary>
    /// A cycle reachable from <paramref name="start"/>, or <see langword="null"/>. Walked with an explicit stack, not
    /// by recursion, since a chain of 100 000 successions on one date would exhaust the call stack; units already
    /// walked without finding a cycle (<paramref name="done"/>) are not walked again.
    /// </summary>
    private static List<UnitId>? FindCycle(UnitId start, ILookup<UnitId, UnitId> next, HashSet<UnitId> done)
    {
        if (done.Contains(start))
        {
            return null;
        }

        var path = new List<UnitId> { start };
        var onPath = new HashSet<UnitId> { start };
        var pending = new Stack<IEnumerator<UnitId>>();
        pending.Push(next[start].GetEnumerator());
        while (pending.Count > 0)
        {
            var successors = pending.Peek();
            if (!successors.MoveNext())
            {
                pending.Pop();
                var finished = path[^1];
                path.RemoveAt(path.Count - 1);
                onPath.Remove(finished);
                done.Add(finished);
                continue;
            }

            var to = successors.Current;
            if (onPath.Contains(to))
            {
                return [.. path.SkipWhile(id => id != to), to];
            }

            if (!done.Contains(to))
            {
                path.Add(to);
                onPath.Add(to);
                pending.Push(next[to].GetEnumerator());
            }
        }

        return null;
    }

    private void RefuseOtherConflicts(ImmutableArray<SuccessionEvent> events, Dictionary<UnitId, SuccessionEvent> ending, LocalDate date)
    {
        var day = TimelineText.Date(date);
        foreach (var group in events.OfType<UnitRename>().GroupBy(rename => rename.Unit).Where(group => group.Count() > 1))
        {
            throw Invalid($"Unit '{group.Key}' is renamed {group.Count()} times on {day}: by the {string.Join("; and by the ", group)}.");
        }

        foreach (var rename in events.OfType<UnitRename>().Where(rename => ending.ContainsKey(rename.Unit)))
        {
            throw Invalid($"The {rename} renames '{rename.Unit}' on the day it ends (by the {ending[rename.Unit]}).");
        }

        var transfers = events.OfType<FunctionTransfer>().ToList();
        foreach (var transfer in transfers)
        {
            // The unit giving up a function may end that day (the rest of it merged elsewhere); the unit taking it may not.
            if (ending.TryGetValue(transfer.To, out var end))
            {
                throw Invalid($"The {transfer} names '{transfer.To}' as the unit taking the function, but it ends that day (by the {end}).");
            }

            var overlap = transfers.FirstOrDefault(other => !ReferenceEquals(other, transfer) && other.From == transfer.From && other.Indicators.Intersect(transfer.Indicators).Any());
            if (overlap is not null)
            {
                throw Invalid($"Unit '{transfer.From}' transfers the same indicator twice on {day}: by the {transfer}; and by the {overlap}.");
            }
        }

        foreach (var merger in events.OfType<UnitMerger>().Where(merger => merger.NewUnit is null))
        {
            foreach (var id in merger.Merged)
            {
                if (tree.IsAncestorOf(merger.Successor, id))
                {
                    throw Invalid($"The {merger} merges '{id}' into its own ancestor '{merger.Successor}'; to remove a level of the tree, abolish it and move its children.");
                }

                if (tree.IsAncestorOf(id, merger.Successor))
                {
                    throw Invalid($"The {merger} merges '{id}' into its own descendant '{merger.Successor}'.");
                }
            }
        }
    }

    private Dictionary<UnitId, (UnitId Parent, SuccessionEvent Cause)> NewParents(
        ImmutableArray<SuccessionEvent> events,
        Dictionary<UnitId, SuccessionEvent> ending,
        OrderedDictionary<UnitId, ResponsibleUnit> next,
        LocalDate date)
    {
        var moves = new Dictionary<UnitId, (UnitId Parent, SuccessionEvent Cause)>();
        foreach (var split in events.OfType<UnitSplit>().Where(split => split.AssignsChildren))
        {
            var assigned = new HashSet<UnitId>();
            foreach (var part in split.Parts)
            {
                foreach (var child in part.Children)
                {
                    if (!current.TryGetValue(child, out var unit) || unit.ParentId != split.Unit)
                    {
                        var actual = unit is null ? WhyAbsent(child, date) : $"its parent on {TimelineText.Date(date.PlusDays(-1))} is {(unit.ParentId is { } p ? $"'{p}'" : "none")}";
                        throw Invalid($"The {split} assigns '{child}', which is not a child of '{split.Unit}': {actual}.");
                    }

                    if (ending.TryGetValue(child, out var end))
                    {
                        throw Invalid($"The {split} assigns child '{child}', which itself ends that day (by the {end}).");
                    }

                    assigned.Add(child);
                    if (part.Successor != split.Unit)
                    {
                        moves[child] = (part.Successor, split);
                    }
                }
            }

            var left = tree.ChildrenOf(split.Unit).Select(unit => unit.Id).Where(id => !ending.ContainsKey(id) && !assigned.Contains(id)).ToList();
            if (left.Count > 0)
            {
                throw Invalid(
                    $"The {split} leaves children of '{split.Unit}' unassigned: {TimelineText.Units(left)}. Assign every child to a part (to '{split.Unit}' itself for those it keeps).");
            }
        }

        foreach (var (parent, e) in ending)
        {
            var orphans = tree.ChildrenOf(parent).Select(unit => unit.Id).Where(id => next.ContainsKey(id) && !moves.ContainsKey(id)).ToList();
            if (orphans.Count == 0)
            {
                continue;
            }

            UnitId destination = e switch
            {
                UnitMerger merger => merger.Successor,
                UnitAbolition { ChildrenMoveTo: { } to } => to,
                UnitAbolition => throw Invalid(
                    $"The {e} leaves the children of '{parent}' without a parent: {TimelineText.Units(orphans)}. Name where they move."),
                _ => throw Invalid(
                    $"The {e} ends '{parent}' without saying where its children go: {TimelineText.Units(orphans)}. Assign each child to a part."),
            };
            foreach (var orphan in orphans)
            {
                moves[orphan] = (destination, e);
            }
        }

        return moves;
    }

    private void RequireDestinationsAfter(ImmutableArray<SuccessionEvent> events, Dictionary<UnitId, SuccessionEvent> ending, OrderedDictionary<UnitId, ResponsibleUnit> next, LocalDate date)
    {
        foreach (var e in events)
        {
            switch (e)
            {
                case UnitAbolition abolition:
                    RequireAfter(e, abolition.ChildrenMoveTo, "the destination of its children");
                    RequireAfter(e, abolition.ResponsibilitiesTo, "the successor to its responsibilities");
                    break;
                default:
                    foreach (var created in NewUnits(e))
                    {
                        RequireAfter(e, created.ParentId, $"the parent of new unit '{created.Id}'");
                    }

                    break;
            }
        }

        void RequireAfter(SuccessionEvent e, UnitId? id, string role)
        {
            if (id is not { } unit || next.ContainsKey(unit))
            {
                return;
            }

            var why = ending.TryGetValue(unit, out var end)
                ? $"'{unit}' ends that day (by the {end})"
                : WhyAbsent(unit, date);
            throw Invalid($"The {e} names '{unit}' as {role}, but {why}.");
        }
    }

    private void AddLinks(ImmutableArray<SuccessionEvent> events, LocalDate date)
    {
        foreach (var e in events)
        {
            switch (e)
            {
                case UnitMerger merger:
                    links.AddRange(merger.Merged.Select(id => new SuccessionLink(id, merger.Successor, e, 1m, date)));
                    break;
                case UnitSplit split:
                    links.AddRange(split.Parts.Where(part => part.Successor != split.Unit).Select(part => new SuccessionLink(split.Unit, part.Successor, e, part.Share, date)));
                    break;
                case UnitAbolition { ResponsibilitiesTo: { } heir } abolition:
                    links.Add(new SuccessionLink(abolition.Unit, heir, e, null, date));
                    break;
            }
        }
    }
}

/// <summary>What the reference builder keeps: each event date's registry, the units in order, their versions and the links.</summary>
internal sealed record ReferenceTimeline(
    ImmutableArray<LocalDate> Dates,
    ImmutableArray<UnitRegistry> Snapshots,
    ImmutableArray<UnitId> KnownUnits,
    Dictionary<UnitId, List<UnitVersion>> Versions,
    ImmutableArray<SuccessionLink> Links);
