using De06Metrics.Timeline;
using De06Metrics.Units;
using static De06Metrics.Tests.Timeline.Reform2025;

namespace De06Metrics.Tests.Timeline;

public class UnitTimelineResponsibilityTest
{
    private static readonly LocalDate Assigned = new(2025, 1, 15);

    [Fact]
    public void A_target_assigned_to_Ha_Giang_is_answered_for_by_Tuyen_Quang_from_1_July_2025()
    {
        var timeline = History();

        var june = timeline.ResponsibleFor(Id("HG"), Assigned, DayBefore);
        june.IsUnchanged.Should().BeTrue();
        june.Successors.Should().Equal(new UnitShare(Id("HG"), 1m));

        var july = timeline.ResponsibleFor(Id("HG"), Assigned, ProvincesOperate);
        july.Successors.Should().Equal(new UnitShare(Id("TQ"), 1m));
        july.Events.Should().ContainSingle().Which.Source.Document.Should().Be("202/2025/QH15");
        july.ToString().Should().Be("HG → TQ as of 2025-07-01");
    }

    [Fact]
    public void A_department_merged_in_March_then_again_in_July_is_followed_through_both()
    {
        var succession = History().ResponsibleFor(Id("HG.SKHDT"), Assigned, new LocalDate(2025, 12, 31));
        succession.Successors.Select(s => s.Unit.Value).Should().Equal("TQ.STC");
        succession.Events.Select(e => e.EffectiveOn).Should().Equal(DepartmentsMerged, ProvincesOperate);
    }

    [Fact]
    public void A_function_follows_its_indicators_while_the_rest_of_the_department_follows_the_merger()
    {
        var timeline = History();
        timeline.ResponsibleFor(Id("HG.STTTT"), Assigned, DepartmentsMerged, PressCode).Successors.Select(s => s.Unit.Value).Should().Equal("HG.SVHTTDL");
        timeline.ResponsibleFor(Id("HG.STTTT"), Assigned, DepartmentsMerged, OnlineCode).Successors.Select(s => s.Unit.Value).Should().Equal("HG.SKHCN");
        timeline.ResponsibleFor(Id("HG.STTTT"), Assigned, DepartmentsMerged).Successors.Select(s => s.Unit.Value).Should().Equal("HG.SKHCN");
    }

    [Fact]
    public void An_abolished_district_passes_its_targets_to_the_named_unit_or_to_none_with_a_reason()
    {
        var timeline = History();
        timeline.ResponsibleFor(Id("HG.BQ"), Assigned, ProvincesOperate).Successors.Select(s => s.Unit.Value).Should().Equal("TQ");

        var none = timeline.ResponsibleFor(Id("TQ.SD"), Assigned, ProvincesOperate);
        none.HasSuccessor.Should().BeFalse();
        none.Reason.Should().Be("'TQ.SD' was abolished (the abolition of 'TQ.SD', children to 'TQ' effective 2025-07-01 (Luật Tổ chức chính quyền địa phương 2025)) with no unit named to take over its responsibilities");
        none.Events.Should().ContainSingle().Which.Should().BeOfType<UnitAbolition>();
    }

    [Fact]
    public void A_unit_that_had_already_ended_is_followed_from_its_last_day_and_one_not_yet_existing_is_refused()
    {
        var timeline = History();
        var late = timeline.ResponsibleFor(Id("HG.SKHDT"), new LocalDate(2025, 5, 1), new LocalDate(2025, 5, 1));
        late.From.Should().Be(new LocalDate(2025, 2, 28));
        late.Successors.Select(s => s.Unit.Value).Should().Equal("HG.STC");

        var backwards = () => timeline.ResponsibleFor(Id("HG"), ProvincesOperate, Assigned);
        backwards.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf");
        var unknown = () => timeline.ResponsibleFor(Id("XX"), Assigned, ProvincesOperate);
        unknown.Should().Throw<ArgumentException>().WithMessage("*'XX'*");
    }

    [Fact]
    public void A_lead_and_coordinating_units_carry_over_to_their_successors()
    {
        // Assigned in January 2025: provincial police lead; planning and investment, finance and the Bắc Quang district
        // coordinate. By 1/7/2025: police → TQ.CA; planning → finance (1/3) → TQ.STC (1/7); finance → TQ.STC (once);
        // the district → the province, which took over its responsibilities.
        var responsibility = new Responsibility(Id("HG.CA"), [Id("HG.SKHDT"), Id("HG.STC"), Id("HG.BQ")]);

        var mapping = History().MapResponsibility(responsibility, Assigned, ProvincesOperate);

        mapping.IsMapped.Should().BeTrue();
        mapping.Mapped.Should().Be(new Responsibility(Id("TQ.CA"), [Id("TQ.STC"), Id("TQ")]));
        mapping.NoLongerCoordinating.Should().BeEmpty();
        mapping.IsUnchanged.Should().BeFalse();
        mapping.ToString().Should().Be("HG.CA; HG.SKHDT, HG.STC, HG.BQ → TQ.CA; TQ.STC, TQ");

        var before = History().MapResponsibility(responsibility, Assigned, new LocalDate(2025, 2, 28));
        before.IsUnchanged.Should().BeTrue();
        before.Mapped.Should().Be(responsibility);
    }

    [Fact]
    public void A_coordinating_unit_with_no_successor_is_listed_not_dropped_and_one_that_becomes_the_lead_is_not_repeated()
    {
        // TQ.CA leads and HG.CA coordinates: from 1/7/2025 both are TQ.CA, which only leads. TQ.SD was abolished
        // with no one named.
        var responsibility = new Responsibility(Id("TQ.CA"), [Id("HG.CA"), Id("TQ.SD")]);

        var mapping = History().MapResponsibility(responsibility, Assigned, ProvincesOperate);

        mapping.Mapped.Should().Be(new Responsibility(Id("TQ.CA")));
        mapping.NoLongerCoordinating.Should().ContainSingle().Which.Unit.Should().Be(Id("TQ.SD"));
    }

    [Fact]
    public void A_lead_split_into_several_new_units_cannot_be_chosen_for_the_caller()
    {
        var initial = UnitRegistry.Create([Unit("A", "Đơn vị A", UnitKind.Agency), Unit("C", "Đơn vị C", UnitKind.Agency)]);
        var split = new UnitSplit(Id("A"),
            [SplitPart.ToNew(Unit("A1", "A1", UnitKind.Agency), 0.5m), SplitPart.ToNew(Unit("A2", "A2", UnitKind.Agency), 0.5m)],
            new LocalDate(2025, 3, 1), DepartmentDecision);
        var timeline = UnitTimeline.Create(initial, [split]);

        var mapping = timeline.MapResponsibility(new Responsibility(Id("A"), [Id("C")]), Assigned, ProvincesOperate);

        mapping.IsMapped.Should().BeFalse();
        mapping.Reason.Should().StartWith("the lead 'A' went into several units ('A1', 'A2') by the split of 'A'");
        mapping.Lead.Successors.Should().Equal(new UnitShare(Id("A1"), 0.5m), new UnitShare(Id("A2"), 0.5m));

        // When the lead continues after the split, it keeps the lead and the split-off part coordinates.
        var keeps = new UnitSplit(Id("A"), [SplitPart.ToExisting(Id("A"), 0.7m), SplitPart.ToNew(Unit("B", "B", UnitKind.Agency), 0.3m)], new LocalDate(2025, 3, 1), DepartmentDecision);
        var kept = UnitTimeline.Create(initial, [keeps]).MapResponsibility(new Responsibility(Id("A"), [Id("C")]), Assigned, ProvincesOperate);
        kept.Mapped.Should().Be(new Responsibility(Id("A"), [Id("C"), Id("B")]));
    }
}
