namespace De06Metrics.Serialization;

/// <summary>
/// Where an item of a scorecard file is, and how to name the place of one of its fields: a table row knows each
/// column's position, a JSON object its path. Fields are named by their CSV column; JSON has its own names. The place
/// is worked out only when a problem needs it, so that keeping one per item costs next to nothing.
/// </summary>
internal readonly struct RowAddress
{
    private readonly string file;
    private readonly int line;
    private readonly IColumnPositions? layout;
    private readonly JsonPlaces? json;
    private readonly int column;
    private readonly int index;

    private RowAddress(string file, int line, IColumnPositions? layout, JsonPlaces? json, int column, int index)
    {
        this.file = file;
        this.line = line;
        this.layout = layout;
        this.json = json;
        this.column = column;
        this.index = index;
    }

    /// <summary>The item as a whole: a CSV line, or a JSON object's path and first line and column.</summary>
    public DataLocation Row => json is null ? new DataLocation(file, line) : json.Item(line, column, index);

    public static RowAddress InTable(string file, int line, IColumnPositions layout) => new(file, line, layout, null, 0, 0);

    public static RowAddress InJson(JsonPlaces places, int line, int column, int index) => new(places.File, line, null, places, column, index);

    /// <summary>Whether another address is in the same file and table (or JSON array), so only its line, column and index differ.</summary>
    public bool SameSource(RowAddress other) =>
        ReferenceEquals(file, other.file) && ReferenceEquals(layout, other.layout) && ReferenceEquals(json, other.json);

    /// <summary>The line (from 1) of the item.</summary>
    public int Line => line;

    /// <summary>The column (from 1) of a JSON item's first character; 0 for a table row.</summary>
    public int Column => column;

    /// <summary>The index of a JSON item in its array; 0 for a table row.</summary>
    public int Index => index;

    /// <summary>An address in the same file and table (or JSON array) at another line, column and index.</summary>
    public RowAddress At(int line, int column, int index) => new(file, line, layout, json, column, index);

    /// <summary>The name a field has in this file: the column, or the JSON property path below the item.</summary>
    public string NameOf(string field) => json is null ? field : json.PathOf(field);

    /// <summary>The place of a field: its column in the row, or its path below the item.</summary>
    public DataLocation Of(string field)
    {
        if (json is not null)
        {
            return Row.WithProperty(json.PathOf(field));
        }

        return layout?.ColumnOf(field) is int column ? new DataLocation(file, line, column) : Row;
    }
}
