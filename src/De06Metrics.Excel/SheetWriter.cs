using System.Drawing;
using System.Globalization;
using NodaTime;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace De06Metrics.Excel;

/// <summary>How a status cell is filled. The cell always holds the status in words as well: a fill is never the only sign.</summary>
internal enum CellFill
{
    /// <summary>No fill.</summary>
    None,

    /// <summary>Green: met or exceeded, done on time.</summary>
    Good,

    /// <summary>Amber: basically met, due soon, done late.</summary>
    Warning,

    /// <summary>Red: not met, overdue.</summary>
    Bad,

    /// <summary>Grey: no data.</summary>
    Missing,
}

/// <summary>
/// One cell of a sheet: a text, a number with its format code, or a date with its date format; a fill for a status. A
/// number that a binary floating-point cell cannot hold exactly can be written as its exact text instead (see
/// <see cref="ExactNumber"/>).
/// </summary>
internal readonly record struct SheetCell(string? Text, decimal? Number = null, string? Format = null, CellFill Fill = CellFill.None, bool Bold = false, LocalDate? Date = null)
{
    public static SheetCell Empty => default;

    /// <summary>A date cell: the day as Excel counts it, shown by <paramref name="format"/> (<see cref="ExcelFormats.DateFormat"/>).</summary>
    public static SheetCell OfDate(LocalDate date, string format) => new(null, Format: format, Date: date);

    public static implicit operator SheetCell(string? text) => new(text);

    /// <summary>
    /// A number cell when Excel's binary floating point holds the number exactly, else a text cell with the number's
    /// exact invariant text (read back exactly by the workbook reader; Excel shows it as text).
    /// </summary>
    public static SheetCell ExactNumber(decimal value, string? format = null) => (decimal)(double)value == value
        ? new SheetCell(null, value, format)
        : new SheetCell(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>How many characters the cell needs, for the column's width.</summary>
    public int Width => Text?.Length ?? (Number is { } number ? number.ToString("#,##0.##", CultureInfo.InvariantCulture).Length + 2 : Date is null ? 0 : DateWidth);

    /// <summary>The characters a date takes shown: "30/12/2024", "30 Dec 2024", and a little room.</summary>
    private const int DateWidth = 12;
}

/// <summary>
/// Writes sheets of a workbook through SpreadCheetah, row by row: a header row frozen at the top with an auto filter
/// over the table, columns as wide as their text (within limits), styles made once per format and fill.
/// </summary>
/// <remarks>Not thread-safe: one instance writes one workbook.</remarks>
internal sealed class SheetWriter(Spreadsheet spreadsheet, IEnumerable<string> reserved)
{
    /// <summary>The narrowest and widest a column is made, in characters.</summary>
    private const int NarrowestColumn = 6, WidestColumn = 60;

    private readonly Dictionary<(string? Format, CellFill Fill, bool Bold), StyleId> styles = [];

    // Excel compares sheet names ignoring case. The data sheets' names are reserved, since the reader finds them by name.
    private readonly HashSet<string> reservedNames = new(reserved, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> usedNames = new(StringComparer.OrdinalIgnoreCase);

    // The cells of the row being written: one array for every row of the workbook, so that a row costs no array of its own.
    private Cell[] cells = new Cell[32];

    public Spreadsheet Spreadsheet => spreadsheet;

    /// <summary>
    /// Writes a table: the header, then the rows. <paramref name="rows"/> is enumerated twice, once to fit the
    /// columns' widths and count the rows, once to write, so that no row is kept in memory.
    /// </summary>
    public async ValueTask WriteTableAsync(string name, IReadOnlyList<string> headings, Func<IEnumerable<SheetCell[]>> rows, CancellationToken cancellationToken)
    {
        var widths = headings.Select(heading => heading.Length + 3).ToArray();
        var count = 0;
        foreach (var row in rows())
        {
            count++;
            for (var i = 0; i < row.Length && i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Width + 1);
            }
        }

        var options = new WorksheetOptions { FrozenRows = 1 };
        if (headings.Count > 0)
        {
            options.AutoFilter = new AutoFilterOptions(string.Create(CultureInfo.InvariantCulture, $"A1:{ColumnName(headings.Count)}{count + 1}"));
        }

        for (var i = 0; i < widths.Length; i++)
        {
            options.Column(i + 1).Width = Math.Clamp(widths[i], NarrowestColumn, WidestColumn);
        }

        await spreadsheet.StartWorksheetAsync(Claim(name), options, cancellationToken).ConfigureAwait(false);
        await AddRowAsync([.. headings.Select(heading => new SheetCell(heading, Bold: true))], cancellationToken).ConfigureAwait(false);
        foreach (var row in rows())
        {
            await AddRowAsync(row, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Starts a sheet that is not a table (a summary): no frozen rows, no filter, the given column widths.</summary>
    public ValueTask StartSheetAsync(string name, IReadOnlyList<int> widths, CancellationToken cancellationToken)
    {
        var options = new WorksheetOptions();
        for (var i = 0; i < widths.Count; i++)
        {
            options.Column(i + 1).Width = Math.Clamp(widths[i], NarrowestColumn, WidestColumn);
        }

        return spreadsheet.StartWorksheetAsync(Claim(name), options, cancellationToken);
    }

    /// <summary>
    /// The name the sheet gets: its own, unless a sheet before it has it or it is a data sheet's and this is not that
    /// sheet; then with a number after it ("Tổng hợp 2"), within Excel's 31 characters. Two phrases that happen to be
    /// the same word never make a workbook Excel refuses.
    /// </summary>
    private string Claim(string name)
    {
        var isData = reservedNames.Contains(name);
        var claimed = name;
        for (var n = 2; usedNames.Contains(claimed) || (!isData && reservedNames.Contains(claimed)); n++)
        {
            var suffix = " " + n.ToString(CultureInfo.InvariantCulture);
            claimed = name[..Math.Min(name.Length, SheetNames.Longest - suffix.Length)] + suffix;
        }

        usedNames.Add(claimed);
        return claimed;
    }

    public ValueTask AddRowAsync(SheetCell[] row, CancellationToken cancellationToken)
    {
        if (row.Length > cells.Length)
        {
            cells = new Cell[Math.Max(row.Length, 2 * cells.Length)];
        }

        for (var i = 0; i < row.Length; i++)
        {
            cells[i] = ToCell(row[i]);
        }

        // Every caller awaits a row before it makes the next, so the array is free again when the next row comes.
        return spreadsheet.AddRowAsync(cells.AsMemory(0, row.Length), cancellationToken);
    }

    /// <summary>The letters of a column: 1 is A, 27 is AA.</summary>
    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private Cell ToCell(SheetCell cell)
    {
        var style = StyleOf(cell);
        return cell.Number is { } number ? new Cell(number, style)
            : cell.Date is { } date ? new Cell(date.ToDateTimeUnspecified(), style)
            : new Cell(cell.Text ?? string.Empty, style);
    }

    private StyleId? StyleOf(SheetCell cell)
    {
        var format = cell.Number is null && cell.Date is null ? null : cell.Format;
        if (format is null && cell.Fill == CellFill.None && !cell.Bold)
        {
            return null;
        }

        var key = (format, cell.Fill, cell.Bold);
        if (!styles.TryGetValue(key, out var id))
        {
            var style = new Style();
            if (format is not null)
            {
                style.Format = NumberFormat.Custom(format);
            }

            if (cell.Bold)
            {
                style.Font.Bold = true;
            }

            style.Fill.Color = cell.Fill switch
            {
                CellFill.Good => Color.FromArgb(0xC6, 0xEF, 0xCE),
                CellFill.Warning => Color.FromArgb(0xFF, 0xEB, 0x9C),
                CellFill.Bad => Color.FromArgb(0xFF, 0xC7, 0xCE),
                CellFill.Missing => Color.FromArgb(0xE7, 0xE6, 0xE6),
                _ => cell.Bold ? Color.FromArgb(0xDD, 0xEB, 0xF7) : null,
            };
            id = spreadsheet.AddStyle(style);
            styles[key] = id;
        }

        return id;
    }
}
