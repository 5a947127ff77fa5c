using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Units;

namespace De06Metrics.Tests.Indicators;

public class TargetTest
{
    [Fact]
    public void A_target_keeps_its_key_goal_source_and_responsibility()
    {
        var source = new SourceReference("06/QĐ-TTg", new LocalDate(2022, 1, 6));
        var responsibility = new Responsibility(new UnitId("HG.VP"), [new UnitId("HG.CA")]);
        var target = new Target(new IndicatorCode("DVC.ONLINE"), new UnitId("HG"), ReportingPeriod.ForYear(2024), Goal.AtLeast(70m), source, responsibility);
        target.Indicator.Should().Be(new IndicatorCode("DVC.ONLINE"));
        target.Unit.Should().Be(new UnitId("HG"));
        target.Period.Should().Be(ReportingPeriod.ForYear(2024));
        target.Goal.Should().Be(Goal.AtLeast(70m));
        target.Source!.ToString().Should().Be("06/QĐ-TTg ngày 6/1/2022");
        target.Responsibility.Should().Be(responsibility);
        target.Should().Be(new Target(new IndicatorCode("DVC.ONLINE"), new UnitId("HG"), ReportingPeriod.ForYear(2024), Goal.AtLeast(70m), source, responsibility));
        target.Should().NotBe(new Target(new IndicatorCode("DVC.ONLINE"), new UnitId("HG"), ReportingPeriod.ForYear(2024), Goal.AtLeast(71m), source, responsibility));
    }

    [Fact]
    public void A_source_needs_a_document()
    {
        var act = () => new SourceReference(" ");
        act.Should().Throw<ArgumentException>().WithParameterName("document");
    }
}
