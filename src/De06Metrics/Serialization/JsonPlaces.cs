namespace De06Metrics.Serialization;

/// <summary>The places in one JSON file's array of items: its name, lines, and how CSV field names map to JSON paths.</summary>
internal sealed class JsonPlaces(string file, string array, LineIndex lines, Func<string, string> pathOf)
{
    public string File { get; } = file;

    public string PathOf(string field) => pathOf(field);

    public DataLocation Item(long offset, int index)
    {
        var (line, column) = lines.At(offset);
        return new DataLocation(File, line, column, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$.{array}[{index}]"));
    }
}
