namespace De06Metrics.Serialization;

/// <summary>Receives the problems found in one item, by field (the CSV column name; JSON maps it to its property).</summary>
internal interface IFieldProblems
{
    /// <summary>The item as a whole: its row, or its object's path and place.</summary>
    DataLocation Item { get; }

    void Fail(string field, string message);

    /// <summary>
    /// Leaves the item out without a problem of its own: what is wrong with it follows from a problem already reported
    /// (a unit or indicator left out, a table not read), which counts it.
    /// </summary>
    void LeaveOut();
}
