using De06Metrics.Scorecards;
using De06Metrics.Text;

namespace De06Metrics.Reporting;

/// <summary>The weighted scorecard tree's section.</summary>
public static partial class HtmlReport
{
    private sealed partial class Document
    {
        /// <summary>
        /// The tree scored for every unit with a row: a table per unit, each node indented by its depth, with its weight,
        /// its score out of 100 ("—" for none), the indicators scored under it and its sentence (the reason when it has no
        /// score).
        /// </summary>
        private void Tree(ScorecardTree tree)
        {
            html.Open("section", ("id", "de06-tree"), ("aria-labelledby", "de06-tree-heading")).Line();
            html.Element("h2", language.Format(Phrase.ReportTreeTitle, tree.Root.Label(language)), ("id", "de06-tree-heading")).Line();
            html.Element("p", language.Format(Phrase.ReportTreeCoverageNote, tree.Coverage.Describe(language)), ("class", "de06-tree-note")).Line();
            foreach (var score in tree.ScoreAll(result))
            {
                html.Open("div", ("class", "de06-scroll"), ("role", "region"), ("aria-labelledby", "de06-tree-heading"), ("tabindex", "0")).Line();
                html.Open("table", ("class", "de06-table de06-tree"), ("data-unit", score.Unit.Value)).Line();
                html.Element("caption", score.UnitName.In(language)).Line();
                Head(
                    Phrase.ReportColumnNode,
                    Phrase.ReportColumnWeight,
                    Phrase.ReportColumnScore,
                    Phrase.ReportColumnScored,
                    Phrase.ReportColumnExplanation);
                html.Open("tbody").Line();
                foreach (var node in score.Nodes)
                {
                    var label = node.Node.IsIndicator && node.Indicator is { } indicator
                        ? $"{indicator.Code} ({indicator.Name.In(language)})"
                        : node.Node.Label(language);

                    // The node's sentence begins with its label, which the row's header already shows.
                    var sentence = node.Describe(language);
                    var explanation = sentence.StartsWith(label + ": ", StringComparison.Ordinal) ? sentence[(label.Length + 2)..] : sentence;
                    html.Open("tr", ("data-node", node.Node.Code), ("data-depth", node.Depth.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    html.Element("th", label, ("scope", "row"), ("class", "de06-node"), ("style", $"padding-left:{(0.5m + (1.25m * node.Depth)).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}em"));
                    html.Element("td", node.Depth == 0 ? "—" : Display.Natural(node.Node.Weight, language), ("class", "de06-num"));
                    html.Element("td", node.Points is { } points ? Display.Natural(points, language, 2) : "—", ("class", "de06-num"));
                    html.Element("td", $"{language.FormatNumber(node.Scored, 0)}/{language.FormatNumber(node.Indicators, 0)}", ("class", "de06-num"));
                    html.Element("td", explanation, ("class", "de06-wide"));
                    html.Close("tr").Line();
                }

                html.Close("tbody").Line();
                html.Close("table").Line();
                html.Close("div").Line();
            }

            html.Close("section").Line();
        }
    }
}
