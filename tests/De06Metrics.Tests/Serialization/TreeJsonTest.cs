using System.Text;
using De06Metrics.Composite;
using De06Metrics.Measures;
using De06Metrics.Serialization;
using De06Metrics.Tests.Scorecards;
using De06Metrics.Text;

namespace De06Metrics.Tests.Serialization;

/// <summary>A scorecard's weighted tree in JSON: read, scored as by hand, written back, and every bad node located.</summary>
public class TreeJsonTest
{
    // Line 1 is "{", line 2 "tree", line 3 the scorecard's code and name; the first node is on line 5.
    private const string Head = """
        {
          "tree": {
            "code": "DA06", "name": { "vi": "Đề án 06", "en": "Project 06" }, "coverage": { "basis": "weight", "share": 0.5 },
            "nodes": [

        """;

    private const string Tail = """

            ]
          }
        }
        """;

    private static TreeReadResult Read(params string[] nodeLines) =>
        TreeJson.Read(Encoding.UTF8.GetBytes(Head + string.Join(",\n", nodeLines) + Tail), "tree.json", ScorecardTreeTest.District());

    // The tree of ScorecardTreeTest, as a user writes it.
    private static readonly string[] HandWritten =
    [
        """{ "code": "LV1", "kind": "area", "name": { "vi": "Dịch vụ công", "en": "Public services" }, "weight": 2 }""",
        """{ "code": "MT1", "kind": "objective", "parent": "LV1", "name": { "vi": "Trực tuyến", "en": "Online" }, "weight": 1 }""",
        """{ "indicator": "A", "parent": "MT1", "weight": 1, "method": "attainment", "ceiling": 1 }""",
        """{ "indicator": "B", "parent": "MT1", "weight": 3, "method": "attainment", "ceiling": 1 }""",
        """{ "code": "MT2", "kind": "objective", "parent": "LV1", "name": { "vi": "Số hóa", "en": "Digitisation" }, "weight": 1 }""",
        """{ "indicator": "C", "parent": "MT2", "weight": 1, "method": "bands", "bands": [ { "from": 1, "points": 100 }, { "from": 0.7, "points": 50 } ] }""",
        """{ "indicator": "L", "parent": "MT2", "weight": 1, "method": "points", "rule": "cappedLinear", "threshold": 10, "points": 2 }""",
        """{ "code": "LV2", "kind": "area", "name": { "vi": "Dữ liệu", "en": "Data" }, "weight": 1 }""",
        """{ "indicator": "D", "parent": "LV2", "weight": 1, "method": "attainment", "ceiling": 1 }""",
    ];

    [Fact]
    public void A_hand_written_tree_scores_as_by_hand()
    {
        var read = Read(HandWritten);
        read.Problems.Should().BeEmpty();
        var score = read.Tree!.Score(ScorecardTreeTest.District().Evaluate(ScorecardTreeTest.Q1), ScorecardTreeTest.D1);
        // As ScorecardTreeTest works out: MT1 (1 × 100 + 3 × 80) / 4 = 85, MT2 (50 + 80) / 2 = 65, LV1 75, LV2 none,
        // the root 75 over 2/3 of the weight, which meets the file's minimum of half.
        score.Nodes.Select(n => (n.Node.Code, n.Points)).Should().Equal(
            ("DA06", 75m), ("LV1", 75m), ("MT1", 85m), ("A", 100m), ("B", 80m), ("MT2", 65m), ("C", 50m), ("L", 80m), ("LV2", (decimal?)null), ("D", null));
        read.Tree.Coverage.Should().Be(MinimumCoverage.ShareOfWeight(0.5m));
        // The points rule takes the indicator's own polarity: L is lower-is-better.
        read.Tree.Nodes.Single(n => n.Node.Code == "L").Node.Rule!.Polarity.Should().Be(Polarity.LowerIsBetter);
    }

    [Fact]
    public void Writing_then_reading_gives_the_same_tree()
    {
        var tree = ScorecardTreeTest.Tree(MinimumCoverage.ShareOfIndicators(0.75m));
        var json = TreeJson.ToJson(tree);
        var read = TreeJson.Read(Encoding.UTF8.GetBytes(json), "tree.json", ScorecardTreeTest.District());
        read.Problems.Should().BeEmpty();
        TreeJson.ToJson(read.Tree!).Should().Be(json);
        read.Tree!.Describe(Language.English).Should().Be(tree.Describe(Language.English));
    }

    [Fact]
    public void The_scorecard_reader_skips_the_tree()
    {
        var json = Encoding.UTF8.GetBytes("""{ "version": 1, "units": [], "indicators": [], "tree": { "code": "S" } }""");
        ScorecardJson.Read(json, "s.json").Problems.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_indicator_is_located()
    {
        var read = Read("""{ "indicator": "NOPE", "weight": 1, "method": "attainment", "ceiling": 1 }""");
        read.Tree.Should().BeNull();
        read.Problems.Select(p => p.ToString()).Should().Equal("tree.json:5:16 $.tree.nodes[0].indicator: indicator 'NOPE': the indicator 'NOPE' is not in the catalog.");
    }

    [Fact]
    public void An_indicator_in_two_groups_is_located_at_its_second_place()
    {
        var read = Read(
            """{ "code": "M1", "kind": "objective", "name": { "vi": "M1" }, "weight": 1 }""",
            """{ "code": "M2", "kind": "objective", "name": { "vi": "M2" }, "weight": 1 }""",
            """{ "indicator": "A", "parent": "M1", "weight": 1, "method": "attainment", "ceiling": 1 }""",
            """{ "indicator": "A", "parent": "M2", "weight": 1, "method": "attainment", "ceiling": 1 }""");
        read.Problems.Select(p => p.ToString()).Should().Equal(
            "tree.json:8:16 $.tree.nodes[3].indicator: indicator 'A': indicator 'A' is already in group 'M1' (line 7, column 16); an indicator belongs to one group.");
    }

    [Fact]
    public void A_cycle_is_located_and_named()
    {
        var read = Read(
            """{ "code": "M1", "kind": "objective", "parent": "M2", "name": { "vi": "M1" }, "weight": 1 }""",
            """{ "code": "M2", "kind": "objective", "parent": "M1", "name": { "vi": "M2" }, "weight": 1 }""",
            """{ "indicator": "A", "parent": "M1", "weight": 1, "method": "attainment", "ceiling": 1 }""",
            """{ "indicator": "B", "weight": 1, "method": "attainment", "ceiling": 1 }""");
        read.Problems.Select(p => p.ToString()).Should().Equal(
            "tree.json:5:48 $.tree.nodes[0].parent: parent 'M2': the groups 'M1' → 'M2' → 'M1' form a cycle, which never reaches the scorecard; a tree has none.");
    }

    [Fact]
    public void Weights_not_summing_to_anything_positive_are_located_at_the_group()
    {
        var read = Read(
            """{ "code": "M1", "kind": "objective", "name": { "vi": "M1" }, "weight": 1 }""",
            """{ "indicator": "A", "parent": "M1", "weight": 0, "method": "attainment", "ceiling": 1 }""");
        read.Problems.Select(p => p.ToString()).Should().Equal(
            "tree.json:5:11 $.tree.nodes[0].code: code 'M1': Group 'M1': the children's weights (A 0) sum to 0; they must sum to something positive.");
    }

    [Fact]
    public void A_parent_that_is_not_a_group_is_located()
    {
        var read = Read(
            """{ "indicator": "A", "parent": "NOWHERE", "weight": 1, "method": "attainment", "ceiling": 1 }""",
            """{ "indicator": "B", "parent": "A", "weight": 1, "method": "attainment", "ceiling": 1 }""");
        read.Problems.Select(p => p.ToString()).Should().Equal(
            "tree.json:5:31 $.tree.nodes[0].parent: parent 'NOWHERE': the parent 'NOWHERE' is not a group of the tree; the groups are 'DA06'.",
            "tree.json:6:31 $.tree.nodes[1].parent: parent 'A': the parent 'A' is an indicator; only a group (or the scorecard, 'DA06') holds children.");
    }

    [Fact]
    public void Bad_methods_and_negative_weights_are_each_located()
    {
        var read = Read(
            """{ "indicator": "A", "weight": 1, "method": "attainment", "ceiling": 1 }""",
            """{ "indicator": "B", "weight": -1, "method": "attainment", "ceiling": 1 }""",
            """{ "indicator": "C", "weight": 1, "method": "guess" }""");
        read.Problems.Select(p => p.ToString()).Should().Equal(
            "tree.json:6:31 $.tree.nodes[1].weight: weight '-1': a weight cannot be negative.",
            "tree.json:7:44 $.tree.nodes[2].method: method 'guess': expected 'attainment', 'bands' or 'points'.");
    }
}
