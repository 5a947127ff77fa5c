using System.Collections.Immutable;
using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;

namespace De06Metrics.Tests.Reliability.Support;

/// <summary>
/// A random but valid history of units: an initial tree of provinces, districts and communes, and dated events built
/// against a simple model of the tree (mergers into an existing or a new sibling, splits with shares and children,
/// renames, abolitions, establishments, transfers of functions), with the model's tree after every date, so that the
/// timeline's answers can be checked against an independent account of what happened.
/// </summary>
internal sealed class TimelineHistory
{
    /// <summary>The indicator whose figures are restated; transfers name it or <see cref="Other"/>.</summary>
    public static readonly IndicatorCode Restated = new("DVC.ONLINE");

    public static readonly IndicatorCode Other = new("OTHER");

    private static readonly LocalDate Start = new(2020, 1, 1);
    private static readonly decimal[][] ShareSets = [[0.5m, 0.5m], [0.3m, 0.7m], [0.25m, 0.75m], [0.6m, 0.4m], [0.2m, 0.3m, 0.5m]];

    private TimelineHistory(int seed, UnitRegistry initial, ImmutableArray<SuccessionEvent> events, ImmutableArray<(LocalDate Date, ImmutableArray<ResponsibleUnit> Tree)> trees)
    {
        Seed = seed;
        Initial = initial;
        Events = events;
        Trees = trees;
    }

    public int Seed { get; }

    public UnitRegistry Initial { get; }

    /// <summary>The events in the order they were made (by date).</summary>
    public ImmutableArray<SuccessionEvent> Events { get; }

    /// <summary>The model's tree from each event date on (the initial tree first, dated before the first event).</summary>
    public ImmutableArray<(LocalDate Date, ImmutableArray<ResponsibleUnit> Tree)> Trees { get; }

    public LocalDate FirstDate => Trees.Length > 1 ? Trees[1].Date : Start;

    public LocalDate LastDate => Trees[^1].Date;

    /// <summary>The model's tree on a date: that of the last event date on or before it.</summary>
    public ImmutableArray<ResponsibleUnit> TreeOn(LocalDate date) => Trees.Last(tree => tree.Date <= date).Tree;

    public UnitTimeline Build() => UnitTimeline.Create(Initial, Events);

    public override string ToString() =>
        $"seed {Seed}: {Initial.Units.Length} units, events:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", Events.Select(e => e.ToString()))}";

    /// <summary>Generates a history of up to <paramref name="steps"/> dates.</summary>
    /// <param name="seed">The seed of the history's choices.</param>
    /// <param name="steps">How many event dates.</param>
    /// <param name="sharesOnly">Whether every split gives shares (so that figures move, and are never rebuilt from children).</param>
    public static TimelineHistory Generate(int seed, int steps, bool sharesOnly = false)
    {
        var random = new Random(seed);
        var model = new Model();
        for (var p = 0; p < 1 + random.Next(3); p++)
        {
            var province = model.Add(null, UnitKind.Province);
            for (var d = 0; d < 1 + random.Next(3); d++)
            {
                var district = model.Add(province, UnitKind.District);
                for (var c = 0; c < random.Next(4); c++)
                {
                    model.Add(district, UnitKind.Commune);
                }
            }
        }

        var initial = UnitRegistry.Create(model.Units);
        var trees = ImmutableArray.CreateBuilder<(LocalDate, ImmutableArray<ResponsibleUnit>)>();
        trees.Add((Start.PlusDays(-1), [.. model.Units]));
        var events = ImmutableArray.CreateBuilder<SuccessionEvent>();
        var date = Start;
        for (var step = 0; step < steps; step++)
        {
            date = date.PlusDays(1 + random.Next(random.Next(4) == 0 ? 3 : 150));
            var source = new SourceReference($"Quyết định {step + 1}/QĐ-UBND", date.PlusDays(-random.Next(30)), step % 3 == 0 ? "Điều 2, “khoản 1”; ghi chú" : null);
            var operational = date;
            var effective = random.Next(3) == 0 ? date.PlusDays(-random.Next(1, 40)) : date;
            var (made, involved) = model.Next(random, effective, operational, source, sharesOnly);
            events.Add(made);

            // Now and then a rename of an uninvolved unit on the same date: events of one date apply together.
            var others = model.Units.Where(unit => !involved.Contains(unit.Id)).ToList();
            if (random.Next(4) == 0 && others.Count > 0)
            {
                var unit = others[random.Next(others.Count)];
                events.Add(model.Rename(unit.Id, effective, operational, source));
            }

            trees.Add((date, [.. model.Units]));
        }

        return new TimelineHistory(seed, initial, events.ToImmutable(), trees.ToImmutable());
    }

    /// <summary>The tree as the history's events leave it, changed one event at a time.</summary>
    private sealed class Model
    {
        private readonly OrderedDictionary<UnitId, ResponsibleUnit> units = [];
        private int next;

        public IEnumerable<ResponsibleUnit> Units => units.Values;

        public UnitId Add(UnitId? parent, UnitKind kind)
        {
            var unit = New(parent, kind);
            units.Add(unit.Id, unit);
            return unit.Id;
        }

        public UnitRename Rename(UnitId id, LocalDate effective, LocalDate operational, SourceReference source)
        {
            var name = new LocalizedText($"{units[id].Name.Vietnamese} (đổi tên {next++})", $"Renamed {next}");
            units[id] = new ResponsibleUnit(id, name, units[id].Kind, units[id].ParentId);
            return new UnitRename(id, name, effective, source, operational == effective ? null : operational);
        }

        public (SuccessionEvent Event, HashSet<UnitId> Involved) Next(Random random, LocalDate effective, LocalDate operational, SourceReference source, bool sharesOnly)
        {
            LocalDate? op = operational == effective ? null : operational;
            var siblings = units.Values.GroupBy(unit => (unit.ParentId, unit.Kind)).Where(group => group.Count() >= 2).ToList();
            var all = units.Values.ToList();
            switch (all.Count <= 2 ? 5 : random.Next(8))
            {
                case 0 or 1 when siblings.Count > 0:
                {
                    var group = siblings[random.Next(siblings.Count)].OrderBy(_ => random.Next()).ToList();
                    var intoNew = random.Next(3) == 0;
                    var merged = group.Take(intoNew ? Math.Max(1, random.Next(group.Count) + 1) : 1 + random.Next(group.Count - 1)).Select(unit => unit.Id).ToList();
                    var model = group[0];
                    ResponsibleUnit successor = intoNew ? New(model.ParentId, model.Kind) : group[^1];
                    var e = intoNew
                        ? UnitMerger.IntoNewUnit(merged, successor, effective, source, op)
                        : UnitMerger.Into(merged, successor.Id, effective, source, op);
                    if (intoNew)
                    {
                        units.Add(successor.Id, successor);
                    }

                    foreach (var id in merged)
                    {
                        Reparent(id, successor.Id);
                        units.Remove(id);
                    }

                    return (e, [.. merged, successor.Id]);
                }

                case 2 or 3:
                {
                    var unit = all[random.Next(all.Count)];
                    var children = ChildrenOf(unit.Id);
                    var withShares = sharesOnly || children.Count == 0 || random.Next(3) > 0;
                    var shares = ShareSets[random.Next(ShareSets.Length)];
                    var continues = random.Next(3) == 0;
                    var siblingsOf = all.Where(other => other.Id != unit.Id && other.ParentId == unit.ParentId && other.Kind == unit.Kind).ToList();
                    var successors = new List<(ResponsibleUnit? New, UnitId Id)>();
                    for (var i = 0; i < shares.Length; i++)
                    {
                        if (i == 0 && continues)
                        {
                            successors.Add((null, unit.Id));
                        }
                        else if (i == 1 && siblingsOf.Count > 0 && random.Next(3) == 0)
                        {
                            successors.Add((null, siblingsOf[random.Next(siblingsOf.Count)].Id));
                        }
                        else
                        {
                            var created = New(unit.ParentId, unit.Kind);
                            successors.Add((created, created.Id));
                        }
                    }

                    var assigned = successors.Select(_ => new List<UnitId>()).ToList();
                    foreach (var child in children)
                    {
                        assigned[random.Next(successors.Count)].Add(child);
                    }

                    var parts = successors.Select((s, i) => s.New is { } created
                        ? SplitPart.ToNew(created, withShares ? shares[i] : null, assigned[i])
                        : SplitPart.ToExisting(s.Id, withShares ? shares[i] : null, assigned[i])).ToList();
                    var e = new UnitSplit(unit.Id, parts, effective, source, op);
                    foreach (var (created, _) in successors)
                    {
                        if (created is not null)
                        {
                            units.Add(created.Id, created);
                        }
                    }

                    for (var i = 0; i < successors.Count; i++)
                    {
                        foreach (var child in assigned[i])
                        {
                            units[child] = new ResponsibleUnit(child, units[child].Name, units[child].Kind, successors[i].Id);
                        }
                    }

                    if (!continues)
                    {
                        units.Remove(unit.Id);
                    }

                    return (e, [unit.Id, .. successors.Select(s => s.Id), .. children]);
                }

                case 4:
                {
                    var unit = all[random.Next(all.Count)];
                    var children = ChildrenOf(unit.Id);
                    var otherRoots = all.Where(other => other.ParentId is null && other.Id != unit.Id).ToList();
                    UnitId? moveTo = children.Count == 0 ? null : unit.ParentId ?? (otherRoots.Count > 0 ? otherRoots[random.Next(otherRoots.Count)].Id : null);
                    if (children.Count > 0 && moveTo is null)
                    {
                        goto default;
                    }

                    var heirs = all.Where(other => other.Id != unit.Id && !IsDescendantOf(other.Id, unit.Id)).ToList();
                    UnitId? heir = heirs.Count > 0 && random.Next(2) == 0 ? heirs[random.Next(heirs.Count)].Id : null;
                    var e = new UnitAbolition(unit.Id, effective, source, moveTo, heir, op);
                    Reparent(unit.Id, moveTo);
                    units.Remove(unit.Id);
                    return (e, [unit.Id, .. children, .. moveTo is { } m ? [m] : Array.Empty<UnitId>(), .. heir is { } h ? [h] : Array.Empty<UnitId>()]);
                }

                case 5:
                {
                    var parent = random.Next(4) == 0 ? null : all[random.Next(all.Count)];
                    var created = New(parent?.Id, parent is null ? UnitKind.Province : parent.Kind == UnitKind.Province ? UnitKind.District : UnitKind.Commune);
                    units.Add(created.Id, created);
                    return (new UnitEstablishment(created, effective, source, op), [created.Id, .. parent is null ? Array.Empty<UnitId>() : [parent.Id]]);
                }

                case 6 when all.Count >= 2:
                {
                    var from = all[random.Next(all.Count)];
                    var to = all.Where(unit => unit.Id != from.Id).ElementAt(random.Next(all.Count - 1));
                    IndicatorCode[] indicators = random.Next(2) == 0 ? [Restated] : [Other];
                    return (new FunctionTransfer(from.Id, to.Id, indicators, effective, source, new LocalizedText("Cấp phép báo chí"), op), [from.Id, to.Id]);
                }

                default:
                {
                    var unit = all[random.Next(all.Count)];
                    return (Rename(unit.Id, effective, operational, source), [unit.Id]);
                }
            }
        }

        private List<UnitId> ChildrenOf(UnitId id) => [.. units.Values.Where(unit => unit.ParentId == id).Select(unit => unit.Id)];

        private bool IsDescendantOf(UnitId id, UnitId ancestor)
        {
            for (var parent = units[id].ParentId; parent is { } p; parent = units[p].ParentId)
            {
                if (p == ancestor)
                {
                    return true;
                }
            }

            return false;
        }

        private void Reparent(UnitId from, UnitId? to)
        {
            foreach (var child in ChildrenOf(from))
            {
                units[child] = new ResponsibleUnit(child, units[child].Name, units[child].Kind, to);
            }
        }

        private ResponsibleUnit New(UnitId? parent, UnitKind kind)
        {
            var number = next++;
            var prefix = kind switch { UnitKind.Province => "P", UnitKind.District => "D", _ => "X" };
            return new ResponsibleUnit(
                new UnitId(string.Create(CultureInfo.InvariantCulture, $"{prefix}{number}")),
                new LocalizedText($"{(kind == UnitKind.Province ? "Tỉnh" : kind == UnitKind.District ? "Huyện" : "Xã")} số {number}", $"Unit {number}"),
                kind,
                parent);
        }
    }
}
