using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scorecards;
using De06Metrics.Scoring;
using De06Metrics.Text;

namespace De06Metrics.Tests.Scorecards;

public partial class ScorecardTreeTest
{
    private static readonly LocalizedText Named = new("Tên", "Name");

    [Fact]
    public void A_negative_weight_is_refused_naming_the_node_and_the_value()
    {
        var act = () => TreeNode.CappedAttainment(A, -1m, 1m);
        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "weight" && e.Message.Contains("'A'") && e.Message.Contains("-1"));
    }

    [Fact]
    public void Weights_that_do_not_sum_to_anything_positive_are_refused()
    {
        var act = () => TreeNode.Group(TreeNodeKind.Objective, "MT", Named, 1m, [TreeNode.CappedAttainment(A, 0m, 1m), TreeNode.CappedAttainment(B, 0m, 1m)]);
        act.Should().Throw<ArgumentException>().WithMessage("Group 'MT': the children's weights (A 0 + B 0) sum to 0; they must sum to something positive.*");
    }

    [Fact]
    public void An_indicator_in_two_groups_is_refused()
    {
        var act = () => new ScorecardTree("S", Named,
        [
            TreeNode.Group(TreeNodeKind.Objective, "M1", Named, 1m, [TreeNode.CappedAttainment(A, 1m, 1m)]),
            TreeNode.Group(TreeNodeKind.Objective, "M2", Named, 1m, [TreeNode.CappedAttainment(A, 1m, 1m)]),
        ]);
        act.Should().Throw<ArgumentException>().WithMessage("Indicator 'A' appears more than once in the tree*");
    }

    [Fact]
    public void A_repeated_group_code_is_refused()
    {
        var act = () => new ScorecardTree("S", Named,
        [
            TreeNode.Group(TreeNodeKind.Objective, "M1", Named, 1m, [TreeNode.CappedAttainment(A, 1m, 1m)]),
            TreeNode.Group(TreeNodeKind.Objective, "M1", Named, 1m, [TreeNode.CappedAttainment(B, 1m, 1m)]),
        ]);
        act.Should().Throw<ArgumentException>().WithMessage("Group code 'M1' is used more than once*");
    }

    [Fact]
    public void A_ceiling_of_zero_and_a_group_of_the_wrong_kind_are_refused()
    {
        FluentActions.Invoking(() => TreeNode.CappedAttainment(A, 1m, 0m)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "ceiling");
        FluentActions.Invoking(() => TreeNode.Group(TreeNodeKind.Indicator, "G", Named, 1m, [TreeNode.CappedAttainment(A, 1m, 1m)]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "kind");
    }

    [Fact]
    public void An_unknown_indicator_and_a_rule_against_its_polarity_are_problems_against_the_scorecard()
    {
        var tree = new ScorecardTree("S", Named,
        [
            TreeNode.CappedAttainment(new IndicatorCode("NOPE"), 1m, 1m),
            TreeNode.Points(L, 1m, ScoringRule.CappedLinear(10m, 2m, Polarity.HigherIsBetter)),
        ]);
        tree.Validate(District()).Select(p => p.ToString()).Should().Equal(
            "tree node 'NOPE': the indicator 'NOPE' is not in the catalog.",
            "tree node 'L': indicator 'L' is LowerIsBetter, but its points rule scores HigherIsBetter; the two must agree.");
        var score = tree.Score(District().Evaluate(Q1), D1);
        score.Nodes.Single(n => n.Node.Code == "L").Points.Should().BeNull("a rule against the indicator's polarity would score backwards");
    }
}
