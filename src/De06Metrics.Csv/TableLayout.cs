using De06Metrics.Serialization;

namespace De06Metrics.Csv;

/// <summary>The columns of one table file, by name, as its header line gives them. Immutable once built.</summary>
internal sealed class TableLayout : IColumnPositions
{
    private readonly Dictionary<string, int> indexByName;

    public TableLayout(Dictionary<string, int> indexByName, int width)
    {
        this.indexByName = indexByName;
        Width = width;
    }

    /// <summary>How many columns the header has.</summary>
    public int Width { get; }

    /// <summary>The 0-based index of a column, or -1 when the file has no such column.</summary>
    public int IndexOf(string column) => indexByName.TryGetValue(column, out var index) ? index : -1;

    /// <summary>The 1-based position of a column, or <see langword="null"/> when the file has none.</summary>
    public int? ColumnOf(string column) => indexByName.TryGetValue(column, out var index) ? index + 1 : null;
}
