using System.Collections.Immutable;
using System.Text;
using CsvHelper;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;
using De06Metrics.Serialization;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Csv;

/// <summary>
/// Reads a scorecard in tabular form (see <see cref="ScorecardTables"/>) from rows of text that a file format's reader
/// hands it: a CSV reader, a spreadsheet reader. It reads each cell, reports every problem at its file, line and
/// column, keeps every row that has none, and checks the whole at the end.
/// </summary>
/// <remarks>
/// <para>
/// Call <see cref="BeginTable"/> with each table's header, then <see cref="ReadRow"/> for each of its rows, for the
/// tables in the order of <see cref="ScorecardTable"/> (a table may be missing: report why with
/// <see cref="Report"/>); then <see cref="Complete"/>. Cells are trimmed; a row whose cells are all empty is skipped,
/// as spreadsheets leave such rows behind.
/// </para>
/// <para>Not thread-safe: one instance reads one scorecard. Reading a row allocates only the values it creates.</para>
/// </remarks>
internal sealed class ScorecardTableReader : IFieldProblems
{
    private readonly ScorecardBuilder builder = new();
    private readonly CellValues values;
    private readonly List<string> files = [];
    private ScorecardTable? table;
    private TableLayout? layout;
    private string file = string.Empty;
    private IReadOnlyList<string> cells = [];
    private int line;
    private bool rowFailed;
    private bool completed;

    // The indicator and unit of the row before when both were found: a table's rows come in runs of one indicator and
    // unit, so a run is looked up once. Only what was found is remembered; what was not is checked, and reported, on
    // every row that names it.
    private (IndicatorCode Code, UnitId Unit, Indicator Indicator)? lastReferences;

    // The observations table read from a CSV reader's cells without a string a cell (TryReadPlainObservation): the
    // columns it reads and those that must be empty, the indicator and unit of the last row read the general way with
    // the text of their cells, and each period by its text.
    private PlainColumns? plainColumns;
    private (string CodeText, string UnitText, IndicatorCode Code, UnitId Unit, Indicator Indicator)? lastObservationKey;
    private readonly Dictionary<string, Periods.ReportingPeriod> periodsByText = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, Periods.ReportingPeriod> periodsByShortText = [];
    private readonly DecliningProblems declining = new();

    /// <summary>Creates a reader.</summary>
    /// <param name="decimalSeparator">
    /// The decimal separator the files declare, or <see langword="null"/> when they declare none; then a number with a
    /// point or a comma is refused rather than guessed at, and whole numbers are read.
    /// </param>
    /// <param name="successionDates">
    /// Which date of each succession the timeline applies it on (the files' <c>succession_dates</c> setting); the units'
    /// <c>valid_from</c> and <c>valid_to</c> are on the same basis. Operational by default.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimalSeparator"/> or <paramref name="successionDates"/> is not defined.</exception>
    public ScorecardTableReader(DecimalSeparator? decimalSeparator, SuccessionDateBasis successionDates = SuccessionDateBasis.Operational)
    {
        if (decimalSeparator is { } separator && !Enum.IsDefined(separator))
        {
            throw new ArgumentOutOfRangeException(nameof(decimalSeparator), separator, $"Decimal separator {(int)separator} is not defined.");
        }

        if (!Enum.IsDefined(successionDates))
        {
            throw new ArgumentOutOfRangeException(nameof(successionDates), successionDates, $"Succession date basis {(int)successionDates} is not defined.");
        }

        values = new CellValues(decimalSeparator);
        builder.Timeline.SuccessionDates = successionDates;
    }

    /// <summary>Which date of each succession the timeline applies it on.</summary>
    public SuccessionDateBasis SuccessionDates => builder.Timeline.SuccessionDates;

    /// <summary>When the scorecard's figures close (the files' <c>data_closing</c> setting); <see langword="null"/> when none is set.</summary>
    public Periods.DataClosingRule? DataClosing
    {
        get => builder.DataClosing;
        set => builder.DataClosing = value;
    }

    /// <summary>The scorecard's options (the files' option settings); <see langword="null"/> for the defaults.</summary>
    public Scorecards.ScorecardOptions? Options
    {
        get => builder.Options;
        set => builder.Options = value;
    }

    /// <summary>The declared decimal separator, or <see langword="null"/> when none was declared.</summary>
    public DecimalSeparator? DecimalSeparator => values.DecimalSeparator;

    /// <summary>
    /// Starts a table: checks its header (every required column present, no unknown or repeated column) and reports
    /// what is wrong with it.
    /// </summary>
    /// <param name="table">The table; not before one already begun.</param>
    /// <param name="file">The file's name or path, for problem locations.</param>
    /// <param name="header">The column names, as in the file; trimmed, compared ignoring case.</param>
    /// <param name="line">The header's line in the file.</param>
    /// <returns>
    /// <see langword="true"/> when the rows can be read; <see langword="false"/> when a required column is missing, in
    /// which case the rows are not read (every one would fail) and <see cref="ReadRow"/> ignores them.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="file"/> is empty.</exception>
    /// <exception cref="InvalidOperationException">The table comes before one already read, or the reader is complete.</exception>
    public bool BeginTable(ScorecardTable table, string file, IReadOnlyList<string> header, int line = 1)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        var columns = ScorecardTables.ColumnsOf(table);
        EnsureOpen();
        if (this.table is { } previous && table <= previous)
        {
            throw new InvalidOperationException($"Table {table} cannot be read after {previous}: tables are read once each, in the order units, indicators, targets, observations, successions, notes, trajectories.");
        }

        if (table == ScorecardTable.Successions)
        {
            builder.Timeline.DeclareTimeline();
        }

        this.table = table;
        this.file = file;
        lastReferences = null;
        Remember(file);
        if (table >= ScorecardTable.Indicators)
        {
            _ = builder.Units;
        }

        // Columns are matched ignoring case, then kept under their own names so that a cell is found by an ordinal lookup.
        var indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = (header[i] ?? string.Empty).Trim().TrimStart('\uFEFF').Trim();
            var at = new DataLocation(file, line, i + 1);
            if (name.Length == 0)
            {
                builder.Report(new DataProblem(at, "a column has no name."));
            }
            else if (columns.FirstOrDefault(column => string.Equals(column, name, StringComparison.OrdinalIgnoreCase)) is not { } canonical)
            {
                builder.Report(new DataProblem(at, $"unknown column; the {ScorecardTables.NameOf(table)} table has the columns {string.Join(", ", columns)}.", "header", name));
            }
            else if (!indexByName.TryAdd(canonical, i))
            {
                builder.Report(new DataProblem(at, $"the column is repeated; its first place is column {indexByName[canonical] + 1}.", "header", name));
            }
        }

        var missing = ScorecardTables.RequiredColumnsOf(table).Where(column => !indexByName.ContainsKey(column)).ToList();
        if (table == ScorecardTable.Observations && indexByName.ContainsKey("numerator") != indexByName.ContainsKey("denominator"))
        {
            missing.Add(indexByName.ContainsKey("numerator") ? "denominator" : "numerator");
        }

        foreach (var column in missing)
        {
            builder.Report(new DataProblem(new DataLocation(file, line), $"the header has no column '{column}', which the {ScorecardTables.NameOf(table)} table needs; its rows were not read."));
        }

        if (missing.Count > 0)
        {
            NotRead(table, new DataLocation(file, line));
        }

        layout = missing.Count == 0 ? new TableLayout(indexByName, header.Count) : null;
        lastObservationKey = null;
        plainColumns = layout is not null && table == ScorecardTable.Observations ? PlainColumns.Of(indexByName) : null;
        return layout is not null;
    }

    /// <summary>Reads one row of the current table; a row with problems is reported and left out.</summary>
    /// <param name="row">The row's cells, in the header's order; missing cells at the end count as empty.</param>
    /// <param name="line">The row's line in the file, for problem locations.</param>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">No table was begun, or the reader is complete.</exception>
    public void ReadRow(IReadOnlyList<string> row, int line)
    {
        ArgumentNullException.ThrowIfNull(row);
        EnsureOpen();
        if (table is null)
        {
            throw new InvalidOperationException("Begin a table before reading its rows.");
        }

        if (layout is null || IsBlank(row))
        {
            return;
        }

        cells = row;
        this.line = line;
        rowFailed = false;
        if (row.Count > layout.Width)
        {
            for (var i = layout.Width; i < row.Count; i++)
            {
                if (!string.IsNullOrWhiteSpace(row[i]))
                {
                    builder.Report(new DataProblem(new DataLocation(file, line, i + 1),
                        $"this row has {row.Count} cells but the header names {layout.Width} columns; the row was not read.", "extra cell", row[i].Trim()));
                    return;
                }
            }
        }

        var at = RowAddress.InTable(file, line, layout);
        switch (table)
        {
            case ScorecardTable.Units:
                ReadUnit(at);
                break;
            case ScorecardTable.Indicators:
                ReadIndicator(at);
                break;
            case ScorecardTable.Targets:
                ReadTarget(at);
                break;
            case ScorecardTable.Successions:
                ReadSuccession(at);
                break;
            case ScorecardTable.Notes:
                ReadNote(at);
                break;
            case ScorecardTable.Trajectories:
                ReadTrajectory(at);
                break;
            default:
                ReadObservation(at);
                break;
        }

        // A unit or indicator left out is a cause: what names it is counted against it, not listed.
        if (rowFailed && table is ScorecardTable.Units or ScorecardTable.Indicators && Cell(table == ScorecardTable.Units ? "id" : "code") is { } key)
        {
            if (table == ScorecardTable.Units)
            {
                builder.UnitLeftOut(new UnitId(key), at.Row);
            }
            else
            {
                builder.IndicatorLeftOut(new IndicatorCode(key), at.Row);
            }
        }
    }

    /// <summary>
    /// Reads a row of the observations table straight from a CSV reader's cells, without making a string of any, when it
    /// is a plain observation: its indicator and unit those of the last row read by <see cref="ReadRow"/> (a table's
    /// rows come in runs of one indicator and unit), a period read before or that reads, a value or a numerator and
    /// denominator that are plain numbers, every other column empty, and nothing in it to report. Anything else returns
    /// <see langword="false"/> having reported and built nothing, and the caller reads the row with
    /// <see cref="ReadRow"/>, which reports every problem at its place.
    /// </summary>
    /// <param name="csv">The CSV reader, on the row.</param>
    /// <param name="line">The row's line in the file.</param>
    /// <returns>Whether the row was read.</returns>
    public bool TryReadPlainObservation(CsvReader csv, int line) => TryReadPlainObservation(new CsvCells(csv), line);

    /// <summary>
    /// <see cref="TryReadPlainObservation(CsvReader, int)"/> from a row's cells as UTF-8 bytes, however they were split:
    /// by a CSV reader, or from a line with no quote in it (<see cref="LineCells"/>).
    /// </summary>
    /// <param name="csv">The row's cells: trimmed as the CSV reader trims them.</param>
    /// <param name="line">The row's line in the file.</param>
    /// <returns>Whether the row was read.</returns>
    public bool TryReadPlainObservation<TCells>(TCells csv, int line)
        where TCells : IPlainCells, allows ref struct
    {
        if (plainColumns is not { } columns || lastObservationKey is not { } key || csv.FieldCount > layout!.Width ||
            key.Indicator.Measure.Kind == MeasureKind.YesNo)
        {
            return false;
        }

        foreach (var other in columns.Empty)
        {
            if (!csv.IsEmpty(other))
            {
                return false;
            }
        }

        // Ascii.Equals is false for any byte outside ASCII, and the texts kept are trimmed: a cell with white space
        // around its id is not plain.
        if (!Ascii.Equals(csv.GetSpan(columns.Indicator), key.CodeText) || !Ascii.Equals(csv.GetSpan(columns.Unit), key.UnitText))
        {
            return false;
        }

        var periodBytes = csv.GetSpan(columns.Period);
        if (periodBytes.IsEmpty || periodBytes.Length > 64)
        {
            return false;
        }

        // A period of up to 7 ASCII bytes ("2024-03", "Q1 2024") is found by its bytes and length packed in a number.
        var shortKey = Utf8Lookup.ShortKey(periodBytes);
        if (shortKey is { } packed && periodsByShortText.TryGetValue(packed, out var known))
        {
            return TryReadPlainValue(csv, columns, key, known, line);
        }

        Span<char> periodChars = stackalloc char[periodBytes.Length];
        if (Ascii.ToUtf16(periodBytes, periodChars, out _) != System.Buffers.OperationStatus.Done ||
            char.IsWhiteSpace(periodChars[0]) || char.IsWhiteSpace(periodChars[^1]))
        {
            return false;
        }

        if (!periodsByText.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(periodChars, out var period))
        {
            var text = new string(periodChars);
            if (!values.TryPeriod(text, out period, out _))
            {
                return false;
            }

            periodsByText[text] = period;
        }

        if (shortKey is { } newKey)
        {
            periodsByShortText[newKey] = period;
        }

        return TryReadPlainValue(csv, columns, key, period, line);
    }

    // The rest of a plain observation once its indicator, unit and period are known: its value and the observation.
    private bool TryReadPlainValue<TCells>(
        TCells csv, PlainColumns columns, (string CodeText, string UnitText, IndicatorCode Code, UnitId Unit, Indicator Indicator) key, Periods.ReportingPeriod period, int line)
        where TCells : IPlainCells, allows ref struct
    {
        if (!TryPlainNumber(csv, columns.Value, out var value) || !TryPlainNumber(csv, columns.Numerator, out var numerator) ||
            !TryPlainNumber(csv, columns.Denominator, out var denominator))
        {
            return false;
        }

        declining.Declined = false;
        declining.File = file;
        declining.Line = line;
        var measured = ItemRules.Value(key.Indicator, value, numerator, denominator, declining);
        if (measured is null || declining.Declined)
        {
            return false;
        }

        Observation observation;
        try
        {
            observation = new Observation(key.Code, key.Unit, period, measured.Value);
        }
        catch (ArgumentException)
        {
            return false;
        }

        builder.AddObservation(observation, RowAddress.InTable(file, line, layout!));
        return true;
    }

    // A number cell: empty (or no such column) is null; a plain number is read from its bytes; anything else is not plain.
    private bool TryPlainNumber<TCells>(TCells csv, int column, out decimal? number)
        where TCells : IPlainCells, allows ref struct
    {
        number = null;
        if (column < 0 || csv.IsEmpty(column))
        {
            return true;
        }

        if (!values.TryPlainNumber(csv.GetSpan(column), out var value))
        {
            return false;
        }

        number = value;
        return true;
    }

    /// <summary>
    /// Records that a table's rows could not be read at all (the file is missing, not text, or lacks a required
    /// column), for the reason reported at <paramref name="cause"/>: what names its units or indicators is then counted
    /// against that reason rather than listed.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="cause">Where the reason is reported.</param>
    public void NotRead(ScorecardTable table, DataLocation cause)
    {
        if (table == ScorecardTable.Units)
        {
            builder.UnitsNotRead(cause);
        }
        else if (table == ScorecardTable.Indicators)
        {
            builder.IndicatorsNotRead(cause);
        }
    }

    /// <summary>Reports a problem the file format's reader found (a missing file, bad quoting, text that is not UTF-8).</summary>
    /// <param name="problem">The problem.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The reader is complete.</exception>
    public void Report(DataProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        EnsureOpen();
        Remember(problem.Location.File);
        builder.Report(problem);
    }

    /// <summary>Checks the tables as a whole and gives the result; the reader cannot be used after.</summary>
    /// <returns>The scorecard of every item without a problem, and every problem.</returns>
    /// <exception cref="InvalidOperationException">The reader is already complete.</exception>
    public ScorecardReadResult Complete()
    {
        EnsureOpen();
        completed = true;
        return builder.Build(files);
    }

    DataLocation IFieldProblems.Item => new(file, line);

    void IFieldProblems.LeaveOut() => rowFailed = true;

    void IFieldProblems.Fail(string field, string message)
    {
        rowFailed = true;
        var column = layout?.ColumnOf(field);
        var text = Cell(field);
        builder.Report(new DataProblem(new DataLocation(file, line, column), message, field, text));
    }

    private void ReadUnit(RowAddress at)
    {
        var id = Required("id");
        var name = Name("name_vi", "name_en");
        var kind = Token("kind", Tokens.UnitKinds, required: true);
        var parent = Cell("parent");
        var validFrom = Date("valid_from");
        var validTo = Date("valid_to");
        if (validFrom is { } first && validTo is { } last && last < first)
        {
            ((IFieldProblems)this).Fail("valid_to", "the unit's last day comes before its first day (valid_from).");
        }

        if (rowFailed)
        {
            return;
        }

        Build("parent", () => builder.AddUnit(
            new ResponsibleUnit(new UnitId(id!), name!.Value, kind!.Value, parent is null ? null : new UnitId(parent)), at, validFrom, validTo));
    }

    private void ReadSuccession(RowAddress at)
    {
        var kind = Token("kind", Tokens.SuccessionKinds, required: true);
        var effectiveOn = Required("effective_on") is null ? null : Date("effective_on");
        var operationalOn = Date("operational_on");
        var documentGiven = Required("source_document") is not null;
        var source = Source();
        var unit = Id("unit");
        var merged = Ids("merged");
        var into = Id("into");
        var parts = Parts();
        var name = Cell("name_vi") is null && Cell("name_en") is null ? (LocalizedText?)null : Name("name_vi", "name_en");
        var from = Id("from");
        var to = Id("to");
        var indicators = Ids("indicators", units: false).Select(id => new IndicatorCode(id.Value)).ToImmutableArray();
        var description = Cell("description_vi") is null && Cell("description_en") is null ? (LocalizedText?)null : Name("description_vi", "description_en");
        var childrenTo = Id("children_to");
        var responsibilitiesTo = Id("responsibilities_to");
        if (rowFailed || kind is null || effectiveOn is null || source is null || !documentGiven)
        {
            return;
        }

        var spec = SuccessionRules.Spec(
            kind.Value, effectiveOn.Value, operationalOn, source, unit, merged, into, parts, name, from, to, indicators, description, childrenTo, responsibilitiesTo, this);
        if (spec is not null && builder.Timeline.CheckReferences(spec, this))
        {
            builder.Timeline.AddSuccession(spec, at);
        }
    }

    private UnitId? Id(string field) => Cell(field) is { } text ? Known(field, new UnitId(text)) : null;

    private ImmutableArray<UnitId> Ids(string field, bool units = true)
    {
        var ids = Cell(field)?.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(id => new UnitId(id)).ToImmutableArray() ?? [];
        foreach (var id in units ? ids : [])
        {
            Known(field, id);
        }

        return ids;
    }

    /// <summary>The id, after reporting it when no unit of the file has it.</summary>
    private UnitId Known(string field, UnitId id)
    {
        builder.CheckUnit(id, field, this);
        return id;
    }

    private ImmutableArray<PartSpec> Parts()
    {
        if (Cell("parts") is not { } text)
        {
            return [];
        }

        if (PartsCell.Parse(text, values, out var error) is { } parts)
        {
            foreach (var id in parts.SelectMany(part => part.Children.Prepend(part.Unit)))
            {
                Known("parts", id);
            }

            return parts;
        }

        ((IFieldProblems)this).Fail("parts", error);
        return [];
    }

    private void ReadIndicator(RowAddress at)
    {
        var code = Required("code");
        var name = Name("name_vi", "name_en");
        var form = Token("measure", Tokens.Measures, required: true);
        var countUnit = Cell("count_unit_vi") is null && Cell("count_unit_en") is null ? (LocalizedText?)null : Name("count_unit_vi", "count_unit_en");
        var countUnitSingular = Cell("count_unit_en_singular");
        var currency = CurrencyCell("currency");
        var scale = Token("money_scale", Tokens.MoneyScales, required: false);
        var maximum = Number("max_score");
        var polarity = Token("polarity", Tokens.Polarities, required: true);
        var decimals = WholeNumber("decimals", required: true);
        var rollUp = Token("roll_up", Tokens.RollUps, required: false);
        var accumulation = Token("accumulation", Tokens.Accumulations, required: false);
        var responsibility = Responsibility();
        var perUnit = Cell("per_unit_vi") is null && Cell("per_unit_en") is null ? (LocalizedText?)null : Name("per_unit_vi", "per_unit_en");
        var perSingular = Cell("per_unit_en_singular");
        var perQuantity = Number("per_quantity");
        var formulaKind = Token("formula", Tokens.Formulas, required: false);
        var formulaParts = Cell("formula_parts")?.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // A formula whose kind could not be read is reported once, at its cell.
        var formula = formulaKind is null && Cell("formula") is not null ? null : ItemRules.Formula(formulaKind, formulaParts, this);
        // The measure's own rules are checked even when another cell failed, so that every problem is reported at once.
        var measure = form is { } kind ? ItemRules.Measure(kind, countUnit, countUnitSingular, currency, scale, maximum, this) : null;
        measure = measure is null ? null : ItemRules.Per(measure, perUnit, perSingular, perQuantity, this);
        if (rowFailed || measure is null)
        {
            return;
        }

        Build("polarity", () =>
        {
            var indicator = new Indicator(new IndicatorCode(code!), name!.Value, measure, polarity!.Value, decimals!.Value, rollUp, responsibility, accumulation);
            builder.AddIndicator(formula is null ? indicator : indicator.DefinedAs(formula), at);
        });
    }

    private void ReadTarget(RowAddress at)
    {
        var (code, unit, period) = Key();
        var form = Token("goal", Tokens.Goals, required: true);
        var low = Number("value");
        var high = Number("high");
        var tolerance = Number("tolerance");
        var scale = Cell("scale");
        var responsibility = Responsibility();
        var source = Source();
        var start = Start();
        var goal = form is { } kind && scale is null ? ItemRules.Goal(kind, low, high, tolerance, this) : null;
        if (rowFailed)
        {
            return;
        }

        var indicator = builder.CheckReferences(code!.Value, unit!.Value, this);
        if (indicator is not null && scale is not null && form is { } scaledKind)
        {
            goal = ItemRules.ScaledGoal(indicator, scaledKind, low, high, tolerance, scale, this, string.Empty);
        }

        if (goal is null || indicator is null || rowFailed)
        {
            return;
        }

        Build("period", () => builder.AddTarget(new Target(code.Value, unit.Value, period!, goal.Value, source, responsibility, start), at));
    }

    private void ReadObservation(RowAddress at)
    {
        var (code, unit, period) = Key();
        var indicator = rowFailed ? null : References(code!.Value, unit!.Value);
        lastObservationKey = indicator is null ? null : (Cell("indicator")!, Cell("unit")!, code!.Value, unit!.Value, indicator);
        var value = indicator?.Measure.Kind == MeasureKind.YesNo ? YesNo("value") : Number("value");
        var scale = Cell("scale");
        var numerator = Number("numerator");
        var denominator = Number("denominator");
        var asOf = Date("as_of");
        var source = Source();
        var statusText = Cell("status");
        var status = ValueStatus.Reported;
        var statusRead = statusText is null || Tokens.ValueStatuses.TryParse(statusText, out status);
        if (!statusRead)
        {
            ((IFieldProblems)this).Fail("status", $"expected {Tokens.ValueStatuses.Expected}.");
        }

        var statusNote = Cell("status_note", trim: false);
        if (statusNote is null && status == ValueStatus.Derived)
        {
            ((IFieldProblems)this).Fail("status_note", "a derived figure needs a status_note saying how it was worked out.");
        }
        else if (statusNote is not null && status == ValueStatus.Reported && statusRead)
        {
            ((IFieldProblems)this).Fail("status_note", "a reported figure takes no status note; give its status (estimated, preliminary, derived), or put the words in source_note.");
        }

        var publishedOn = Date("published_on");
        if (rowFailed)
        {
            return;
        }

        value = ItemRules.Scaled(indicator!, value, scale, this);
        if (rowFailed)
        {
            return;
        }

        var measured = ItemRules.Value(indicator!, value, numerator, denominator, this);
        if (measured is null)
        {
            return;
        }

        // Built without a closure: the observations are the table of many rows.
        try
        {
            builder.AddObservation(new Observation(code!.Value, unit!.Value, period!, measured.Value, asOf, source, status, statusNote, publishedOn), at);
        }
        catch (ArgumentException exception)
        {
            FailBuild("as_of", exception);
        }
    }

    // A note, a status set by hand, or both; the three override cells go together, as the JSON's override object does.
    private void ReadNote(RowAddress at)
    {
        var (code, unit, period) = Key();
        var indicator = rowFailed ? null : References(code!.Value, unit!.Value);
        var overridden = Cell("override_status") is not null || Cell("override_reason") is not null || Cell("override_set_by") is not null;
        var text = overridden ? Cell("text", trim: false) : Required("text", trim: false);
        Scorecards.StatusOverride? statusOverride = null;
        if (overridden)
        {
            var verdict = Token("override_status", Tokens.Verdicts, required: true);
            var reason = Required("override_reason", trim: false);
            var setBy = Required("override_set_by", trim: false);
            if (verdict is { } set && reason is not null && setBy is not null)
            {
                statusOverride = new Scorecards.StatusOverride(set, reason, setBy);
            }
        }

        if (rowFailed || indicator is null)
        {
            return;
        }

        Build("text", () => builder.AddNote(new Scorecards.RowNote(code!.Value, unit!.Value, period!, text, statusOverride), at));
    }

    private void ReadTrajectory(RowAddress at)
    {
        var code = Required("indicator");
        var unitText = Cell("unit");
        var method = Token("method", TrajectoryRules.Methods, required: true);
        var baselineYear = Year("baseline_year");
        var baselineValue = Required("baseline_value") is null ? null : Number("baseline_value");
        var endYear = Year("end_year");
        var endValue = Required("end_value") is null ? null : Number("end_value");
        var milestones = Milestones("milestones");
        UnitId? unit = unitText is null ? null : new UnitId(unitText);
        var indicator = code is null ? null : builder.CheckIndicator(new IndicatorCode(code), this);
        var unitKnown = unit is not { } id || builder.CheckUnit(id, "unit", this);
        if (rowFailed || indicator is null || !unitKnown || method is null || baselineYear is null || baselineValue is null ||
            endYear is null || endValue is null || milestones is null)
        {
            return;
        }

        if (TrajectoryRules.Build(indicator, unit, method.Value, (baselineYear.Value, baselineValue.Value), (endYear.Value, endValue.Value), milestones, this) is { } trajectory)
        {
            builder.AddTrajectory(trajectory, at);
        }
    }

    // A year: a whole number within the years a period may have; required.
    private int? Year(string field)
    {
        var text = Required(field);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) &&
            TrajectoryRules.TryYear(number, out var year, out _))
        {
            return year;
        }

        TrajectoryRules.TryYear(-1m, out _, out var error);
        ((IFieldProblems)this).Fail(field, error);
        return null;
    }

    // A trajectory's own milestones, "2022:70|2023:80": years and values separated by ':', milestones by '|'.
    private List<(int Year, decimal Value)>? Milestones(string field)
    {
        var text = Cell(field);
        var milestones = new List<(int Year, decimal Value)>();
        if (text is null)
        {
            return milestones;
        }

        foreach (var part in text.Split('|'))
        {
            var pair = part.Trim();
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 ||
                !decimal.TryParse(pair[..colon].Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var yearNumber) ||
                !TrajectoryRules.TryYear(yearNumber, out var year, out _))
            {
                ((IFieldProblems)this).Fail(field, $"expected milestones as year:value separated by '|', such as 2022:70|2023:80; '{pair}' is not one.");
                return null;
            }

            if (!values.TryNumber(pair[(colon + 1)..].Trim(), out var value, out var error))
            {
                ((IFieldProblems)this).Fail(field, $"the milestone of {year}: {error}");
                return null;
            }

            milestones.Add((year, value));
        }

        return milestones;
    }

    /// <summary>The indicator a row names when it and the row's unit are known; otherwise the row fails or is left out.</summary>
    private Indicator? References(IndicatorCode code, UnitId unit)
    {
        if (lastReferences is { } last && last.Code == code && last.Unit == unit)
        {
            return last.Indicator;
        }

        var indicator = builder.CheckReferences(code, unit, this);
        lastReferences = indicator is null ? null : (code, unit, indicator);
        return indicator;
    }

    private (IndicatorCode? Code, UnitId? Unit, Periods.ReportingPeriod? Period) Key()
    {
        var code = Required("indicator");
        var unit = Required("unit");
        var periodText = Required("period");
        Periods.ReportingPeriod? period = null;
        if (periodText is not null)
        {
            if (values.TryPeriod(periodText, out var parsed, out var error))
            {
                period = parsed;
            }
            else
            {
                ((IFieldProblems)this).Fail("period", error);
            }
        }

        return (code is null ? null : new IndicatorCode(code), unit is null ? null : new UnitId(unit), period);
    }

    private Responsibility? Responsibility()
    {
        var lead = Cell("lead");
        var coordinating = Cell("coordinating");
        if (lead is null)
        {
            if (coordinating is not null)
            {
                ((IFieldProblems)this).Fail("coordinating", "coordinating units need a lead unit.");
            }

            return null;
        }

        var others = coordinating?.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(id => new UnitId(id)) ?? [];
        try
        {
            return new Responsibility(new UnitId(lead), others);
        }
        catch (ArgumentException exception)
        {
            ((IFieldProblems)this).Fail("coordinating", ItemRules.FirstSentence(exception.Message));
            return null;
        }
    }

    // A plan's start: "previous" (the previous period's closing value), or a number with its date in start_date.
    private PlanStart? Start()
    {
        var text = Cell("start");
        var date = Date("start_date");
        if (text is null)
        {
            if (date is not null)
            {
                ((IFieldProblems)this).Fail("start_date", "a start date needs its value in the column start.");
            }

            return null;
        }

        if (string.Equals(text, "previous", StringComparison.Ordinal))
        {
            if (date is not null)
            {
                ((IFieldProblems)this).Fail("start_date", "the previous period's closing value is dated by its own period; leave start_date empty.");
            }

            return PlanStart.Previous;
        }

        var value = Number("start");
        if (value is null)
        {
            return null;
        }

        if (date is not { } on)
        {
            if (Cell("start_date") is null)
            {
                ((IFieldProblems)this).Fail("start_date", "a start value needs its date in the column start_date (yyyy-MM-dd).");
            }

            return null;
        }

        return PlanStart.Stated(value.Value, on);
    }

    private SourceReference? Source()
    {
        var document = Cell("source_document", trim: false);
        var date = Date("source_date");
        var note = Cell("source_note", trim: false);
        if (document is null)
        {
            if (date.HasValue || note is not null)
            {
                ((IFieldProblems)this).Fail(date.HasValue ? "source_date" : "source_note", "a source's date or note needs its source_document.");
            }

            return null;
        }

        return new SourceReference(document, date, note);
    }

    private LocalizedText? Name(string vietnamese, string english)
    {
        var vi = Required(vietnamese, trim: false);
        var en = Cell(english, trim: false);
        return vi is null ? null : new LocalizedText(vi, en);
    }

    private string? Required(string field, bool trim = true)
    {
        var text = Cell(field, trim);
        if (text is null)
        {
            ((IFieldProblems)this).Fail(field, "the cell is empty but a value is required.");
        }

        return text;
    }

    private T? Token<T>(string field, TokenSet<T> tokens, bool required)
        where T : struct
    {
        var text = required ? Required(field) : Cell(field);
        if (text is null)
        {
            return null;
        }

        if (tokens.TryParse(text, out var value))
        {
            return value;
        }

        ((IFieldProblems)this).Fail(field, $"expected {tokens.Expected}.");
        return null;
    }

    private decimal? Number(string field)
    {
        var text = Cell(field);
        if (text is null)
        {
            return null;
        }

        if (values.TryNumber(text, out var value, out var error))
        {
            return value;
        }

        ((IFieldProblems)this).Fail(field, error);
        return null;
    }

    private decimal? YesNo(string field)
    {
        var text = Cell(field);
        switch (text?.ToUpperInvariant())
        {
            case "YES" or "CÓ" or "TRUE":
                return 1m;
            case "NO" or "KHÔNG" or "FALSE":
                return 0m;
            default:
                return Number(field);
        }
    }

    private int? WholeNumber(string field, bool required)
    {
        var text = required ? Required(field) : Cell(field);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        ((IFieldProblems)this).Fail(field, "expected a whole number.");
        return null;
    }

    private Currency? CurrencyCell(string field)
    {
        var text = Cell(field);
        if (text is null)
        {
            return null;
        }

        if (text.Length == 3 && text.All(char.IsAsciiLetter))
        {
            return new Currency(text);
        }

        ((IFieldProblems)this).Fail(field, "a currency is a three-letter ISO 4217 code, such as VND.");
        return null;
    }

    private LocalDate? Date(string field)
    {
        var text = Cell(field);
        if (text is null)
        {
            return null;
        }

        if (values.TryDate(text, out var date, out var error))
        {
            return date;
        }

        ((IFieldProblems)this).Fail(field, error);
        return null;
    }

    /// <summary>Builds an item; a rule the library's constructors enforce and the cells broke becomes a problem on the row.</summary>
    private void Build(string fallbackField, Action build)
    {
        try
        {
            build();
        }
        catch (ArgumentException exception)
        {
            FailBuild(fallbackField, exception);
        }
    }

    /// <summary>Reports a rule a library's constructor enforced, at the field it names.</summary>
    private void FailBuild(string fallbackField, ArgumentException exception)
    {
        var field = exception.ParamName switch
        {
            "polarity" => "polarity",
            "rollUp" => "roll_up",
            "accumulation" => "accumulation",
            "displayDecimals" => "decimals",
            "parentId" => "parent",
            "asOf" => "as_of",
            "statusNote" => "status_note",
            "coordinating" => "coordinating",
            _ => fallbackField,
        };
        ((IFieldProblems)this).Fail(field, ItemRules.FirstSentence(exception.Message));
    }

    /// <summary>
    /// A cell's text, or <see langword="null"/> when it is empty or blank. Ids, codes, words and numbers are trimmed;
    /// free text (names, a source's document and note) is kept exactly as written, so that a round trip keeps it.
    /// </summary>
    private string? Cell(string column, bool trim = true)
    {
        var index = layout?.IndexOf(column) ?? -1;
        if (index < 0 || index >= cells.Count)
        {
            return null;
        }

        var text = cells[index];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return trim && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) ? text.Trim() : text;
    }

    private static bool IsBlank(IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(cells[i]))
            {
                return false;
            }
        }

        return true;
    }

    private void Remember(string name)
    {
        if (!files.Contains(name))
        {
            files.Add(name);
        }
    }

    /// <summary>A CSV reader's cells on its current row.</summary>
    private readonly struct CsvCells(CsvReader csv) : IPlainCells
    {
        public int FieldCount => csv.FieldCount;

        public bool IsEmpty(int index) => csv.IsEmpty(index);

        public ReadOnlySpan<byte> GetSpan(int index) => csv.GetSpan(index);
    }

    /// <summary>The columns of the observations table a plain row is read from, and those it leaves empty.</summary>
    private sealed record PlainColumns(int Indicator, int Unit, int Period, int Value, int Numerator, int Denominator, int[] Empty)
    {
        private static readonly string[] Read = ["indicator", "unit", "period", "value", "numerator", "denominator"];

        public static PlainColumns Of(Dictionary<string, int> indexByName) => new(
            indexByName["indicator"],
            indexByName["unit"],
            indexByName["period"],
            indexByName["value"],
            indexByName.GetValueOrDefault("numerator", -1),
            indexByName.GetValueOrDefault("denominator", -1),
            [.. indexByName.Where(column => !Read.Contains(column.Key)).Select(column => column.Value)]);
    }

    /// <summary>A sink for a plain row's rules: a problem is not reported but makes the row be read the general way.</summary>
    private sealed class DecliningProblems : IFieldProblems
    {
        public bool Declined { get; set; }

        public string File { get; set; } = "-";

        public int Line { get; set; } = 1;

        public DataLocation Item => new(File, Line);

        public void Fail(string field, string message) => Declined = true;

        public void LeaveOut() => Declined = true;
    }

    private void EnsureOpen()
    {
        if (completed)
        {
            throw new InvalidOperationException("The reader is complete; start a new one to read again.");
        }
    }
}
