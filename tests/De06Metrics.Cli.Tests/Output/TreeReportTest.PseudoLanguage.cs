using De06Metrics.Cli.Output;
using De06Metrics.Scorecards;
using De06Metrics.Tests.Scorecards;
using De06Metrics.Tests.Serialization;
using De06Metrics.Tests.Text;
using De06Metrics.Text;

namespace De06Metrics.Cli.Tests.Output;

/// <summary>Every word of the tree's part of <c>de06 report</c>, in every format, comes from the phrase book or the example's data.</summary>
[Trait("Category", "Text")]
public sealed class TreeReportPseudoLanguageTest
{
    private static readonly Language Pseudo = PseudoLanguage.Instance;

    public static TheoryData<string> Formats() => [.. Enum.GetNames<ReportFormat>().Where(format => format != nameof(ReportFormat.Xlsx))];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_format_of_the_tree_writes_only_phrases_and_data(string format)
    {
        var read = ScorecardSource.Read(null, null);
        var result = read.Scorecard.Evaluate(HaGiangExample.Q1, null, new ScorecardOptions(comparisonPeriod: HaGiangExample.Year2023));
        var tree = TreeSource.Read(null, read.Scorecard);
        tree.Problems.Should().BeEmpty();
        var report = EvaluationReport.Build(result, Pseudo) with { Tree = TreeReport.Build(result, tree.Tree!, Pseudo), WeightedTree = tree.Tree };
        using var output = new StringWriter();

        Writers.Write(report, Enum.Parse<ReportFormat>(format), output, colour: false);

        var text = ReadableReport.Of(output.ToString(), Enum.Parse<ReportFormat>(format), "tree");
        text.Should().Contain("DA06", "the tree is written");
        var data = ScorecardWords.Of(result)
            .Concat(tree.Tree!.Nodes.Where(n => n.Node.Name is not null).SelectMany(n => new[] { n.Node.Code, n.Node.Name!.Value.Vietnamese, n.Node.Name.Value.English ?? string.Empty }))
            .Concat(read.Scorecard.Units.Units.Select(unit => unit.Name.In(Pseudo)));
        PseudoLanguage.WordsIn(text, ReadableReport.DataWords(data, Enum.Parse<ReportFormat>(format))).Should().BeEmpty();
    }
}
