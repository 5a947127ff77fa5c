using De06Metrics.Scorecards;
using De06Metrics.Text;

namespace De06Metrics.Cli.Output;

/// <summary>
/// A scorecard's weighted tree scored for every unit as a report table of its own: per unit and node the weight, the
/// score out of 100, the indicators scored and the node's sentence, nodes indented by depth.
/// </summary>
internal static class TreeReport
{
    public static ReportTable Build(ScorecardResult result, ScorecardTree tree, Language language)
    {
        ReportColumn[] columns =
        [
            new("unit", language[Phrase.ReportColumnUnit]),
            new("node", language[Phrase.ReportColumnNode]),
            new("weight", language[Phrase.ReportColumnWeight], AlignRight: true),
            new("score", language[Phrase.ReportColumnScore], AlignRight: true),
            new("scored", language[Phrase.ReportColumnScored], AlignRight: true),
            new("explanation", language[Phrase.ReportColumnExplanation]),
        ];
        var rows = new List<ReportRow>();
        foreach (var score in tree.ScoreAll(result))
        {
            foreach (var node in score.Nodes)
            {
                var label = node.Node.IsIndicator && node.Indicator is { } indicator ? $"{indicator.Code} ({indicator.Name.In(language)})" : node.Node.Label(language);
                // The node's sentence begins with its label, which the node's own cell already shows.
                var sentence = node.Describe(language);
                var explanation = sentence.StartsWith(label + ": ", StringComparison.Ordinal) ? sentence[(label.Length + 2)..] : sentence;
                string[] cells =
                [
                    score.UnitName.In(language),
                    // Non-breaking spaces indent the node, so that HTML and Markdown keep the indentation.
                    new string('\u00A0', 4 * node.Depth) + label,
                    node.Depth == 0 ? string.Empty : Display.Natural(node.Node.Weight, language),
                    node.Points is { } points ? Display.Natural(points, language, 2) : "—",
                    $"{node.Scored}/{node.Indicators}",
                    explanation,
                ];
                var values = new Dictionary<string, object?>
                {
                    ["unit"] = score.Unit.Value,
                    ["node"] = node.Node.Code,
                    ["kind"] = node.Node.Kind.ToString(),
                    ["depth"] = (decimal)node.Depth,
                    ["weight"] = node.Node.Weight,
                    ["score"] = node.Points,
                    ["scored"] = (decimal)node.Scored,
                    ["indicators"] = (decimal)node.Indicators,
                    ["reason"] = node.Reason?.In(language),
                    ["sentence"] = sentence,
                };
                rows.Add(new ReportRow(cells, values));
            }
        }

        return new ReportTable(language.Format(Phrase.ReportTreeTitle, tree.Root.Label(language)), language.Format(Phrase.ReportTreeCoverageNote, tree.Coverage.Describe(language)), columns, rows, language.Code)
        {
            Phrases = language,
        };
    }
}
