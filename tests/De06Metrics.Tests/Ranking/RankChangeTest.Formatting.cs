using De06Metrics.Ranking;
using De06Metrics.Text;

namespace De06Metrics.Tests.Ranking;

[Trait("Category", "Text")]
public partial class RankChangeTest
{
    [Fact]
    public void From_40th_to_11th_of_63_is_up_29_places()
    {
        // Hà Giang in PAPI: 40 → 11; places gained = 40 − 11 = 29.
        var change = RankChange.Between(new FieldRank(40, 63), new FieldRank(11, 63));
        change.PlacesGained.Should().Be(29);
        change.Direction.Should().Be(RankDirection.Up);
        change.IsComparable.Should().BeTrue();
        change.Describe(Language.Vietnamese).Should().Be("tăng 29 bậc");
        change.Describe(Language.English).Should().Be("up 29 places");
        change.ToString("L", Language.Vietnamese).Should().Be("tăng 29 bậc, từ 40/63 lên 11/63");
        change.ToString("L", Language.English).Should().Be("up 29 places, from 40/63 to 11/63");
    }

    [Fact]
    public void From_11th_to_30th_of_63_is_down_19_places()
    {
        // 11 − 30 = −19.
        var change = RankChange.Between(new FieldRank(11, 63), new FieldRank(30, 63));
        change.PlacesGained.Should().Be(-19);
        change.Direction.Should().Be(RankDirection.Down);
        change.Describe(Language.Vietnamese).Should().Be("giảm 19 bậc");
        change.Describe(Language.English).Should().Be("down 19 places");
        change.ToString("L", Language.Vietnamese).Should().Be("giảm 19 bậc, từ 11/63 xuống 30/63");
        change.ToString("L", Language.English).Should().Be("down 19 places, from 11/63 to 30/63");
    }

    [Fact]
    public void The_same_place_is_unchanged()
    {
        var change = RankChange.Between(new FieldRank(11, 63), new FieldRank(11, 63));
        change.PlacesGained.Should().Be(0);
        change.Direction.Should().Be(RankDirection.Unchanged);
        change.Describe(Language.Vietnamese).Should().Be("giữ nguyên thứ hạng");
        change.Describe(Language.English).Should().Be("unchanged");
        change.ToString("L", Language.Vietnamese).Should().Be("giữ nguyên thứ hạng 11/63");
        change.ToString("L", Language.English).Should().Be("unchanged at 11/63");
    }

    [Fact]
    public void One_place_is_singular_in_English()
    {
        RankChange.Between(new FieldRank(12, 63), new FieldRank(11, 63)).Describe(Language.English).Should().Be("up 1 place");
        RankChange.Between(new FieldRank(12, 63), new FieldRank(11, 63)).Describe(Language.Vietnamese).Should().Be("tăng 1 bậc");
    }

    [Fact]
    public void Ranks_out_of_fields_of_different_sizes_are_not_compared()
    {
        // 40/63 before the 2025 merger, 11/34 after: 40 − 11 = 29 would be meaningless.
        var change = RankChange.Between(new FieldRank(40, 63), new FieldRank(11, 34));
        change.IsComparable.Should().BeFalse();
        change.PlacesGained.Should().BeNull();
        change.Direction.Should().Be(RankDirection.NotComparable);
        change.Describe(Language.Vietnamese).Should().Be(
            "không so sánh được vì số đơn vị được xếp hạng khác nhau: trước xếp thứ 40/63, nay xếp thứ 11/34");
        change.Describe(Language.English).Should().Be(
            "not comparable because the fields differ in size: ranked 40th of 63 before, 11th of 34 now");
        change.ToString("L", Language.English).Should().Be(change.Describe(Language.English));
    }
}
