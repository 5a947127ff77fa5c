using De06Metrics.Csv;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tasks;
using De06Metrics.Text;
using SpreadCheetah;

namespace De06Metrics.Excel;

/// <summary>
/// An evaluated scorecard as an Excel workbook (.xlsx), and a scorecard read from one.
/// </summary>
/// <remarks>
/// <para>
/// The report workbook has, in the report's language, a summary sheet (reporting body, period, as-of date, the grade
/// summary overall and per unit, the tasks' counts), the indicator results (each value, target, margin and change as
/// a number with a number format, beside the text the report writes; the status in words on a coloured fill), the
/// lagging list and, when there are tasks, the tasks. Then come the data sheets, named as the CSV folder's files
/// (<c>settings</c>, <c>units</c>, <c>indicators</c>, <c>targets</c>, <c>observations</c>, and <c>successions</c> for a
/// scorecard whose units change over time), with the CSV folder's columns; so a report workbook reads back as its
/// scorecard.
/// </para>
/// <para>
/// Excel stores a number format invariantly (<c>#,##0.0</c>, <c>0.0%</c>) and shows it with the separators of the
/// reader's own settings: a Vietnamese Excel shows 0.888 in <c>0.0%</c> as 88,8%. A number cell holds a binary double
/// (15 significant digits); the text beside it is the report's exact figure, and a data sheet writes a number that a
/// double cannot hold exactly as its exact text.
/// </para>
/// <para>
/// Writing streams the sheets row by row (SpreadCheetah): a data table is enumerated twice, once to fit the columns'
/// widths, once to write, and no row is kept. Reading streams each sheet row by row (the Open XML SDK); a read never
/// throws for bad data, every problem names the workbook, the sheet, the row and the column. Stateless and
/// thread-safe.
/// </para>
/// </remarks>
public static class ScorecardWorkbook
{
    /// <summary>The name of the optional sheet that declares settings, as <c>settings.csv</c> does: <c>settings</c>.</summary>
    public const string SettingsSheetName = "settings";

    /// <summary>
    /// The name of the optional sheet of tasks, with the columns of <c>tasks.csv</c> (see <c>docs/tasks.md</c>):
    /// <c>tasks</c>, in lower case as the file is named.
    /// </summary>
    public const string TasksSheetName = "tasks";

    // Every cell names its place (r="E12"), as Excel writes them, so that any reader finds a cell without counting.
    private static SpreadCheetahOptions Options => new() { WriteCellReferenceAttributes = true };

    /// <summary>The name of a data sheet: the table's name, as its CSV file is named (<c>units</c>, <c>observations</c>).</summary>
    /// <param name="table">The table.</param>
    /// <returns>The sheet's name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="table"/> is not defined.</exception>
    public static string SheetNameOf(ScorecardTable table) => ScorecardTables.NameOf(table);

    /// <summary>Writes the report workbook of an evaluated scorecard.</summary>
    /// <param name="result">The scorecard evaluated for a period.</param>
    /// <param name="stream">The stream to write to; left open.</param>
    /// <param name="language">The language of the report's sheets.</param>
    /// <param name="tasks">The tasks judged on the report's day, or <see langword="null"/> for none.</param>
    /// <param name="tree">
    /// The scorecard's weighted tree, or <see langword="null"/> for none: scored for every unit on a sheet of its own, and
    /// naming each lagging item's group.
    /// </param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/>, <paramref name="stream"/> or <paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The scorecard's data cannot be written as tables (see <c>ScorecardCsv.WriteFolder</c>).</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static async Task WriteAsync(
        ScorecardResult result, Stream stream, Language language, TaskListAssessment? tasks = null, ScorecardTree? tree = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(language);
        var spreadsheet = await Spreadsheet.CreateNewAsync(stream, Options, cancellationToken).ConfigureAwait(false);
        await using (spreadsheet.ConfigureAwait(false))
        {
            var writer = new SheetWriter(spreadsheet, DataSheets.Names);
            await SummarySheet.WriteAsync(writer, result, language, tasks, cancellationToken).ConfigureAwait(false);
            await ReportSheets.WriteResultsAsync(writer, result, language, cancellationToken).ConfigureAwait(false);
            await ReportSheets.WriteLaggingAsync(writer, result, language, tree, cancellationToken).ConfigureAwait(false);
            if (tree is not null)
            {
                await ReportSheets.WriteTreeAsync(writer, result, tree, language, cancellationToken).ConfigureAwait(false);
            }
            if (tasks is { Items.IsEmpty: false })
            {
                await ReportSheets.WriteTasksAsync(writer, tasks, language, cancellationToken).ConfigureAwait(false);
            }

            await DataSheets.WriteAsync(writer, result.Scorecard, cancellationToken).ConfigureAwait(false);
            await spreadsheet.FinishAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the report workbook of an evaluated scorecard, blocking until it is written; see <see cref="WriteAsync"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/>, <paramref name="stream"/> or <paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The scorecard's data cannot be written as tables.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    /// <param name="result">The scorecard evaluated for a period.</param>
    /// <param name="stream">The stream to write to; left open.</param>
    /// <param name="language">The language of the report's sheets.</param>
    /// <param name="tasks">The tasks judged on the report's day, or <see langword="null"/> for none.</param>
    /// <param name="tree">The scorecard's weighted tree, or <see langword="null"/> for none.</param>
    public static void Write(ScorecardResult result, Stream stream, Language language, TaskListAssessment? tasks = null, ScorecardTree? tree = null) =>
        WriteAsync(result, stream, language, tasks, tree).GetAwaiter().GetResult();

    /// <summary>
    /// Writes a scorecard's data as a workbook of the CSV folder's tables, one sheet each, numbers as number cells: the
    /// workbook counterpart of <c>ScorecardCsv.WriteFolder</c>.
    /// </summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="stream">The stream to write to; left open.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item cannot be written as a table (see <c>ScorecardCsv.WriteFolder</c>).</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static async Task WriteDataAsync(Scorecard scorecard, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(stream);
        var spreadsheet = await Spreadsheet.CreateNewAsync(stream, Options, cancellationToken).ConfigureAwait(false);
        await using (spreadsheet.ConfigureAwait(false))
        {
            await DataSheets.WriteAsync(new SheetWriter(spreadsheet, DataSheets.Names), scorecard, cancellationToken).ConfigureAwait(false);
            await spreadsheet.FinishAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads a scorecard from a workbook with a sheet per table of the CSV folder (<c>units</c>, <c>indicators</c>,
    /// <c>targets</c>, <c>observations</c>; optionally <c>successions</c> and <c>settings</c>), each with a header row
    /// naming its columns. Other sheets are ignored.
    /// </summary>
    /// <param name="stream">The workbook; it must allow seeking (a file, a memory stream).</param>
    /// <param name="name">The workbook's name, for problem locations (<c>data.xlsx, sheet observations:12:4</c>).</param>
    /// <param name="language">The language of the problems' locations and of the workbook's own problems.</param>
    /// <param name="decimalSeparator">
    /// The decimal separator of numbers typed as text, when the caller declares it; <see langword="null"/> to take it
    /// from the <c>settings</c> sheet, else a decimal point. Number cells have none and are read exactly.
    /// </param>
    /// <returns>The scorecard of every row read without a problem, and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or <paramref name="stream"/> cannot seek.</exception>
    public static ScorecardReadResult Read(Stream stream, string name, Language language, DecimalSeparator? decimalSeparator = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(language);
        if (!stream.CanSeek)
        {
            throw new ArgumentException("A workbook is a zip archive, read by seeking; copy the stream to a MemoryStream or a file first.", nameof(stream));
        }

        return WorkbookReader.Read(stream, name, language, decimalSeparator);
    }

    /// <summary>
    /// Reads the tasks of a workbook's <c>tasks</c> sheet (<see cref="TasksSheetName"/>), row by row, as
    /// <c>TaskCsv.ReadFolder</c> reads <c>tasks.csv</c>: the same columns, each task's units checked against the
    /// scorecard's, every problem at the workbook, the sheet, the row and the column (<c>data.xlsx, sheet tasks:3:7</c>).
    /// </summary>
    /// <remarks>
    /// A date is a date cell or the text of one (<c>2024-03-31</c>); a count a number cell or its text. The sheet is
    /// optional: a workbook without it has no tasks, as a folder without <c>tasks.csv</c>. Only a sheet named exactly
    /// <c>tasks</c> is read, so the report's own sheet of tasks (<c>Tasks</c> in English, with the report's columns) is
    /// never taken for it. Never throws for bad data.
    /// </remarks>
    /// <param name="stream">The workbook; it must allow seeking (a file, a memory stream).</param>
    /// <param name="name">The workbook's name, for problem locations.</param>
    /// <param name="scorecard">The scorecard whose units (or timeline) the tasks name, read from the same workbook or elsewhere.</param>
    /// <param name="language">The language of the problems' locations and of the workbook's own problems.</param>
    /// <returns>The tasks read without a problem and every problem; an empty list when the workbook has no <c>tasks</c> sheet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/>, <paramref name="scorecard"/> or <paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or <paramref name="stream"/> cannot seek.</exception>
    public static TaskReadResult ReadTasks(Stream stream, string name, Scorecard scorecard, Language language)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(language);
        if (!stream.CanSeek)
        {
            throw new ArgumentException("A workbook is a zip archive, read by seeking; copy the stream to a MemoryStream or a file first.", nameof(stream));
        }

        return WorkbookReader.ReadTasks(stream, name, scorecard, language);
    }

    /// <summary>Reads the tasks of a workbook file's <c>tasks</c> sheet; see <see cref="ReadTasks"/>.</summary>
    /// <param name="path">The file; problems name it as given.</param>
    /// <param name="scorecard">The scorecard whose units (or timeline) the tasks name.</param>
    /// <param name="language">The language of the problems' locations and of the workbook's own problems.</param>
    /// <returns>The tasks read without a problem and every problem.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> or <paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static TaskReadResult ReadTasksFile(string path, Scorecard scorecard, Language language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return ReadTasks(stream, path, scorecard, language);
    }

    /// <summary>Reads a scorecard from a workbook file; see <see cref="Read"/>.</summary>
    /// <param name="path">The file; problems name it as given.</param>
    /// <param name="language">The language of the problems' locations and of the workbook's own problems.</param>
    /// <param name="decimalSeparator">The decimal separator of numbers typed as text; see <see cref="Read"/>.</param>
    /// <returns>The scorecard of every row read without a problem, and every problem.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ScorecardReadResult ReadFile(string path, Language language, DecimalSeparator? decimalSeparator = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Read(stream, path, language, decimalSeparator);
    }
}
