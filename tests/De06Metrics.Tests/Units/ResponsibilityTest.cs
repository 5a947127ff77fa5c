using De06Metrics.Units;

namespace De06Metrics.Tests.Units;

public class ResponsibilityTest
{
    [Fact]
    public void Lists_the_lead_first()
    {
        var responsibility = new Responsibility(new UnitId("HG.CA"), [new UnitId("HG.STP"), new UnitId("HG.SYT")]);
        responsibility.All.Select(u => u.Value).Should().Equal("HG.CA", "HG.STP", "HG.SYT");
        responsibility.ToString().Should().Be("HG.CA; HG.STP, HG.SYT");
    }

    [Fact]
    public void Refuses_a_lead_that_also_coordinates_and_repeated_units()
    {
        var lead = () => new Responsibility(new UnitId("HG.CA"), [new UnitId("HG.CA")]);
        lead.Should().Throw<ArgumentException>().WithParameterName("coordinating").WithMessage("*'HG.CA'*lead*");
        var twice = () => new Responsibility(new UnitId("HG.CA"), [new UnitId("HG.STP"), new UnitId("HG.STP")]);
        twice.Should().Throw<ArgumentException>().WithParameterName("coordinating").WithMessage("*'HG.STP'*twice*");
    }

    [Fact]
    public void Equality_follows_lead_and_coordinating_units()
    {
        var a = new Responsibility(new UnitId("HG.CA"), [new UnitId("HG.STP")]);
        var b = new Responsibility(new UnitId("HG.CA"), [new UnitId("HG.STP")]);
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(new Responsibility(new UnitId("HG.CA")));
    }
}
