using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using De06Metrics.Indicators;
using De06Metrics.Reporting;
using De06Metrics.Text;
using Spectre.Console;

namespace De06Metrics.Cli.Output;

/// <summary>Writes a report table in each output format.</summary>
/// <remarks>
/// Text from the data is written so that it cannot act in the place it is read: control characters are shown, never
/// obeyed (see <see cref="VisibleText"/>); the terminal table cuts a cell or a line longer than
/// <see cref="TerminalCellLimit"/> characters, saying how long it was, so that its layout stays linear in the size of
/// the report; Markdown escapes what would be markup; CSV neutralises what a spreadsheet would run as a formula. JSON
/// keeps every value whole.
/// </remarks>
internal static partial class Writers
{
    /// <summary>The longest text a terminal table cell (or a line after the table) shows; longer text is cut.</summary>
    public const int TerminalCellLimit = 1000;

    /// <summary>How many bytes of JSON are gathered before they are passed on to the output.</summary>
    private const int JsonChunk = 32 * 1024;

    /// <summary>The characters <see cref="MarkdownInline"/> may escape; text without them is written as it is.</summary>
    private static readonly SearchValues<char> MarkdownSpecial = SearchValues.Create("&<>_\\`*[]~|");

    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="colour">Whether the terminal table is coloured.</param>
    /// <param name="width">The terminal's width in columns; <see langword="null"/> for the width of the terminal written to.</param>
    public static void Write(ReportTable report, ReportFormat format, TextWriter output, bool colour, int? width = null)
    {
        switch (format)
        {
            case ReportFormat.Table:
                TerminalWriter.Write(report, output, colour, width ?? TerminalWriter.WidthOf(colour));
                break;
            case ReportFormat.Json:
                WriteJson(report, output);
                break;
            case ReportFormat.Csv:
                WriteCsv(report, output);
                break;
            case ReportFormat.Md:
                WriteMarkdown(report, output);
                break;
            case ReportFormat.Html:
                WriteHtml(report, output);
                break;
            default:
                throw new InvalidOperationException($"The {format} format is not text; it is written to a file (--out).");
        }
    }

    /// <summary>
    /// Text of at most <see cref="TerminalCellLimit"/> characters, else its beginning (whole characters, never half a
    /// surrogate pair or a letter without its accent) and how long the text was, in the report's language.
    /// </summary>
    /// <remarks>The terminal's table lays out every character of a cell; cut, a 10 MB name costs what 1 000 characters cost.</remarks>
    internal static string Cut(string text, Language language)
    {
        if (text.Length <= TerminalCellLimit)
        {
            return text;
        }

        var end = 0;
        for (var next = StringInfo.GetNextTextElementLength(text.AsSpan(end)); end + next <= TerminalCellLimit; next = StringInfo.GetNextTextElementLength(text.AsSpan(end)))
        {
            end += next;
        }

        return language.Format(Phrase.ReportCutText, text[..end], language.FormatNumber(text.Length, 0));
    }

    private static void WriteMarkdown(ReportTable report, TextWriter output)
    {
        output.WriteLine($"# {MarkdownInline(report.Title).Replace("\n", " ", StringComparison.Ordinal)}");
        output.WriteLine();
        output.WriteLine(MarkdownInline(report.Note));
        output.WriteLine();
        output.WriteLine("| " + string.Join(" | ", report.Columns.Select(c => Cell(c.Heading))) + " |");
        output.WriteLine("|" + string.Join("|", report.Columns.Select(c => c.AlignRight ? "---:" : "---")) + "|");
        foreach (var row in report.Rows)
        {
            output.Write("| ");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                if (i > 0)
                {
                    output.Write(" | ");
                }

                output.Write(Cell(row.Cells[i]));
            }

            output.WriteLine(" |");
        }

        foreach (var section in report.Sections)
        {
            output.WriteLine();
            output.WriteLine($"## {MarkdownInline(section.Heading).Replace("\n", " ", StringComparison.Ordinal)}");
            output.WriteLine();
            WriteMarkdownList(section.Text, output);
        }

        if (report.Tasks is { } tasks)
        {
            output.WriteLine();
            WriteMarkdown(tasks, output);
        }

        if (report.Tree is { } tree)
        {
            output.WriteLine();
            WriteMarkdown(tree, output);
        }

        // A line break inside a cell would end the table row: it is written as the <br> Markdown tables allow.
        static string Cell(string text) => MarkdownInline(text).Replace("\n", "<br>", StringComparison.Ordinal);
    }

    /// <summary>
    /// A section's lines as a Markdown list, so that a viewer does not run them together into one paragraph: each line
    /// an item ("- "), a numbered line ("  1. …", an item of the line above it, as the lagging report writes them) an
    /// item of a numbered list inside it, an indented line after numbered lines ("  và 15 chỉ tiêu khác") an item of
    /// a plain list after them, and a blank line before each item that has such items of its own.
    /// </summary>
    internal static void WriteMarkdownList(string text, TextWriter output)
    {
        var lines = text.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Trim().Length > 0).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (NumberedLine().Match(lines[i]) is { Success: true } numbered)
            {
                output.WriteLine($"   {numbered.Groups[1].Value}. {ItemText(numbered.Groups[2].Value)}");
                continue;
            }

            // An indented line after the numbered items (the lagging report's "và 15 chỉ tiêu khác") stays under them.
            if (i > 0 && lines[i][0] == ' ' && NumberedLine().IsMatch(lines[i - 1]))
            {
                output.WriteLine($"   - {ItemText(lines[i].Trim())}");
                continue;
            }

            var opensBlock = i + 1 < lines.Count && NumberedLine().IsMatch(lines[i + 1]);
            if (opensBlock && i > 0)
            {
                output.WriteLine();
            }

            output.WriteLine($"- {ItemText(lines[i].Trim())}");
        }

        // What would open a heading, a quote, another list or a break at the start of an item is escaped too.
        static string ItemText(string line)
        {
            var inline = MarkdownInline(line);
            if (StartsNumbered().Match(inline) is { Success: true } number)
            {
                return inline.Insert(number.Length - 1, "\\");
            }

            return inline.Length > 0 && inline[0] is '#' or '>' or '-' or '+' or '=' ? "\\" + inline : inline;
        }
    }

    [GeneratedRegex(@"^[0-9]+[.)]", RegexOptions.CultureInvariant)]
    private static partial Regex StartsNumbered();

    [GeneratedRegex(@"^\s+([0-9]+)\. (.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedLine();

    /// <summary>
    /// Text as Markdown shows it literally: control characters shown, the characters that start HTML or an entity
    /// written as entities (so no tag of the data passes), and those that start a link, an image, code, emphasis,
    /// strike-through or a table cell escaped with a backslash. An underscore between two letters or digits, which
    /// cannot start emphasis, stays as it is (indicator codes such as HEALTH.CHIPID_INSURANCE). Line breaks are kept.
    /// </summary>
    internal static string MarkdownInline(string text)
    {
        var shown = VisibleText.Of(text, keepLineBreaks: true);
        if (shown.AsSpan().IndexOfAny(MarkdownSpecial) < 0)
        {
            return shown;
        }

        var escaped = new StringBuilder(shown.Length + 16);
        for (var i = 0; i < shown.Length; i++)
        {
            var c = shown[i];
            switch (c)
            {
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '_' when i > 0 && i + 1 < shown.Length && char.IsLetterOrDigit(shown[i - 1]) && char.IsLetterOrDigit(shown[i + 1]):
                    escaped.Append(c);
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '~' or '|':
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    private static void WriteHtml(ReportTable report, TextWriter output)
    {
        if (report.Result is { } result)
        {
            // An evaluated scorecard is written as the library's document: header, tiles, badges, charts, footnotes.
            var language = report.Phrases ?? Language.FromCode(report.Language);
            var options = new HtmlReportOptions(language, report.Generated ?? result.AsOf ?? result.Period.End, tasks: report.TaskAssessment, tree: report.WeightedTree);
            HtmlReport.Write(result, output, options);
            return;
        }

        // Written to the output as it goes, a row at a time.
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"" + report.Language + "\">");
        output.WriteLine("<head>");
        output.WriteLine("<meta charset=\"utf-8\">");
        output.WriteLine("<title>" + Html(report.Title) + "</title>");
        output.WriteLine("<style>body{font-family:sans-serif}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:4px 8px}td.num{text-align:right}tr.met td{color:#060}tr.atrisk td{color:#960}tr.behind td{color:#b00}</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
        output.WriteLine("<h1>" + Html(report.Title) + "</h1>");
        WriteHtmlBody(output, report);
        if (report.Tasks is { } tasks)
        {
            output.WriteLine("<h1>" + Html(tasks.Title) + "</h1>");
            WriteHtmlBody(output, tasks);
        }

        if (report.Tree is { } tree)
        {
            output.WriteLine("<h1>" + Html(tree.Title) + "</h1>");
            WriteHtmlBody(output, tree);
        }

        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    /// <summary>A report's note, table and sections, after its heading.</summary>
    private static void WriteHtmlBody(TextWriter html, ReportTable report)
    {
        html.WriteLine("<p>" + Html(report.Note) + "</p>");
        html.WriteLine("<table>");
        html.Write("<thead><tr>");
        foreach (var column in report.Columns)
        {
            html.Write("<th>" + Html(column.Heading) + "</th>");
        }

        html.WriteLine("</tr></thead>");
        html.WriteLine("<tbody>");
        foreach (var row in report.Rows)
        {
            html.Write(row.Status switch
            {
                RowStatus.Met => "<tr class=\"met\">",
                RowStatus.AtRisk => "<tr class=\"atrisk\">",
                RowStatus.Behind => "<tr class=\"behind\">",
                _ => "<tr>",
            });
            for (var i = 0; i < row.Cells.Count; i++)
            {
                html.Write(report.Columns[i].AlignRight ? "<td class=\"num\">" : "<td>");
                html.Write(Html(row.Cells[i]));
                html.Write("</td>");
            }

            html.WriteLine("</tr>");
        }

        html.WriteLine("</tbody>");
        html.WriteLine("</table>");
        foreach (var section in report.Sections)
        {
            html.WriteLine("<h2>" + Html(section.Heading) + "</h2>");
            html.WriteLine("<pre>" + Html(section.Text) + "</pre>");
        }
    }

    /// <summary>Shows control characters, escapes the five characters HTML gives meaning to, and leaves Vietnamese letters as they are.</summary>
    private static string Html(string text) => VisibleText.Of(text, keepLineBreaks: true)
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);

    /// <summary>
    /// Writes the CSV report as Excel opens it: a byte order mark so that it reads UTF-8, a semicolon between cells
    /// where the language's decimal separator is a comma (Vietnamese) and a comma otherwise, as Excel expects for each;
    /// after the value, the target, the margin and the change, the same as a plain number in the language's decimal
    /// convention (88,8 / 88.8: no thousands separator, no unit; the unit of measure follows the value).
    /// </summary>
    private static void WriteCsv(ReportTable report, TextWriter output)
    {
        output.Write('\uFEFF');
        WriteCsvTable(report, output);
    }

    private static void WriteCsvTable(ReportTable report, TextWriter output)
    {
        var language = report.Phrases ?? Language.FromCode(report.Language);
        var comma = language.NumberFormat.NumberDecimalSeparator == ",";
        using (var csv = CsvWriter.Create(output, CsvWriterOptions.Default with { NewLine = "\n", Separator = comma ? ';' : ',' }, leaveOpen: true))
        {
            var numbered = report.NumberColumns;
            var headings = new List<string>();
            foreach (var column in report.Columns)
            {
                headings.Add(column.Heading);
                if (numbered.Contains(column.Key))
                {
                    headings.Add(language.Format(Phrase.WorkbookColumnNumber, column.Heading));
                }

                if (numbered.Count > 0 && column.Key == numbered[0])
                {
                    headings.Add(language[Phrase.WorkbookColumnMeasureUnit]);
                }
            }

            // An evaluated report's rows end with why each lags, as words joined by '|' (no ';' or ','): "notMet|offTrack".
            if (report.Evaluated)
            {
                headings.Add(language[Phrase.ReportColumnLaggingReasons]);
            }

            WriteCsvRecord(csv, headings);
            foreach (var row in report.Rows)
            {
                var cells = new List<string>();
                for (var i = 0; i < report.Columns.Count; i++)
                {
                    var key = report.Columns[i].Key;
                    cells.Add(row.Cells[i]);
                    if (numbered.Contains(key))
                    {
                        cells.Add(row.Numbers.GetValueOrDefault(key) is { } number ? PlainNumber(number, comma) : string.Empty);
                    }

                    if (numbered.Count > 0 && key == numbered[0])
                    {
                        cells.Add(row.MeasureUnit);
                    }
                }

                if (report.Evaluated)
                {
                    cells.Add(string.Join('|', row.LaggingReasons));
                }

                WriteCsvRecord(csv, cells);
            }
        }

        if (report.Tasks is { } tasks)
        {
            // The tasks' table follows after an empty line, with its own header.
            output.Write('\n');
            WriteCsvTable(tasks, output);
        }

        if (report.Tree is { } tree)
        {
            // The tree's table follows after an empty line, with its own header.
            output.Write('\n');
            WriteCsv(tree, output);
        }
    }

    /// <summary>A number exactly, as Excel parses it in the language's convention: 88,8 or 88.8, no thousands separator.</summary>
    private static string PlainNumber(decimal value, bool decimalComma)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return decimalComma ? text.Replace('.', ',') : text;
    }

    /// <summary>
    /// Writes a CSV record, each cell with its control characters shown and, when a spreadsheet would read it as a
    /// formula, neutralised as OWASP recommends: a cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or
    /// carriage return gets a leading <c>'</c> and is quoted. A cell that is a number as written (<c>-150</c>,
    /// <c>+18,8</c>, <c>-2.527</c>, <c>-16,5%</c>: digits, separators and no letter, so nothing a formula could call)
    /// stays a number.
    /// </summary>
    private static void WriteCsvRecord(CsvWriter csv, IEnumerable<string> cells)
    {
        foreach (var cell in cells.Select(cell => VisibleText.Of(cell, keepLineBreaks: true)))
        {
            if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !NumberAsWritten().IsMatch(cell))
            {
                csv.WriteField("'" + cell, CsvQuoting.Always);
            }
            else
            {
                csv.WriteField(cell);
            }
        }

        csv.EndRecord();
    }

    [GeneratedRegex(@"^[+-]?[0-9]+([.,][0-9]+)*%?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberAsWritten();

    /// <summary>
    /// Writes the JSON report as it goes: the encoder writes into a buffer that is passed on to the output whenever it
    /// holds <see cref="JsonChunk"/> bytes (after a row), so the memory does not grow with the rows.
    /// </summary>
    private static void WriteJson(ReportTable report, TextWriter output)
    {
        var buffer = new ArrayBufferWriter<byte>(JsonChunk + 4096);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            void Pass(bool always)
            {
                if (always || json.BytesPending + buffer.WrittenCount >= JsonChunk)
                {
                    json.Flush();
                    WriteUtf8(buffer.WrittenSpan, output);
                    buffer.ResetWrittenCount();
                }
            }

            json.WriteStartObject();
            WriteJsonProperties(json, report, Pass);
            if (report.Tasks is { } tasks)
            {
                json.WriteStartObject("tasks");
                WriteJsonProperties(json, tasks, Pass);
                json.WriteEndObject();
            }

            if (report.Tree is { } tree)
            {
                json.WriteStartObject("tree");
                WriteJsonProperties(json, tree, Pass);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            Pass(always: true);
        }

        output.WriteLine();
    }

    /// <summary>Complete UTF-8 text (the encoder's output up to a token) written to the output as characters.</summary>
    private static void WriteUtf8(ReadOnlySpan<byte> bytes, TextWriter output)
    {
        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(bytes.Length));
        try
        {
            var count = Encoding.UTF8.GetChars(bytes, chars);
            output.Write(chars, 0, count);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>A report's title, note, rows and sections, inside an object the caller opens and closes.</summary>
    private static void WriteJsonProperties(Utf8JsonWriter json, ReportTable report, Action<bool> pass)
    {
        json.WriteString("title", report.Title);
        json.WriteString("note", report.Note);
        json.WriteString("language", report.Language);
        json.WriteBoolean("evaluated", report.Evaluated);
        json.WriteStartArray("rows");
        foreach (var row in report.Rows)
        {
            json.WriteStartObject();
            foreach (var (key, value) in row.Values)
            {
                WriteValue(json, key, value);
            }

            json.WriteStartObject("text");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                json.WriteString(report.Columns[i].Key, row.Cells[i]);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            pass(false);
        }

        json.WriteEndArray();
        if (report.Grades.Count > 0)
        {
            json.WriteStartArray("grades");
            foreach (var (unit, grades) in report.Grades)
            {
                json.WriteStartObject();
                if (unit is null)
                {
                    json.WriteNull("unit");
                }
                else
                {
                    json.WriteString("unit", unit);
                }

                json.WriteNumber("exceeded", grades.Exceeded);
                json.WriteNumber("met", grades.Met);
                json.WriteNumber("basicallyMet", grades.BasicallyMet);
                json.WriteNumber("notMet", grades.NotMet);
                json.WriteNumber("noData", grades.NoData);
                json.WriteNumber("periodNotEnded", grades.PeriodNotEnded);
                json.WriteNumber("withoutTarget", grades.WithoutTarget);
                json.WriteNumber("graded", grades.Graded);
                json.WriteNumber("metOrExceeded", grades.MetOrExceeded);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartArray("sections");
        foreach (var section in report.Sections)
        {
            json.WriteStartObject();
            json.WriteString("heading", section.Heading);
            if (section.Lines is { } lines)
            {
                // Line by line into one string value, passed on as it grows: a section of 100 000 lines is never held whole.
                json.WritePropertyName("text");
                var first = true;
                foreach (var line in lines())
                {
                    if (!first)
                    {
                        json.WriteStringValueSegment(Environment.NewLine, isFinalSegment: false);
                    }

                    json.WriteStringValueSegment(line, isFinalSegment: false);
                    first = false;
                    pass(false);
                }

                json.WriteStringValueSegment(ReadOnlySpan<char>.Empty, isFinalSegment: true);
            }
            else
            {
                json.WriteString("text", section.Text);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter json, string key, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(key);
                break;
            case bool flag:
                json.WriteBoolean(key, flag);
                break;
            case decimal number:
                json.WriteNumber(key, number);
                break;
            case IReadOnlyList<string> words:
                json.WriteStartArray(key);
                foreach (var word in words)
                {
                    json.WriteStringValue(word);
                }

                json.WriteEndArray();
                break;
            case Goal goal:
                json.WriteStartObject(key);
                json.WriteString("kind", goal.Kind.ToString());
                json.WriteNumber("low", goal.Low);
                json.WriteNumber("high", goal.High);
                json.WriteNumber("tolerance", goal.Tolerance);
                json.WriteEndObject();
                break;
            default:
                json.WriteString(key, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
