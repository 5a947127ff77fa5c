using System.Collections.Frozen;
using System.Collections.Immutable;
using De06Metrics.Indicators;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>
/// The units over time: an initial tree and the dated events that change it (establishments, mergers, splits,
/// renames, transfers of functions, abolitions). It gives the tree as of any date, each unit's validity and versions,
/// its predecessors and successors, who answers today for what was assigned to a unit that has gone, and past figures
/// restated in the units of a chosen date.
/// </summary>
/// <remarks>
/// <para>
/// <b>Why a timeline beside the units, not dates on them.</b> A <see cref="ResponsibleUnit"/> is a unit as it stands
/// on one day, and a <see cref="UnitRegistry"/> is the tree on one day; both stay exactly as they were. A unit's
/// history does not fit one such value: its name changes with a rename, its parent when the district level goes, its
/// extent when another unit merges into it. The timeline keeps that history as <see cref="UnitVersion"/>s under a
/// stable <see cref="UnitId"/> and hands out a plain registry for any date (<see cref="AsOf"/>), so every existing
/// query works unchanged on the tree of that date. Ids are never reused: once a unit ends, its id means that unit only.
/// </para>
/// <para>
/// <b>Dates.</b> An event applies at the start of its date, on the basis chosen at creation
/// (<see cref="SuccessionDateBasis.Operational"/> by default, since figures and responsibilities follow the units
/// that actually operate). A unit ended by an event is in force up to the day before. Events of one date apply
/// together to the tree as it stood the day before, so a chain on one date (A into B, B into C) must be written as
/// one merger (A and B into C).
/// </para>
/// <para>
/// <see cref="Create"/> checks every event against the tree and the others and names the units, events and dates of
/// anything wrong. Once built the timeline is immutable and safe to share between threads.
/// </para>
/// </remarks>
public sealed partial class UnitTimeline
{
    private readonly ImmutableArray<DateGroup> groups;
    private readonly ImmutableArray<UnitRegistry> snapshots;
    private readonly FrozenDictionary<UnitId, ImmutableArray<UnitVersion>> versions;
    private readonly FrozenDictionary<UnitId, ImmutableArray<SuccessionLink>> linksFrom;
    private readonly FrozenDictionary<UnitId, ImmutableArray<SuccessionLink>> linksTo;

    private UnitTimeline(
        UnitRegistry initial,
        SuccessionDateBasis basis,
        ImmutableArray<DateGroup> groups,
        ImmutableArray<UnitRegistry> snapshots,
        ImmutableArray<UnitId> knownUnits,
        Dictionary<UnitId, List<UnitVersion>> versions,
        ImmutableArray<SuccessionLink> links)
    {
        Initial = initial;
        Basis = basis;
        this.groups = groups;
        this.snapshots = snapshots;
        KnownUnits = knownUnits;
        this.versions = versions.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToImmutableArray());
        Links = links;
        linksFrom = links.GroupBy(link => link.Predecessor).ToFrozenDictionary(group => group.Key, group => group.ToImmutableArray());
        linksTo = links.GroupBy(link => link.Successor).ToFrozenDictionary(group => group.Key, group => group.ToImmutableArray());
        Events = [.. groups.SelectMany(group => group.Events)];
    }

    /// <summary>The tree before the first event.</summary>
    public UnitRegistry Initial { get; }

    /// <summary>Which of each event's dates the timeline applies it on.</summary>
    public SuccessionDateBasis Basis { get; }

    /// <summary>The events in the order they apply: by date on <see cref="Basis"/>, then in the order given.</summary>
    public ImmutableArray<SuccessionEvent> Events { get; }

    /// <summary>Every succession link (merged into, split into, responsibilities passed on abolition), in date order.</summary>
    public ImmutableArray<SuccessionLink> Links { get; }

    /// <summary>Every unit id the timeline knows: the initial tree's, then those created by events, in order.</summary>
    public ImmutableArray<UnitId> KnownUnits { get; }

    /// <summary>Whether the timeline knows a unit, on any date.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when the unit is in the initial tree or created by an event.</returns>
    public bool Contains(UnitId id) => versions.ContainsKey(id);

    /// <summary>The unit tree as of a date: the units in force that day, with their names and parents of that day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The registry; the same instance for every date between two events.</returns>
    public UnitRegistry AsOf(LocalDate date)
    {
        var index = LastGroupOnOrBefore(date);
        return index < 0 ? Initial : snapshots[index];
    }

    /// <summary>The versions of a unit, oldest first: one per stretch between events that created, renamed, moved or ended it.</summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>The versions.</returns>
    /// <exception cref="ArgumentException">The timeline does not know the unit.</exception>
    public ImmutableArray<UnitVersion> VersionsOf(UnitId id) => versions.TryGetValue(id, out var list)
        ? list
        : throw new ArgumentException($"Unit '{id}' is not known to the timeline: it is neither in the initial tree nor created by an event.", nameof(id));

    /// <summary>The days a unit is in force, from its first version's start to its last version's end.</summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>The interval; open at the start for a unit of the initial tree, open at the end while it is in force.</returns>
    /// <exception cref="ArgumentException">The timeline does not know the unit.</exception>
    public ValidityInterval ValidityOf(UnitId id)
    {
        var list = VersionsOf(id);
        return new ValidityInterval(list[0].Validity.Start, list[^1].Validity.End);
    }

    /// <summary>Whether a unit is in force on a date.</summary>
    /// <param name="id">The unit's id.</param>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when in force.</returns>
    /// <exception cref="ArgumentException">The timeline does not know the unit.</exception>
    public bool IsInForce(UnitId id, LocalDate date) => ValidityOf(id).Contains(date);

    /// <summary>
    /// The units a unit came from, transitively and backwards in time: the units merged into it, the unit it was split
    /// from, their own predecessors before that, and units abolished with their responsibilities passed to it.
    /// </summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>The links, latest first; a predecessor's own links are only those dated before the link that led to it.</returns>
    /// <exception cref="ArgumentException">The timeline does not know the unit.</exception>
    public ImmutableArray<SuccessionLink> PredecessorsOf(UnitId id)
    {
        _ = VersionsOf(id);
        return Walk(id, linksTo, link => link.Predecessor, (link, bound) => link.Date < bound, descending: true);
    }

    /// <summary>
    /// The units a unit went into, transitively and forwards in time: the unit it merged into, the units it was split
    /// into, the unit that took over its responsibilities when it was abolished, and their own successors after that.
    /// A unit that merely continues is not its own successor.
    /// </summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>The links, earliest first; a successor's own links are only those dated after the link that led to it.</returns>
    /// <exception cref="ArgumentException">The timeline does not know the unit.</exception>
    public ImmutableArray<SuccessionLink> SuccessorsOf(UnitId id)
    {
        _ = VersionsOf(id);
        return Walk(id, linksFrom, link => link.Successor, (link, bound) => link.Date > bound, descending: false);
    }

    /// <summary>The peers of one kind under one parent on a date: the field a rank is out of.</summary>
    /// <param name="kind">The kind of the members.</param>
    /// <param name="parent">The members' parent, or <see langword="null"/> for roots (the provinces).</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="parent"/> is not in force on <paramref name="asOf"/>.</exception>
    public UnitField FieldOf(UnitKind kind, UnitId? parent, LocalDate asOf)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Unit kind {(int)kind} is not defined.");
        }

        var tree = AsOf(asOf);
        IEnumerable<ResponsibleUnit> candidates;
        if (parent is { } id)
        {
            if (!tree.Contains(id))
            {
                throw new ArgumentException($"Unit '{id}' is not in force on {TimelineText.Date(asOf)}, so it has no field of children.", nameof(parent));
            }

            candidates = tree.ChildrenOf(id);
        }
        else
        {
            candidates = tree.Roots;
        }

        return new UnitField(kind, parent, asOf, [.. candidates.Where(unit => unit.Kind == kind).Select(unit => unit.Id).Order()]);
    }

    /// <summary>
    /// The events after one date and up to another that change what a unit's figures cover: units merged into it, its
    /// own merger, split or abolition, a split part it took, and transfers of functions to or from it (of one
    /// indicator, or of any when none is named). Renames and moves in the tree do not count. Empty means the unit's
    /// figures on the two dates compare like with like.
    /// </summary>
    /// <param name="id">The unit's id.</param>
    /// <param name="after">The earlier date (a base period's end); events on it are not counted.</param>
    /// <param name="upTo">The later date, included.</param>
    /// <param name="indicator">The indicator whose function transfers count, or <see langword="null"/> for all.</param>
    /// <returns>The events, in the order they apply.</returns>
    /// <exception cref="ArgumentException">The timeline does not know the unit.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="upTo"/> is before <paramref name="after"/>.</exception>
    public ImmutableArray<SuccessionEvent> ChangesBetween(UnitId id, LocalDate after, LocalDate upTo, IndicatorCode? indicator = null)
    {
        _ = VersionsOf(id);
        EnsureOrder(after, upTo, nameof(upTo));
        return [.. GroupsBetween(after, upTo).SelectMany(group => group.Events).Where(e => ChangesExtent(e, id, indicator))];
    }

    private static bool ChangesExtent(SuccessionEvent e, UnitId id, IndicatorCode? indicator) => e switch
    {
        UnitMerger merger => merger.Successor == id || merger.Merged.Contains(id),
        UnitSplit split => split.Unit == id || split.Parts.Any(part => part.Successor == id),
        UnitAbolition abolition => abolition.Unit == id,
        UnitEstablishment establishment => establishment.Unit.Id == id,
        FunctionTransfer transfer => (transfer.From == id || transfer.To == id) && (indicator is not { } code || transfer.Covers(code)),
        _ => false,
    };

    private static void EnsureOrder(LocalDate from, LocalDate to, string paramName)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(paramName, to, $"The later date {TimelineText.Date(to)} is before the earlier date {TimelineText.Date(from)}.");
        }
    }

    private static ImmutableArray<SuccessionLink> Walk(
        UnitId start,
        FrozenDictionary<UnitId, ImmutableArray<SuccessionLink>> index,
        Func<SuccessionLink, UnitId> next,
        Func<SuccessionLink, LocalDate, bool> inTime,
        bool descending)
    {
        var found = new List<SuccessionLink>();
        var seen = new HashSet<SuccessionLink>();
        var pending = new Stack<(UnitId Unit, LocalDate? Bound)>();
        pending.Push((start, null));
        while (pending.Count > 0)
        {
            var (unit, bound) = pending.Pop();
            if (!index.TryGetValue(unit, out var candidates))
            {
                continue;
            }

            foreach (var link in candidates)
            {
                if ((bound is not { } date || inTime(link, date)) && seen.Add(link))
                {
                    found.Add(link);
                    pending.Push((next(link), link.Date));
                }
            }
        }

        var ordered = descending ? found.OrderByDescending(link => link.Date) : found.OrderBy(link => link.Date);
        return [.. ordered];
    }

    private int LastGroupOnOrBefore(LocalDate date)
    {
        int low = 0, high = groups.Length - 1, result = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (groups[middle].Date <= date)
            {
                result = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return result;
    }

    private IEnumerable<DateGroup> GroupsBetween(LocalDate after, LocalDate upTo)
    {
        for (var i = LastGroupOnOrBefore(after) + 1; i < groups.Length && groups[i].Date <= upTo; i++)
        {
            yield return groups[i];
        }
    }

    private sealed record DateGroup(LocalDate Date, ImmutableArray<SuccessionEvent> Events);
}
