using AngleSharp.Dom;
using De06Metrics.Reporting;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;

namespace De06Metrics.Tests.Reporting;

/// <summary>The weighted scorecard tree's section: a table per unit, its scores checked by hand against the report's figures.</summary>
public partial class HtmlReportTest
{
    private static ScorecardTree ExampleTree()
    {
        var read = TreeJson.ReadFile(Path.Combine(HaGiangExample.Folder, "tree.json"), Example.Value);
        read.Problems.Should().BeEmpty();
        return read.Tree!;
    }

    private static TreeDocument TreeReport(Language language) =>
        new(Parse(HtmlReport.ToHtml(Q1(), new HtmlReportOptions(language, Generated, tasks: Tasks(), tree: ExampleTree()))));

    /// <summary>A parsed document and its tree section.</summary>
    private sealed record TreeDocument(IDocument Document)
    {
        public IElement Section => Document.QuerySelector("section#de06-tree") ?? throw new InvalidOperationException("No tree section.");
    }

    [Theory]
    [InlineData("vi", "100", "100", "Điểm theo cây mục tiêu", "Tỉnh Hà Giang")]
    [InlineData("en", "100", "100", "Scorecard tree scores", "Hà Giang Province")]
    public void The_tree_section_scores_the_province_from_the_reports_figures(string code, string root, string models, string heading, string province)
    {
        var section = TreeReport(Language.FromCode(code)).Section;

        Text(section.QuerySelector("h2")).Should().StartWith(heading);
        var table = section.QuerySelectorAll("table.de06-tree").Should().ContainSingle("the example has one unit, the province").Subject;
        table.GetAttribute("data-unit").Should().Be("HG");
        Text(table.QuerySelector("caption")).Should().Be(province);
        var rows = table.QuerySelectorAll("tbody tr").ToList();

        // The root: the three equally weighted areas score 100 each, so (100 + 100 + 100) / 3 = 100; 5 of the 6 indicators
        // have a score (on-time handling has no target on the quarter).
        rows[0].GetAttribute("data-depth").Should().Be("0");
        var cells = rows[0].Children.Select(Text).ToList();
        cells[2].Should().Be(root);
        cells[3].Should().Be("5/6");

        // The models' area and its one indicator: no target on the quarter, so scored against the year's plan from the
        // 10 models of the end of 2023: 10 + 23 × 91/366 = 15,72 expected by 31/3/2024, and 17 ÷ 15,72 = 1,08, capped
        // at 100.
        var modelRows = rows.Where(row => row.GetAttribute("data-node") is "MH" or "MODELS.DEPLOYED").ToList();
        modelRows.Should().HaveCount(2);
        modelRows.Select(row => Text(row.Children[2])).Should().Equal(models, models);
        modelRows.Select(row => row.GetAttribute("data-depth")).Should().Equal("1", "2");

        // On-time handling: no score, its reason in place of a sentence.
        var onTime = rows.Single(row => row.GetAttribute("data-node") == "TTHC.ONTIME");
        Text(onTime.Children[2]).Should().Be("—");
        Text(onTime.Children[3]).Should().Be("0/1");
    }

    [Fact]
    public void The_tree_tables_have_scoped_headers_and_indent_nodes_by_depth()
    {
        var english = Language.English;
        var table = TreeReport(english).Section.QuerySelector("table.de06-tree")!;

        table.QuerySelectorAll("thead th").Select(th => (Text(th), th.GetAttribute("scope"))).Should().Equal(
            (english[Phrase.ReportColumnNode], "col"),
            (english[Phrase.ReportColumnWeight], "col"),
            (english[Phrase.ReportColumnScore], "col"),
            (english[Phrase.ReportColumnScored], "col"),
            (english[Phrase.ReportColumnExplanation], "col"));
        var headers = table.QuerySelectorAll("tbody tr").Select(row => row.Children[0]).ToList();
        headers.Should().OnlyContain(th => th.LocalName == "th" && th.GetAttribute("scope") == "row");

        // Deeper nodes are indented further: 0,5em + 1,25em a level.
        headers.Select(th => th.GetAttribute("style")).Distinct().Should().BeEquivalentTo("padding-left:0.5em", "padding-left:1.75em", "padding-left:3em");
        Text(headers.Single(th => th.ParentElement!.GetAttribute("data-node") == "DVC.ONLINE")).Should().StartWith("DVC.ONLINE (");
    }

    [Fact]
    public void Without_a_tree_there_is_no_tree_section()
    {
        Report(Language.English).QuerySelector("section#de06-tree").Should().BeNull();
    }
}
