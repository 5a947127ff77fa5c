using System.Collections.Immutable;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>
/// Builds a <see cref="UnitTimeline"/>: replays the events date by date, keeping the tree of the day before and every
/// unit's open version, and refuses, naming the event, the units and the dates, any event that contradicts the tree or
/// the others.
/// </summary>
/// <remarks>
/// The tree is kept as one mutable map of the units in force with an index of each unit's children, and each date
/// touches only what its events name: the units they end, create, rename or move, and the children of those that end
/// or split. Only that changed part of the tree is checked (see <see cref="TreeStaysValid"/>); when it would not be
/// a valid tree, the whole tree of the date is built as before and <see cref="UnitRegistry.Create"/> names the
/// problem, so a refusal reads exactly as it always did. No registry is built per date: the timeline builds the tree
/// of a date from the versions when it is first asked for (<see cref="UnitTimeline.AsOf"/>).
/// </remarks>
internal sealed class TimelineBuilder
{
    private const string ParamName = "events";
    private readonly UnitRegistry initial;
    private readonly SuccessionDateBasis basis;
    private readonly Dictionary<UnitId, (LocalDate Date, SuccessionEvent Event)> creations = [];
    private readonly Dictionary<UnitId, (LocalDate LastDay, SuccessionEvent Event)> endings = [];
    private readonly Dictionary<UnitId, List<UnitVersion>> versions = [];
    private readonly Dictionary<UnitId, (LocalDate? Start, SuccessionEvent? By)> open = [];
    private readonly List<SuccessionLink> links = [];
    private readonly List<UnitId> known;

    // The tree of the day before: the units in force, each unit's place in `known` (the order of every registry of
    // the timeline), and the children of each unit that has any.
    private readonly Dictionary<UnitId, ResponsibleUnit> current;
    private readonly Dictionary<UnitId, int> ordinal = [];
    private readonly Dictionary<UnitId, HashSet<UnitId>> children = [];

    /// <summary>Builds a timeline from an initial tree and events, checking the events against the tree and each other (see <see cref="UnitTimeline.Create"/>).</summary>
    /// <param name="initial">The tree before the first event.</param>
    /// <param name="events">The events, in any order.</param>
    /// <param name="basis">Which date of each event to apply it on.</param>
    /// <returns>The timeline.</returns>
    public static UnitTimeline Build(UnitRegistry initial, IEnumerable<SuccessionEvent> events, SuccessionDateBasis basis)
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

        var builder = new TimelineBuilder(initial, basis, list);
        // One stable sort by date keeps the order given within a date.
        var byDate = list.Select(e => (Date: e.DateOn(basis), Event: e)).OrderBy(item => item.Date).ToArray();
        var groups = ImmutableArray.CreateBuilder<EventDateGroup>();
        for (var first = 0; first < byDate.Length;)
        {
            var last = first + 1;
            while (last < byDate.Length && byDate[last].Date == byDate[first].Date)
            {
                last++;
            }

            var same = ImmutableArray.CreateBuilder<SuccessionEvent>(last - first);
            for (var i = first; i < last; i++)
            {
                same.Add(byDate[i].Event);
            }

            groups.Add(new EventDateGroup(byDate[first].Date, same.MoveToImmutable()));
            first = last;
        }

        foreach (var group in groups)
        {
            builder.Apply(group.Date, group.Events);
        }

        return builder.Finish(groups.ToImmutable());
    }

    private TimelineBuilder(UnitRegistry initial, SuccessionDateBasis basis, ImmutableArray<SuccessionEvent> events)
    {
        this.initial = initial;
        this.basis = basis;
        current = new Dictionary<UnitId, ResponsibleUnit>(initial.Count);
        known = new List<UnitId>(initial.Count);
        foreach (var unit in initial.Units)
        {
            current.Add(unit.Id, unit);
            ordinal.Add(unit.Id, known.Count);
            known.Add(unit.Id);
            AddChild(unit.ParentId, unit.Id);
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

    private UnitTimeline Finish(ImmutableArray<EventDateGroup> groups)
    {
        foreach (var (id, start) in open)
        {
            versions[id].Add(new UnitVersion(current[id], new ValidityInterval(start.Start, null), start.By, null));
        }

        return new UnitTimeline(initial, basis, groups, [.. known], versions, [.. links]);
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

        var created = new List<(ResponsibleUnit Unit, SuccessionEvent By)>();
        var startedBy = new Dictionary<UnitId, SuccessionEvent>();
        foreach (var e in events)
        {
            foreach (var unit in NewUnits(e))
            {
                created.Add((unit, e));
                startedBy[unit.Id] = e;
            }
        }

        // The units that stay but change: renamed first, then moved, as the events of the date say.
        var changed = new Dictionary<UnitId, ResponsibleUnit>();
        var changedBy = new Dictionary<UnitId, SuccessionEvent>();
        foreach (var rename in events.OfType<UnitRename>())
        {
            var unit = After(rename.Unit);
            changed[rename.Unit] = new ResponsibleUnit(unit.Id, rename.NewName, unit.Kind, unit.ParentId);
            changedBy[rename.Unit] = rename;
        }

        foreach (var (child, (parent, cause)) in NewParents(events, ending, date))
        {
            var unit = After(child);
            changed[child] = new ResponsibleUnit(unit.Id, unit.Name, unit.Kind, parent);
            changedBy.TryAdd(child, cause);
        }

        RequireDestinationsAfter(events, ending, startedBy, date);
        if (!TreeStaysValid(ending, created, changed, startedBy))
        {
            RefuseTree(date, ending, created, changed);
        }

        var dayBefore = date.PlusDays(-1);
        foreach (var (id, end) in ending)
        {
            Close(id, current[id], dayBefore, end);
            open.Remove(id);
            endings[id] = (dayBefore, end);
        }

        foreach (var (id, unit) in changed)
        {
            var before = current[id];
            if (!unit.Equals(before))
            {
                var cause = changedBy[id];
                Close(id, before, dayBefore, cause);
                open[id] = (date, cause);
            }
        }

        foreach (var id in ending.Keys)
        {
            RemoveChild(current[id].ParentId, id);
            current.Remove(id);
            children.Remove(id);
        }

        foreach (var (id, unit) in changed)
        {
            var before = current[id];
            if (before.ParentId != unit.ParentId)
            {
                RemoveChild(before.ParentId, id);
                AddChild(unit.ParentId, id);
            }

            current[id] = unit;
        }

        foreach (var (unit, e) in created)
        {
            current.Add(unit.Id, unit);
            ordinal.Add(unit.Id, known.Count);
            known.Add(unit.Id);
            AddChild(unit.ParentId, unit.Id);
            versions[unit.Id] = [];
            open[unit.Id] = (date, e);
        }

        AddLinks(events, date);

        ResponsibleUnit After(UnitId id) => changed.TryGetValue(id, out var unit) ? unit : current[id];
    }

    /// <summary>
    /// Whether the tree after a date's events is still a tree, looking only at what they change: no id twice, every
    /// new or moved unit's parent in force after the date, no unit left under a unit that ends, and no cycle of parents
    /// (any new cycle runs through a unit whose parent the date set, so only the parents above those are walked).
    /// </summary>
    private bool TreeStaysValid(
        Dictionary<UnitId, SuccessionEvent> ending,
        List<(ResponsibleUnit Unit, SuccessionEvent By)> created,
        Dictionary<UnitId, ResponsibleUnit> changed,
        Dictionary<UnitId, SuccessionEvent> startedBy)
    {
        foreach (var id in ending.Keys)
        {
            if (children.TryGetValue(id, out var under)
                && under.Any(child => !ending.ContainsKey(child) && !(changed.TryGetValue(child, out var moved) && moved.ParentId != id)))
            {
                return false;
            }
        }

        if (created.Count == 0 && changed.Count == 0)
        {
            return true;
        }

        var createdById = new Dictionary<UnitId, ResponsibleUnit>(created.Count);
        foreach (var (unit, _) in created)
        {
            if (current.ContainsKey(unit.Id) || !createdById.TryAdd(unit.Id, unit))
            {
                return false;
            }
        }

        foreach (var unit in createdById.Values.Concat(changed.Values))
        {
            if (unit.ParentId is { } parent && !InForceAfter(parent, ending, startedBy))
            {
                return false;
            }
        }

        var acyclic = new HashSet<UnitId>();
        var chain = new HashSet<UnitId>();
        foreach (var start in createdById.Keys.Concat(changed.Keys))
        {
            chain.Clear();
            for (UnitId? at = start; at is { } id && !acyclic.Contains(id); at = ParentAfter(id))
            {
                if (!chain.Add(id))
                {
                    return false;
                }
            }

            acyclic.UnionWith(chain);
        }

        return true;

        UnitId? ParentAfter(UnitId id) =>
            changed.TryGetValue(id, out var unit) || createdById.TryGetValue(id, out unit) ? unit.ParentId : current[id].ParentId;
    }

    /// <summary>
    /// Refuses a date whose events would leave an invalid tree: builds the whole tree of the date, in the order of
    /// every registry of the timeline, and lets <see cref="UnitRegistry.Create"/> name the problem.
    /// </summary>
    private void RefuseTree(
        LocalDate date,
        Dictionary<UnitId, SuccessionEvent> ending,
        List<(ResponsibleUnit Unit, SuccessionEvent By)> created,
        Dictionary<UnitId, ResponsibleUnit> changed)
    {
        var next = new List<ResponsibleUnit>(current.Count + created.Count);
        foreach (var id in known)
        {
            if (current.TryGetValue(id, out var unit) && !ending.ContainsKey(id))
            {
                next.Add(changed.TryGetValue(id, out var after) ? after : unit);
            }
        }

        next.AddRange(created.Select(item => item.Unit));
        try
        {
            _ = UnitRegistry.Create(next);
        }
        catch (ArgumentException problem)
        {
            throw Invalid($"The events of {TimelineText.Date(date)} would leave an invalid unit tree: {problem.Message}", problem);
        }
    }

    private bool InForceAfter(UnitId id, Dictionary<UnitId, SuccessionEvent> ending, Dictionary<UnitId, SuccessionEvent> startedBy) =>
        startedBy.ContainsKey(id) || (current.ContainsKey(id) && !ending.ContainsKey(id));

    private void AddChild(UnitId? parent, UnitId child)
    {
        if (parent is not { } id)
        {
            return;
        }

        if (!children.TryGetValue(id, out var set))
        {
            children[id] = set = [];
        }

        set.Add(child);
    }

    private void RemoveChild(UnitId? parent, UnitId child)
    {
        if (parent is { } id && children.TryGetValue(id, out var set))
        {
            set.Remove(child);
            if (set.Count == 0)
            {
                children.Remove(id);
            }
        }
    }

    /// <summary>The children of a unit on the day before, in the order of the timeline's registries.</summary>
    private IEnumerable<UnitId> ChildrenBefore(UnitId parent) =>
        children.TryGetValue(parent, out var set) ? set.OrderBy(child => ordinal[child]) : [];

    /// <summary>Whether one unit is an ancestor of another on the day before.</summary>
    private bool IsAncestorBefore(UnitId ancestor, UnitId descendant)
    {
        for (var at = current[descendant].ParentId; at is { } id; at = current[id].ParentId)
        {
            if (id == ancestor)
            {
                return true;
            }
        }

        return false;
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
        // Each unit merged, split or abolished by its one event, in the order first named; a unit named twice is refused below.
        var first = new Dictionary<UnitId, SuccessionEvent>();
        var continuing = false;
        foreach (var e in events)
        {
            if (e is not (UnitMerger or UnitSplit or UnitAbolition))
            {
                continue;
            }

            continuing |= e is UnitSplit { Continues: true };
            foreach (var id in e.Subjects)
            {
                if (!first.TryAdd(id, e))
                {
                    RefuseRepeatedEndings(events, date);
                }
            }
        }

        if (!continuing)
        {
            return first;
        }

        var ending = new Dictionary<UnitId, SuccessionEvent>(first.Count);
        foreach (var (id, e) in first)
        {
            if (e is not UnitSplit { Continues: true })
            {
                ending[id] = e;
            }
        }

        return ending;
    }

    /// <summary>Refuses the first unit (in the order first named) that a date merges, splits or abolishes more than once, naming every event.</summary>
    private static void RefuseRepeatedEndings(ImmutableArray<SuccessionEvent> events, LocalDate date)
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
    }

    private static void RefuseCyclesAndChains(ImmutableArray<SuccessionEvent> events, Dictionary<UnitId, SuccessionEvent> ending, LocalDate date)
    {
        if (!NamesEndingSuccessor(events, ending))
        {
            return;
        }

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

    /// <summary>Whether a succession of the date names as its successor or destination a unit that itself ends that day.</summary>
    private static bool NamesEndingSuccessor(ImmutableArray<SuccessionEvent> events, Dictionary<UnitId, SuccessionEvent> ending)
    {
        foreach (var e in events)
        {
            switch (e)
            {
                case UnitMerger merger when ending.ContainsKey(merger.Successor):
                    return true;
                case UnitSplit split:
                    foreach (var part in split.Parts)
                    {
                        if (part.Successor != split.Unit && ending.ContainsKey(part.Successor))
                        {
                            return true;
                        }
                    }

                    break;
                case UnitAbolition abolition when (abolition.ChildrenMoveTo is { } parent && ending.ContainsKey(parent))
                    || (abolition.ResponsibilitiesTo is { } heir && ending.ContainsKey(heir)):
                    return true;
            }
        }

        return false;
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
        var renames = events.OfType<UnitRename>().ToList();
        foreach (var group in renames.Count < 2 ? [] : renames.GroupBy(rename => rename.Unit).Where(group => group.Count() > 1))
        {
            throw Invalid($"Unit '{group.Key}' is renamed {group.Count()} times on {day}: by the {string.Join("; and by the ", group)}.");
        }

        foreach (var rename in renames.Where(rename => ending.ContainsKey(rename.Unit)))
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
                if (IsAncestorBefore(merger.Successor, id))
                {
                    throw Invalid($"The {merger} merges '{id}' into its own ancestor '{merger.Successor}'; to remove a level of the tree, abolish it and move its children.");
                }

                if (IsAncestorBefore(id, merger.Successor))
                {
                    throw Invalid($"The {merger} merges '{id}' into its own descendant '{merger.Successor}'.");
                }
            }
        }
    }

    private Dictionary<UnitId, (UnitId Parent, SuccessionEvent Cause)> NewParents(
        ImmutableArray<SuccessionEvent> events,
        Dictionary<UnitId, SuccessionEvent> ending,
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

            var left = ChildrenBefore(split.Unit).Where(id => !ending.ContainsKey(id) && !assigned.Contains(id)).ToList();
            if (left.Count > 0)
            {
                throw Invalid(
                    $"The {split} leaves children of '{split.Unit}' unassigned: {TimelineText.Units(left)}. Assign every child to a part (to '{split.Unit}' itself for those it keeps).");
            }
        }

        foreach (var (parent, e) in ending)
        {
            if (!children.ContainsKey(parent))
            {
                continue;
            }

            // A child of a unit that ends stays in force unless it ends too (no unit is created under the day before's tree).
            var orphans = ChildrenBefore(parent).Where(id => !ending.ContainsKey(id) && !moves.ContainsKey(id)).ToList();
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

    private void RequireDestinationsAfter(ImmutableArray<SuccessionEvent> events, Dictionary<UnitId, SuccessionEvent> ending, Dictionary<UnitId, SuccessionEvent> startedBy, LocalDate date)
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
            if (id is not { } unit || InForceAfter(unit, ending, startedBy))
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
                    foreach (var id in merger.Merged)
                    {
                        links.Add(new SuccessionLink(id, merger.Successor, e, 1m, date));
                    }

                    break;
                case UnitSplit split:
                    foreach (var part in split.Parts)
                    {
                        if (part.Successor != split.Unit)
                        {
                            links.Add(new SuccessionLink(split.Unit, part.Successor, e, part.Share, date));
                        }
                    }

                    break;
                case UnitAbolition { ResponsibilitiesTo: { } heir } abolition:
                    links.Add(new SuccessionLink(abolition.Unit, heir, e, null, date));
                    break;
            }
        }
    }
}
