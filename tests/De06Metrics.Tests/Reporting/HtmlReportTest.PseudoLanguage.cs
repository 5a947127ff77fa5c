using System.Net;
using De06Metrics.Tests.Scorecards;
using De06Metrics.Tests.Serialization;
using De06Metrics.Tests.Text;
using De06Metrics.Reporting;
using De06Metrics.Text;

namespace De06Metrics.Tests.Reporting;

/// <summary>
/// The document written in <see cref="PseudoLanguage"/>: every heading, label, note and sentence it adds comes from
/// the phrase book, so no word is left once the data's own words (names, codes, units, cited documents, task names)
/// are taken out.
/// </summary>
[Trait("Category", "Text")]
public partial class HtmlReportTest
{
    [Fact]
    public void Every_word_of_the_document_comes_from_the_phrase_book_or_the_data()
    {
        var pseudo = PseudoLanguage.Instance;
        var result = Q1();
        var tasks = Tasks();
        var document = Parse(HtmlReport.ToHtml(result, new HtmlReportOptions(pseudo, Generated, tasks: tasks, tree: ExampleTree())));
        // What a reader sees: the text of every element (the SVG charts' titles included), not the style sheet.
        foreach (var style in document.QuerySelectorAll("style").ToList())
        {
            style.Remove();
        }

        var text = WebUtility.HtmlDecode(document.DocumentElement.TextContent);
        var data = ScorecardWords.Of(result)
            .Concat(tasks.Items.SelectMany(item => new[] { item.Task.Code, item.Task.Name.In(pseudo), item.Task.Notes ?? string.Empty }))
            .Concat(tasks.Items.SelectMany(item => item.Task.Milestones).Select(milestone => milestone.Name?.In(pseudo) ?? string.Empty))
            .Concat(Example.Value.Units.Units.Select(unit => unit.Name.In(pseudo)))
            .Concat(ExampleTree().Nodes.SelectMany(entry => new[] { entry.Node.Code, entry.Node.Name?.In(pseudo) ?? string.Empty }))
            .Concat(["mô hình", "models", "model"]);

        text.Should().Contain("MH.33").And.Contain("DVC.ONLINE");
        document.QuerySelectorAll("main svg").Should().NotBeEmpty();
        document.QuerySelectorAll("section#de06-tree table tbody tr").Should().NotBeEmpty();
        PseudoLanguage.WordsIn(text, data).Should().BeEmpty();
    }
}
