namespace De06Metrics.Serialization;

/// <summary>The columns of a table file by name, as its header gives them: what a row needs to point at a cell.</summary>
internal interface IColumnPositions
{
    /// <summary>The 1-based position of a column, or <see langword="null"/> when the file has none.</summary>
    int? ColumnOf(string column);
}
