using System.Globalization;
using CsvHelper;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Timeline;

namespace De06Metrics.Csv;

/// <summary>
/// Reads and writes a scorecard as a folder of CSV tables, as people export them from Excel: <c>units.csv</c>,
/// <c>indicators.csv</c>, <c>targets.csv</c>, <c>observations.csv</c>, an optional <c>successions.csv</c> for units that
/// change over time (mergers, splits, abolitions), an optional <c>notes.csv</c> of notes on rows and statuses set by
/// hand, and an optional <c>settings.csv</c> that declares the decimal
/// separator and the succession dates. The columns and values are described in
/// <c>docs/data-format.md</c>.
/// </summary>
/// <remarks>
/// <para>
/// Files are UTF-8 (a byte order mark is skipped; any other encoding is reported, not guessed). The column separator of
/// each file is taken from its header line: a semicolon when the header has more semicolons than commas (as Excel writes
/// where the decimal separator is a comma), a tab likewise, otherwise a comma. The decimal separator is never taken from
/// the data: it is declared in <c>settings.csv</c> or by the caller, and when neither declares it, numbers with a point
/// or a comma are refused.
/// </para>
/// <para>
/// A read never throws for bad data: every problem is reported with its file, line and column, the rows without problems
/// are kept, and <see cref="ScorecardReadResult.EnsureValid"/> is the strict mode. Stateless and thread-safe.
/// </para>
/// </remarks>
public static class ScorecardCsv
{
    /// <summary>The optional file that declares settings: <c>settings.csv</c>, with the columns <c>setting,value</c>.</summary>
    public const string SettingsFileName = "settings.csv";

    /// <summary>The setting that declares the decimal separator: <c>comma</c> or <c>point</c>.</summary>
    public const string DecimalSeparatorSetting = "decimal_separator";

    /// <summary>
    /// The setting that declares which date of each succession the timeline applies it on: <c>operational</c> (the
    /// default) or <c>legal</c>. The units' <c>valid_from</c> and <c>valid_to</c> are on the same basis.
    /// </summary>
    public const string SuccessionDatesSetting = "succession_dates";

    /// <summary>
    /// The setting that declares when the scorecard's figures close: <c>decree09</c> (the 14th, Decree 09/2019/NĐ-CP),
    /// <c>calendarPeriod</c> (no closing day), or a closing day from 1 to 27 (see <see cref="Scorecard.DataClosingRule"/>).
    /// </summary>
    public const string DataClosingSetting = "data_closing";

    /// <summary>The file name of a table: <c>units.csv</c>, <c>indicators.csv</c>, <c>targets.csv</c>, <c>observations.csv</c>.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The file name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="table"/> is not defined.</exception>
    public static string FileNameOf(ScorecardTable table) => ScorecardTables.NameOf(table) + ".csv";

    /// <summary>Reads a scorecard from a folder of CSV files.</summary>
    /// <param name="folder">The folder; problems name its files by <c>Path.Combine(folder, name)</c>.</param>
    /// <param name="decimalSeparator">
    /// The decimal separator, when the caller declares it; <see langword="null"/> to take it from <c>settings.csv</c>.
    /// When both declare one and they differ, nothing is read and the conflict is reported.
    /// </param>
    /// <returns>The scorecard of every row read without a problem, and every problem.</returns>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is empty.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="IOException">A file exists but cannot be read.</exception>
    public static ScorecardReadResult ReadFolder(string folder, DecimalSeparator? decimalSeparator = null) => ReadFolder(folder, decimalSeparator, bytesRead: null);

    /// <summary>
    /// <see cref="ReadFolder(string, DecimalSeparator?)"/>, telling <paramref name="bytesRead"/> how many bytes of the
    /// folder's tables have been read so far, the tables counted one after another in the order they are read.
    /// </summary>
    internal static ScorecardReadResult ReadFolder(string folder, DecimalSeparator? decimalSeparator, Action<long>? bytesRead) =>
        ReadFolder(folder, decimalSeparator, bytesRead, directLines: true);

    /// <summary>
    /// <see cref="ReadFolder(string, DecimalSeparator?, Action{long}?)"/>; without <paramref name="directLines"/>, every
    /// row is split by the CSV reader, as a check that reading plain lines from their bytes changes nothing.
    /// </summary>
    internal static ScorecardReadResult ReadFolder(string folder, DecimalSeparator? decimalSeparator, Action<long>? bytesRead, bool directLines)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The scorecard folder '{folder}' does not exist.");
        }

        var settingsProblems = new List<DataProblem>();
        var declared = ReadSettings(Path.Combine(folder, SettingsFileName), decimalSeparator, settingsProblems, out var conflict, out var successionDates, out var dataClosing, out var scorecardOptions);
        var reader = new ScorecardTableReader(conflict ? null : declared, successionDates) { DataClosing = dataClosing, Options = scorecardOptions };
        foreach (var problem in settingsProblems)
        {
            reader.Report(problem);
        }

        if (conflict)
        {
            return reader.Complete();
        }

        long done = 0;
        foreach (var table in ScorecardTables.All)
        {
            var path = Path.Combine(folder, FileNameOf(table));
            if (!File.Exists(path))
            {
                if (ScorecardTables.IsRequired(table))
                {
                    reader.Report(new DataProblem(new DataLocation(path),
                        $"the file is missing; a scorecard folder has {string.Join(", ", ScorecardTables.All.Where(ScorecardTables.IsRequired).Select(FileNameOf))} " +
                        $"({FileNameOf(ScorecardTable.Successions)}, {FileNameOf(ScorecardTable.Notes)}, {FileNameOf(ScorecardTable.Trajectories)} and {SettingsFileName} are optional)."));
                    reader.NotRead(table, new DataLocation(path));
                }

                continue;
            }

            var before = done;
            ReadTable(reader, table, path, bytesRead is null ? null : position => bytesRead(before + position), directLines);
            done += new FileInfo(path).Length;
        }

        return reader.Complete();
    }

    /// <summary>
    /// Writes a scorecard as a folder of CSV files (creating the folder when needed, replacing the files): UTF-8 with a
    /// byte order mark so that Excel reads the Vietnamese letters, a <c>settings.csv</c> declaring the decimal
    /// separator, and cells separated by semicolons with a decimal comma or by commas with a decimal point. A scorecard
    /// built on a timeline also gets <c>successions.csv</c>, the units' <c>valid_from</c> and <c>valid_to</c>, and the
    /// <c>succession_dates</c> setting; any <c>successions.csv</c> left in the folder is removed for one without. A
    /// scorecard with notes gets <c>notes.csv</c>; any left in the folder is removed for one without.
    /// </summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="folder">The folder.</param>
    /// <param name="decimalSeparator">The decimal separator to write numbers with.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is empty, or an item cannot be written faithfully: an observation's parts, a coordinating unit id holding ';' or ',', or a split's unit id holding a character its parts cell uses. The folder is then left as it was: every file is written under a temporary name and moved into place only when all are written.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimalSeparator"/> is not defined.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static void WriteFolder(Scorecard scorecard, string folder, DecimalSeparator decimalSeparator)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Enum.IsDefined(decimalSeparator))
        {
            throw new ArgumentOutOfRangeException(nameof(decimalSeparator), decimalSeparator, $"Decimal separator {(int)decimalSeparator} is not defined.");
        }

        Directory.CreateDirectory(folder);
        var options = CsvWriterOptions.Default with
        {
            Separator = decimalSeparator == DecimalSeparator.Comma ? ';' : ',',
            NewLine = "\n",
            WriteByteOrderMark = true,

            // Text with a space or a tab at either end is quoted, so that the reader, which trims unquoted cells, keeps it.
            Quoting = CsvQuoting.WhenNeededOrWhitespace,
        };
        // Every file is written beside its final name and moved into place only when all are written, so data that
        // cannot be written (a coordinating id holding a list separator, say) leaves the folder as it was.
        var written = new List<(string Temporary, string Final)>();
        try
        {
            using (var settings = CsvWriter.ToFile(Begin(SettingsFileName), options))
            {
                settings.WriteHeader(["setting", "value"]);
                settings.WriteRecord([DecimalSeparatorSetting, decimalSeparator == DecimalSeparator.Comma ? "comma" : "point"]);
                if (scorecard.Timeline is { } timeline)
                {
                    settings.WriteRecord([SuccessionDatesSetting, timeline.Basis == SuccessionDateBasis.Legal ? "legal" : "operational"]);
                }

                if (scorecard.DataClosingRule is { } closing)
                {
                    settings.WriteRecord([DataClosingSetting, TrajectoryRules.FormatDataClosing(closing)]);
                }

                foreach (var (_, name, value) in OptionRules.Written(scorecard.Options))
                {
                    settings.WriteRecord([name, OptionRules.CsvText(value, decimalSeparator == DecimalSeparator.Comma)]);
                }
            }

            foreach (var table in ScorecardTables.All)
            {
                if (ScorecardTables.IsLeftOut(scorecard, table))
                {
                    continue;
                }

                using var writer = CsvWriter.ToFile(Begin(FileNameOf(table)), options);
                writer.WriteHeader([.. ScorecardTables.ColumnsFor(scorecard, table)]);
                foreach (var row in ScorecardTables.RowsOf(scorecard, table, decimalSeparator))
                {
                    writer.WriteRecord(row);
                }
            }
        }
        catch
        {
            written.ForEach(file => FileReplacement.Abandon(file.Temporary));
            throw;
        }

        for (var i = 0; i < written.Count; i++)
        {
            try
            {
                FileReplacement.Commit(written[i].Temporary, written[i].Final);
            }
            catch
            {
                written.Skip(i + 1).ToList().ForEach(file => FileReplacement.Abandon(file.Temporary));
                throw;
            }
        }

        if (scorecard.Timeline is null)
        {
            // A stale successions.csv would turn the scorecard read back into one on a timeline.
            File.Delete(Path.Combine(folder, FileNameOf(ScorecardTable.Successions)));
        }

        if (scorecard.Notes.IsEmpty)
        {
            // Likewise a stale notes.csv would give the scorecard read back notes it does not have.
            File.Delete(Path.Combine(folder, FileNameOf(ScorecardTable.Notes)));
        }

        if (scorecard.Trajectories.IsEmpty)
        {
            // And a stale trajectories.csv would give it trajectories.
            File.Delete(Path.Combine(folder, FileNameOf(ScorecardTable.Trajectories)));
        }

        string Begin(string fileName)
        {
            // A temporary name of its own (FileReplacement's), so that two writers of one folder never share a file.
            var final = Path.Combine(folder, fileName);
            written.Add((FileReplacement.Begin(final), final));
            return written[^1].Temporary;
        }
    }

    private static DecimalSeparator? ReadSettings(
        string path, DecimalSeparator? given, List<DataProblem> problems, out bool conflict, out SuccessionDateBasis successionDates, out Periods.DataClosingRule? dataClosing,
        out ScorecardOptions? options)
    {
        conflict = false;
        successionDates = SuccessionDateBasis.Operational;
        dataClosing = null;
        options = null;
        if (!File.Exists(path))
        {
            return given;
        }

        var rows = ReadRows(path, problems);
        if (rows is null)
        {
            return given;
        }

        var (header, headerLine, records, source) = rows.Value;
        using var _ = source;
        return ReadSettings(path, header, headerLine, records, given, problems, out conflict, out successionDates, out dataClosing, out options);
    }

    /// <summary>
    /// Reads the settings table from rows that a file format's reader hands it (a CSV file, a spreadsheet's sheet):
    /// the decimal separator and the succession dates, every problem located in <paramref name="file"/>.
    /// </summary>
    /// <param name="file">The file (or sheet) the rows come from, for problem locations.</param>
    /// <param name="header">The header's cells.</param>
    /// <param name="headerLine">The header's line.</param>
    /// <param name="records">The rows after the header, each with its line.</param>
    /// <param name="given">The decimal separator the caller declares, if any.</param>
    /// <param name="problems">Where problems are added.</param>
    /// <param name="conflict">Whether the table and the caller declare different decimal separators.</param>
    /// <param name="successionDates">The succession date basis declared, operational when none is.</param>
    /// <param name="dataClosing">When the figures close, as declared; <see langword="null"/> when none is.</param>
    /// <param name="options">The scorecard's options as declared (<see cref="OptionRules"/>); <see langword="null"/> when none is.</param>
    /// <returns>The decimal separator: the caller's, else the table's, else <see langword="null"/>.</returns>
    internal static DecimalSeparator? ReadSettings(
        string file, IReadOnlyList<string> header, int headerLine, IEnumerable<(string[] Cells, int Line)> records, DecimalSeparator? given,
        List<DataProblem> problems, out bool conflict, out SuccessionDateBasis successionDates, out Periods.DataClosingRule? dataClosing,
        out ScorecardOptions? options)
    {
        conflict = false;
        successionDates = SuccessionDateBasis.Operational;
        dataClosing = null;
        options = null;
        var optionSpec = new OptionRules.Spec();
        var optionLines = new Dictionary<int, int>();
        var closingLine = 0;
        var path = file;
        DecimalSeparator? declared = null;
        var declaredLine = 0;
        var datesLine = 0;
        var names = header.Select(name => name.Trim().TrimStart('\uFEFF').ToUpperInvariant()).ToList();
        if (names.Count != 2 || names[0] != "SETTING" || names[1] != "VALUE")
        {
            problems.Add(new DataProblem(new DataLocation(path, headerLine), "the header must be 'setting,value'; the settings were not read."));
            return given;
        }

        foreach (var (cells, line) in records)
        {
            var name = cells.Length > 0 ? cells[0].Trim() : string.Empty;
            var value = cells.Length > 1 ? cells[1].Trim() : string.Empty;
            if (name.Length == 0 && value.Length == 0)
            {
                continue;
            }

            if (string.Equals(name, SuccessionDatesSetting, StringComparison.OrdinalIgnoreCase))
            {
                if (datesLine > 0)
                {
                    problems.Add(new DataProblem(new DataLocation(path, line, 1), $"the setting is repeated; its first place is line {datesLine}.", "setting", name));
                    continue;
                }

                datesLine = line;
                switch (value.ToUpperInvariant())
                {
                    case "OPERATIONAL":
                        successionDates = SuccessionDateBasis.Operational;
                        break;
                    case "LEGAL":
                        successionDates = SuccessionDateBasis.Legal;
                        break;
                    default:
                        problems.Add(new DataProblem(new DataLocation(path, line, 2), "expected 'operational' or 'legal'.", "value", value));
                        break;
                }

                continue;
            }

            if (string.Equals(name, DataClosingSetting, StringComparison.OrdinalIgnoreCase))
            {
                if (closingLine > 0)
                {
                    problems.Add(new DataProblem(new DataLocation(path, line, 1), $"the setting is repeated; its first place is line {closingLine}.", "setting", name));
                    continue;
                }

                closingLine = line;
                if (TrajectoryRules.TryDataClosing(value, out var rule))
                {
                    dataClosing = rule;
                }
                else
                {
                    problems.Add(new DataProblem(new DataLocation(path, line, 2), $"expected {TrajectoryRules.ExpectedDataClosing}.", "value", value));
                }

                continue;
            }

            // The scorecard's options: tolerance, comparison, comparison_period and the rest (OptionRules).
            var option = Array.FindIndex(OptionRules.Names, pair => string.Equals(pair.Csv, name, StringComparison.OrdinalIgnoreCase));
            if (option >= 0)
            {
                if (optionLines.TryGetValue(option, out var firstLine))
                {
                    problems.Add(new DataProblem(new DataLocation(path, line, 1), $"the setting is repeated; its first place is line {firstLine}.", "setting", name));
                }
                else if (!optionSpec.TrySet(option, value, out var expected))
                {
                    optionLines[option] = line;
                    problems.Add(new DataProblem(new DataLocation(path, line, 2), $"expected {expected}.", "value", value));
                }
                else
                {
                    optionLines[option] = line;
                }

                continue;
            }

            if (!string.Equals(name, DecimalSeparatorSetting, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new DataProblem(new DataLocation(path, line, 1),
                    $"unknown setting; the known ones are {DecimalSeparatorSetting}, {SuccessionDatesSetting}, {DataClosingSetting} and the options {string.Join(", ", OptionRules.Names.Select(pair => pair.Csv))}.",
                    "setting", name));
                continue;
            }

            if (declared is not null)
            {
                problems.Add(new DataProblem(new DataLocation(path, line, 1), $"the setting is repeated; its first place is line {declaredLine}.", "setting", name));
                continue;
            }

            declared = value.ToUpperInvariant() switch
            {
                "COMMA" or "," => DecimalSeparator.Comma,
                "POINT" or "." => DecimalSeparator.Point,
                _ => null,
            };
            declaredLine = line;
            if (declared is null)
            {
                problems.Add(new DataProblem(new DataLocation(path, line, 2), "expected 'comma' or 'point'.", "value", value));
            }
        }

        if (given is { } fromCaller && declared is { } fromFile && fromCaller != fromFile)
        {
            conflict = true;
            problems.Add(new DataProblem(new DataLocation(path, declaredLine, 2),
                $"the file declares a decimal {Word(fromFile)} but a decimal {Word(fromCaller)} was asked for; nothing was read, since the numbers would be read wrongly one way or the other.",
                "value", Word(fromFile)));
        }

        options = optionSpec.ToOptions();
        return given ?? declared;

        static string Word(DecimalSeparator separator) => separator == DecimalSeparator.Comma ? "comma" : "point";
    }

    private static void ReadTable(ScorecardTableReader reader, ScorecardTable table, string path, Action<long>? moved, bool directLines)
    {
        var problems = new List<DataProblem>();
        if (Scan(path, problems) is not { } scan)
        {
            reader.NotRead(table, problems[0].Location);
        }
        else if (directLines && table == ScorecardTable.Observations && PlainHeader(scan) is { } plain)
        {
            // The observations, the largest table by far, are read line by line from the bytes where a line is plain,
            // and by the CSV reader where it is not; both give the same cells (see ReadLines).
            if (reader.BeginTable(table, path, plain.Header, plain.HeaderLine))
            {
                ReadLines(reader, path, scan, plain, problems, moved);
            }
        }
        else
        {
            var file = Open(path, scan, problems, moved);
            using (file.Csv)
            {
                if (reader.BeginTable(table, path, file.Header, file.HeaderLine))
                {
                    ReadRecords(reader, file.Csv, lineOffset: 0);
                }
            }
        }

        // Malformed rows are found while the records are read, so their problems are reported after.
        foreach (var problem in problems)
        {
            reader.Report(problem);
        }
    }

    // Reads every record of a CSV reader into the table; a record's line is its line in the reader plus lineOffset.
    private static void ReadRecords(ScorecardTableReader reader, CsvReader csv, int lineOffset)
    {
        // A plain observation is read from the parser's cells as they lie in its buffer; any other row is made into
        // strings and read with every check. The table reader is done with a row before it asks for the next, so one
        // array of cells serves every row.
        string[] cells = [];
        while (csv.Read())
        {
            var line = lineOffset + (int)csv.LineNumber;
            if (reader.TryReadPlainObservation(csv, line))
            {
                continue;
            }

            if (cells.Length != csv.FieldCount)
            {
                cells = new string[csv.FieldCount];
            }

            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = csv.GetString(i) ?? string.Empty;
            }

            reader.ReadRow(cells, line);
        }
    }

    /// <summary>
    /// The header of a file whose header line is plain (see <see cref="LineCells"/>) and ends within the first window, and
    /// whose columns are separated by commas or semicolons: its cells, its line, and where the line after it starts in
    /// the file; <see langword="null"/> otherwise, and the file is read by the CSV reader alone.
    /// </summary>
    private static (string[] Header, int HeaderLine, long DataStart, byte Separator)? PlainHeader(TextScan scan)
    {
        var separator = SeparatorOf(scan.Start);
        if (separator is not (',' or ';'))
        {
            return null;
        }

        var blank = LeadingBlankBytes(scan.Start);
        var text = scan.Start.AsSpan(blank);
        var end = text.IndexOf((byte)'\n');
        if (end < 0)
        {
            return null;
        }

        var line = text[..end];
        line = line.EndsWith((byte)'\r') ? line[..^1] : line;
        if (line.IsEmpty || line.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) >= 0 || line.Contains((byte)'"'))
        {
            return null;
        }

        var header = new List<string>();
        foreach (var cell in line.Split((byte)separator))
        {
            // As the CSV reader trims a cell: the spaces at its ends.
            header.Add(System.Text.Encoding.ASCII.GetString(line[cell].Trim((byte)' ')));
        }

        return ([.. header], 1 + LeadingBlankLines(scan.Start), scan.ByteOrderMark + blank + end + 1, (byte)separator);
    }

    /// <summary>
    /// Reads a table's rows after a plain header, a window of the file at a time. A plain line (see
    /// <see cref="LineCells"/>) that is a plain observation is read from its bytes; another plain line is read from its cells
    /// made into strings; any other line without a quote or a carriage return inside it is given, alone, to the CSV
    /// reader, which splits it as it would within the file. At the first line with a quote or a carriage return inside
    /// it (which may hold a line break, or end a line), or after many lines that are not plain, the rest of the file is
    /// given to the CSV reader, its lines counted on from there.
    /// </summary>
    private static void ReadLines(
        ScorecardTableReader reader, string path, TextScan scan, (string[] Header, int HeaderLine, long DataStart, byte Separator) plain, List<DataProblem> problems,
        Action<long>? moved)
    {
        const int Window = 64 * 1024;
        const int UnusualLines = 64;
        var buffer = new byte[Window];
        var ranges = new Range[plain.Header.Length];
        var strings = new string[plain.Header.Length];
        var unusual = 0;
        var lineNumber = plain.HeaderLine + 1;
        var offset = plain.DataStart;
        var kept = 0;
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        file.Position = offset;
        while (true)
        {
            if (kept == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = file.Read(buffer, kept, buffer.Length - kept);
            moved?.Invoke(file.Position);
            var length = kept + read;
            var final = read == 0;
            var text = buffer.AsSpan(0, length);
            var used = 0;
            while (used < text.Length)
            {
                var rest = text[used..];
                var newline = rest.IndexOf((byte)'\n');
                if (newline < 0 && !final)
                {
                    break;
                }

                var whole = newline < 0 ? rest : rest[..(newline + 1)];
                var line = newline < 0 ? rest : rest[..newline];
                line = line.EndsWith((byte)'\r') ? line[..^1] : line;
                if (line.IndexOfAny((byte)'"', (byte)'\r') >= 0)
                {
                    ReadRest(reader, path, scan, offset + used, lineNumber - 1, problems, moved);
                    return;
                }

                if (line.IsEmpty)
                {
                    // The CSV reader skips an empty line.
                }
                else if (LineCells.TrySplit(line, plain.Separator, ranges, out var cells))
                {
                    if (!reader.TryReadPlainObservation(cells, lineNumber))
                    {
                        // The cells are what the CSV reader would make of them: nothing to unquote or trim.
                        for (var i = 0; i < strings.Length; i++)
                        {
                            strings[i] = cells.IsEmpty(i) ? string.Empty : System.Text.Encoding.ASCII.GetString(cells.GetSpan(i));
                        }

                        reader.ReadRow(strings, lineNumber);
                    }
                }
                else if (++unusual > UnusualLines)
                {
                    // A file of many such lines is left to the CSV reader rather than given to it a line at a time.
                    ReadRest(reader, path, scan, offset + used, lineNumber - 1, problems, moved);
                    return;
                }
                else
                {
                    using var csv = CsvReader.Create(whole.ToArray().AsMemory(), CsvOptions(scan, problems, path, lineOffset: lineNumber - 1) with { HasHeader = false });
                    ReadRecords(reader, csv, lineNumber - 1);
                }

                used += whole.Length;
                lineNumber++;
            }

            if (final)
            {
                return;
            }

            offset += used;
            kept = length - used;
            text[used..].CopyTo(buffer);
        }
    }

    // The rest of a file from a line's start, read by the CSV reader with its lines counted on from the line before.
    private static void ReadRest(ScorecardTableReader reader, string path, TextScan scan, long start, int lineOffset, List<DataProblem> problems, Action<long>? moved)
    {
        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        stream.Position = start;
        if (moved is not null)
        {
            stream = new CountingStream(stream, moved, leaveOpen: false);
        }

        using var csv = CsvReader.Create(stream, CsvOptions(scan, problems, path, lineOffset) with { HasHeader = false }, leaveOpen: false);
        ReadRecords(reader, csv, lineOffset);
    }

    /// <summary>
    /// The header and the records of a CSV file, streamed, and the reader to dispose when done; <see langword="null"/>
    /// when the file cannot be read as CSV text at all (not UTF-8, empty), with the reason added to
    /// <paramref name="problems"/>. The file is read twice a window at a time, never whole: once to check that it is
    /// UTF-8 text, then row by row. With <paramref name="reuseCells"/>, a row's array of cells is filled again for the
    /// next row of as many cells, for a caller that keeps no row.
    /// </summary>
    internal static (string[] Header, int HeaderLine, IEnumerable<(string[] Cells, int Line)> Records, IDisposable Source)? ReadRows(
        string path, List<DataProblem> problems, Action<long>? moved = null, bool reuseCells = false)
    {
        if (Scan(path, problems) is not { } scan)
        {
            return null;
        }

        var file = Open(path, scan, problems, moved);
        return (file.Header, file.HeaderLine, Records(file.Csv, reuseCells), file.Csv);

        static IEnumerable<(string[] Cells, int Line)> Records(CsvReader csv, bool reuseCells)
        {
            string[] cells = [];
            while (csv.Read())
            {
                if (!reuseCells || cells.Length != csv.FieldCount)
                {
                    cells = new string[csv.FieldCount];
                }

                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = csv.GetString(i) ?? string.Empty;
                }

                yield return (cells, (int)csv.LineNumber);
            }
        }
    }

    /// <summary>
    /// A CSV file that <see cref="Scan"/> found to be text, opened for reading past its header, with the header's cells
    /// and line; a malformed row met later is added to <paramref name="problems"/>.
    /// </summary>
    private static (string[] Header, int HeaderLine, CsvReader Csv) Open(string path, TextScan scan, List<DataProblem> problems, Action<long>? moved)
    {
        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        stream.Position = scan.ByteOrderMark;
        if (moved is not null)
        {
            stream = new CountingStream(stream, moved, leaveOpen: false);
        }

        var csv = CsvReader.Create(stream, CsvOptions(scan, problems, path, lineOffset: 0), leaveOpen: false);
        try
        {
            var header = csv.Headers.ToArray();
            return (header, 1 + LeadingBlankLines(scan.Start), csv);
        }
        catch
        {
            csv.Dispose();
            throw;
        }
    }

    /// <summary>
    /// One pass over a file's bytes before its rows are read; <see langword="null"/> when the file cannot be read as CSV
    /// text at all (not UTF-8, empty), with the reason added to <paramref name="problems"/>.
    /// </summary>
    private static TextScan? Scan(string path, List<DataProblem> problems)
    {
        var scan = TextScan.Of(path);
        if (scan.Fault is { } fault)
        {
            problems.Add(new DataProblem(new DataLocation(path, fault.Line),
                string.Create(CultureInfo.InvariantCulture, $"the file is not UTF-8 text (byte 0x{fault.Byte:X2} on this line); save it from Excel as 'CSV UTF-8 (Comma delimited)'. The file was not read.")));
            return null;
        }

        if (scan.Blank)
        {
            problems.Add(new DataProblem(new DataLocation(path), "the file is empty; it needs at least a header line naming its columns."));
            return null;
        }

        return scan;
    }

    // How the CSV reader reads a file's rows; a malformed row is reported at its line in the reader plus lineOffset.
    private static CsvReaderOptions CsvOptions(TextScan scan, List<DataProblem> problems, string path, int lineOffset) => CsvReaderOptions.Default with
    {
        Separator = SeparatorOf(scan.Start),
        HasHeader = true,
        TrackLineNumbers = true,
        // Spaces and tabs around a value are dropped, but a quoted value is kept as written: the writer quotes free
        // text with white space at its ends, so that it reads back the same.
        TrimWhitespace = true,
        SkipEmptyLines = true,
        AllowLineBreaksInQuotes = true,
        MalformedData = CsvMalformedDataHandling.Skip,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        PoolStrings = true,
        OnMalformedRecord = record => problems.Add(new DataProblem(
            new DataLocation(path, record.LineNumber > 0 ? lineOffset + (int)record.LineNumber : null),
            $"the row's quoting is malformed ({Describe(record.Reason)}); the row was not read.")),
    };

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside quotes",
        _ => reason.ToString(),
    };

    /// <summary>The column separator the header line uses: the most frequent of comma, semicolon and tab (a comma on a tie).</summary>
    private static char SeparatorOf(ReadOnlySpan<byte> text)
    {
        var body = text[LeadingBlankBytes(text)..];
        var end = body.IndexOf((byte)'\n');
        var header = end < 0 ? body : body[..end];
        var commas = header.Count((byte)',');
        var semicolons = header.Count((byte)';');
        var tabs = header.Count((byte)'\t');
        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    private static int LeadingBlankBytes(ReadOnlySpan<byte> text)
    {
        var i = 0;
        var lineStart = 0;
        while (i < text.Length && text[i] is (byte)'\r' or (byte)'\n' or (byte)' ' or (byte)'\t')
        {
            if (text[i] == (byte)'\n')
            {
                lineStart = i + 1;
            }

            i++;
        }

        return lineStart;
    }

    private static int LeadingBlankLines(ReadOnlySpan<byte> text) => text[..LeadingBlankBytes(text)].Count((byte)'\n');
}
