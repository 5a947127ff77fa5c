using De06Metrics.Composite;
using De06Metrics.Scorecards;
using De06Metrics.Text;

namespace De06Metrics.Tests.Scorecards;

public partial class ScorecardTreeTest
{
    private static NodeScore Node(TreeScore score, string code) => score.Nodes.Single(node => node.Node.Code == code);

    [Fact]
    public void Each_indicator_is_scored_by_its_own_method()
    {
        var score = Tree().Score(District().Evaluate(Q1), D1);
        // A: attainment 1,1 capped at 1 → 100 (uncapped 110).
        Node(score, "A").Points.Should().Be(100m);
        Node(score, "A").Rule!.IsCapped.Should().BeTrue();
        // B: 0,8 / 1 × 100 = 80.
        Node(score, "B").Points.Should().Be(80m);
        // C: 0,75 reaches the 0,7 band → 50 of 100.
        Node(score, "C").Points.Should().Be(50m);
        // L: 12,5 above 10 → 2 × 10 / 12,5 = 1,6 of 2 points → 80 of 100.
        Node(score, "L").Points.Should().Be(80m);
        Node(score, "L").Input.Should().Be(12.5m, "a points rule scores the value, not the attainment");
        // D: a target and no figure.
        Node(score, "D").Points.Should().BeNull();
        Node(score, "D").Describe(Language.English).Should().Be("D (Indicator D): not scored (no data)");
    }

    [Fact]
    public void A_group_is_the_weighted_mean_of_its_scored_children()
    {
        var score = Tree().Score(District().Evaluate(Q1), D1);
        // MT1: (1 × 100 + 3 × 80) / 4 = 85; MT2: (50 + 80) / 2 = 65; LV1: (85 + 65) / 2 = 75.
        Node(score, "MT1").Points.Should().Be(85m);
        Node(score, "MT2").Points.Should().Be(65m);
        Node(score, "LV1").Points.Should().Be(75m);
        // LV2 has nothing scored, so the root stands on LV1 alone: 75, over 2/3 of the weight.
        Node(score, "LV2").Points.Should().BeNull();
        score.Root.Points.Should().Be(75m);
        score.Root.CoveredShare.Should().Be(2m / 3m);
        score.Root.Scored.Should().Be(4);
        score.Root.Indicators.Should().Be(5);
    }

    [Fact]
    public void Each_node_says_its_score_in_both_languages()
    {
        var score = Tree().Score(District().Evaluate(Q1), D1);
        Node(score, "MT1").Describe(Language.Vietnamese).Should().Be("Mục tiêu MT1 (Trực tuyến): 85/100 điểm, 2/2 chỉ tiêu có điểm");
        Node(score, "MT1").Describe(Language.English).Should().Be("Objective MT1 (Online): 85/100 points, 2 of 2 indicators scored");
        score.Root.Describe(Language.Vietnamese).Should().Be("Bảng điểm DA06 (Đề án 06): 75/100 điểm, 4/5 chỉ tiêu có điểm");
        Node(score, "LV2").Describe(Language.Vietnamese).Should().Be(
            "Lĩnh vực LV2 (Dữ liệu): chưa tính được điểm (không thành phần nào có trọng số được chấm điểm); 0/1 chỉ tiêu có điểm");
        Node(score, "B").Describe(Language.Vietnamese).Should().StartWith("B (Chỉ tiêu B): 80/100 điểm; 80%");
    }

    [Fact]
    public void Below_the_minimum_share_of_weight_a_group_has_no_score_and_says_why()
    {
        // The root's scored share is 2/3 (66,7%): enough for 60%, not for 70%.
        Tree(MinimumCoverage.ShareOfWeight(0.6m)).Score(District().Evaluate(Q1), D1).Root.Points.Should().Be(75m);
        var strict = Tree(MinimumCoverage.ShareOfWeight(0.7m)).Score(District().Evaluate(Q1), D1).Root;
        strict.Points.Should().BeNull();
        strict.Describe(Language.English).Should().Be(
            "Scorecard DA06 (Project 06): no score (the parts with a score carry only 66.7% of the weight, short of the minimum: at least 70% of the total weight); 4 of 5 indicators scored");
    }

    [Fact]
    public void Below_the_minimum_share_of_indicators_a_group_has_no_score()
    {
        // 4 of 5 indicators scored: 80% meets 80%, not 90%.
        Tree(MinimumCoverage.ShareOfIndicators(0.8m)).Score(District().Evaluate(Q1), D1).Root.Points.Should().Be(75m);
        var strict = Tree(MinimumCoverage.ShareOfIndicators(0.9m)).Score(District().Evaluate(Q1), D1).Root;
        strict.Points.Should().BeNull();
        strict.Reason!.Value.In(Language.Vietnamese).Should().StartWith("chỉ 4/5 chỉ tiêu có điểm, chưa đạt yêu cầu");
    }

    [Fact]
    public void An_indicator_without_a_target_has_no_attainment_score_but_a_points_score()
    {
        // The province has no targets and no figures of its own: nothing scores, and each node says so.
        var province = Tree().Score(District().Evaluate(Q1), P);
        province.Root.Points.Should().BeNull();
        var scores = Tree().ScoreAll(District().Evaluate(Q1));
        scores.Select(s => s.Unit).Should().Contain(D1);
        Node(scores.Single(s => s.Unit == D1), "A").Points.Should().Be(100m);
    }

    [Fact]
    public void The_whole_score_reads_as_an_indented_tree()
    {
        var text = Tree().Score(District().Evaluate(Q1), D1).Describe(Language.English).Split('\n');
        text[0].Should().Be("Huyện 1");
        text[1].Should().Be("  Scorecard DA06 (Project 06): 75/100 points, 4 of 5 indicators scored");
        text[2].Should().Be("    Area LV1 (Public services): 75/100 points, 4 of 4 indicators scored");
        text[3].Should().StartWith("      Objective MT1 (Online): 85/100 points");
        text[4].Should().StartWith("        A (Indicator A): 100/100 points; ");
    }
}
