using De06Metrics.Composite;
using De06Metrics.Tests.Text;

namespace De06Metrics.Tests.Scorecards;

/// <summary>Every sentence of a tree and its scores comes from the phrase book: the pseudo language leaves no word but the data's.</summary>
[Trait("Category", "Text")]
public partial class ScorecardTreeTest
{
    private static readonly string[] DataWords =
    [
        "Đề", "án", "Dịch", "vụ", "công", "Trực", "tuyến", "Số", "hóa", "Dữ", "liệu", "Chỉ", "tiêu", "Huyện", "Tỉnh",
        "DA06", "LV1", "LV2", "MT1", "MT2", "A", "B", "C", "D", "L", "P",
    ];

    [Fact]
    public void Every_tree_sentence_comes_from_the_phrase_book()
    {
        var pseudo = PseudoLanguage.Instance;
        foreach (var coverage in new[] { MinimumCoverage.AnyData, MinimumCoverage.ShareOfWeight(0.9m), MinimumCoverage.ShareOfIndicators(0.9m) })
        {
            var tree = Tree(coverage);
            PseudoLanguage.WordsIn(tree.Describe(pseudo), DataWords).Should().BeEmpty();
            foreach (var score in tree.ScoreAll(District().Evaluate(Q1)))
            {
                var text = score.Describe(pseudo);
                PseudoLanguage.WordsIn(text, DataWords).Should().BeEmpty(text);
            }
        }
    }
}
