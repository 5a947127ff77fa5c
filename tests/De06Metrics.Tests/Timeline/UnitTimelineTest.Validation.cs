using De06Metrics.Timeline;
using De06Metrics.Units;
using static De06Metrics.Tests.Timeline.Reform2025;

namespace De06Metrics.Tests.Timeline;

public class UnitTimelineValidationTest
{
    private static readonly LocalDate July1 = ProvincesOperate;

    private static Action Build(params SuccessionEvent[] events) => () => UnitTimeline.Create(ThreeProvinces(), events);

    [Fact]
    public void A_unit_merged_twice_on_the_same_date_is_refused_naming_it_the_date_and_both_events()
    {
        var act = Build(
            UnitMerger.Into([Id("HG")], Id("TQ"), July1, Resolution202),
            UnitMerger.Into([Id("HG")], Id("CB"), July1, Resolution202));
        act.Should().Throw<ArgumentException>().WithParameterName("events")
            .WithMessage("Unit 'HG' is merged, split or abolished 2 times on 2025-07-01: by the merger of 'HG' into 'TQ'*; and by the merger of 'HG' into 'CB'*");
    }

    [Fact]
    public void A_cycle_of_successions_is_refused_naming_the_cycle()
    {
        var act = Build(
            UnitMerger.Into([Id("HG")], Id("TQ"), July1, Resolution202),
            UnitMerger.Into([Id("TQ")], Id("HG"), July1, Resolution202));
        act.Should().Throw<ArgumentException>().WithParameterName("events")
            .WithMessage("The successions of 2025-07-01 form a cycle: HG → TQ → HG*");
    }

    [Fact]
    public void A_longer_cycle_is_named_in_full()
    {
        var act = Build(
            UnitMerger.Into([Id("HG")], Id("TQ"), July1, Resolution202),
            UnitMerger.Into([Id("TQ")], Id("CB"), July1, Resolution202),
            UnitMerger.Into([Id("CB")], Id("HG"), July1, Resolution202));
        act.Should().Throw<ArgumentException>().WithMessage("*cycle: HG → TQ → CB → HG*");
    }

    [Fact]
    public void A_chain_on_one_date_is_refused_asking_for_the_continuing_unit()
    {
        var act = Build(
            UnitMerger.Into([Id("HG")], Id("TQ"), July1, Resolution202),
            UnitMerger.Into([Id("TQ")], Id("CB"), July1, Resolution202));
        act.Should().Throw<ArgumentException>()
            .WithMessage("The merger of 'HG' into 'TQ'* names 'TQ' as the unit merged into, but 'TQ' itself ends that day (by the merger of 'TQ' into 'CB'*");
    }

    [Fact]
    public void Merging_back_on_a_later_date_is_no_cycle_but_an_event_after_the_unit_ended()
    {
        var act = Build(
            UnitMerger.Into([Id("HG")], Id("TQ"), July1, Resolution202),
            UnitMerger.Into([Id("TQ")], Id("HG"), new LocalDate(2026, 1, 1), Resolution202));
        act.Should().Throw<ArgumentException>()
            .WithMessage("The merger of 'TQ' into 'HG' effective 2026-01-01* names 'HG' as the unit merged into, but 'HG' ended on 2025-06-30 (by the merger of 'HG' into 'TQ' effective 2025-07-01*");
    }

    [Fact]
    public void An_event_before_a_unit_exists_is_refused_naming_the_date_it_begins()
    {
        var merged = Unit("TQ.NEW", "Tỉnh Tuyên Quang (mới)", UnitKind.Province);
        var act = Build(
            UnitMerger.IntoNewUnit([Id("HG"), Id("TQ")], merged, July1, Resolution202),
            new UnitRename(Id("TQ.NEW"), new("Tỉnh Tuyên Quang"), new LocalDate(2025, 6, 15), Resolution202));
        act.Should().Throw<ArgumentException>()
            .WithMessage("The rename of 'TQ.NEW'* effective 2025-06-15* names 'TQ.NEW' as the renamed unit, but 'TQ.NEW' exists only from 2025-07-01 (created by the merger of 'HG', 'TQ' into new unit 'TQ.NEW'*");
    }

    [Fact]
    public void An_event_on_the_day_a_unit_is_created_is_refused_explaining_same_day_events()
    {
        var merged = Unit("TQ.NEW", "Tỉnh Tuyên Quang (mới)", UnitKind.Province);
        var act = Build(
            UnitMerger.IntoNewUnit([Id("HG"), Id("TQ")], merged, July1, Resolution202),
            UnitMerger.Into([Id("CB")], Id("TQ.NEW"), July1, Resolution202));
        act.Should().Throw<ArgumentException>().WithMessage("*'TQ.NEW' is only created that day*tree of the day before*");
    }

    [Fact]
    public void An_event_after_a_unit_ended_is_refused_naming_its_last_day_and_the_event_that_ended_it()
    {
        var act = Build(
            UnitMerger.Into([Id("HG")], Id("TQ"), ResolutionAdopted, Resolution202, July1),
            new UnitRename(Id("HG"), new("Tỉnh Hà Giang mới"), new LocalDate(2025, 8, 1), Resolution202));
        act.Should().Throw<ArgumentException>()
            .WithMessage("The rename of 'HG'* names 'HG' as the renamed unit, but 'HG' ended on 2025-06-30 (by the merger of 'HG' into 'TQ' effective 2025-06-12, operational 2025-07-01 (202/2025/QH15 ngày 12/6/2025)).*");
    }

    [Fact]
    public void An_unknown_unit_is_refused_naming_it()
    {
        var act = Build(UnitMerger.Into([Id("XX")], Id("TQ"), July1, Resolution202));
        act.Should().Throw<ArgumentException>().WithParameterName("events")
            .WithMessage("*names 'XX' as a merged unit, but no unit 'XX' is known: it is neither in the initial tree nor created by an event.*");
        var unknownParent = Build(new UnitEstablishment(Unit("X.1", "Đơn vị mới", UnitKind.Agency, "XX"), July1, Resolution202));
        unknownParent.Should().Throw<ArgumentException>().WithMessage("*names 'XX' as the parent of new unit 'X.1', but no unit 'XX' is known*");
    }

    [Fact]
    public void Shares_not_summing_to_1_are_refused_naming_the_unit_date_and_sum()
    {
        var act = () => new UnitSplit(Id("HG"),
            [SplitPart.ToExisting(Id("HG"), 0.6m), SplitPart.ToExisting(Id("TQ"), 0.3m)], July1, Resolution202);
        act.Should().Throw<ArgumentException>().WithParameterName("parts")
            .WithMessage("The split of 'HG' effective 2025-07-01: the shares sum to 0.9, not 1 ('HG' 0.6, 'TQ' 0.3).*");
        var over = () => new UnitSplit(Id("HG"),
            [SplitPart.ToExisting(Id("HG"), 0.7m), SplitPart.ToExisting(Id("TQ"), 0.4m)], July1, Resolution202);
        over.Should().Throw<ArgumentException>().WithMessage("*sum to 1.1, not 1*");
    }

    [Fact]
    public void A_split_must_say_how_it_divides_and_give_every_part_a_share_or_none()
    {
        var neither = () => new UnitSplit(Id("HG"), [SplitPart.ToExisting(Id("HG")), SplitPart.ToExisting(Id("TQ"))], July1, Resolution202);
        neither.Should().Throw<ArgumentException>().WithParameterName("parts").WithMessage("*neither shares nor children*");
        var some = () => new UnitSplit(Id("HG"), [SplitPart.ToExisting(Id("HG"), 1m), SplitPart.ToExisting(Id("TQ"), null, [Id("HG.BQ")])], July1, Resolution202);
        some.Should().Throw<ArgumentException>().WithMessage("*shares for 1 of its 2 parts*");
        var one = () => new UnitSplit(Id("HG"), [SplitPart.ToExisting(Id("TQ"), 1m)], July1, Resolution202);
        one.Should().Throw<ArgumentException>().WithMessage("*1 part(s); a split has at least two*");
        var zero = () => SplitPart.ToExisting(Id("TQ"), 0m);
        zero.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("share").WithMessage("*'TQ'*above 0 and at most 1; 0 was given*");
    }

    [Fact]
    public void A_split_that_leaves_a_child_unassigned_or_assigns_a_stranger_is_refused()
    {
        var unassigned = Build(new UnitSplit(Id("HG"),
            [SplitPart.ToExisting(Id("HG"), null, [Id("HG.BQ")]), SplitPart.ToNew(Unit("HG2", "Tỉnh mới", UnitKind.Province))], July1, Resolution202));
        unassigned.Should().NotThrow("every child of HG is assigned");

        var ending = Build(new UnitSplit(Id("HG"),
            [SplitPart.ToNew(Unit("HG1", "Tỉnh một", UnitKind.Province), 0.5m), SplitPart.ToNew(Unit("HG2", "Tỉnh hai", UnitKind.Province), 0.5m)], July1, Resolution202));
        ending.Should().Throw<ArgumentException>().WithMessage("*ends 'HG' without saying where its children go: 'HG.BQ'*");

        var stranger = Build(new UnitSplit(Id("HG"),
            [SplitPart.ToExisting(Id("HG"), null, [Id("HG.BQ")]), SplitPart.ToNew(Unit("HG2", "Tỉnh mới", UnitKind.Province), null, [Id("HG.BQ.VQ")])], July1, Resolution202));
        stranger.Should().Throw<ArgumentException>().WithMessage("*assigns 'HG.BQ.VQ', which is not a child of 'HG': its parent on 2025-06-30 is 'HG.BQ'*");
    }

    [Fact]
    public void An_abolition_that_leaves_children_without_a_parent_is_refused_naming_them()
    {
        var act = Build(new UnitAbolition(Id("HG.BQ"), July1, LocalGovernmentLaw));
        act.Should().Throw<ArgumentException>()
            .WithMessage("The abolition of 'HG.BQ' effective 2025-07-01* leaves the children of 'HG.BQ' without a parent: 'HG.BQ.VQ'. Name where they move.*");
        var toEnded = Build(
            UnitMerger.Into([Id("HG")], Id("TQ"), July1, Resolution202),
            new UnitAbolition(Id("HG.BQ"), July1, LocalGovernmentLaw, childrenMoveTo: Id("HG")));
        toEnded.Should().Throw<ArgumentException>().WithMessage("*names 'HG' as the destination of its children, but 'HG' itself ends that day*");
    }

    [Fact]
    public void A_reused_id_and_a_merger_into_an_ancestor_are_refused()
    {
        var reused = Build(new UnitEstablishment(Unit("TQ", "Tỉnh Tuyên Quang", UnitKind.Province), July1, Resolution202));
        reused.Should().Throw<ArgumentException>().WithMessage("*creates 'TQ', which is already in the initial tree; a unit id is never reused.*");
        var twice = Build(
            new UnitEstablishment(Unit("N", "Mới", UnitKind.Agency), July1, Resolution202),
            new UnitEstablishment(Unit("N", "Mới", UnitKind.Agency), new LocalDate(2026, 1, 1), Resolution202));
        twice.Should().Throw<ArgumentException>().WithMessage("Unit 'N' is created twice*");
        var ancestor = Build(UnitMerger.Into([Id("HG.BQ")], Id("HG"), July1, Resolution202));
        ancestor.Should().Throw<ArgumentException>().WithMessage("*merges 'HG.BQ' into its own ancestor 'HG'*abolish it*");
    }

    [Fact]
    public void Two_renames_on_one_date_or_a_rename_on_the_last_day_are_refused()
    {
        var twice = Build(
            new UnitRename(Id("TQ"), new("A"), July1, Resolution202),
            new UnitRename(Id("TQ"), new("B"), July1, Resolution202));
        twice.Should().Throw<ArgumentException>().WithMessage("Unit 'TQ' is renamed 2 times on 2025-07-01*");
        var ending = Build(
            UnitMerger.Into([Id("HG")], Id("TQ"), July1, Resolution202),
            new UnitRename(Id("HG"), new("A"), July1, Resolution202));
        ending.Should().Throw<ArgumentException>().WithMessage("*renames 'HG' on the day it ends*");
    }

    [Fact]
    public void Events_refuse_what_they_can_see_alone()
    {
        var self = () => UnitMerger.Into([Id("TQ"), Id("HG")], Id("TQ"), July1, Resolution202);
        self.Should().Throw<ArgumentException>().WithParameterName("merged").WithMessage("Unit 'TQ' is merged into itself*");
        var none = () => UnitMerger.Into([], Id("TQ"), July1, Resolution202);
        none.Should().Throw<ArgumentException>().WithParameterName("merged");
        var repeated = () => UnitMerger.Into([Id("HG"), Id("HG")], Id("TQ"), July1, Resolution202);
        repeated.Should().Throw<ArgumentException>().WithMessage("*'HG' twice*");
        var noSource = () => UnitMerger.Into([Id("HG")], Id("TQ"), July1, null!);
        noSource.Should().Throw<ArgumentNullException>().WithParameterName("source");
        var transfer = () => new FunctionTransfer(Id("HG"), Id("HG"), [OnlineCode], July1, Resolution202);
        transfer.Should().Throw<ArgumentException>().WithParameterName("to");
        var noIndicator = () => new FunctionTransfer(Id("HG"), Id("TQ"), [], July1, Resolution202);
        noIndicator.Should().Throw<ArgumentException>().WithParameterName("indicators");
        var abolishSelf = () => new UnitAbolition(Id("HG"), July1, Resolution202, childrenMoveTo: Id("HG"));
        abolishSelf.Should().Throw<ArgumentException>().WithParameterName("childrenMoveTo");
    }

    [Fact]
    public void An_event_keeps_its_legal_and_operational_dates_and_its_source()
    {
        var merger = UnitMerger.Into([Id("HG")], Id("TQ"), ResolutionAdopted, Resolution202, July1);
        merger.Kind.Should().Be(SuccessionKind.Merger);
        merger.EffectiveOn.Should().Be(new LocalDate(2025, 6, 12));
        merger.OperationalOn.Should().Be(July1);
        merger.HasSeparateOperationalDate.Should().BeTrue();
        merger.DateOn(SuccessionDateBasis.Legal).Should().Be(ResolutionAdopted);
        merger.Source.ToString().Should().Be("202/2025/QH15 ngày 12/6/2025");
        merger.ToString().Should().Be("merger of 'HG' into 'TQ' effective 2025-06-12, operational 2025-07-01 (202/2025/QH15 ngày 12/6/2025)");
        var same = UnitMerger.Into([Id("HG")], Id("TQ"), July1, Resolution202);
        same.OperationalOn.Should().Be(July1);
        same.HasSeparateOperationalDate.Should().BeFalse();
    }
}
