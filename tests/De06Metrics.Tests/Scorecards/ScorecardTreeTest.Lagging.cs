using De06Metrics.Scorecards;
using De06Metrics.Text;
using FluentAssertions;
using Xunit;

namespace De06Metrics.Tests.Scorecards;

/// <summary>A lagging item names its place in the weighted tree: the area, then the objective, its indicator belongs to.</summary>
public partial class ScorecardTreeTest
{
    [Fact]
    public void Groups_of_an_indicator_run_from_its_area_down_to_its_own_group()
    {
        var tree = Tree();

        tree.GroupsOf(B).Select(group => group.Code).Should().Equal("LV1", "MT1");
        tree.GroupsOf(L).Select(group => group.Code).Should().Equal("LV1", "MT2");
        tree.GroupsOf(D).Select(group => group.Code).Should().Equal("LV2");
        tree.GroupsOf(new De06Metrics.Indicators.IndicatorCode("NOT.IN.TREE")).Should().BeEmpty();
    }

    [Fact]
    public void Each_lagging_item_says_where_it_sits_in_the_tree()
    {
        // D1: A meets its target (88 ≥ 80) and does not lag; B (40 < 50), C (150 < 200) and L (12,5 > 10) are not met,
        // D has no figure: four items, each placed by the tree.
        var lagging = District().Evaluate(Q1).Lagging(Tree());
        var items = lagging.Items.ToDictionary(item => item.Row.Indicator.Code);

        items.Keys.Should().BeEquivalentTo([B, C, L, D]);
        items[B].DescribePlace(Language.Vietnamese).Should().Be("thuộc lĩnh vực Dịch vụ công, mục tiêu Trực tuyến");
        items[B].DescribePlace(Language.English).Should().Be("under Public services (area), Online (objective)");
        items[L].DescribePlace(Language.Vietnamese).Should().Be("thuộc lĩnh vực Dịch vụ công, mục tiêu Số hóa");
        items[D].DescribePlace(Language.Vietnamese).Should().Be("thuộc lĩnh vực Dữ liệu");
        items[B].Describe(Language.Vietnamese).Should().Contain("; thuộc lĩnh vực Dịch vụ công, mục tiêu Trực tuyến");
        lagging.Describe(Language.English).Should().Contain("under Data (area)");
    }

    [Fact]
    public void Without_a_tree_an_item_has_no_place_and_its_line_is_unchanged()
    {
        var result = District().Evaluate(Q1);
        var plain = result.Lagging();
        var placed = result.Lagging(Tree());

        plain.Items.Should().OnlyContain(item => item.Groups.IsEmpty && item.DescribePlace(Language.Vietnamese).Length == 0);
        plain.Items.Select(item => item.Row.Indicator.Code).Should().Equal(placed.Items.Select(item => item.Row.Indicator.Code));
        foreach (var (without, with) in plain.Items.Zip(placed.Items))
        {
            with.Describe(Language.Vietnamese).Should().Be(without.Describe(Language.Vietnamese) + "; " + with.DescribePlace(Language.Vietnamese));
        }
    }

    [Fact]
    public void Lagging_refuses_a_null_tree()
    {
        var result = District().Evaluate(Q1);

        FluentActions.Invoking(() => result.Lagging(null!)).Should().Throw<ArgumentNullException>().WithParameterName("tree");
    }
}
