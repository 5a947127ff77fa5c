using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Ranking;

namespace De06Metrics.Tests.Ranking;

public class RankOptionsTest
{
    [Fact]
    public void The_default_is_pandas_default_with_higher_is_better()
    {
        var options = default(RankOptions);
        options.Polarity.Should().Be(Polarity.HigherIsBetter);
        options.Ties.Should().Be(TieMethod.Average);
        options.Missing.Should().Be(MissingPlacement.Keep);
        options.AsFraction.Should().BeFalse();
        options.Tolerance.Should().Be(0m);
        options.Should().Be(new RankOptions(Polarity.HigherIsBetter));
    }

    [Fact]
    public void Named_arguments_set_each_setting()
    {
        var options = new RankOptions(Polarity.LowerIsBetter, ties: TieMethod.Dense, missing: MissingPlacement.Bottom, asFraction: true, tolerance: 0.01m);
        options.Should().Be(new RankOptions(Polarity.LowerIsBetter, TieMethod.Dense, MissingPlacement.Bottom, true, 0.01m));
        (options == new RankOptions(Polarity.LowerIsBetter)).Should().BeFalse();
        options.ToString().Should().Be("LowerIsBetter, method=dense, na_option=bottom, pct=True, tolerance=0.01");
    }
}
