using System.Globalization;
using System.Text;
using De06Metrics.Cli.Output;
using De06Metrics.Text;
using Spectre.Console;

namespace De06Metrics.Cli.Tests.Output.Legacy;

/// <summary>
/// The terminal writer as it was before it streamed its rows, kept as the reference that the streamed output is
/// compared with. It writes a report for the terminal so that it fits the width: as a table when every cell fits on one line, else
/// stacked, one block per row (the code and name, then each other cell under its heading), with long text wrapped at
/// word boundaries. A code is never split; only a single word longer than the width is cut across lines.
/// </summary>
/// <remarks>
/// Both layouts leave out a column that is empty on every row, and write once, under the table, a column whose text is
/// the same on every row (a note that applies to every task). Rows are coloured by their status, which is also written
/// in words. Widths count text elements: a Vietnamese letter with its accents is one column. Stateless.
/// </remarks>
internal static class LegacyTerminalWriter
{
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
        WriteReport(report, console, width);
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

    private static void WriteReport(ReportTable report, IAnsiConsole console, int width)
    {
        var words = report.Phrases ?? Language.FromCode(report.Language);
        string Shown(string text) => VisibleText.Of(Writers.Cut(text, words), keepLineBreaks: true);

        // Columns empty on every row are left out; a column the same on every row is written once, after the rows.
        var kept = new List<int>();
        var shared = new List<(string Heading, string Text)>();
        for (var c = 0; c < report.Columns.Count; c++)
        {
            var cells = report.Rows.Select(row => row.Cells[c]).ToList();
            if (cells.Count > 0 && cells.All(cell => cell.Length == 0))
            {
                continue;
            }

            if (cells.Count > 1 && c > 0 && cells[0].Length > 0 && cells.All(cell => cell == cells[0]))
            {
                shared.Add((report.Columns[c].Heading, cells[0]));
                continue;
            }

            kept.Add(c);
        }

        var needed = kept.Sum(c => report.Rows.Select(row => row.Cells[c]).Append(report.Columns[c].Heading).Max(cell => LongestLine(Shown(cell)))) + (3 * kept.Count) + 1;
        if (needed <= width)
        {
            WriteTable(report, console, kept, Shown);
        }
        else
        {
            WriteStacked(report, console, kept, width, Shown);
        }

        if (report.Note.Length > 0)
        {
            WriteWrapped(console, Shown(report.Note), width, Style.Plain);
        }

        foreach (var (heading, text) in shared)
        {
            WriteWrapped(console, words.Format(Phrase.ReportSharedCell, Shown(heading), Shown(text)), width, Style.Plain);
        }

        foreach (var section in report.Sections)
        {
            console.WriteLine();
            console.Write(new Rule(Markup.Escape(Shown(section.Heading))).LeftJustified());
            WriteWrapped(console, Shown(section.Text), width, Style.Plain);
        }

        if (report.Tasks is { } tasks)
        {
            console.WriteLine();
            WriteReport(tasks, console, width);
        }

        if (report.Tree is { } tree)
        {
            console.WriteLine();
            WriteReport(tree, console, width);
        }
    }

    private static void WriteTable(ReportTable report, IAnsiConsole console, List<int> kept, Func<string, string> shown)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(shown(report.Title)));
        foreach (var c in kept)
        {
            var column = report.Columns[c];
            var tableColumn = new TableColumn(new Spectre.Console.Text(shown(column.Heading), new Style(decoration: Decoration.Bold))).NoWrap();
            table.AddColumn(column.AlignRight ? tableColumn.RightAligned() : tableColumn);
        }

        foreach (var row in report.Rows)
        {
            var style = StyleOf(row.Status);
            table.AddRow(kept.Select(c => (Spectre.Console.Rendering.IRenderable)new Spectre.Console.Text(shown(row.Cells[c]), style)).ToArray());
        }

        console.Write(table);
    }

    // One block per row: the first two columns (code and name) as its heading line, then each other non-empty cell
    // under its column's heading, indented; a blank line between rows.
    private static void WriteStacked(ReportTable report, IAnsiConsole console, List<int> kept, int width, Func<string, string> shown)
    {
        WriteWrapped(console, shown(report.Title), width, new Style(decoration: Decoration.Bold));
        console.WriteLine();
        var lead = kept.Take(2).ToList();
        foreach (var row in report.Rows)
        {
            var style = StyleOf(row.Status);
            // Each cell is cut on its own, so that a cut says the length of the cell, not of the line.
            var heading = string.Join(" — ", lead.Select(c => row.Cells[c]).Where(cell => cell.Length > 0).Select(shown));
            WriteWrapped(console, heading, width, new Style(row.Status == RowStatus.None ? null : style.Foreground, decoration: Decoration.Bold), hanging: 2);
            foreach (var c in kept.Skip(2))
            {
                // "—" marks an empty cell in a table (no target); a block just leaves the line out.
                if (row.Cells[c].Length > 0 && row.Cells[c] != "—")
                {
                    WriteWrapped(console, $"{shown(report.Columns[c].Heading)}: {shown(row.Cells[c])}", width, style, indent: 2, hanging: 4);
                }
            }

            console.WriteLine();
        }
    }

    private static Style StyleOf(RowStatus status) => status switch
    {
        RowStatus.Met => new Style(Color.Green),
        RowStatus.AtRisk => new Style(Color.Yellow),
        RowStatus.Behind => new Style(Color.Red),
        _ => Style.Plain,
    };

    private static void WriteWrapped(IAnsiConsole console, string text, int width, Style style, int indent = 0, int hanging = -1)
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
                console.Write(new Spectre.Console.Text(wrapped, style));
                console.WriteLine();
            }
        }
    }

    /// <summary>
    /// Text broken into lines of at most <paramref name="width"/> columns at spaces, the first indented by
    /// <paramref name="firstIndent"/>, the others by <paramref name="restIndent"/>; a word longer than a line is cut.
    /// </summary>
    internal static List<string> Wrap(string text, int width, int firstIndent, int restIndent)
    {
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

    private static int Columns(string text) => new StringInfo(text).LengthInTextElements;

    private static int LongestLine(string text) => text.Split('\n').Max(line => Columns(line.TrimEnd('\r')));
}
