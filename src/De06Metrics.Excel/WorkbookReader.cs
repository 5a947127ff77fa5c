using System.Globalization;
using System.IO.Packaging;
using De06Metrics.Csv;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Text;
using De06Metrics.Timeline;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using TableCells = De06Metrics.Csv.CellValues;
using XmlCellValues = DocumentFormat.OpenXml.Spreadsheet.CellValues;

namespace De06Metrics.Excel;

/// <summary>
/// Reads the data sheets of a workbook, row by row with the Open XML SDK's forward-only reader, and hands each row to
/// the CSV package's <see cref="ScorecardTableReader"/>, which interprets it as it does a CSV file's. A cell's column
/// is its place in the sheet (A is 1), its line the sheet's row number, so that a problem names the cell Excel shows.
/// </summary>
/// <remarks>
/// <para>
/// A number cell is read from the text the file stores, through the binary double Excel holds and its shortest text
/// (Excel may store 0.888 as <c>0.88800000000000001</c>): 0.888 reads as exactly 0.888. A number cell formatted as a
/// date is read as that date. A formula cell is read as its cached result. Sheets other than the data sheets (a
/// report's own) are ignored.
/// </para>
/// <para>Not thread-safe: one instance reads one workbook.</para>
/// </remarks>
internal sealed class WorkbookReader
{
    /// <summary>The number formats Excel builds in that show a date.</summary>
    private static readonly HashSet<uint> BuiltInDateFormats = [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47];

    private readonly string name;
    private readonly Language language;
    private readonly List<string> sharedStrings = [];
    private readonly List<bool> dateStyles = [];
    private bool date1904;

    private WorkbookReader(string name, Language language)
    {
        this.name = name;
        this.language = language;
    }

    public static ScorecardReadResult Read(Stream stream, string name, Language language, DecimalSeparator? decimalSeparator)
    {
        var reader = new WorkbookReader(name, language);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException)
        {
            var failed = new ScorecardTableReader(decimalSeparator);
            failed.Report(new DataProblem(new DataLocation(name), language.Format(Phrase.WorkbookNotAWorkbook, e.Message)));
            return failed.Complete();
        }

        using (document)
        {
            return reader.Read(document, decimalSeparator);
        }
    }

    /// <summary>The tasks of the workbook's <c>tasks</c> sheet, read as <c>tasks.csv</c> is; none when it has no such sheet.</summary>
    public static TaskReadResult ReadTasks(Stream stream, string name, Scorecard scorecard, Language language)
    {
        var reader = new WorkbookReader(name, language);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException)
        {
            return TaskCsv.ReadTable(scorecard, name, ScorecardWorkbook.TasksSheetName, null, 0, [], [new DataProblem(new DataLocation(name), language.Format(Phrase.WorkbookNotAWorkbook, e.Message))]);
        }

        using (document)
        {
            return reader.ReadTasks(document, scorecard);
        }
    }

    private TaskReadResult ReadTasks(SpreadsheetDocument document, Scorecard scorecard)
    {
        var workbook = document.WorkbookPart;
        WorksheetPart? tasks = null;
        if (workbook?.Workbook.Sheets is { } list)
        {
            // Named exactly, in lower case as the file is: an English report's own "Tasks" sheet is not the data table.
            tasks = list.Elements<Sheet>()
                .Where(sheet => sheet.Name?.Value == ScorecardWorkbook.TasksSheetName && sheet.Id?.Value is not null)
                .Select(sheet => workbook.GetPartById(sheet.Id!.Value!) as WorksheetPart)
                .FirstOrDefault(part => part is not null);
            date1904 = workbook.Workbook.WorkbookProperties?.Date1904?.Value ?? false;
            LoadSharedStrings(workbook);
            LoadDateStyles(workbook);
        }

        var file = Location(ScorecardWorkbook.TasksSheetName);
        if (tasks is null)
        {
            return TaskCsv.ReadTable(scorecard, file, ScorecardWorkbook.TasksSheetName, null, 0, [], []);
        }

        using var rows = Rows(tasks, DecimalSeparator.Point).GetEnumerator();
        if (!rows.MoveNext())
        {
            return TaskCsv.ReadTable(scorecard, file, ScorecardWorkbook.TasksSheetName, null, 0, [], [new DataProblem(new DataLocation(file), language[Phrase.WorkbookSheetEmpty])]);
        }

        var (header, headerLine) = rows.Current;
        return TaskCsv.ReadTable(scorecard, file, ScorecardWorkbook.TasksSheetName, header, headerLine, Rest(rows), []);
    }

    private ScorecardReadResult Read(SpreadsheetDocument document, DecimalSeparator? given)
    {
        var workbook = document.WorkbookPart;
        var sheets = new Dictionary<string, WorksheetPart>(StringComparer.OrdinalIgnoreCase);
        if (workbook?.Workbook.Sheets is { } list)
        {
            foreach (var sheet in list.Elements<Sheet>())
            {
                if (sheet.Name?.Value is { } sheetName && sheet.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart part)
                {
                    sheets.TryAdd(sheetName, part);
                }
            }

            date1904 = workbook.Workbook.WorkbookProperties?.Date1904?.Value ?? false;
            LoadSharedStrings(workbook);
            LoadDateStyles(workbook);
        }

        var problems = new List<DataProblem>();
        var separator = given;
        var conflict = false;
        var successionDates = SuccessionDateBasis.Operational;
        De06Metrics.Periods.DataClosingRule? dataClosing = null;
        De06Metrics.Scorecards.ScorecardOptions? scorecardOptions = null;
        if (sheets.TryGetValue(ScorecardWorkbook.SettingsSheetName, out var settings))
        {
            var location = Location(ScorecardWorkbook.SettingsSheetName);
            var rows = Rows(settings, DecimalSeparator.Point).GetEnumerator();
            using (rows)
            {
                if (rows.MoveNext())
                {
                    var (header, headerLine) = rows.Current;
                    separator = ScorecardCsv.ReadSettings(location, header, headerLine, Rest(rows), given, problems, out conflict, out successionDates, out dataClosing, out scorecardOptions);
                }
            }
        }

        // Number cells have no decimal separator; one typed as text is read with the declared one, else a decimal point.
        var reader = new ScorecardTableReader(conflict ? null : separator ?? DecimalSeparator.Point, successionDates) { DataClosing = dataClosing, Options = scorecardOptions };
        problems.ForEach(reader.Report);
        if (conflict)
        {
            return reader.Complete();
        }

        foreach (var table in ScorecardTables.All)
        {
            var sheetName = ScorecardWorkbook.SheetNameOf(table);
            if (!sheets.TryGetValue(sheetName, out var part))
            {
                if (ScorecardTables.IsRequired(table))
                {
                    var at = new DataLocation(name);
                    reader.Report(new DataProblem(at, language.Format(Phrase.WorkbookSheetMissing, sheetName,
                        string.Join(", ", ScorecardTables.All.Where(ScorecardTables.IsRequired).Select(ScorecardWorkbook.SheetNameOf)))));
                    reader.NotRead(table, at);
                }

                continue;
            }

            var file = Location(sheetName);
            using var rows = Rows(part, reader.DecimalSeparator ?? DecimalSeparator.Point).GetEnumerator();
            if (!rows.MoveNext())
            {
                var at = new DataLocation(file);
                reader.Report(new DataProblem(at, language[Phrase.WorkbookSheetEmpty]));
                reader.NotRead(table, at);
                continue;
            }

            var (header, headerLine) = rows.Current;
            if (reader.BeginTable(table, file, header, headerLine))
            {
                foreach (var (cells, line) in Rest(rows))
                {
                    reader.ReadRow(cells, line);
                }
            }
        }

        return reader.Complete();
    }

    private static IEnumerable<(string[] Cells, int Line)> Rest(IEnumerator<(string[] Cells, int Line)> rows)
    {
        while (rows.MoveNext())
        {
            yield return rows.Current;
        }
    }

    private string Location(string sheet) => language.Format(Phrase.WorkbookSheetLocation, name, sheet);

    /// <summary>The sheet's rows that hold a value, each as its cells from column A and its row number.</summary>
    private IEnumerable<(string[] Cells, int Line)> Rows(WorksheetPart part, DecimalSeparator separator)
    {
        using var reader = OpenXmlReader.Create(part);
        var lastLine = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var line = row.RowIndex?.Value is { } index ? (int)index : lastLine + 1;
            lastLine = line;
            var cells = new List<string>();
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : next;
                next = column + 1;
                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }

                var text = TextOf(cell, separator);
                if (cells.Count == column)
                {
                    cells.Add(text);
                }
                else
                {
                    cells[column] = text;
                }
            }

            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            if (cells.Count > 0)
            {
                yield return ([.. cells], line);
            }
        }
    }

    /// <summary>The 0-based column of a cell reference: <c>C12</c> is 2.</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (c - 'A' + 1);
            }
            else if (c is >= 'a' and <= 'z')
            {
                column = (column * 26) + (c - 'a' + 1);
            }
            else
            {
                break;
            }
        }

        return column - 1;
    }

    private string TextOf(Cell cell, DecimalSeparator separator)
    {
        var type = cell.DataType?.Value;
        if (type == XmlCellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        var raw = cell.CellValue?.Text ?? string.Empty;
        if (type == XmlCellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count ? sharedStrings[index] : raw;
        }

        if (type == XmlCellValues.Boolean)
        {
            return raw == "1" ? "true" : "false";
        }

        if (type is not null && type != XmlCellValues.Number)
        {
            // Text, a formula's text, an error (#N/A), an ISO date: as stored.
            return raw;
        }

        if (raw.Length == 0 || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return raw;
        }

        var style = (int)(cell.StyleIndex?.Value ?? 0);
        if (style < dateStyles.Count && dateStyles[style] && DateOf(number) is { } date)
        {
            return date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        }

        // The shortest text that gives back Excel's double: what was typed, 0.888 rather than 0.88800000000000001.
        var shortest = number.ToString("R", CultureInfo.InvariantCulture);
        return decimal.TryParse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
            ? TableCells.FormatNumber(exact, separator)
            : shortest;
    }

    /// <summary>The day of a date serial number: days since 30 December 1899 (1 January 1904 in the 1904 system).</summary>
    private LocalDate? DateOf(double serial)
    {
        if (serial < 1 || serial > 2_958_465 || Math.Floor(serial) != serial)
        {
            return null;
        }

        var days = (int)serial;
        return date1904 ? new LocalDate(1904, 1, 1).PlusDays(days) : new LocalDate(1899, 12, 30).PlusDays(days);
    }

    private void LoadSharedStrings(WorkbookPart workbook)
    {
        if (workbook.SharedStringTablePart is not { } part)
        {
            return;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                // The text runs, without the phonetic guide (rPh) some East Asian files carry.
                sharedStrings.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(run => run.Text?.Text ?? string.Empty)));
            }
        }
    }

    private void LoadDateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is not { } formats)
        {
            return;
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(format => format.NumberFormatId?.Value is not null)
            .ToDictionary(format => format.NumberFormatId!.Value, format => format.FormatCode?.Value ?? string.Empty) ?? [];
        foreach (var format in formats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            dateStyles.Add(BuiltInDateFormats.Contains(id) || (custom.TryGetValue(id, out var code) && IsDateCode(code)));
        }
    }

    /// <summary>Whether a format code shows a date: a d or a y outside quotes and brackets (a time alone has neither).</summary>
    private static bool IsDateCode(string code)
    {
        var inQuotes = false;
        var inBrackets = false;
        var date = false;
        foreach (var c in code.ToUpperInvariant())
        {
            switch (c)
            {
                case '"':
                    inQuotes = !inQuotes;
                    break;
                case '[' when !inQuotes:
                    inBrackets = true;
                    break;
                case ']' when !inQuotes:
                    inBrackets = false;
                    break;
                case 'D' or 'Y' when !inQuotes && !inBrackets:
                    date = true;
                    break;
            }
        }

        return date;
    }
}
