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

    [Fact]
    public void Ranks_known_to_be_in_different_fields_are_never_compared_even_of_equal_size()
    {
        // After one merger and one split there may again be 63 provinces, but not the same 63: places 11 → 9 say nothing.
        var change = RankChange.AcrossFields(new FieldRank(11, 63), new FieldRank(9, 63));

        change.FieldChanged.Should().BeTrue();
        change.IsComparable.Should().BeFalse();
        change.PlacesGained.Should().BeNull();
        change.Direction.Should().Be(RankDirection.NotComparable);
        change.Should().NotBe(RankChange.Between(new FieldRank(11, 63), new FieldRank(9, 63)));
        change.Describe(De06Metrics.Text.Language.Vietnamese).Should().Be("không so sánh được vì nhóm đơn vị được xếp hạng đã thay đổi: trước xếp thứ 11/63, nay xếp thứ 9/63");
        change.Describe(De06Metrics.Text.Language.English).Should().Be("not comparable because the units ranked changed: ranked 11th of 63 before, 9th of 63 now");

        var sizes = RankChange.AcrossFields(new FieldRank(11, 63), new FieldRank(9, 34));
        sizes.Describe(De06Metrics.Text.Language.English).Should().StartWith("not comparable because the fields differ in size:");
        FluentActions.Invoking(() => RankChange.AcrossFields(default, new FieldRank(1, 2))).Should().Throw<ArgumentException>().WithParameterName("previous");
    }
}
