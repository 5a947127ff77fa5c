using System.Collections.Frozen;
using System.Collections.Immutable;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Text;
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
public sealed class UnitTimeline
{
    private readonly ImmutableArray<EventDateGroup> groups;
    private readonly FrozenDictionary<UnitId, ImmutableArray<UnitVersion>> versions;

    // Each known unit's versions, in the order of KnownUnits, and the tree of each event date, built on first request.
    private readonly ImmutableArray<UnitVersion>[] versionsInOrder;
    private readonly UnitRegistry?[] snapshots;
    private readonly FrozenDictionary<UnitId, ImmutableArray<SuccessionLink>> linksFrom;
    private readonly FrozenDictionary<UnitId, ImmutableArray<SuccessionLink>> linksTo;
    private readonly FrozenDictionary<SuccessionEvent, int> eventOrder;

    /// <summary>The timeline of a tree and its events, replayed and checked by <see cref="TimelineBuilder"/>.</summary>
    internal UnitTimeline(
        UnitRegistry initial,
        SuccessionDateBasis basis,
        ImmutableArray<EventDateGroup> groups,
        ImmutableArray<UnitId> knownUnits,
        Dictionary<UnitId, List<UnitVersion>> versions,
        ImmutableArray<SuccessionLink> links)
    {
        Initial = initial;
        Basis = basis;
        this.groups = groups;
        KnownUnits = knownUnits;
        this.versions = versions.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToImmutableArray());
        versionsInOrder = [.. knownUnits.Select(id => this.versions[id])];
        snapshots = new UnitRegistry?[groups.Length];
        Links = links;
        linksFrom = links.GroupBy(link => link.Predecessor).ToFrozenDictionary(group => group.Key, group => group.ToImmutableArray());
        linksTo = links.GroupBy(link => link.Successor).ToFrozenDictionary(group => group.Key, group => group.ToImmutableArray());
        Events = [.. groups.SelectMany(group => group.Events)];
        var order = new Dictionary<SuccessionEvent, int>(Events.Length);
        for (var i = 0; i < Events.Length; i++)
        {
            order.TryAdd(Events[i], i);
        }

        eventOrder = order.ToFrozenDictionary();
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

    /// <summary>Builds a timeline from an initial tree and events, checking the events against the tree and each other.</summary>
    /// <param name="initial">The tree before the first event; its units are in force since always.</param>
    /// <param name="events">The events, in any order; they are applied by date, and in the order given within a date.</param>
    /// <param name="basis">Which date of each event to apply it on; operational by default.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="initial"/>, <paramref name="events"/> or an event is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not defined.</exception>
    /// <exception cref="ArgumentException">
    /// The events contradict the tree or each other; the message names the event (with its dates and source), the units
    /// and the dates concerned. Refused: a unit not known at all; an event naming a unit before it exists or after it
    /// ended; a unit merged, split or abolished twice on one date; successions forming a cycle, or a chain on one date;
    /// a unit renamed twice on one date, or on the date it ends; a unit created twice or with an id already used; a
    /// unit merged into its own ancestor or descendant; a split that leaves children unassigned or assigns units that
    /// are not its children; an abolition that leaves children without a parent; a destination not in force on the
    /// date; any change that would leave the tree invalid.
    /// </exception>
    public static UnitTimeline Create(UnitRegistry initial, IEnumerable<SuccessionEvent> events, SuccessionDateBasis basis = SuccessionDateBasis.Operational) =>
        TimelineBuilder.Build(initial, events, basis);

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
        if (index < 0)
        {
            return Initial;
        }

        if (Volatile.Read(ref snapshots[index]) is { } built)
        {
            return built;
        }

        // Two threads may build the same tree at once; the first stored is the one every caller gets from then on.
        var tree = TreeOn(groups[index].Date);
        return Interlocked.CompareExchange(ref snapshots[index], tree, null) ?? tree;
    }

    /// <summary>The tree on an event date, from the versions: every known unit in force that day, as it stood that day, in the order of <see cref="KnownUnits"/>.</summary>
    private UnitRegistry TreeOn(LocalDate date)
    {
        var units = new List<ResponsibleUnit>();
        foreach (var list in versionsInOrder)
        {
            if (VersionOn(list, date) is { } version)
            {
                units.Add(version.Unit);
            }
        }

        return UnitRegistry.Create(units);
    }

    /// <summary>The version in force on a date, or <see langword="null"/>; the versions follow each other without gaps.</summary>
    private static UnitVersion? VersionOn(ImmutableArray<UnitVersion> list, LocalDate date)
    {
        int low = 0, high = list.Length - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (list[middle].Validity.Start is not { } start || start <= date)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found >= 0 && list[found].Validity.Contains(date) ? list[found] : null;
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
    public UnitSuccession ResponsibleFor(UnitId unit, LocalDate assignedOn, LocalDate asOf, IndicatorCode? indicator = null) =>
        ResponsibilityFlow.ResponsibleFor(this, unit, assignedOn, asOf, indicator);

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
    public ResponsibilityMapping MapResponsibility(Responsibility responsibility, LocalDate assignedOn, LocalDate asOf, IndicatorCode? indicator = null) =>
        ResponsibilityFlow.Map(this, responsibility, assignedOn, asOf, indicator);

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

    /// <summary>
    /// Expresses reported figures of one indicator in the units in force on a chosen date, keeping the figures as
    /// reported beside them. A unit that others merged into gets their figures combined by the indicator's roll-up
    /// (<see cref="RollUp.Combine"/>: rates add numerators and denominators, sums add); a split part gets its share
    /// (counts and amounts × share, a rate's numerator and denominator × share, so the rate is unchanged) or the roll-up
    /// of the children assigned to it; a function transfer moves the indicator's figures with the function.
    /// </summary>
    /// <param name="indicator">The indicator of every figure.</param>
    /// <param name="observations">
    /// The reported figures. Each is read in the units as they stood on its last counted day
    /// (<see cref="Observation.CountedTo"/>): Tuyên Quang's Q2 2025 figure is the old province's, its Q3 2025 figure
    /// the merged one's.
    /// </param>
    /// <param name="unitsAsOf">The date whose units to express the figures in; today, or a comparison period's end.</param>
    /// <returns>
    /// The figures side by side. A figure that cannot be restated is still listed, with its
    /// <see cref="RestatementIssue"/> and reason: a merged unit missing a predecessor's figure, rates without parts that
    /// would have to be averaged, an indicator that does not roll up, a share of a rate without parts, a rank, a figure
    /// whose unit was abolished, or a figure to be split back into earlier units.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/>, <paramref name="observations"/> or an observation is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// An observation is of another indicator, does not fit the indicator's measure, names a unit the timeline does not
    /// know, or repeats another's unit, period and counted day.
    /// </exception>
    public Restatement Restate(Indicator indicator, IEnumerable<Observation> observations, LocalDate unitsAsOf) =>
        TimelineRestater.Restate(this, indicator, observations, unitsAsOf);

    /// <summary>
    /// The figure of one unit for one period in the units of a chosen date: the base a growth rate needs to compare
    /// like with like (Tuyên Quang's Q3 2024 as Hà Giang plus Tuyên Quang, against the merged province's Q3 2025).
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="observations">Reported figures; those of other periods are ignored.</param>
    /// <param name="unit">The unit, in force on <paramref name="unitsAsOf"/>.</param>
    /// <param name="period">The period.</param>
    /// <param name="unitsAsOf">The date whose units to use; the compared period's end, typically.</param>
    /// <param name="countedTo">The last day counted; <see langword="null"/> for the period's end.</param>
    /// <returns>The restated figure, or one with <see cref="RestatementIssue.NoData"/> when no figure flows into the unit.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="unit"/> is not in force on <paramref name="unitsAsOf"/>, or an observation of the period is refused as by <see cref="Restate"/>.
    /// </exception>
    public RestatedObservation RestateFor(Indicator indicator, IEnumerable<Observation> observations, UnitId unit, ReportingPeriod period, LocalDate unitsAsOf, LocalDate? countedTo = null) =>
        TimelineRestater.RestateFor(this, indicator, observations, unit, period, unitsAsOf, countedTo);

    /// <summary>
    /// Compares one unit's figure with a base period like with like: when the unit changed in between (Tuyên Quang
    /// absorbing Hà Giang), the base is restated into the units of the figure's date, a rate adding its predecessors'
    /// numerators and denominators; the change is then computed by <see cref="ValueChange"/> on that base and labelled
    /// "(số liệu quy đổi theo đơn vị hiện nay)" / "(restated to current units)".
    /// </summary>
    /// <param name="indicator">The indicator; not a rank (re-rank restated values instead) nor a yes/no value.</param>
    /// <param name="current">The figure compared; its unit must be in force on its last counted day, whose units the comparison is made in.</param>
    /// <param name="basePeriod">The base period; it ends before <paramref name="current"/>'s last counted day.</param>
    /// <param name="observations">
    /// The reported figures of the base period, of every unit that may flow into <paramref name="current"/>'s unit
    /// (figures of other periods are ignored). A figure counted to a day inside the period is read as the period's
    /// figure when its unit is still in force at the period's end.
    /// </param>
    /// <param name="comparison">Restate the base (the default), or flag a change across a change of the unit as not comparable.</param>
    /// <returns>
    /// The change with its base: as reported when the unit did not change; restated, with the figures it combines;
    /// or not comparable, with the reason (a predecessor's figure missing, rates without parts, restatement turned off…),
    /// never a change computed on figures that cover different things.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument or an observation is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The indicator is a rank or yes/no; <paramref name="current"/> is of another indicator, does not fit it, or names
    /// a unit the timeline does not know or that is not in force on its last counted day; the base period does not end
    /// before that day; a base figure is refused as by <see cref="Restate"/>, or two are given for one unit.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="comparison"/> is not defined.</exception>
    /// <remarks>
    /// <para>
    /// With Q3 2024 rates of 3.900/6.000 for Hà Giang and 5.250/7.000 for Tuyên Quang and 11.200/14.000 (80%) for the
    /// merged Tuyên Quang in Q3 2025, the base is 9.150/13.000 = 70,38…% and the change +9,62 percentage points; the
    /// old Tuyên Quang alone (75%) would have shown +5. <see cref="RestatedChange.Base"/> keeps the 75% as
    /// <see cref="ComparisonBase.AsReported"/> beside the restated base.
    /// </para>
    /// <para>Ranks compare only within the same field: restate the ranked values, rank them in today's field, and use <c>RankChange.Between</c>.</para>
    /// </remarks>
    public RestatedChange Compare(Indicator indicator, Observation current, ReportingPeriod basePeriod, IEnumerable<Observation> observations, UnitChangeComparison comparison = UnitChangeComparison.RestateBase) =>
        TimelineComparer.Compare(this, indicator, current, basePeriod, observations, comparison);

    /// <summary>The name a unit last had: its name while in force, or as it stood when it ended; its id when the timeline does not know it.</summary>
    internal LocalizedText NameOf(UnitId id) => versions.TryGetValue(id, out var list) ? list[^1].Unit.Name : new LocalizedText(id.Value);

    /// <summary>The name a unit last had in a language (see <see cref="NameOf(UnitId)"/>).</summary>
    internal string NameOf(UnitId id, Language language) => versions.TryGetValue(id, out var list) ? list[^1].Unit.Name.In(language) : id.Value;

    /// <summary>Some of the timeline's events, each once, in the order they apply.</summary>
    internal ImmutableArray<SuccessionEvent> OrderEvents(IEnumerable<SuccessionEvent> events)
    {
        // Sorting what is asked, not scanning every event of the timeline, keeps a long history's restatement n log n.
        var positions = new SortedSet<int>();
        foreach (var e in events)
        {
            if (eventOrder.TryGetValue(e, out var position))
            {
                positions.Add(position);
            }
        }

        var ordered = ImmutableArray.CreateBuilder<SuccessionEvent>(positions.Count);
        foreach (var position in positions)
        {
            ordered.Add(Events[position]);
        }

        return ordered.MoveToImmutable();
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

    /// <summary>Refuses a later date before an earlier one, naming the later date's argument.</summary>
    internal static void EnsureOrder(LocalDate from, LocalDate to, string paramName)
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

    /// <summary>The events of the dates after one date and up to another, date by date.</summary>
    internal IEnumerable<EventDateGroup> GroupsBetween(LocalDate after, LocalDate upTo)
    {
        for (var i = LastGroupOnOrBefore(after) + 1; i < groups.Length && groups[i].Date <= upTo; i++)
        {
            yield return groups[i];
        }
    }
}
