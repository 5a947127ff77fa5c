using De06Metrics.Timeline;
using De06Metrics.Units;
using static De06Metrics.Tests.Timeline.Reform2025;

namespace De06Metrics.Tests.Timeline;

public class ValidityIntervalTest
{
    [Fact]
    public void Both_ends_are_included_and_open_ends_reach_forever()
    {
        var haGiang = new ValidityInterval(null, DayBefore);
        haGiang.Contains(new LocalDate(1991, 10, 1)).Should().BeTrue();
        haGiang.Contains(DayBefore).Should().BeTrue();
        haGiang.Contains(ProvincesOperate).Should().BeFalse();
        haGiang.IsOpenEnded.Should().BeFalse();

        var merged = new ValidityInterval(ProvincesOperate, null);
        merged.Contains(DayBefore).Should().BeFalse();
        merged.Contains(new LocalDate(2100, 1, 1)).Should().BeTrue();
        merged.IsOpenEnded.Should().BeTrue();

        default(ValidityInterval).Should().Be(ValidityInterval.Always);
        ValidityInterval.Always.ToString().Should().Be("always");
        new ValidityInterval(ProvincesOperate, ProvincesOperate).ToString().Should().Be("2025-07-01 – 2025-07-01");
        (merged == new ValidityInterval(ProvincesOperate, null)).Should().BeTrue();
        (merged != haGiang).Should().BeTrue();
    }

    [Fact]
    public void An_end_before_the_start_is_refused_naming_both()
    {
        var act = () => new ValidityInterval(ProvincesOperate, DayBefore);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("end").WithMessage("*(2025-06-30) before it starts (2025-07-01)*");
    }

    [Fact]
    public void An_established_unit_is_in_force_from_its_operational_date()
    {
        var agency = Unit("TQ.TTPVHCC", "Trung tâm Phục vụ hành chính công tỉnh", UnitKind.Agency, "TQ");
        var establishment = new UnitEstablishment(agency, ResolutionAdopted, MergedProvinceDecision, ProvincesOperate);
        var timeline = UnitTimeline.Create(Initial(), [.. Events(), establishment]);

        timeline.ValidityOf(agency.Id).Should().Be(new ValidityInterval(ProvincesOperate, null));
        timeline.AsOf(DayBefore).Contains(agency.Id).Should().BeFalse();
        timeline.AsOf(ProvincesOperate).ParentOf(agency.Id)!.Id.Should().Be(Id("TQ"));
        timeline.VersionsOf(agency.Id).Single().StartedBy.Should().BeSameAs(establishment);
        establishment.Subjects.Should().BeEmpty();
        timeline.PredecessorsOf(agency.Id).Should().BeEmpty();
    }
}
