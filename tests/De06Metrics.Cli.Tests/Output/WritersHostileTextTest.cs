using De06Metrics.Cli.Output;

namespace De06Metrics.Cli.Tests.Output;

/// <summary>
/// Names from the data that try to act where the report is read: escape sequences for the terminal, HTML and line
/// breaks for Markdown, formulas for a spreadsheet, and a name of megabytes for the terminal's table layout.
/// </summary>
public sealed class WritersHostileTextTest
{
    // ESC ] 0 ; … BEL sets the terminal's title; ESC [ 31 m turns the text red; CSI (U+009B) is the one-character form;
    // a carriage return would let the rest of a line overwrite its start.
    private const string Escapes = "\u001b]0;pwned\u0007\u001b[31mred\u009b2Jgone\rover";

    [Theory]
    [InlineData(nameof(ReportFormat.Table))]
    [InlineData(nameof(ReportFormat.Md))]
    [InlineData(nameof(ReportFormat.Csv))]
    [InlineData(nameof(ReportFormat.Html))]
    public void Escape_sequences_in_a_name_reach_no_reader_as_controls_and_are_shown(string format)
    {
        var output = Write(Report(name: Escapes, title: "Title \u001b[2J", note: "Note \u0007", section: "Lags: " + Escapes), Enum.Parse<ReportFormat>(format));

        output.Should().NotContainAny("\u001b", "\u0007", "\u009b", "\r");
        // ESC is shown as the control picture ␛, BEL as ␇, CR as ␍, and CSI, which has no picture, by its code (the
        // brackets and the sign < are then escaped as Markdown and HTML escape them).
        output.Should().ContainAll("␛", "0;pwned␇", "31mred", "U+009B", "2Jgone␍over");
    }

    [Fact]
    public void Json_escapes_control_characters_and_keeps_the_name_whole()
    {
        var output = Write(Report(name: Escapes), ReportFormat.Json);

        output.Should().NotContainAny("\u001b", "\u0007", "\u009b", "\r");
        using var json = System.Text.Json.JsonDocument.Parse(output);
        json.RootElement.GetProperty("rows")[0].GetProperty("text").GetProperty("name").GetString().Should().Be(Escapes);
    }

    [Fact]
    public void Markdown_passes_no_raw_html_and_a_line_break_does_not_split_a_table_row()
    {
        var output = Write(Report(name: "<script>alert(1)</script>\n<img src=x onerror=alert(1)>", unit: "Sở | [x](javascript:alert(1)) *b* `c`\r\nline 2"), ReportFormat.Md);

        output.Should().NotContain("<script").And.NotContain("<img").And.NotContain("[x](javascript");
        output.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;<br>&lt;img src=x onerror=alert(1)&gt;");
        output.Should().Contain(@"Sở \| \[x\](javascript:alert(1)) \*b\* \`c\`<br>line 2");
        // The header, the alignment row and the one data row, each on one line that starts and ends with a pipe.
        var tableLines = output.Split('\n').Where(line => line.StartsWith('|')).ToList();
        tableLines.Should().HaveCount(3).And.OnlyContain(line => line.EndsWith('|'));
        tableLines[2].Should().StartWith("| CODE | ");
    }

    [Fact]
    public void Markdown_keeps_an_underscore_inside_a_code_and_escapes_one_that_could_start_emphasis()
    {
        var output = Write(Report(name: "HEALTH.CHIPID_INSURANCE _emphasis_"), ReportFormat.Md);

        output.Should().Contain(@"HEALTH.CHIPID_INSURANCE \_emphasis\_");
    }

    [Fact]
    public void Csv_neutralises_cells_a_spreadsheet_would_run_as_formulas_and_keeps_numbers_numbers()
    {
        var report = new ReportTable("T", string.Empty, [new("a", "A"), new("b", "B"), new("c", "C"), new("d", "D"), new("e", "E"), new("f", "F")],
        [
            Row("=HYPERLINK(\"http://x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "-16 mô hình"),
            Row("-150", "+18,8", "-2.527", "-16,5%", "1.804.228", "Sở Y tế"),
        ], "vi");

        var lines = Write(report, ReportFormat.Csv).TrimEnd('\n').Split('\n');

        // OWASP: a leading apostrophe, and the cell quoted (its own quotes doubled). A tab is shown as ␉ (no control
        // character is written), so that cell no longer starts with a trigger.
        // A Vietnamese report separates its cells with semicolons, as Excel does where the decimal separator is a comma.
        lines[1].Should().Be("\"'=HYPERLINK(\"\"http://x\"\")\";\"'+1+cmd|' /C calc'!A0\";\"'-2+3\";\"'@SUM(A1)\";␉=1;\"'-16 mô hình\"");
        lines[2].Should().Be("-150;+18,8;-2.527;-16,5%;1.804.228;Sở Y tế", "a number as written, in either language's conventions, stays a number");
    }

    [Fact]
    public void A_ten_megabyte_unit_name_gives_a_terminal_table_of_bounded_size_that_says_how_long_the_name_was()
    {
        var name = new string('x', 10 * 1024 * 1024);
        var report = Report(name: name, unit: "Sở Y tế", section: "1. " + name);

        var output = Write(report, ReportFormat.Table);

        // The cell and the lagging line each show the first 1 000 characters and the whole length (10 × 1 024 × 1 024 =
        // 10 485 760, with the Vietnamese thousands dot): the table is then laid out from 2 000 such characters, not 20 million.
        output.Length.Should().BeLessThan(20_000);
        output.Should().Contain("(đã lược bớt; toàn văn 10.485.760 ký tự)").And.Contain("Sở Y tế");
    }

    [Fact]
    public void A_cut_never_splits_a_letter_from_its_accent_nor_a_surrogate_pair()
    {
        // "ệ" written as e + U+0323 + U+0302 (3 UTF-16 units), then 😀 (2 units): the 1 000-character limit falls inside each.
        var decomposed = new string('a', 998) + "e\u0323\u0302" + "tail";
        var astral = new string('a', 999) + "😀" + "tail";

        Writers.Cut(decomposed, De06Metrics.Text.Language.English).Should().StartWith(new string('a', 998) + "… (cut; 1,005 characters in all)");
        Writers.Cut(astral, De06Metrics.Text.Language.English).Should().StartWith(new string('a', 999) + "… (cut; 1,005 characters in all)");
        Writers.Cut(new string('a', 1000), De06Metrics.Text.Language.English).Should().Be(new string('a', 1000), "1 000 characters fit");
    }

    private static ReportTable Report(string name, string unit = "Tỉnh Hà Giang", string title = "Title", string note = "", string section = "1. lags") =>
        new(title, note, [new("indicator", "Code"), new("name", "Indicator"), new("unit", "Unit")], [Row("CODE", name, unit)], "vi")
        {
            Sections = [new ReportSection("Heading", section)],
        };

    private static ReportRow Row(params string[] cells) => new(cells, new Dictionary<string, object?> { ["indicator"] = cells[0] });

    private static string Write(ReportTable report, ReportFormat format)
    {
        using var output = new StringWriter();
        Writers.Write(report, format, output, colour: false);
        return output.ToString();
    }
}
