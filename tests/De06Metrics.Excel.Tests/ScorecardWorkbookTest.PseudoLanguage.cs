using De06Metrics.Csv;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tests.Scorecards;
using De06Metrics.Tests.Serialization;
using De06Metrics.Tests.Text;
using De06Metrics.Text;
using MiniExcelLibs;

namespace De06Metrics.Excel.Tests;

/// <summary>
/// Every word of the report's sheets comes from the phrase book: written in the pseudo language, the sheets' names,
/// headings and cells hold no word but the example's own (names, codes, units of count, task names).
/// </summary>
[Trait("Category", "Text")]
public sealed class ScorecardWorkbookPseudoLanguageTest
{
    private static readonly Language Pseudo = PseudoLanguage.Instance;

    [Fact]
    public void The_report_sheets_write_only_phrases_and_data()
    {
        var scorecard = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();
        var result = scorecard.Evaluate(HaGiangExample.Q1, new LocalDate(2024, 3, 10), new ScorecardOptions(comparisonPeriod: HaGiangExample.Year2023));
        var assessment = TaskCsv.ReadFolder(Path.Combine(HaGiangExample.Folder, "csv"), scorecard).Tasks.Assess(HaGiangExample.Q1.End, 7);
        using var workbook = new MemoryStream();
        ScorecardWorkbook.Write(result, workbook, Pseudo, assessment);

        var data = ScorecardWords.Of(result)
            .Concat(assessment.Items.SelectMany(item => new[] { item.Task.Code, item.Task.Name.In(Pseudo), item.Task.Notes ?? string.Empty }))
            .Concat(assessment.Items.SelectMany(item => item.Task.Milestones).Select(milestone => milestone.Name?.In(Pseudo) ?? string.Empty))
            .Concat(scorecard.Units.Units.Select(unit => unit.Name.In(Pseudo)))
            .Concat(["mô hình", "models", "model"])
            .ToList();
        var sheets = Workbooks.SheetNames(workbook);
        var reportSheets = sheets.Take(sheets.Count - 5).ToList();
        reportSheets.Should().HaveCount(4, "the summary, the results, what lags and the tasks come before the five data sheets");
        var text = new List<string>(reportSheets);
        foreach (var sheet in reportSheets)
        {
            workbook.Position = 0;
            text.AddRange(workbook.Query(useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>()
                .SelectMany(row => row.Values).OfType<string>());
        }

        text.Should().Contain(cell => cell.Contains("MH.33", StringComparison.Ordinal), "the tasks are written");
        PseudoLanguage.WordsIn(string.Join("\n", text), data).Should().BeEmpty();
    }
}
