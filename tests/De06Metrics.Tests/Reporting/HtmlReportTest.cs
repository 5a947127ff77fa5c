using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using De06Metrics.Reporting;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tasks;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;

namespace De06Metrics.Tests.Reporting;

/// <summary>
/// The HTML report of the Hà Giang example, read back with a real HTML parser (AngleSharp): its structure, its figures
/// (checked against the province's report), its print and phone styles, and its words.
/// </summary>
public partial class HtmlReportTest
{
    /// <summary>The day the example's report was made in these tests: the day after the briefing that set its targets.</summary>
    private static readonly LocalDate Generated = new(2024, 4, 5);

    private static readonly Lazy<Scorecard> Example = new(() =>
    {
        var read = ScorecardJson.ReadFile(HaGiangExample.JsonPath);
        read.Problems.Should().BeEmpty();
        return read.Scorecard;
    });

    /// <summary>The quarter as the command reports it: compared with the year before, the tasks judged at its end.</summary>
    private static ScorecardResult Q1() =>
        Example.Value.Evaluate(HaGiangExample.Q1, null, new ScorecardOptions(comparisonPeriod: HaGiangExample.Year2023));

    /// <summary>
    /// The quarter with the models held to all 33 of the programme on it (see
    /// <see cref="HaGiangExample.WithTheModelsHeldToTheProgrammeOnQ1"/>): one row not met, 17 of 33, for the tests about
    /// how a row not met is drawn. The example itself has none.
    /// </summary>
    private static ScorecardResult Q1WithOneNotMet() =>
        HaGiangExample.WithTheModelsHeldToTheProgrammeOnQ1(Example.Value)
            .Evaluate(HaGiangExample.Q1, null, new ScorecardOptions(comparisonPeriod: HaGiangExample.Year2023));

    private static IHtmlDocument ReportWithOneNotMet(Language language) => Parse(Html(Q1WithOneNotMet(), language, Tasks()));

    private static TaskListAssessment Tasks()
    {
        var read = TaskJson.ReadFile(Path.Combine(HaGiangExample.Folder, "tasks.json"), Example.Value);
        read.Problems.Should().BeEmpty();
        return read.Tasks.Assess(HaGiangExample.Q1.End, 7);
    }

    private static string Html(ScorecardResult result, Language language, TaskListAssessment? tasks = null) =>
        HtmlReport.ToHtml(result, new HtmlReportOptions(language, Generated, tasks: tasks));

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static IHtmlDocument Report(Language language) => Parse(Html(Q1(), language, Tasks()));

    private static string Text(IElement? element) => element?.TextContent.Trim() ?? throw new InvalidOperationException("No such element.");

    /// <summary>The results table's row for an indicator.</summary>
    private static IElement ResultRow(IDocument document, string code) =>
        document.QuerySelector($"table.de06-results tbody tr[data-indicator='{code}']") ?? throw new InvalidOperationException($"No row for {code}.");

    /// <summary>A row's cell under the column headed <paramref name="heading"/>.</summary>
    private static IElement Cell(IDocument document, IElement row, string heading)
    {
        var headings = document.QuerySelectorAll("table.de06-results thead th").Select(Text).ToList();
        var index = headings.IndexOf(heading);
        index.Should().BeGreaterThanOrEqualTo(0, $"the table has a column headed '{heading}'");
        return row.Children[index];
    }
}
