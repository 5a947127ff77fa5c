namespace De06Metrics.Serialization;

/// <summary>
/// Where an item of a scorecard file is, and how to name the place of one of its fields: a CSV row knows each
/// column's position, a JSON object its path. Fields are named by their CSV column; JSON has its own names.
/// </summary>
internal readonly struct RowAddress
{
    private readonly TableLayout? layout;
    private readonly Func<string, string>? jsonName;

    private RowAddress(DataLocation row, TableLayout? layout, Func<string, string>? jsonName)
    {
        Row = row;
        this.layout = layout;
        this.jsonName = jsonName;
    }

    /// <summary>The item as a whole: a CSV line, or a JSON object's path and first line.</summary>
    public DataLocation Row { get; }

    public static RowAddress InTable(DataLocation row, TableLayout layout) => new(row, layout, null);

    public static RowAddress InJson(DataLocation item, Func<string, string> jsonName) => new(item, null, jsonName);

    /// <summary>The name a field has in this file: the column, or the JSON property path below the item.</summary>
    public string NameOf(string field) => jsonName is null ? field : jsonName(field);

    /// <summary>The place of a field: its column in the row, or its path below the item.</summary>
    public DataLocation Of(string field)
    {
        if (layout is not null)
        {
            return layout.ColumnOf(field) is int column ? new DataLocation(Row.File, Row.Line, column) : Row;
        }

        return jsonName is null ? Row : Row.WithProperty(jsonName(field));
    }
}
