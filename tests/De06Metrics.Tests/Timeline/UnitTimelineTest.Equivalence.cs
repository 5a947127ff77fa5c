using De06Metrics.Indicators;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using static De06Metrics.Tests.Timeline.Reform2025;

namespace De06Metrics.Tests.Timeline;

/// <summary>
/// The timeline against a plain reference (<see cref="ReferenceTimelineBuilder"/>: the whole tree copied and checked
/// by <see cref="UnitRegistry.Create"/> on every date): seeded random histories of establishments, mergers, splits,
/// renames, transfers and abolitions (which move children) over many dates, each date's events kept when the reference
/// accepts them; every refusal must read the same, and every accepted history must give the same trees on and between
/// the dates, the same versions and the same links.
/// </summary>
public class UnitTimelineEquivalenceTest
{
    private static readonly SourceReference Source = new("Quyết định sắp xếp đơn vị (ví dụ)", new LocalDate(2019, 12, 1));
    private static readonly LocalDate Start = new(2020, 1, 1);
    private static readonly IndicatorCode[] Codes = [new("DVC.ONLINE"), new("HS.TIEPNHAN")];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Random_histories_give_the_trees_versions_links_and_refusals_of_the_full_rebuild(int seed)
    {
        var random = new Random(seed);
        var initial = InitialTree();
        var accepted = new List<SuccessionEvent>();
        var expected = ReferenceTimelineBuilder.Build(initial, accepted, SuccessionDateBasis.Operational);
        var generator = new HistoryGenerator(random);
        var date = Start;
        int acceptedDates = 0, refusedDates = 0;
        for (var step = 0; step < 70; step++)
        {
            date = date.PlusDays(1 + random.Next(3));
            var tree = expected.Snapshots.IsEmpty ? initial : expected.Snapshots[^1];
            var candidate = generator.EventsFor(tree, expected.KnownUnits, date);
            if (candidate.Count == 0)
            {
                continue;
            }

            List<SuccessionEvent> all = [.. accepted, .. candidate];
            var (reference, refusal) = Outcome(() => ReferenceTimelineBuilder.Build(initial, all, SuccessionDateBasis.Operational));
            var (timeline, problem) = Outcome(() => UnitTimeline.Create(initial, all));
            if (refusal is not null)
            {
                problem.Should().NotBeNull($"the reference refuses the events of {date}: {refusal.Message}");
                problem!.GetType().Should().Be(refusal.GetType());
                problem.ParamName.Should().Be(refusal.ParamName);
                problem.Message.Should().Be(refusal.Message);
                refusedDates++;
                continue;
            }

            problem.Should().BeNull();
            accepted = all;
            expected = reference!;
            acceptedDates++;
            ShouldMatch(timeline!, expected, initial);
        }

        // Both kinds of date occur in every seed, so neither half of the comparison is empty.
        acceptedDates.Should().BeGreaterThan(20);
        refusedDates.Should().BeGreaterThan(3);
        expected.Dates.Length.Should().Be(acceptedDates);
    }

    [Fact]
    public void Children_moved_under_their_own_child_are_refused_as_a_cycle_of_parents()
    {
        // Hà Giang's district moves under its own commune, whose parent it is: HG.BQ → HG.BQ.VQ → HG.BQ.
        var act = () => UnitTimeline.Create(ThreeProvinces(), [new UnitAbolition(Id("HG"), ProvincesOperate, Source, childrenMoveTo: Id("HG.BQ.VQ"))]);
        act.Should().Throw<ArgumentException>().WithParameterName("events")
            .Which.Message.Should().Be("The events of 2025-07-01 would leave an invalid unit tree: Units form a cycle of parents: HG.BQ → HG.BQ.VQ → HG.BQ. (Parameter 'units') (Parameter 'events')");
    }

    [Fact]
    public void Two_new_units_each_under_the_other_are_refused_as_a_cycle_of_parents()
    {
        var act = () => UnitTimeline.Create(ThreeProvinces(),
        [
            new UnitEstablishment(Unit("X.1", "Xã Một", UnitKind.Commune, "X.2"), ProvincesOperate, Source),
            new UnitEstablishment(Unit("X.2", "Xã Hai", UnitKind.Commune, "X.1"), ProvincesOperate, Source),
        ]);
        act.Should().Throw<ArgumentException>().WithParameterName("events")
            .Which.Message.Should().Be("The events of 2025-07-01 would leave an invalid unit tree: Units form a cycle of parents: X.1 → X.2 → X.1. (Parameter 'units') (Parameter 'events')");
    }

    [Fact]
    public void A_unit_moved_under_itself_is_refused_by_the_unit()
    {
        // The district's only commune is named as where its children go: the commune would be its own parent.
        var act = () => UnitTimeline.Create(ThreeProvinces(), [new UnitAbolition(Id("HG.BQ"), ProvincesOperate, Source, childrenMoveTo: Id("HG.BQ.VQ"))]);
        act.Should().Throw<ArgumentException>().WithParameterName("parentId").WithMessage("Unit 'HG.BQ.VQ' cannot be its own parent.*");
    }

    [Fact]
    public void The_tree_of_a_date_is_one_instance_for_every_day_up_to_the_next_event()
    {
        var timeline = UnitTimeline.Create(ThreeProvinces(), [UnitMerger.Into([Id("CB")], Id("TQ"), ProvincesOperate, Source)]);
        var onTheDay = timeline.AsOf(ProvincesOperate);
        timeline.AsOf(ProvincesOperate.PlusDays(400)).Should().BeSameAs(onTheDay);
        onTheDay.Units.Select(unit => unit.Id.Value).Should().Equal("HG", "HG.BQ", "HG.BQ.VQ", "TQ");
        timeline.AsOf(DayBefore).Should().BeSameAs(timeline.Initial);
    }

    /// <summary>Two provinces of three districts of three communes each.</summary>
    private static UnitRegistry InitialTree()
    {
        var units = new List<ResponsibleUnit>();
        for (var p = 0; p < 2; p++)
        {
            var province = $"P{p}";
            units.Add(Unit(province, $"Tỉnh {p}", UnitKind.Province));
            for (var d = 0; d < 3; d++)
            {
                var district = $"{province}.D{d}";
                units.Add(Unit(district, $"Huyện {p}.{d}", UnitKind.District, province));
                for (var c = 0; c < 3; c++)
                {
                    units.Add(Unit($"{district}.C{c}", $"Xã {p}.{d}.{c}", UnitKind.Commune, district));
                }
            }
        }

        return UnitRegistry.Create(units);
    }

    private static (T? Value, ArgumentException? Problem) Outcome<T>(Func<T> build)
        where T : class
    {
        try
        {
            return (build(), null);
        }
        catch (ArgumentException problem)
        {
            return (null, problem);
        }
    }

    private static void ShouldMatch(UnitTimeline actual, ReferenceTimeline expected, UnitRegistry initial)
    {
        actual.KnownUnits.Should().Equal(expected.KnownUnits);
        for (var i = 0; i < expected.Dates.Length; i++)
        {
            var date = expected.Dates[i];
            var before = i == 0 ? initial : expected.Snapshots[i - 1];
            actual.AsOf(date.PlusDays(-1)).Units.Should().Equal(before.Units, $"the day before {date}");
            actual.AsOf(date).Units.Should().Equal(expected.Snapshots[i].Units, $"on {date}");
            if (i == expected.Dates.Length - 1 || expected.Dates[i + 1] > date.PlusDays(1))
            {
                actual.AsOf(date.PlusDays(1)).Units.Should().Equal(expected.Snapshots[i].Units, $"the day after {date}");
            }
        }

        foreach (var id in expected.KnownUnits)
        {
            var versions = actual.VersionsOf(id);
            var reference = expected.Versions[id];
            versions.Length.Should().Be(reference.Count, $"'{id}' has as many versions");
            for (var v = 0; v < reference.Count; v++)
            {
                versions[v].Unit.Should().Be(reference[v].Unit);
                versions[v].Validity.Should().Be(reference[v].Validity);
                versions[v].StartedBy.Should().BeSameAs(reference[v].StartedBy);
                versions[v].EndedBy.Should().BeSameAs(reference[v].EndedBy);
            }
        }

        actual.Links.Select(Describe).Should().Equal(expected.Links.Select(Describe));

        static (UnitId, UnitId, SuccessionEvent, decimal?, LocalDate) Describe(SuccessionLink link) =>
            (link.Predecessor, link.Successor, link.Event, link.Share, link.Date);
    }

    /// <summary>
    /// Events for one date, drawn from the tree of the day before: mostly sound, some naming units that ended, moving
    /// children under their own descendants, leaving children unassigned or merging into an ancestor, so that the
    /// refusals are compared as well.
    /// </summary>
    private sealed class HistoryGenerator(Random random)
    {
        private int created;

        public List<SuccessionEvent> EventsFor(UnitRegistry tree, IReadOnlyList<UnitId> known, LocalDate date)
        {
            var events = new List<SuccessionEvent>();
            var count = 1 + random.Next(3);
            for (var i = 0; i < count; i++)
            {
                try
                {
                    events.Add(Next(tree, known, date));
                }
                catch (ArgumentException)
                {
                    // An event its own constructor refuses (a split with one part, a unit moved under itself…): draw no event.
                }
            }

            return events;
        }

        private SuccessionEvent Next(UnitRegistry tree, IReadOnlyList<UnitId> known, LocalDate date)
        {
            var kind = tree.Count < 8 ? 0 : random.Next(9);
            switch (kind)
            {
                case 0:
                    return new UnitEstablishment(NewUnit(Pick(tree).ParentId ?? Pick(tree).Id), date, Source);
                case 1:
                case 2:
                {
                    var merged = Distinct(tree, 1 + random.Next(2));
                    var into = Any(tree, known);
                    return UnitMerger.Into(merged, into, date, Source);
                }

                case 3:
                {
                    var merged = Distinct(tree, 1 + random.Next(2));
                    return UnitMerger.IntoNewUnit(merged, NewUnit(tree[merged[0]].ParentId), date, Source);
                }

                case 4:
                    return Split(tree, known, date);
                case 5:
                    return new UnitRename(Any(tree, known), new LocalizedText($"Tên mới {created++}"), date, Source);
                case 6:
                {
                    var from = Pick(tree).Id;
                    return new FunctionTransfer(from, Any(tree, known), [Codes[random.Next(Codes.Length)]], date, Source);
                }

                default:
                {
                    var unit = Pick(tree);
                    var hasChildren = !tree.ChildrenOf(unit.Id).IsEmpty;
                    UnitId? moveTo = !hasChildren && random.Next(3) > 0 ? null
                        : random.Next(3) > 0 && unit.ParentId is { } parent ? parent
                        : Any(tree, known);
                    UnitId? heir = random.Next(2) == 0 ? null : Any(tree, known);
                    return new UnitAbolition(unit.Id, date, Source, moveTo, heir);
                }
            }
        }

        private UnitSplit Split(UnitRegistry tree, IReadOnlyList<UnitId> known, LocalDate date)
        {
            var unit = Pick(tree);
            var parts = new List<(UnitId Successor, ResponsibleUnit? New)>();
            if (random.Next(2) == 0)
            {
                parts.Add((unit.Id, null));
            }

            for (var n = 1 + random.Next(2); n > 0; n--)
            {
                var fresh = NewUnit(unit.ParentId);
                parts.Add((fresh.Id, fresh));
            }

            if (random.Next(4) == 0)
            {
                parts.Add((Any(tree, known), null));
            }

            var childrenOf = parts.Select(_ => new List<UnitId>()).ToList();
            var childIds = tree.ChildrenOf(unit.Id).Select(child => child.Id).ToList();
            foreach (var child in childIds)
            {
                if (random.Next(12) > 0)
                {
                    childrenOf[random.Next(parts.Count)].Add(child);
                }
            }

            // Equal shares when they sum to exactly 1 (not thirds); a split with neither shares nor children is refused by its constructor.
            decimal? share = (childIds.Count == 0 || random.Next(2) == 0) && parts.Count != 3 ? 1m / parts.Count : null;

            return new UnitSplit(
                unit.Id,
                parts.Select((part, i) => part.New is { } fresh
                    ? SplitPart.ToNew(fresh, share, childrenOf[i])
                    : SplitPart.ToExisting(part.Successor, share, childrenOf[i])),
                date,
                Source);
        }

        private ResponsibleUnit NewUnit(UnitId? parent)
        {
            var number = created++;
            return new ResponsibleUnit(new UnitId($"N{number}"), new LocalizedText($"Đơn vị mới {number}"), UnitKind.Commune, parent);
        }

        private ResponsibleUnit Pick(UnitRegistry tree) => tree.Units[random.Next(tree.Count)];

        /// <summary>Mostly a unit in force the day before; now and then any unit ever known, which may have ended.</summary>
        private UnitId Any(UnitRegistry tree, IReadOnlyList<UnitId> known) =>
            random.Next(20) == 0 ? known[random.Next(known.Count)] : Pick(tree).Id;

        private List<UnitId> Distinct(UnitRegistry tree, int count)
        {
            var ids = new List<UnitId>();
            while (ids.Count < count)
            {
                var id = Pick(tree).Id;
                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }

            return ids;
        }
    }
}
