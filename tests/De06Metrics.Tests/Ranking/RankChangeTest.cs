using De06Metrics.Ranking;

namespace De06Metrics.Tests.Ranking;

public partial class RankChangeTest
{
    [Fact]
    public void The_default_rank_is_refused()
    {
        var act = () => RankChange.Between(default, new FieldRank(1, 2));
        act.Should().Throw<ArgumentException>().WithParameterName("previous").WithMessage("*0/0*");
        var current = () => RankChange.Between(new FieldRank(1, 2), default);
        current.Should().Throw<ArgumentException>().WithParameterName("current");
    }

    [Fact]
    public void Equality_compares_both_ranks()
    {
        var a = RankChange.Between(new FieldRank(40, 63), new FieldRank(11, 63));
        (a == RankChange.Between(new FieldRank(40, 63), new FieldRank(11, 63))).Should().BeTrue();
        (a != RankChange.Between(new FieldRank(39, 63), new FieldRank(10, 63))).Should().BeTrue();
    }
}
