using De06Metrics.Cli.Output;
using De06Metrics.Scorecards;
using De06Metrics.Tests.Scorecards;
using De06Metrics.Tests.Serialization;
using De06Metrics.Tests.Text;
using De06Metrics.Text;

namespace De06Metrics.Cli.Tests.Output;

/// <summary>
/// Every word the <c>de06 report</c> writes in every format comes from the phrase book: written in the pseudo language,
/// the built-in example's report holds no word but the example's names, codes and units, and the text of the layers
/// below the scorecard (see <see cref="ScorecardWords"/>).
/// </summary>
[Trait("Category", "Text")]
public sealed class EvaluationReportPseudoLanguageTest
{
    private static readonly Language Pseudo = PseudoLanguage.Instance;

    // The workbook is not text: its words are checked by the Excel package's own pseudo-language test.
    public static TheoryData<string> Formats() => [.. Enum.GetNames<ReportFormat>().Where(format => format != nameof(ReportFormat.Xlsx))];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_format_of_the_report_writes_only_phrases_and_data(string format)
    {
        var read = ScorecardSource.Read(null, null);
        read.IsValid.Should().BeTrue();
        // As the command runs the example: every indicator's latest figures against its earlier ones, here with an as-of date as well.
        var result = read.Scorecard.Evaluate(HaGiangExample.Q1, new LocalDate(2024, 3, 10), new ScorecardOptions(figures: FigureChoice.LatestAvailable));
        var report = EvaluationReport.Build(result, Pseudo);
        using var output = new StringWriter();

        Writers.Write(report, Enum.Parse<ReportFormat>(format), output, colour: false);

        var text = ReadableReport.Of(output.ToString(), Enum.Parse<ReportFormat>(format));
        text.Should().NotBeEmpty();
        PseudoLanguage.WordsIn(text, ReadableReport.DataWords(ScorecardWords.Of(result), Enum.Parse<ReportFormat>(format))).Should().BeEmpty();
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void The_narrow_terminal_layouts_write_only_phrases_and_data(int width)
    {
        var read = ScorecardSource.Read(null, null);
        var result = read.Scorecard.Evaluate(HaGiangExample.Q1, new LocalDate(2024, 3, 10), new ScorecardOptions(figures: FigureChoice.LatestAvailable));
        var report = EvaluationReport.Build(result, Pseudo);
        using var output = new StringWriter();

        Writers.Write(report, ReportFormat.Table, output, colour: false, width);

        // Lines wrapped at the width may part a unit's words ("mô" / "hình"): read as one run of text.
        var text = string.Join(' ', output.ToString().Split('\n').Select(line => line.Trim()));
        PseudoLanguage.WordsIn(text, ReadableReport.DataWords(ScorecardWords.Of(result), ReportFormat.Table)).Should().BeEmpty();
    }

    [Fact]
    public void The_status_and_behind_schedule_come_from_the_book()
    {
        // The models held to all 33 on the quarter: on 10 March, 70 of the quarter's 91 days gone (76,9%), 17 of 33 (51,5%) is behind.
        var read = ScorecardSource.Read(null, null);
        var result = HaGiangExample.WithTheModelsHeldToTheProgrammeOnQ1(read.Scorecard)
            .Evaluate(HaGiangExample.Q1, new LocalDate(2024, 3, 10), new ScorecardOptions(figures: FigureChoice.LatestAvailable));
        var report = EvaluationReport.Build(result, Pseudo);
        var status = report.Columns.Select((column, i) => (column.Key, i)).Single(column => column.Key == "status").i;

        var cells = report.Rows.Select(row => row.Cells[status]).Where(cell => cell.Length > 0).ToList();
        cells.Should().NotBeEmpty();
        cells.SelectMany(cell => PseudoLanguage.WordsIn(cell)).Should().BeEmpty();
        report.Rows.Should().Contain(row => row.Status == RowStatus.Behind, "a row behind schedule says so");
    }

    [Fact]
    public void A_cell_cut_in_the_terminal_says_so_in_the_book_s_words()
    {
        // Short words, as the terminal wraps a long cell across lines; cut at 1 000 characters, the last is "x" of "xy".
        var name = string.Join(' ', Enumerable.Repeat("xy", 1667)).TrimEnd();
        var report = new ReportTable("◊", string.Empty, [new("name", "◊")], [new ReportRow([name], new Dictionary<string, object?>())], Pseudo.Code)
        {
            Phrases = Pseudo,
        };
        using var output = new StringWriter();

        Writers.Write(report, ReportFormat.Table, output, colour: false);

        output.ToString().Should().Contain("5.000", "the length, in the language's conventions");
        PseudoLanguage.WordsIn(output.ToString(), ["xy", "x"]).Should().BeEmpty();
    }
}
