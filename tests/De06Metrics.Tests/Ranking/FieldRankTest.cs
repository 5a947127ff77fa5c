using De06Metrics.Ranking;

namespace De06Metrics.Tests.Ranking;

public partial class FieldRankTest
{
    [Fact]
    public void Bad_positions_are_refused_naming_argument_and_value()
    {
        var zero = () => new FieldRank(0, 63);
        zero.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("position").WithMessage("*0*");
        var outside = () => new FieldRank(64, 63);
        outside.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("fieldSize").WithMessage("*63*64*");
    }

    [Fact]
    public void Equality_is_position_and_field()
    {
        (new FieldRank(11, 63) == new FieldRank(11, 63)).Should().BeTrue();
        (new FieldRank(11, 63) != new FieldRank(11, 34)).Should().BeTrue();
        new FieldRank(11, 63).IsComparableWith(new FieldRank(40, 63)).Should().BeTrue();
        new FieldRank(11, 63).IsComparableWith(new FieldRank(11, 34)).Should().BeFalse();
    }
}
