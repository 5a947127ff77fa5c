using System.Collections.Immutable;
using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tasks;
using De06Metrics.Text;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Csv;

/// <summary>
/// Reads the tasks of a scorecard folder from <c>tasks.csv</c>: one row per task, every problem at its file, line and
/// column (the columns are in <c>docs/tasks.md</c>).
/// </summary>
/// <remarks>
/// The file is optional: a folder without it has no tasks. Separators and encoding are those of the folder's other
/// tables (UTF-8, with or without a byte order mark; ';' or ','). Counts are whole numbers, so the decimal separator
/// does not matter to them. Stateless and thread-safe.
/// </remarks>
public static class TaskCsv
{
    /// <summary>The file name of the tasks table: <c>tasks.csv</c>.</summary>
    public const string FileName = "tasks.csv";

    private static readonly string[] Columns =
    [
        "code", "name_vi", "name_en", "lead", "coordinating", "start", "deadline", "milestones", "done_on",
        "count_to_reach", "count_done", "counted_on", "item_vi", "item_en", "item_en_singular", "notes",
        "source_document", "source_date", "source_note",
    ];

    private static readonly string[] RequiredColumns = ["code", "name_vi", "lead", "deadline"];

    /// <summary>Reads the folder's <c>tasks.csv</c>, checking the tasks' units against a scorecard's.</summary>
    /// <param name="folder">The scorecard folder.</param>
    /// <param name="scorecard">The scorecard read from the folder, whose units (or timeline) the tasks name.</param>
    /// <param name="decimalSeparator">Unused by whole counts; accepted so that a folder is read with one set of options.</param>
    /// <returns>The tasks read without a problem and every problem; an empty list when the folder has no <c>tasks.csv</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file exists but cannot be read.</exception>
    public static TaskReadResult ReadFolder(string folder, Scorecard scorecard, DecimalSeparator? decimalSeparator = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(scorecard);
        _ = decimalSeparator;
        var builder = new TaskListBuilder(scorecard);
        var path = Path.Combine(folder, FileName);
        if (File.Exists(path))
        {
            var problems = new List<DataProblem>();
            var rows = ScorecardCsv.ReadRows(path, problems);
            using var source = rows?.Source;
            var reader = new Reader(builder, path, FileName);
            if (rows is { } csv)
            {
                reader.Read(csv.Header, csv.HeaderLine, csv.Records);
            }

            foreach (var problem in problems)
            {
                builder.Report(problem);
            }

            reader.Finish();
        }

        return builder.Build();
    }

    /// <summary>
    /// Reads the tasks table from rows read elsewhere, as <c>tasks.csv</c> is read: a workbook's <c>tasks</c> sheet,
    /// whose rows are the sheet's rows and whose columns are its columns (A is 1).
    /// </summary>
    /// <param name="scorecard">The scorecard whose units (or timeline) the tasks name.</param>
    /// <param name="file">Where the rows are, as problems name it (<c>data.xlsx, sheet tasks</c>).</param>
    /// <param name="table">The table's name in messages (<c>tasks</c>).</param>
    /// <param name="header">The header row's cells; <see langword="null"/> for a table without one, which is reported.</param>
    /// <param name="headerLine">The header's row number.</param>
    /// <param name="records">The rows after the header, each with its row number.</param>
    /// <param name="problems">Problems found before the rows (the sheet could not be read), reported with the rows'.</param>
    internal static TaskReadResult ReadTable(Scorecard scorecard, string file, string table, string[]? header, int headerLine, IEnumerable<(string[] Cells, int Line)> records, IEnumerable<DataProblem> problems)
    {
        var builder = new TaskListBuilder(scorecard);
        foreach (var problem in problems)
        {
            builder.Report(problem);
        }

        if (header is not null)
        {
            var reader = new Reader(builder, file, table);
            reader.Read(header, headerLine, records);
            reader.Finish();
        }

        return builder.Build();
    }

    private sealed class Reader(TaskListBuilder builder, string path, string table)
    {
        private readonly ValueText values = new();
        private Dictionary<string, int> positions = [];
        private string[] cells = [];
        private int line;
        private bool failed;
        private (string Vi, string? En, string? Singular, int Line)? items;

        public void Read(string[] headerCells, int headerLine, IEnumerable<(string[] Cells, int Line)> records)
        {
            positions = headerCells.Select((name, i) => (name.Trim(), i)).GroupBy(pair => pair.Item1, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First().i, StringComparer.Ordinal);
            var header = true;
            foreach (var unknown in headerCells.Select(name => name.Trim()).Where(name => !Columns.Contains(name)))
            {
                builder.Report(new DataProblem(new DataLocation(path, headerLine), $"unknown column; {table} has {string.Join(", ", Columns)}.", unknown));
                header = false;
            }

            foreach (var missing in RequiredColumns.Where(name => !positions.ContainsKey(name)))
            {
                builder.Report(new DataProblem(new DataLocation(path, headerLine), $"the column '{missing}' is missing; {table} needs {string.Join(", ", RequiredColumns)}."));
                header = false;
            }

            if (header)
            {
                foreach (var (row, number) in records)
                {
                    cells = row;
                    line = number;
                    failed = false;
                    ReadRow();
                }
            }
        }

        /// <summary>Declares what each task is counted in, once every row is read.</summary>
        public void Finish()
        {
            if (items is { } noun)
            {
                builder.Items = Measure.Count(new LocalizedText(noun.Vi, noun.En), noun.Singular);
            }
        }

        private void ReadRow()
        {
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                return;
            }

            var code = Cell("code", required: true);
            var vi = Cell("name_vi", required: true, trim: false);
            var en = Cell("name_en", trim: false);
            var lead = Cell("lead", required: true);
            var coordinating = Ids("coordinating");
            var start = Date("start");
            var deadline = Date("deadline", required: true);
            var milestones = Milestones();
            var doneOn = Date("done_on");
            var toReach = Count("count_to_reach");
            var done = Count("count_done");
            var countedOn = Date("counted_on");
            Noun();
            var notes = Cell("notes", trim: false);
            var document = Cell("source_document", trim: false);
            var issued = Date("source_date");
            var note = Cell("source_note", trim: false);
            if ((toReach is null) != (done is null) || (toReach is not null && countedOn is null))
            {
                Fail("count_to_reach", "a count needs count_to_reach, count_done and counted_on together.");
            }

            if (failed || code is null || vi is null || lead is null || deadline is null)
            {
                return;
            }

            var measure = items is { } noun ? Measure.Count(new LocalizedText(noun.Vi, noun.En), noun.Singular) : Measure.Count();
            builder.Add(
                () => new PlanTask(
                    code, new LocalizedText(vi, en), new Responsibility(new UnitId(lead), coordinating), deadline.Value, start, milestones,
                    toReach is { } target ? new TaskQuantity(measure, target, done!.Value, countedOn!.Value) : null,
                    doneOn, notes, document is null ? null : new SourceReference(document, issued, note)),
                At("code"),
                argument =>
                {
                    var column = argument switch
                    {
                        "lead" or "coordinating" or "deadline" or "milestones" or "code" => argument,
                        "doneOn" => "done_on",
                        "done" => "count_done",
                        "toReach" => "count_to_reach",
                        "name" => "name_vi",
                        _ => null,
                    };
                    return column is null ? (new DataLocation(path, line), null) : (At(column), column);
                });
        }

        private void Noun()
        {
            var vi = Cell("item_vi", trim: false);
            var en = Cell("item_en", trim: false);
            var singular = Cell("item_en_singular", trim: false);
            if (vi is null)
            {
                if (en is not null || singular is not null)
                {
                    Fail("item_vi", "what each task is needs its Vietnamese word in item_vi.");
                }

                return;
            }

            if (items is null)
            {
                items = (vi, en, singular, line);
            }
            else if (items.Value.Vi != vi || items.Value.En != en || items.Value.Singular != singular)
            {
                Fail("item_vi", string.Create(CultureInfo.InvariantCulture, $"what each task is must be the same on every row; line {items.Value.Line} says '{items.Value.Vi}'."), vi);
            }
        }

        private List<Milestone>? Milestones()
        {
            var text = Cell("milestones");
            if (text is null)
            {
                return null;
            }

            var result = new List<Milestone>();
            foreach (var part in text.Split('|', StringSplitOptions.TrimEntries))
            {
                var dates = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (dates.Length is 0 or > 2)
                {
                    Fail("milestones", "write each milestone as its due date, optionally followed by the date done, milestones separated by '|': \"2024-03-15 2024-03-08|2024-06-30\".", text);
                    return null;
                }

                if (!values.TryDate(dates[0], out var due, out var error) || (dates.Length == 2 && !values.TryDate(dates[1], out _, out error)))
                {
                    Fail("milestones", error, text);
                    return null;
                }

                result.Add(new Milestone(due, doneOn: dates.Length == 2 && values.TryDate(dates[1], out var done, out _) ? done : null));
            }

            return result;
        }

        private decimal? Count(string column)
        {
            var text = Cell(column);
            if (text is null)
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
            {
                return count;
            }

            Fail(column, "expected a whole number.", text);
            return null;
        }

        private ImmutableArray<UnitId> Ids(string column)
        {
            var text = Cell(column);
            return text is null ? [] : [.. text.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(id => new UnitId(id))];
        }

        private LocalDate? Date(string column, bool required = false)
        {
            var text = Cell(column, required);
            if (text is null)
            {
                return null;
            }

            if (values.TryDate(text, out var date, out var error))
            {
                return date;
            }

            Fail(column, error, text);
            return null;
        }

        private string? Cell(string column, bool required = false, bool trim = true)
        {
            var text = positions.TryGetValue(column, out var i) && i < cells.Length ? cells[i] : null;
            text = trim ? text?.Trim() : text;
            if (string.IsNullOrWhiteSpace(text))
            {
                if (required)
                {
                    Fail(column, "the cell is empty.");
                }

                return null;
            }

            return text;
        }

        private void Fail(string column, string message, string? value = null)
        {
            failed = true;
            builder.Report(new DataProblem(At(column), message, column, value));
        }

        private DataLocation At(string column) =>
            new(path, line, positions.TryGetValue(column, out var i) ? i + 1 : null);
    }
}
