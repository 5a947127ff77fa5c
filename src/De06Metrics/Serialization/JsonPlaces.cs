namespace De06Metrics.Serialization;

/// <summary>The places in one JSON file's array of items: its name, and how CSV field names map to JSON paths.</summary>
internal sealed class JsonPlaces(string file, string array, Func<string, string> pathOf)
{
    public string File { get; } = file;

    public string PathOf(string field) => pathOf(field);

    public DataLocation Item(int line, int column, int index) =>
        new(File, line, column, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$.{array}[{index}]"));
}
