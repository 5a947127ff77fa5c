using De06Metrics.Measures;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using static De06Metrics.Tests.Timeline.Reform2025;

namespace De06Metrics.Tests.Timeline;

public class UnitTimelineTreeTest
{
    private static string[] Ids(UnitRegistry registry) => [.. registry.Units.Select(u => u.Id.Value)];

    [Fact]
    public void The_tree_of_30_June_2025_still_has_both_provinces_and_their_districts()
    {
        var tree = History().AsOf(DayBefore);

        // Planning and investment and information and communications ended on 28/2/2025; everything else stands.
        Ids(tree).Should().Equal(
            "HG", "HG.STC", "HG.SKHCN", "HG.SVHTTDL", "HG.CA", "HG.BQ", "HG.BQ.VQ", "HG.BQ.TT",
            "TQ", "TQ.STC", "TQ.CA", "TQ.SD", "TQ.SD.SD");
        tree.Roots.Select(u => u.Id.Value).Should().Equal("HG", "TQ");
        tree.PathOf(Id("HG.BQ.VQ")).Select(u => u.Id.Value).Should().Equal("HG", "HG.BQ", "HG.BQ.VQ");
    }

    [Fact]
    public void The_tree_of_1_July_2025_has_one_province_with_its_communes_directly_under_it()
    {
        var tree = History().AsOf(ProvincesOperate);

        Ids(tree).Should().Equal("HG.SKHCN", "HG.SVHTTDL", "HG.BQ.VQ", "HG.BQ.TT", "TQ", "TQ.STC", "TQ.CA", "TQ.SD.SD");
        tree.Roots.Select(u => u.Id.Value).Should().Equal("TQ");
        tree.PathOf(Id("HG.BQ.VQ")).Select(u => u.Id.Value).Should().Equal("TQ", "HG.BQ.VQ");
        tree.PathOf(Id("TQ.SD.SD")).Select(u => u.Id.Value).Should().Equal("TQ", "TQ.SD.SD");
        tree.ChildrenOf(Id("TQ")).Should().OnlyContain(u => u.Kind != UnitKind.District);
        tree.Contains(Id("HG")).Should().BeFalse();
    }

    [Fact]
    public void Before_the_first_event_the_tree_is_the_initial_one_and_between_events_the_same_instance()
    {
        var timeline = History();
        timeline.AsOf(new LocalDate(2024, 12, 31)).Should().BeSameAs(timeline.Initial);
        timeline.AsOf(new LocalDate(2025, 3, 1)).Should().BeSameAs(timeline.AsOf(DayBefore));
        timeline.AsOf(new LocalDate(2030, 1, 1)).Should().BeSameAs(timeline.AsOf(ProvincesOperate));
    }

    [Fact]
    public void On_the_legal_basis_Ha_Giang_ends_when_the_resolution_was_adopted()
    {
        // Resolution 202/2025/QH15 took effect on adoption, 12/6/2025: on that basis Hà Giang's last day is 11/6/2025
        // and on 30/6/2025 its departments already stand under Tuyên Quang.
        var timeline = History(SuccessionDateBasis.Legal);
        timeline.ValidityOf(Id("HG")).End.Should().Be(new LocalDate(2025, 6, 11));
        var tree = timeline.AsOf(DayBefore);
        tree.Roots.Select(u => u.Id.Value).Should().Equal("TQ");
        tree.ParentOf(Id("HG.STC"))!.Id.Should().Be(Id("TQ"));

        History().ValidityOf(Id("HG")).Should().Be(new ValidityInterval(null, DayBefore));
    }

    [Fact]
    public void A_commune_keeps_its_id_and_gains_a_version_when_its_district_goes()
    {
        var versions = History().VersionsOf(Id("HG.BQ.VQ"));

        versions.Should().HaveCount(2);
        versions[0].Unit.ParentId.Should().Be(Id("HG.BQ"));
        versions[0].Validity.Should().Be(new ValidityInterval(null, DayBefore));
        versions[0].EndedBy.Should().BeOfType<UnitAbolition>();
        versions[1].Unit.ParentId.Should().Be(Id("TQ"));
        versions[1].Validity.Should().Be(new ValidityInterval(ProvincesOperate, null));
        versions[1].StartedBy.Should().BeSameAs(versions[0].EndedBy);
        History().ValidityOf(Id("HG.BQ.VQ")).Should().Be(ValidityInterval.Always);
    }

    [Fact]
    public void Validity_intervals_are_open_where_nothing_bounds_them()
    {
        var timeline = History();
        timeline.ValidityOf(Id("TQ")).Should().Be(ValidityInterval.Always);
        timeline.ValidityOf(Id("HG.SKHDT")).Should().Be(new ValidityInterval(null, new LocalDate(2025, 2, 28)));
        timeline.IsInForce(Id("HG.SKHDT"), new LocalDate(2025, 2, 28)).Should().BeTrue();
        timeline.IsInForce(Id("HG.SKHDT"), DepartmentsMerged).Should().BeFalse();
        timeline.ValidityOf(Id("HG")).ToString().Should().Be("… – 2025-06-30");
        var act = () => timeline.ValidityOf(Id("XX"));
        act.Should().Throw<ArgumentException>().WithParameterName("id").WithMessage("*'XX'*not known*");
    }

    [Fact]
    public void A_rename_keeps_the_id_and_starts_a_new_version()
    {
        var rename = new UnitRename(Id("TQ.STC"), new LocalizedText("Sở Tài chính tỉnh Tuyên Quang"), new LocalDate(2025, 8, 1), MergedProvinceDecision);
        var timeline = UnitTimeline.Create(Initial(), [.. Events(), rename]);

        timeline.AsOf(new LocalDate(2025, 7, 31))[Id("TQ.STC")].Name.Vietnamese.Should().Be("Sở Tài chính");
        timeline.AsOf(new LocalDate(2025, 8, 1))[Id("TQ.STC")].Name.Vietnamese.Should().Be("Sở Tài chính tỉnh Tuyên Quang");
        timeline.VersionsOf(Id("TQ.STC")).Select(v => v.Validity.ToString()).Should().Equal("… – 2025-07-31", "2025-08-01 – …");
        timeline.ChangesBetween(Id("TQ.STC"), new LocalDate(2025, 7, 31), new LocalDate(2025, 9, 30)).Should().BeEmpty("a rename changes no figure");
    }

    [Fact]
    public void Predecessors_are_followed_back_in_time_and_successors_forward()
    {
        var timeline = History();

        // TQ.STC absorbed TQ.SKHDT on 1/3 and HG.STC on 1/7; HG.STC had absorbed HG.SKHDT on 1/3, before it came in.
        timeline.PredecessorsOf(Id("TQ.STC")).Select(l => $"{l.Predecessor}>{l.Successor}@{l.Date:uuuu-MM-dd}").Should().Equal(
            "HG.STC>TQ.STC@2025-07-01", "TQ.SKHDT>TQ.STC@2025-03-01", "HG.SKHDT>HG.STC@2025-03-01");
        timeline.SuccessorsOf(Id("HG.SKHDT")).Select(l => $"{l.Predecessor}>{l.Successor}@{l.Date:uuuu-MM-dd}").Should().Equal(
            "HG.SKHDT>HG.STC@2025-03-01", "HG.STC>TQ.STC@2025-07-01");

        // The district passes its responsibilities to the province; Sơn Dương named no one.
        timeline.PredecessorsOf(Id("TQ")).Select(l => l.Predecessor.Value).Should().BeEquivalentTo(["HG", "HG.BQ"]);
        timeline.SuccessorsOf(Id("TQ.SD")).Should().BeEmpty();
        timeline.SuccessorsOf(Id("TQ")).Should().BeEmpty("a unit that continues is not its own successor");
        timeline.PredecessorsOf(Id("HG")).Should().BeEmpty();
    }

    [Fact]
    public void A_predecessor_that_joined_after_a_split_is_not_a_predecessor_of_the_split_off_part()
    {
        // A split off B on 1/1/2024 and absorbed C on 1/1/2025: C is A's predecessor, not B's.
        var initial = UnitRegistry.Create([Unit("A", "A", UnitKind.Commune), Unit("C", "C", UnitKind.Commune)]);
        var split = new UnitSplit(Id("A"), [SplitPart.ToExisting(Id("A"), 0.5m), SplitPart.ToNew(Unit("B", "B", UnitKind.Commune), 0.5m)], new LocalDate(2024, 1, 1), DepartmentDecision);
        var merger = UnitMerger.Into([Id("C")], Id("A"), new LocalDate(2025, 1, 1), DepartmentDecision);
        var timeline = UnitTimeline.Create(initial, [merger, split]);

        timeline.PredecessorsOf(Id("B")).Select(l => l.Predecessor.Value).Should().Equal("A");
        timeline.PredecessorsOf(Id("A")).Select(l => l.Predecessor.Value).Should().Equal("C");
        timeline.SuccessorsOf(Id("C")).Select(l => l.Successor.Value).Should().Equal("A");
        timeline.Events.Should().Equal(split, merger);
        timeline.KnownUnits.Select(u => u.Value).Should().Equal("A", "C", "B");
    }

    [Fact]
    public void The_provincial_field_shrinks_from_63_to_34_on_1_July_2025()
    {
        // 63 provinces; 29 of them merge into 29 others on 1/7/2025 (pairs here, for brevity), leaving 63 − 29 = 34.
        var provinces = Enumerable.Range(1, 63).Select(i => Unit($"P{i:00}", $"Tỉnh {i}", UnitKind.Province)).ToList();
        var mergers = Enumerable.Range(1, 29).Select(i =>
            (SuccessionEvent)UnitMerger.Into([Id($"P{2 * i:00}")], Id($"P{(2 * i) - 1:00}"), ResolutionAdopted, Resolution202, ProvincesOperate));
        var timeline = UnitTimeline.Create(UnitRegistry.Create(provinces), mergers);

        var before = timeline.FieldOf(UnitKind.Province, null, DayBefore);
        var after = timeline.FieldOf(UnitKind.Province, null, ProvincesOperate);
        before.Size.Should().Be(63);
        after.Size.Should().Be(34);
        before.IsSameFieldAs(after).Should().BeFalse();
        before.MembersNotIn(after).Should().HaveCount(29).And.Contain(Id("P02")).And.NotContain(Id("P01"));
        after.MembersNotIn(before).Should().BeEmpty();
        before.IsSameFieldAs(timeline.FieldOf(UnitKind.Province, null, new LocalDate(2024, 3, 31))).Should().BeTrue();

        // A rank of 11 out of 63 was taken in the old field; it can be checked against the field of its date.
        var rank = MeasuredValue.FromRank(11, 63);
        rank.Denominator.Should().Be(before.Size).And.NotBe(after.Size);
        after.ToString().Should().Be("34 Province under (root) as of 2025-07-01");
    }

    [Fact]
    public void A_field_of_departments_is_taken_under_a_parent()
    {
        var timeline = History();
        timeline.FieldOf(UnitKind.Department, Id("HG"), new LocalDate(2025, 1, 1)).Members.Select(u => u.Value)
            .Should().Equal("HG.SKHCN", "HG.SKHDT", "HG.STC", "HG.STTTT", "HG.SVHTTDL");
        timeline.FieldOf(UnitKind.Department, Id("TQ"), ProvincesOperate).Members.Select(u => u.Value)
            .Should().Equal("HG.SKHCN", "HG.SVHTTDL", "TQ.STC");
        var act = () => timeline.FieldOf(UnitKind.Department, Id("HG"), ProvincesOperate);
        act.Should().Throw<ArgumentException>().WithParameterName("parent").WithMessage("*'HG'*2025-07-01*");
    }

    [Fact]
    public void Changes_between_two_dates_tell_whether_a_units_figures_compare_like_with_like()
    {
        var timeline = History();
        var q2End = DayBefore;
        var q3End = new LocalDate(2025, 9, 30);

        timeline.ChangesBetween(Id("TQ"), q2End, q3End).Should().ContainSingle()
            .Which.Source.Document.Should().Be("202/2025/QH15");
        timeline.ChangesBetween(Id("TQ"), q3End, new LocalDate(2025, 12, 31)).Should().BeEmpty();
        timeline.ChangesBetween(Id("HG.BQ.VQ"), q2End, q3End).Should().BeEmpty("moving under the province changes no commune figure");

        // The press function left HG.STTTT: it counts for that indicator, and for "any indicator", not for others.
        var beforeMarch = new LocalDate(2025, 2, 28);
        timeline.ChangesBetween(Id("HG.SVHTTDL"), beforeMarch, DepartmentsMerged, PressCode).Should().ContainSingle().Which.Should().BeOfType<FunctionTransfer>();
        timeline.ChangesBetween(Id("HG.SVHTTDL"), beforeMarch, DepartmentsMerged, OnlineCode).Should().BeEmpty();
        timeline.ChangesBetween(Id("HG.SVHTTDL"), beforeMarch, DepartmentsMerged).Should().ContainSingle();
    }
}
