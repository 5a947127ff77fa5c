using De06Metrics.Serialization;
using De06Metrics.Text;

namespace De06Metrics.Tests.Serialization;

/// <summary>The Hà Giang example's illustrative tree, scored from the report's figures and targets by hand.</summary>
public class TreeJsonHaGiangTest
{
    [Fact]
    public void The_example_tree_scores_from_the_reports_figures()
    {
        var scorecard = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();
        var read = TreeJson.ReadFile(Path.Combine(HaGiangExample.Folder, "tree.json"), scorecard);
        read.Problems.Should().BeEmpty();
        var score = read.Tree!.Score(scorecard.Evaluate(HaGiangExample.Q1), HaGiangExample.Province);
        var byCode = score.Nodes.ToDictionary(n => n.Node.Code);
        // Attainment capped at 100%: 88,8/70, 95/70, 83,7/45 and 92,7/70 are all above 1 → 100 each; on-time handling
        // has no target, so the area stands on 3 of its 4 indicators (75% of its weight, above the minimum of half).
        byCode["DVC"].Points.Should().Be(100m);
        byCode["DVC"].Scored.Should().Be(3);
        byCode["TTHC.ONTIME"].Points.Should().BeNull();
        byCode["YT"].Points.Should().Be(100m);
        // The models have no target of their own for the quarter: their plan is the year's, 33 from the 10 of the end of
        // 2023, which expected 10 + 23 × 91/366 = 15,718… by 31/3/2024; 17 ÷ 15,718… = 1,0815…, capped at 100.
        byCode["MODELS.DEPLOYED"].Input.Should().BeApproximately(17m / (10m + (23m * 91m / 366m)), 1e-20m);
        byCode["MODELS.DEPLOYED"].Points.Should().Be(100m);
        byCode["MODELS.DEPLOYED"].Plan.Should().NotBeNull();
        byCode["MH"].Points.Should().Be(100m);
        // The three equally weighted areas score 100 each: (100 + 100 + 100) / 3 = 100, with 5 of the 6 indicators
        // scored (3 in DVC, 1 in YT, 1 in MH).
        score.Root.Points.Should().Be(100m);
        score.Root.Describe(Language.Vietnamese).Should().Be("Bảng điểm DA06 (Đề án 06 tỉnh Hà Giang, bản minh họa): 100/100 điểm, 5/6 chỉ tiêu có điểm");
    }
}
