using System.Globalization;
using System.Text;
using De06Metrics.Text;
using Spectre.Console;

namespace De06Metrics.Cli.Output;

/// <summary>
/// Writes a report for the terminal so that it fits the width: as a table when every cell fits on one line, else
/// stacked, one block per row (the code and name, then each other cell under its heading), with long text wrapped at
/// word boundaries. A code is never split; only a single word longer than the width is cut across lines.
/// </summary>
/// <remarks>
/// Both layouts leave out a column that is empty on every row, and write once, under the table, a column whose text is
/// the same on every row (a note that applies to every task). Rows are coloured by their status, which is also written
/// in words. Widths count text elements: a Vietnamese letter with its accents is one column. Stateless.
/// <para>
/// The rows are read twice and never kept: a first pass keeps, per column, only whether it is empty, whether it is the
/// same on every row (its first cell) and how wide it is; the second writes each row as it comes, so the memory of a
/// report of 100 000 rows is that of one row. The table is drawn line by line in the rounded frame of Spectre.Console's
/// <see cref="Table"/>, column widths in terminal cells as Spectre.Console measures them; without colour, a line that
/// fits the width goes to the writer as it is, since the console would write it unchanged.
/// </para>
/// </remarks>
internal static class TerminalWriter
{
    /// <summary>
    /// Characters one terminal cell wide, whose width needs no measuring: printable ASCII, the Latin letters with their
    /// accents (Vietnamese's precomposed letters among them), dashes and quotes, currency signs, arrows, mathematical
    /// signs (≥ ≤), control pictures (␛) and box drawing.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> OneCell = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0x20, 0x5F).Concat(Enumerable.Range(0xA0, 0x0D)).Concat(Enumerable.Range(0xAE, 0x252))
            .Concat(Enumerable.Range(0x1E00, 0x100)).Concat(Enumerable.Range(0x2010, 0x18)).Concat(Enumerable.Range(0x20A0, 0x20))
            .Concat(Enumerable.Range(0x2190, 0x170)).Concat(Enumerable.Range(0x2400, 0x40)).Concat(Enumerable.Range(0x2500, 0x80))
            .Select(code => (char)code)));

    /// <summary>The width assumed for output that is not a terminal (a file, a pipe): wide enough for the whole table.</summary>
    public const int RedirectedWidth = 320;

    public static void Write(ReportTable report, TextWriter output, bool colour, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = width;
        WriteReport(report, new Sink(console, colour ? null : output, width), width);
    }

    /// <summary>The width of the terminal the command writes to, or <see cref="RedirectedWidth"/> when the output is not one.</summary>
    public static int WidthOf(bool colour)
    {
        if (!colour || Console.IsOutputRedirected)
        {
            return RedirectedWidth;
        }

        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }

    private static void WriteReport(ReportTable report, Sink sink, int width)
    {
        var words = report.Phrases ?? Language.FromCode(report.Language);
        string Shown(string text) => VisibleText.Of(Writers.Cut(text, words), keepLineBreaks: true);

        // First pass: per column, whether every cell is empty, whether every cell is the first one, the widest line.
        var columns = report.Columns.Count;
        var empty = new bool[columns];
        var same = new bool[columns];
        var first = new string[columns];
        var widest = new int[columns];
        var cells = new int[columns];
        Array.Fill(empty, true);
        Array.Fill(same, true);
        var rows = 0;
        for (var c = 0; c < columns; c++)
        {
            var heading = Shown(report.Columns[c].Heading);
            widest[c] = LongestLine(heading);
            cells[c] = WidestCells(heading);
        }

        foreach (var row in report.Rows)
        {
            for (var c = 0; c < columns; c++)
            {
                var cell = row.Cells[c];
                if (rows == 0)
                {
                    first[c] = cell;
                }
                else if (same[c] && cell != first[c])
                {
                    same[c] = false;
                }

                if (cell.Length == 0)
                {
                    continue;
                }

                empty[c] = false;
                var shown = Shown(cell);
                widest[c] = Math.Max(widest[c], LongestLine(shown));
                cells[c] = Math.Max(cells[c], WidestCells(shown));
            }

            rows++;
        }

        // Columns empty on every row are left out; a column the same on every row is written once, after the rows.
        var kept = new List<int>();
        var shared = new List<(string Heading, string Text)>();
        for (var c = 0; c < columns; c++)
        {
            if (rows > 0 && empty[c])
            {
                continue;
            }

            if (rows > 1 && c > 0 && first[c].Length > 0 && same[c])
            {
                shared.Add((report.Columns[c].Heading, first[c]));
                continue;
            }

            kept.Add(c);
        }

        var needed = kept.Sum(c => widest[c]) + (3 * kept.Count) + 1;
        var drawn = kept.Sum(c => cells[c]) + (3 * kept.Count) + 1;
        if (needed <= width && drawn <= width)
        {
            WriteTable(report, sink, kept, [.. kept.Select(c => cells[c])], drawn, Shown);
        }
        else
        {
            WriteStacked(report, sink, kept, width, Shown);
        }

        if (report.Note.Length > 0)
        {
            WriteWrapped(sink, Shown(report.Note), width, Style.Plain);
        }

        foreach (var (heading, text) in shared)
        {
            WriteWrapped(sink, words.Format(Phrase.ReportSharedCell, Shown(heading), Shown(text)), width, Style.Plain);
        }

        foreach (var section in report.Sections)
        {
            sink.Console.WriteLine();
            sink.Console.Write(new Rule(Markup.Escape(Shown(section.Heading))).LeftJustified());
            WriteWrapped(sink, Shown(section.Text), width, Style.Plain);
        }

        if (report.Tasks is { } tasks)
        {
            sink.Console.WriteLine();
            WriteReport(tasks, sink, width);
        }

        if (report.Tree is { } tree)
        {
            sink.Console.WriteLine();
            WriteReport(tree, sink, width);
        }
    }

    /// <summary>
    /// The table in the frame Spectre.Console draws for <see cref="TableBorder.Rounded"/>: the title centred over it,
    /// the headings in bold, a rule under them, each row on as many lines as its tallest cell, a cell padded by one
    /// space each side to its column's width, numbers aligned right.
    /// </summary>
    private static void WriteTable(ReportTable report, Sink sink, List<int> kept, int[] widths, int tableWidth, Func<string, string> shown)
    {
        // The title as the table writes it: centred over the table's width, cut with an ellipsis when longer.
        sink.Console.Write(new Fixed(new Markup(Markup.Escape(shown(report.Title))).Justify(Justify.Center).Overflow(Overflow.Ellipsis), tableWidth));
        sink.Console.WriteLine();
        sink.Rule('╭', '┬', '╮', widths);
        var bold = new Style(decoration: Decoration.Bold);
        var alignRight = kept.Select(c => report.Columns[c].AlignRight).ToArray();
        WriteTableRow(sink, [.. kept.Select(c => shown(report.Columns[c].Heading))], widths, alignRight, bold);
        sink.Rule('├', '┼', '┤', widths);
        var texts = new string[kept.Count];
        foreach (var row in report.Rows)
        {
            for (var i = 0; i < kept.Count; i++)
            {
                texts[i] = shown(row.Cells[kept[i]]);
            }

            WriteTableRow(sink, texts, widths, alignRight, StyleOf(row.Status));
        }

        sink.Rule('╰', '┴', '╯', widths);
    }

    private static void WriteTableRow(Sink sink, string[] texts, int[] widths, bool[] alignRight, Style style)
    {
        var height = 1;
        foreach (var text in texts)
        {
            height = Math.Max(height, text.AsSpan().Count('\n') + 1);
        }

        if (height == 1)
        {
            sink.TableLine(texts, widths, alignRight, style);
            return;
        }

        // A cell of several lines makes the row as tall; the shorter cells are blank below their text.
        var lines = texts.Select(text => text.Split('\n')).ToArray();
        var line = new string[texts.Length];
        for (var l = 0; l < height; l++)
        {
            for (var i = 0; i < texts.Length; i++)
            {
                line[i] = l < lines[i].Length ? lines[i][l].TrimEnd('\r') : string.Empty;
            }

            sink.TableLine(line, widths, alignRight, style);
        }
    }

    // One block per row: the first two columns (code and name) as its heading line, then each other non-empty cell
    // under its column's heading, indented; a blank line between rows.
    private static void WriteStacked(ReportTable report, Sink sink, List<int> kept, int width, Func<string, string> shown)
    {
        WriteWrapped(sink, shown(report.Title), width, new Style(decoration: Decoration.Bold));
        sink.Console.WriteLine();
        var lead = kept.Take(2).ToArray();
        var rest = kept.Skip(2).ToArray();
        var headings = report.Columns.Select(column => shown(column.Heading)).ToArray();
        var styles = new Dictionary<RowStatus, (Style Heading, Style Cell)>();
        var heading = new StringBuilder();
        foreach (var row in report.Rows)
        {
            if (!styles.TryGetValue(row.Status, out var style))
            {
                var cell = StyleOf(row.Status);
                style = (new Style(row.Status == RowStatus.None ? null : cell.Foreground, decoration: Decoration.Bold), cell);
                styles.Add(row.Status, style);
            }

            // Each cell is cut on its own, so that a cut says the length of the cell, not of the line.
            heading.Clear();
            foreach (var c in lead)
            {
                if (row.Cells[c].Length > 0)
                {
                    heading.Append(heading.Length > 0 ? " — " : string.Empty).Append(shown(row.Cells[c]));
                }
            }

            WriteWrapped(sink, heading.ToString(), width, style.Heading, hanging: 2);
            foreach (var c in rest)
            {
                // "—" marks an empty cell in a table (no target); a block just leaves the line out.
                if (row.Cells[c].Length > 0 && row.Cells[c] != "—")
                {
                    var value = shown(row.Cells[c]);
                    if (!sink.TryCellLine(headings[c], value))
                    {
                        WriteWrapped(sink, $"{headings[c]}: {value}", width, style.Cell, indent: 2, hanging: 4);
                    }
                }
            }

            sink.BlankLine();
        }
    }

    private static Style StyleOf(RowStatus status) => status switch
    {
        RowStatus.Met => new Style(Color.Green),
        RowStatus.AtRisk => new Style(Color.Yellow),
        RowStatus.Behind => new Style(Color.Red),
        _ => Style.Plain,
    };

    private static void WriteWrapped(Sink sink, string text, int width, Style style, int indent = 0, int hanging = -1)
    {
        foreach (var paragraph in text.Split('\n'))
        {
            // A line's own leading spaces ("  1. …") are its indent; its continuation lines hang three further in.
            var line = paragraph.TrimEnd('\r');
            var own = line.Length - line.TrimStart(' ').Length;
            var first = indent + own;
            var rest = hanging >= 0 ? hanging + own : first + (own > 0 ? 3 : 0);
            foreach (var wrapped in Wrap(line.TrimStart(' '), width, first, rest))
            {
                sink.Line(wrapped, style);
            }
        }
    }

    /// <summary>
    /// Text broken into lines of at most <paramref name="width"/> columns at spaces, the first indented by
    /// <paramref name="firstIndent"/>, the others by <paramref name="restIndent"/>; a word longer than a line is cut.
    /// </summary>
    internal static List<string> Wrap(string text, int width, int firstIndent, int restIndent)
    {
        // A line that fits as it is, single-spaced, is itself after its indent: most cells of a report.
        var indent0 = Math.Min(firstIndent, width / 2);
        if (text.Length > 0 && text[0] != ' ' && text[^1] != ' ' && !text.Contains("  ", StringComparison.Ordinal) && indent0 + Columns(text) <= width)
        {
            return [indent0 == 0 ? text : string.Concat(new string(' ', indent0), text)];
        }

        var lines = new List<string>();
        var current = new StringBuilder(new string(' ', Math.Min(firstIndent, width / 2)));
        var indent = current.Length;
        var length = indent;
        var empty = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordLength = Columns(word);
            if (!empty && length + 1 + wordLength > width)
            {
                lines.Add(current.ToString());
                indent = Math.Min(restIndent, width / 2);
                current.Clear().Append(' ', indent);
                length = indent;
                empty = true;
            }

            var rest = word;
            while (length + (empty ? 0 : 1) + Columns(rest) > width)
            {
                // A word longer than a whole line: as much as fits, then the rest on the next line.
                var room = width - length - (empty ? 0 : 1);
                var (head, tail) = SplitAt(rest, room);
                if (!empty)
                {
                    current.Append(' ');
                }

                lines.Add(current.Append(head).ToString());
                indent = Math.Min(restIndent, width / 2);
                current.Clear().Append(' ', indent);
                length = indent;
                empty = true;
                rest = tail;
            }

            if (!empty)
            {
                current.Append(' ');
                length++;
            }

            current.Append(rest);
            length += Columns(rest);
            empty = false;
        }

        if (!empty || lines.Count == 0)
        {
            lines.Add(empty ? string.Empty : current.ToString());
        }

        return lines;
    }

    private static (string Head, string Tail) SplitAt(string word, int columns)
    {
        var end = 0;
        for (var taken = 0; taken < Math.Max(columns, 1) && end < word.Length; taken++)
        {
            end += StringInfo.GetNextTextElementLength(word.AsSpan(end));
        }

        return (word[..end], word[end..]);
    }

    private static int Columns(string text) => Columns(text.AsSpan());

    /// <summary>The text elements of a text: a letter with its accents, a surrogate pair, each one column.</summary>
    private static int Columns(ReadOnlySpan<char> text)
    {
        // Below U+0300 (the combining accents), and among the characters one cell wide, every character is one text element.
        if (!text.ContainsAnyExceptInRange('\0', '\u02FF') || !text.ContainsAnyExcept(OneCell))
        {
            return text.Length;
        }

        var count = 0;
        for (var at = 0; at < text.Length; at += StringInfo.GetNextTextElementLength(text[at..]))
        {
            count++;
        }

        return count;
    }

    /// <summary>The text elements of the longest line of a text, as the table's width counts them.</summary>
    private static int LongestLine(string text)
    {
        var longest = 0;
        var rest = text.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            longest = Math.Max(longest, Columns(line.TrimEnd('\r')));
            if (end < 0)
            {
                return longest;
            }

            rest = rest[(end + 1)..];
        }
    }

    /// <summary>The terminal cells of the longest line of a text, as Spectre.Console measures it (a wide letter takes two).</summary>
    private static int WidestCells(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return CellWidth(text);
        }

        return text.Split('\n').Max(line => CellWidth(line.TrimEnd('\r')));
    }

    /// <summary>
    /// The terminal cells of one line as Spectre.Console measures it. Latin letters with or without accents (Vietnamese
    /// among them), digits, signs and box drawing take one cell each and a combining accent none, so for text of those
    /// alone the width is its text elements, counted without asking the console; other text is measured by it.
    /// </summary>
    private static int CellWidth(string text) =>
        text.AsSpan().ContainsAnyExcept(OneCell) ? text.GetCellWidth() : Columns(text);

    /// <summary>
    /// Where lines go: without colour, a line that fits the width straight to the writer, as the console would write it;
    /// with colour, or a line too wide, through the console.
    /// </summary>
    private sealed class Sink(IAnsiConsole console, TextWriter? plain, int width)
    {
        private readonly StringBuilder line = new();

        public IAnsiConsole Console => console;

        /// <summary>An empty line, straight to the writer when there is no colour.</summary>
        public void BlankLine()
        {
            if (plain is not null)
            {
                plain.Write('\n');
                return;
            }

            console.WriteLine();
        }

        /// <summary>
        /// Writes "  heading: value" straight to the writer when there is no colour and the line needs nothing the
        /// wrapping would change: one line, single-spaced, of characters one cell wide, within the width. Most cells of
        /// a block are such lines; making each into a string only to find it fits cost more than the rest of the block.
        /// </summary>
        /// <returns>Whether the line was written; if not, nothing was.</returns>
        public bool TryCellLine(string heading, string value)
        {
            const int Indent = 2;
            if (plain is null
                || heading.Length == 0 || value.Length == 0
                || heading[0] == ' ' || value[0] == ' ' || value[^1] == ' '
                || Indent + heading.Length + 2 + value.Length > width
                || heading.AsSpan().ContainsAnyExcept(OneCell) || value.AsSpan().ContainsAnyExcept(OneCell)
                || heading.Contains("  ", StringComparison.Ordinal) || value.Contains("  ", StringComparison.Ordinal))
            {
                return false;
            }

            plain.Write("  ");
            plain.Write(heading);
            plain.Write(": ");
            plain.Write(value);
            plain.Write('\n');
            return true;
        }

        public void Line(string text, Style style)
        {
            if (plain is not null && CellWidth(text) <= width)
            {
                plain.Write(text);
                plain.Write('\n');
                return;
            }

            console.Write(new Spectre.Console.Text(text, style));
            console.WriteLine();
        }

        /// <summary>A border line: ╭───┬───╮ with a run of ─ as wide as each column and its padding.</summary>
        public void Rule(char left, char middle, char right, int[] widths)
        {
            line.Clear().Append(left);
            for (var i = 0; i < widths.Length; i++)
            {
                line.Append(i > 0 ? middle : string.Empty).Append('─', widths[i] + 2);
            }

            line.Append(right);
            Line(line.ToString(), Style.Plain);
        }

        /// <summary>One line of a row: │ text │ text │, each text padded to its column, the frame unstyled.</summary>
        public void TableLine(string[] texts, int[] widths, bool[] alignRight, Style style)
        {
            if (plain is not null)
            {
                line.Clear();
                for (var i = 0; i < texts.Length; i++)
                {
                    var pad = widths[i] - CellWidth(texts[i]);
                    line.Append("│ ");
                    if (alignRight[i])
                    {
                        line.Append(' ', pad).Append(texts[i]);
                    }
                    else
                    {
                        line.Append(texts[i]).Append(' ', pad);
                    }

                    line.Append(' ');
                }

                plain.Write(line.Append('│').Append('\n'));
                return;
            }

            var paragraph = new Paragraph();
            for (var i = 0; i < texts.Length; i++)
            {
                var pad = new string(' ', widths[i] - CellWidth(texts[i]));
                paragraph.Append("│ ", Style.Plain);
                if (alignRight[i])
                {
                    paragraph.Append(pad, Style.Plain).Append(texts[i], style);
                }
                else
                {
                    paragraph.Append(texts[i], style).Append(pad, Style.Plain);
                }

                paragraph.Append(" ", Style.Plain);
            }

            console.Write(paragraph.Append("│", Style.Plain));
            console.WriteLine();
        }
    }

    /// <summary>A renderable laid out in a fixed width, as a table lays out its title over its own width.</summary>
    private sealed class Fixed(Spectre.Console.Rendering.IRenderable inner, int width) : Spectre.Console.Rendering.IRenderable
    {
        public Spectre.Console.Rendering.Measurement Measure(Spectre.Console.Rendering.RenderOptions options, int maxWidth) => new(width, width);

        public IEnumerable<Spectre.Console.Rendering.Segment> Render(Spectre.Console.Rendering.RenderOptions options, int maxWidth) =>
            inner.Render(options, Math.Min(width, maxWidth));
    }
}
