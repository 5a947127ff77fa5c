using De06Metrics.Cli.Output;
using De06Metrics.Scorecards;
using De06Metrics.Tests.Scorecards;
using De06Metrics.Tests.Serialization;
using De06Metrics.Tests.Text;
using De06Metrics.Text;

namespace De06Metrics.Cli.Tests.Output;

/// <summary>
/// Every word of the tasks' part of <c>de06 report</c>, in every format, comes from the phrase book or the example's
/// data (task names, notes, unit names, what each task is).
/// </summary>
[Trait("Category", "Text")]
public sealed class TaskReportPseudoLanguageTest
{
    private static readonly Language Pseudo = PseudoLanguage.Instance;

    // The workbook is not text: its words are checked by the Excel package's own pseudo-language test.
    public static TheoryData<string> Formats() => [.. Enum.GetNames<ReportFormat>().Where(format => format != nameof(ReportFormat.Xlsx))];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_format_of_the_tasks_writes_only_phrases_and_data(string format)
    {
        var read = ScorecardSource.Read(null, null);
        var result = read.Scorecard.Evaluate(HaGiangExample.Q1, null, new ScorecardOptions(comparisonPeriod: HaGiangExample.Year2023));
        var tasks = TaskSource.Read(null, read.Scorecard, null);
        tasks.Problems.Should().BeEmpty();
        var assessment = tasks.Tasks.Assess(HaGiangExample.Q1.End, 7);
        var report = EvaluationReport.Build(result, Pseudo) with { Tasks = TaskReport.Build(assessment, Pseudo), TaskAssessment = assessment };
        using var output = new StringWriter();

        Writers.Write(report, Enum.Parse<ReportFormat>(format), output, colour: false);

        var text = ReadableReport.Of(output.ToString(), Enum.Parse<ReportFormat>(format), "tasks");
        text.Should().Contain("MH.33", "the tasks are written");
        var data = ScorecardWords.Of(result)
            .Concat(assessment.Items.SelectMany(item => new[] { item.Task.Code, item.Task.Name.In(Pseudo), item.Task.Notes ?? string.Empty }))
            .Concat(assessment.Items.SelectMany(item => item.Task.Milestones).Select(milestone => milestone.Name?.In(Pseudo) ?? string.Empty))
            .Concat(read.Scorecard.Units.Units.Select(unit => unit.Name.In(Pseudo)))
            .Concat(["mô hình", "models", "model"]);
        PseudoLanguage.WordsIn(text, ReadableReport.DataWords(data, Enum.Parse<ReportFormat>(format))).Should().BeEmpty();
    }
}
