using System.Globalization;
using De06Metrics.Cli.Output;
using De06Metrics.Scorecards;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Cli.Tests.Output;

/// <summary>
/// The main job's report in a terminal of 80 and of 120 columns: no line is wider than the terminal, no code is split
/// across lines, each status is written in words, and the tasks' note shared by all 33 rows is written once.
/// </summary>
public sealed class TerminalWriterWidthsTest
{
    private static ReportTable MainReport(Language language)
    {
        var read = ScorecardSource.Read(null, null);
        var result = read.Scorecard.Evaluate(HaGiangExample.Q1, null, new ScorecardOptions(figures: FigureChoice.LatestAvailable));
        var tasks = TaskReport.Judge(null, read.Scorecard, null, HaGiangExample.Q1.End, 7)!.Value.Assessment!;
        return EvaluationReport.Build(result, language) with { Tasks = TaskReport.Build(tasks, language) };
    }

    private static string Written(ReportTable report, int width)
    {
        using var output = new StringWriter();
        Writers.Write(report, ReportFormat.Table, output, colour: false, width);
        return output.ToString();
    }

    public static TheoryData<int, string> Widths() => new() { { 80, "vi" }, { 120, "vi" }, { 80, "en" }, { 120, "en" } };

    [Theory]
    [MemberData(nameof(Widths))]
    public void No_line_is_wider_than_the_terminal(int width, string language)
    {
        var lines = Written(MainReport(Language.FromCode(language)), width).Split('\n');

        lines.Should().OnlyContain(line => new StringInfo(line.TrimEnd('\r')).LengthInTextElements <= width);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Every_code_stays_whole_on_one_line(int width, string language)
    {
        var report = MainReport(Language.FromCode(language));
        var lines = Written(report, width).Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        var codes = report.Rows.Select(row => row.Cells[0]).Concat(report.Tasks!.Rows.Select(row => row.Cells[0])).ToList();

        codes.Should().Contain("HEALTH.CHIPID_INSURANCE", "the longest code, 23 characters");
        foreach (var code in codes)
        {
            lines.Should().Contain(line => line.Contains(code, StringComparison.Ordinal), $"{code} is written whole");
            // A code cut at the end of a line leaves its beginning there and the rest on the next: "DVC.ONLIN" / "E".
            for (var n = 1; n < code.Length; n++)
            {
                var (head, tail) = (code[..n], code[n..]);
                lines.Zip(lines.Skip(1)).Should().NotContain(
                    pair => pair.First.TrimEnd(' ', '│').EndsWith(head, StringComparison.Ordinal) && pair.Second.TrimStart(' ', '│').StartsWith(tail, StringComparison.Ordinal),
                    $"{code} is not split after '{head}'");
            }
        }
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void Statuses_are_words_and_the_shared_note_is_written_once(int width)
    {
        var text = Written(MainReport(Language.Vietnamese), width);

        // The four exceeded targets, the tasks' statuses (docs/examples/ha-giang-2024-q1).
        text.Should().Contain("Vượt chỉ tiêu").And.Contain("hoàn thành đúng hạn").And.Contain("quá hạn");
        const string note = "Minh họa: thời hạn, ngày hoàn thành và đơn vị do ví dụ đặt; báo cáo chỉ nêu 17/33 mô hình.";
        var flat = string.Join(' ', text.Split('\n').Select(line => line.Trim()));
        flat.Split("Minh họa:").Length.Should().Be(2, "the note every task carries is written once, not on each of the 33 rows");
        flat.Should().Contain(note);
    }

    [Fact]
    public void A_wide_terminal_keeps_the_table_and_a_narrow_one_stacks_the_rows()
    {
        var report = MainReport(Language.Vietnamese);

        Written(report, TerminalWriter.RedirectedWidth).Split('\n').Should().Contain(line => line.StartsWith("│ DVC.ONLINE ", StringComparison.Ordinal));
        var narrow = Written(report, 80).Split('\n');
        narrow.Should().Contain("DVC.ONLINE — Tỷ lệ hồ sơ trực tuyến");
        narrow.Should().Contain("  Đánh giá: Vượt chỉ tiêu");
    }

    [Theory]
    [InlineData("a bb ccc dddd", 6, 0, 2, new[] { "a bb", "  ccc", "  dddd" })]
    [InlineData("HEALTH.CHIPID_INSURANCE x", 10, 0, 0, new[] { "HEALTH.CHI", "PID_INSURA", "NCE x" })]
    [InlineData("", 10, 0, 0, new[] { "" })]
    public void Wrapping_breaks_at_spaces_and_cuts_only_a_word_longer_than_a_line(string text, int width, int first, int rest, string[] expected)
    {
        // Worked by hand: "a bb" is 4 columns and " ccc" would make 8 > 6; a 23-letter word in 10 columns is cut 10 + 10 + 3.
        TerminalWriter.Wrap(text, width, first, rest).Should().Equal(expected);
    }
}
