namespace De06Metrics.Serialization;

/// <summary>
/// One thing wrong in a scorecard's files: where it is, which field, the value found there, and what is wrong with it.
/// A reader reports every problem it finds and keeps reading; the item with the problem is left out of the result.
/// </summary>
/// <remarks>
/// <para>
/// A field, value or quoted part of the message longer than 200 characters is kept as its first 60 characters and its
/// length (<c>abc… (a 104 857 600-character value)</c>), so that a hostile file cannot make its problems as large as
/// itself.
/// </para>
/// <para>Immutable and thread-safe; equal when every part is equal.</para>
/// </remarks>
public sealed class DataProblem : IEquatable<DataProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="location">Where the problem lies.</param>
    /// <param name="message">What is wrong, as a sentence.</param>
    /// <param name="field">The field (CSV column or JSON property), when the problem concerns one.</param>
    /// <param name="value">The value found in the field, as written in the file, when there is one.</param>
    /// <exception cref="ArgumentException"><paramref name="location"/> is <c>default</c>, or <paramref name="message"/> is empty.</exception>
    public DataProblem(DataLocation location, string message, string? field = null, string? value = null)
    {
        if (location == default)
        {
            throw new ArgumentException("A problem needs a location; default(DataLocation) was given.", nameof(location));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Location = location.Path is { Length: > Excerpt.Longest } path
            ? new DataLocation(location.File, location.Line, location.Column, Excerpt.Of(path, "path"))
            : location;
        Message = Excerpt.InMessage(message);
        Field = field is null ? null : Excerpt.Of(field, "name");
        Value = value is null ? null : Excerpt.Of(value, "value");
    }

    /// <summary>Where the problem lies.</summary>
    public DataLocation Location { get; }

    /// <summary>The field, or <see langword="null"/> when the problem concerns a whole row, item or file.</summary>
    public string? Field { get; }

    /// <summary>The value found in the field as written, or <see langword="null"/>.</summary>
    public string? Value { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(DataProblem? other) =>
        other is not null && Location == other.Location &&
        string.Equals(Field, other.Field, StringComparison.Ordinal) &&
        string.Equals(Value, other.Value, StringComparison.Ordinal) &&
        string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DataProblem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Location, Field, Value, Message);

    /// <summary>
    /// Writes the problem on one line: <c>observations.csv:12:4: value '88.8': …</c>, or without the field and value
    /// when the problem has none.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => (Field, Value) switch
    {
        (null, _) => $"{Location}: {Message}",
        (_, null) => $"{Location}: {Field}: {Message}",
        _ => $"{Location}: {Field} '{Value}': {Message}",
    };
}
