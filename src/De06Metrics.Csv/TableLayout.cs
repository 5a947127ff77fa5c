using De06Metrics.Serialization;

namespace De06Metrics.Csv;

/// <summary>
/// The columns of one table file, by name, as its header line gives them. Its columns do not change once built; it
/// remembers the names it was asked for, so it is not thread-safe: one per read.
/// </summary>
internal sealed class TableLayout : IColumnPositions
{
    // The reader asks for the same few column names, string literals, on every row: found by reference, a name is not
    // hashed again. Bounded, in case a caller builds its names.
    private const int MaxRemembered = 64;
    private readonly Dictionary<string, int> indexByName;
    private readonly Dictionary<object, int> indexByReference = new(ReferenceEqualityComparer.Instance);

    public TableLayout(Dictionary<string, int> indexByName, int width)
    {
        this.indexByName = indexByName;
        Width = width;
    }

    /// <summary>How many columns the header has.</summary>
    public int Width { get; }

    /// <summary>The 0-based index of a column, or -1 when the file has no such column.</summary>
    public int IndexOf(string column)
    {
        if (indexByReference.TryGetValue(column, out var index))
        {
            return index;
        }

        index = indexByName.TryGetValue(column, out var found) ? found : -1;
        if (indexByReference.Count < MaxRemembered)
        {
            indexByReference[column] = index;
        }

        return index;
    }

    /// <summary>The 1-based position of a column, or <see langword="null"/> when the file has none.</summary>
    public int? ColumnOf(string column) => indexByName.TryGetValue(column, out var index) ? index + 1 : null;
}
