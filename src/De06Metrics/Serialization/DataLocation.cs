using System.Globalization;
using System.Text;

namespace De06Metrics.Serialization;

/// <summary>
/// Where in a file a problem lies: the file's name, and where known the line and column (1-based) and, for JSON, the
/// path to the value (<c>$.observations[3].value</c>). Immutable and thread-safe.
/// </summary>
public readonly struct DataLocation : IEquatable<DataLocation>
{
    private readonly string? file;

    /// <summary>Creates a location.</summary>
    /// <param name="file">The file's name or path as the reader was given it; not empty.</param>
    /// <param name="line">The line, from 1, when known.</param>
    /// <param name="column">The column, from 1, when known: a field's position in a CSV row, a character in a JSON line.</param>
    /// <param name="path">The JSON path of the value, when the file is JSON.</param>
    /// <exception cref="ArgumentException"><paramref name="file"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> or <paramref name="column"/> is below 1.</exception>
    public DataLocation(string file, int? line = null, int? column = null, string? path = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        if (line < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(line), line, $"Lines are counted from 1; {line} was given.");
        }

        if (column < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, $"Columns are counted from 1; {column} was given.");
        }

        this.file = file;
        Line = line;
        Column = column;
        Path = path;
    }

    /// <summary>The file's name or path; empty only for <c>default</c>.</summary>
    public string File => file ?? string.Empty;

    /// <summary>The line, from 1, or <see langword="null"/> when the problem concerns the whole file.</summary>
    public int? Line { get; }

    /// <summary>The column, from 1, or <see langword="null"/> when the problem concerns a whole line.</summary>
    public int? Column { get; }

    /// <summary>The JSON path of the value (<c>$.targets[0].goal</c>), or <see langword="null"/> for other files.</summary>
    public string? Path { get; }

    /// <summary>The same place, one level down a JSON path: <c>$.targets[0]</c> becomes <c>$.targets[0].goal</c>.</summary>
    /// <param name="property">The property name.</param>
    /// <returns>The location of the property.</returns>
    internal DataLocation WithProperty(string property) =>
        new(File, Line, Column, Path is null ? null : Path + "." + property);

    /// <inheritdoc />
    public bool Equals(DataLocation other) =>
        string.Equals(File, other.File, StringComparison.Ordinal) && Line == other.Line && Column == other.Column &&
        string.Equals(Path, other.Path, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DataLocation other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(File, Line, Column, Path);

    /// <summary>Equality.</summary>
    /// <param name="left">The first location.</param>
    /// <param name="right">The second location.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DataLocation left, DataLocation right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first location.</param>
    /// <param name="right">The second location.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(DataLocation left, DataLocation right) => !left.Equals(right);

    /// <summary>
    /// Writes the location as compilers do: <c>observations.csv:12:4</c>, <c>scorecard.json:40:18 $.observations[3].value</c>,
    /// <c>units.csv</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(File);
        if (Line is { } line)
        {
            text.Append(CultureInfo.InvariantCulture, $":{line}");
            if (Column is { } column)
            {
                text.Append(CultureInfo.InvariantCulture, $":{column}");
            }
        }

        if (Path is not null)
        {
            text.Append(' ').Append(Path);
        }

        return text.ToString();
    }
}
