namespace De06Metrics.Serialization;

/// <summary>Receives the problems found in one item, by field (the CSV column name; JSON maps it to its property).</summary>
internal interface IFieldProblems
{
    void Fail(string field, string message);
}
