using De06Metrics.Indicators;

namespace De06Metrics.Tests.Indicators;

public class GoalTest
{
    [Fact]
    public void Each_kind_keeps_its_values()
    {
        Goal.AtLeast(70m).Should().Match<Goal>(g => g.Kind == TargetKind.AtLeast && g.Value == 70m);
        Goal.AtMost(5m).Kind.Should().Be(TargetKind.AtMost);
        var band = Goal.Between(90m, 110m);
        (band.Low, band.High, band.Value).Should().Be((90m, 110m, 100m));
        Goal.Exactly(100m, 0.5m).Tolerance.Should().Be(0.5m);
        Goal.Yes().Value.Should().Be(1m);
        Goal.No().Value.Should().Be(0m);
    }

    [Fact]
    public void A_range_with_low_above_high_is_refused_naming_both()
    {
        var act = () => Goal.Between(110m, 90m);
        act.Should().Throw<ArgumentException>().WithParameterName("low").WithMessage("*110*90*");
    }

    [Fact]
    public void A_negative_tolerance_is_refused()
    {
        var act = () => Goal.Exactly(100m, -0.1m);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("tolerance").WithMessage("*-0.1*");
    }

    [Fact]
    public void Goals_describe_themselves_and_compare_by_value()
    {
        Goal.AtLeast(70m).ToString().Should().Be("≥ 70");
        Goal.Between(90m, 110m).ToString().Should().Be("[90, 110]");
        Goal.Exactly(100m, 0.5m).ToString().Should().Be("= 100 ± 0.5");
        (Goal.AtLeast(70m) == Goal.AtLeast(70m)).Should().BeTrue();
        (Goal.AtLeast(70m) != Goal.AtMost(70m)).Should().BeTrue();
    }
}
