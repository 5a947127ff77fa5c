using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Tests.Reliability.Support;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;

namespace De06Metrics.Tests.Reliability.HostileInput;

/// <summary>
/// The unit timeline: events and queries. Everything the events cannot mean is refused as an ArgumentException on
/// <c>events</c> naming the event, the units and the dates; events listed out of order are applied by date; chains
/// of thousands of events, on one date or over years, are checked and walked without recursion.
/// </summary>
public class UnitTimelineHostileInputTest
{
    private static readonly SourceReference Source = new("Nghị quyết 202/2025/QH15", new LocalDate(2025, 6, 12));
    private static readonly LocalDate July1 = new(2025, 7, 1);
    private static readonly Indicator Online = new(new IndicatorCode("DVC.ONLINE"), new LocalizedText("Tỷ lệ hồ sơ trực tuyến"), Measure.Rate, Polarity.HigherIsBetter);

    [Fact]
    public void Null_and_undefined_arguments_and_null_events_are_refused_naming_the_argument_and_the_position()
    {
        var units = Provinces();
        Expect.ArgumentError(() => UnitTimeline.Create(null!, []), "initial");
        Expect.ArgumentError(() => UnitTimeline.Create(units, null!), "events");
        Expect.ArgumentError(() => UnitTimeline.Create(units, [Merge("HG", "TQ"), null!]), "events", "Event 1").Which.Should().BeOfType<ArgumentNullException>();
        Expect.OutOfRange(() => UnitTimeline.Create(units, [], (SuccessionDateBasis)4), "basis", (SuccessionDateBasis)4, "4");
        Expect.ArgumentError(() => UnitMerger.Into(null!, Id("TQ"), July1, Source), "merged");
        Expect.ArgumentError(() => UnitMerger.Into([], Id("TQ"), July1, Source), "merged", "'TQ'");
        Expect.ArgumentError(() => UnitMerger.Into([Id("HG"), Id("HG")], Id("TQ"), July1, Source), "merged", "'HG'", "twice");
        Expect.ArgumentError(() => UnitMerger.Into([Id("TQ")], Id("TQ"), July1, Source), "merged", "'TQ'", "itself");
        Expect.ArgumentError(() => UnitMerger.Into([default], Id("TQ"), July1, Source), "merged", "default");
        Expect.ArgumentError(() => UnitMerger.Into([Id("HG")], Id("TQ"), July1, null!), "source");
        Expect.ArgumentError(() => new UnitSplit(Id("HG"), [SplitPart.ToNew(Unit("A"), 1m)], July1, Source), "parts", "1 part");
        Expect.ArgumentError(() => new UnitSplit(Id("HG"), [SplitPart.ToNew(Unit("A"), 0.5m), null!], July1, Source), "parts", "part 1").Which.Should().BeOfType<ArgumentNullException>();
        Expect.ArgumentError(() => new UnitSplit(Id("HG"), [SplitPart.ToNew(Unit("A"), 0.5m), SplitPart.ToNew(Unit("B"), 0.4m)], July1, Source), "parts", "sum to 0.9");
        Expect.OutOfRange(() => SplitPart.ToNew(Unit("A"), 0m), "share", 0m, "'A'");
        Expect.OutOfRange(() => SplitPart.ToExisting(Id("A"), 1.0000000000000000000000000001m), "share", 1.0000000000000000000000000001m, "1.0000000000000000000000000001");
        Expect.ArgumentError(() => new UnitAbolition(Id("HG"), July1, Source, childrenMoveTo: Id("HG")), "childrenMoveTo", "'HG'");
        Expect.ArgumentError(() => new UnitRename(default, new LocalizedText("x"), July1, Source), "unit", "default");
    }

    [Fact]
    public void Events_listed_out_of_order_are_applied_by_date()
    {
        SuccessionEvent[] inOrder =
        [
            Merge("HG.BQ", "HG.VX"),
            new UnitRename(Id("TQ"), new LocalizedText("Tỉnh Tuyên Quang (mới)"), July1.PlusDays(1), Source),
            UnitMerger.Into([Id("HG")], Id("TQ"), July1.PlusDays(30), Source),
        ];

        var sorted = UnitTimeline.Create(Provinces(), inOrder);
        var reversed = UnitTimeline.Create(Provinces(), inOrder.Reverse());

        foreach (var date in new[] { July1.PlusDays(-1), July1, July1.PlusDays(1), July1.PlusDays(30) })
        {
            reversed.AsOf(date).Units.Should().BeEquivalentTo(sorted.AsOf(date).Units);
        }

        reversed.Events.Should().Equal(inOrder);
    }

    [Fact]
    public void Contradicting_events_are_refused_naming_the_event_the_units_and_the_dates()
    {
        Refused([Merge("HG", "TQ"), Merge("HG", "CB")], "'HG' is merged, split or abolished 2 times on 2025-07-01");
        Refused([Merge("HG", "TQ"), Merge("TQ", "HG")], "form a cycle: HG → TQ → HG");
        Refused([Merge("HG", "TQ"), Merge("TQ", "CB")], "'TQ' itself ends that day");
        Refused([Merge("ZZ", "TQ")], "no unit 'ZZ' is known");
        Refused([UnitMerger.IntoNewUnit([Id("HG")], Unit("NEW"), July1.PlusDays(10), Source), new UnitRename(Id("NEW"), new LocalizedText("Mới"), July1, Source)],
            "'NEW' exists only from 2025-07-11");
        Refused([Merge("HG", "TQ"), new UnitRename(Id("HG"), new LocalizedText("Hà Giang"), July1.PlusDays(5), Source)], "'HG' ended on 2025-06-30");
        Refused([new UnitEstablishment(Unit("TQ"), July1, Source)], "'TQ', which is already in the initial tree");
        Refused([new UnitEstablishment(Unit("N"), July1, Source), new UnitEstablishment(Unit("N"), July1.PlusDays(3), Source)], "'N' is created twice");
        Refused([Merge("HG.BQ", "HG")], "into its own ancestor 'HG'");
        Refused([new UnitSplit(Id("HG.BQ"), [SplitPart.ToNew(Unit("A", "HG"), 0.5m), SplitPart.ToNew(Unit("B", "HG"), 0.5m)], July1, Source)], "without saying where its children go");
        Refused([new UnitSplit(Id("HG"), [SplitPart.ToExisting(Id("HG"), 0.5m, [Id("HG.BQ.VQ")]), SplitPart.ToNew(Unit("B"), 0.5m)], July1, Source)], "'HG.BQ.VQ', which is not a child of 'HG'");
        Refused([new UnitAbolition(Id("HG.BQ"), July1, Source)], "leaves the children of 'HG.BQ' without a parent");
        Refused([new UnitRename(Id("TQ"), new LocalizedText("A"), July1, Source), new UnitRename(Id("TQ"), new LocalizedText("B"), July1, Source)], "'TQ' is renamed 2 times");
        Refused([Merge("HG", "TQ"), new UnitRename(Id("HG"), new LocalizedText("A"), July1, Source)], "renames 'HG' on the day it ends");
        Refused([new UnitAbolition(Id("HG.VX"), July1, Source, responsibilitiesTo: Id("CB")), Merge("CB", "TQ")], "'CB' itself ends that day");
    }

    [Fact]
    public void Queries_naming_unknown_units_or_dates_in_the_wrong_order_are_refused_naming_the_argument()
    {
        var timeline = UnitTimeline.Create(Provinces(), [Merge("HG", "TQ")]);
        Expect.ArgumentError(() => timeline.VersionsOf(Id("ZZ")), "id", "'ZZ'");
        Expect.ArgumentError(() => timeline.ValidityOf(Id("ZZ")), "id", "'ZZ'");
        Expect.ArgumentError(() => timeline.SuccessorsOf(Id("ZZ")), "id", "'ZZ'");
        Expect.OutOfRange(() => timeline.ChangesBetween(Id("TQ"), July1, July1.PlusDays(-1)), "upTo", July1.PlusDays(-1), "2025-06-30", "2025-07-01");
        Expect.OutOfRange(() => timeline.ResponsibleFor(Id("TQ"), July1, July1.PlusDays(-1)), "asOf", July1.PlusDays(-1), "2025-06-30");
        Expect.ArgumentError(() => timeline.MapResponsibility(null!, July1, July1), "responsibility");
        Expect.OutOfRange(() => timeline.FieldOf((UnitKind)99, null, July1), "kind", (UnitKind)99, "99");
        Expect.ArgumentError(() => timeline.FieldOf(UnitKind.District, Id("HG"), July1), "parent", "'HG'", "2025-07-01");

        // A unit that has gone answers through its successor; a day before any event is the initial tree.
        timeline.ResponsibleFor(Id("HG"), July1.PlusDays(-10), July1).Successors.Should().ContainSingle().Which.Unit.Should().Be(Id("TQ"));
        timeline.AsOf(new LocalDate(1900, 1, 1)).Should().BeSameAs(timeline.Initial);
    }

    [Fact]
    public void Restating_refuses_observations_that_do_not_belong_naming_the_observation()
    {
        var timeline = UnitTimeline.Create(Provinces(), [Merge("HG", "TQ")]);
        var q2 = ReportingPeriod.ForQuarter(2025, 2);
        Observation Rate(string unit, decimal numerator) => new(Online.Code, Id(unit), q2, MeasuredValue.FromRateParts(numerator, 100m));

        Expect.ArgumentError(() => timeline.Restate(null!, [], July1), "indicator");
        Expect.ArgumentError(() => timeline.Restate(Online, null!, July1), "observations");
        Expect.ArgumentError(() => timeline.Restate(Online, [Rate("HG", 1m), null!], July1), "observations", "Observation 1").Which.Should().BeOfType<ArgumentNullException>();
        Expect.ArgumentError(() => timeline.Restate(Online, [new Observation(new IndicatorCode("OTHER"), Id("HG"), q2, MeasuredValue.Of(1m))], July1), "observations", "'OTHER'");
        Expect.ArgumentError(() => timeline.Restate(Online, [new Observation(Online.Code, Id("HG"), q2, MeasuredValue.Of(130m))], July1), "observations", "130");
        Expect.ArgumentError(() => timeline.Restate(Online, [Rate("ZZ", 1m)], July1), "observations", "'ZZ'");
        Expect.ArgumentError(() => timeline.Restate(Online, [Rate("HG", 1m), Rate("HG", 2m)], July1), "observations", "0 and 1", "'HG'");
        Expect.ArgumentError(() => timeline.RestateFor(Online, [], Id("HG"), q2, July1), "unit", "'HG'", "2025-07-01");

        // A figure for a unit that was not in force on its counted day is listed with its issue, not dropped.
        var late = timeline.Restate(Online, [new Observation(Online.Code, Id("HG"), ReportingPeriod.ForQuarter(2025, 3), MeasuredValue.FromRateParts(1m, 2m))], July1.PlusDays(100));
        late.Figures.Should().ContainSingle().Which.Issue.Should().Be(RestatementIssue.UnitNotInForce);
    }

    /// <summary>
    /// Defect found: a chain of successions on one date (A into B, B into C, …) is refused, but the check for cycles
    /// recursed once per link, so a chain of 100 000 mergers on one date overflowed the stack and killed the process.
    /// Now the walk keeps its own stack and never walks a unit twice. How long the check takes is measured by
    /// benchmarks/De06Metrics.Benchmarks/Timeline/SuccessionChainBenchmarks.cs, not asserted here.
    /// </summary>
    [Fact]
    public void A_chain_or_a_cycle_of_100000_mergers_on_one_date_is_refused_without_exhausting_the_stack()
    {
        const int length = 100_000;
        var flat = UnitRegistry.Create(Enumerable.Range(0, length + 1).Select(i => new ResponsibleUnit(Id("U" + i), new LocalizedText("Đơn vị " + i), UnitKind.Agency)));
        var chain = Enumerable.Range(0, length).Select(i => (SuccessionEvent)UnitMerger.Into([Id("U" + i)], Id("U" + (i + 1)), July1, Source)).ToList();

        Expect.ArgumentError(() => UnitTimeline.Create(flat, chain), "events", "itself ends that day");
        Expect.ArgumentError(() => UnitTimeline.Create(flat, [.. chain, UnitMerger.Into([Id("U" + length)], Id("U0"), July1, Source)]), "events", "form a cycle: U0 → U1 → U2");
    }

    /// <summary>
    /// Five hundred mergers on five hundred dates, each unit into the next: the timeline is built, every successor and
    /// predecessor is found, a responsibility follows the whole chain, and a figure is restated through it.
    /// </summary>
    [Fact]
    public void A_history_of_500_successive_mergers_is_built_walked_and_restated_through()
    {
        const int length = 500;
        var flat = UnitRegistry.Create(Enumerable.Range(0, length + 1).Select(i => new ResponsibleUnit(Id("U" + i), new LocalizedText("Đơn vị " + i), UnitKind.Agency)));
        var start = new LocalDate(2020, 1, 1);
        var events = Enumerable.Range(0, length).Select(i => (SuccessionEvent)UnitMerger.Into([Id("U" + i)], Id("U" + (i + 1)), start.PlusDays(i + 1), Source));

        var timeline = UnitTimeline.Create(flat, events);

        var last = start.PlusDays(length);
        timeline.AsOf(last).Units.Should().ContainSingle().Which.Id.Should().Be(Id("U" + length));
        timeline.SuccessorsOf(Id("U0")).Should().HaveCount(length);
        timeline.PredecessorsOf(Id("U" + length)).Should().HaveCount(length);
        timeline.ResponsibleFor(Id("U0"), start, last).Successors.Should().ContainSingle().Which.Unit.Should().Be(Id("U" + length));
        var figures = Enumerable.Range(0, length + 1).Select(i => new Observation(Online.Code, Id("U" + i), ReportingPeriod.ForMonth(2019, 12), MeasuredValue.FromRateParts(1m, 2m))).ToList();
        var restated = timeline.Restate(Online, figures, last).Figures.Should().ContainSingle().Which;
        restated.Value.Should().Be(MeasuredValue.FromRateParts(length + 1m, 2m * (length + 1)));
        restated.Contributions.Should().HaveCount(length + 1);

        // U0 went through every merger, in date order; U250 through the last 250; the last unit through none.
        restated.Contributions.Single(c => c.Original.Unit == Id("U0")).Events.Should().Equal(timeline.Events);
        restated.Contributions.Single(c => c.Original.Unit == Id("U250")).Events.Should().Equal(timeline.Events.Skip(250));
        restated.Contributions.Single(c => c.Original.Unit == Id("U" + length)).Events.Should().BeEmpty();
        restated.Contributions.Should().OnlyContain(c => c.Share == 1m);
    }

    [Fact]
    public void A_tree_100000_deep_goes_through_an_event_and_is_walked_on_both_sides_of_it()
    {
        const int depth = 100_000;
        var deepest = Id("U" + (depth - 1));
        var timeline = UnitTimeline.Create(UnitRegistry.Create(Catalog.Chain(depth)), [new UnitRename(deepest, new LocalizedText("Đơn vị sâu nhất"), July1, Source)]);

        timeline.AsOf(July1).PathOf(deepest).Length.Should().Be(depth);
        timeline.AsOf(July1)[deepest].Name.Vietnamese.Should().Be("Đơn vị sâu nhất");
        timeline.AsOf(July1.PlusDays(-1))[deepest].Name.Vietnamese.Should().Be("Đơn vị " + (depth - 1));
        timeline.VersionsOf(deepest).Should().HaveCount(2);
    }

    private static void Refused(SuccessionEvent[] events, string fragment) =>
        Expect.ArgumentError(() => UnitTimeline.Create(Provinces(), events), "events", fragment);

    private static UnitMerger Merge(string merged, string into) => UnitMerger.Into([Id(merged)], Id(into), July1, Source);

    private static UnitRegistry Provinces() => UnitRegistry.Create(
    [
        Unit("HG"),
        Unit("HG.BQ", "HG", UnitKind.District),
        Unit("HG.BQ.VQ", "HG.BQ", UnitKind.Commune),
        Unit("HG.VX", "HG", UnitKind.District),
        Unit("TQ"),
        Unit("CB"),
    ]);

    private static ResponsibleUnit Unit(string id, string? parent = null, UnitKind kind = UnitKind.Province) =>
        new(Id(id), new LocalizedText("Đơn vị " + id), kind, parent is null ? null : Id(parent));

    private static UnitId Id(string id) => new(id);
}
