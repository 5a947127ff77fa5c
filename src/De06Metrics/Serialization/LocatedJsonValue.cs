using System.Text;
using System.Text.Json;

namespace De06Metrics.Serialization;

/// <summary>
/// One value of a JSON item as read, with where it starts in the file: enough to interpret the item whatever the
/// order of its properties, and to point at any of its values in a problem. Only one item is held at a time.
/// </summary>
internal sealed class LocatedJsonValue
{
    private LocatedJsonValue(JsonTokenType kind, long offset)
    {
        Kind = kind;
        Offset = offset;
    }

    public JsonTokenType Kind { get; }

    /// <summary>The byte offset of the value's first byte in the file.</summary>
    public long Offset { get; }

    /// <summary>A string's text; <see langword="null"/> for a string that is not valid UTF-8 or for other kinds.</summary>
    public string? Text { get; private init; }

    /// <summary>A number's value, when a decimal holds it exactly.</summary>
    public decimal? Number { get; private init; }

    /// <summary>Whether a number is refused because it has more significant digits than a decimal holds (it would be rounded).</summary>
    public bool NumberTooPrecise { get; private init; }

    private readonly ReadOnlyMemory<byte> rawNumber;
    private readonly string? rawText;

    /// <summary>The value as written in the file, for a problem: a string's text, a number's digits.</summary>
    public string? Raw
    {
        get => rawText ?? (rawNumber.IsEmpty ? null : Encoding.UTF8.GetString(rawNumber.Span));
        private init => rawText = value;
    }

    private ReadOnlyMemory<byte> RawNumber
    {
        init => rawNumber = value;
    }

    /// <summary>An object's properties in file order, with where each name starts.</summary>
    public List<(string Name, long NameOffset, LocatedJsonValue Value)>? Properties { get; private init; }

    /// <summary>An array's items.</summary>
    public List<LocatedJsonValue>? Items { get; private init; }

    /// <summary>The first property of a name; a repeated one is a problem the reader reports.</summary>
    public LocatedJsonValue? this[string name]
    {
        get
        {
            if (Properties is null)
            {
                return null;
            }

            foreach (var (key, _, value) in Properties)
            {
                if (string.Equals(key, name, StringComparison.Ordinal))
                {
                    return value;
                }
            }

            return null;
        }
    }

    private LocatedJsonValue? Child(ReadOnlySpan<char> name)
    {
        if (Properties is null)
        {
            return null;
        }

        foreach (var (key, _, value) in Properties)
        {
            if (name.SequenceEqual(key))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The value at a dotted path below this one (<c>measure.unit</c>), or <see langword="null"/>.</summary>
    public LocatedJsonValue? Find(string path)
    {
        var node = this;
        var rest = path.AsSpan();
        while (node is not null)
        {
            var dot = rest.IndexOf('.');
            var part = dot < 0 ? rest : rest[..dot];
            node = node.Child(part);
            if (dot < 0)
            {
                return node;
            }

            rest = rest[(dot + 1)..];
        }

        return null;
    }

    // The property names of the format, so that reading one does not allocate a string each time.
    private static readonly string[] Names =
    [
        "indicator", "unit", "period", "value", "numerator", "denominator", "asOf", "source", "document", "issuedOn", "note",
        "goal", "kind", "high", "tolerance", "responsibility", "lead", "coordinating", "id", "name", "vi", "en", "parent",
        "code", "measure", "currency", "scale", "maximum", "polarity", "decimals", "rollUp", "accumulation",
        "validFrom", "validTo", "effectiveOn", "operationalOn", "merged", "into", "parts", "share", "children", "from", "to",
        "indicators", "description", "childrenTo", "responsibilitiesTo",
    ];

    private static readonly byte[][] NameBytes = [.. Names.Select(Encoding.UTF8.GetBytes)];

    /// <summary>
    /// The name of the property the reader stands on. A name that is not valid UTF-8 is read with U+FFFD for its bad
    /// bytes, so that it is reported as an unknown property at its place rather than throwing.
    /// </summary>
    public static string PropertyName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(reader.ValueSpan); // The readers read one span, never a sequence.
        }
    }

    private static string? KnownName(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            return null;
        }

        var span = reader.ValueSpan;
        for (var i = 0; i < NameBytes.Length; i++)
        {
            if (span.SequenceEqual(NameBytes[i]))
            {
                return Names[i];
            }
        }

        return null;
    }

    /// <summary>Reads the value the reader stands on, and everything below it; leaves the reader on its last token.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="baseOffset">The offset in the file of the bytes the reader reads, so that offsets are the file's.</param>
    public static LocatedJsonValue Read(ref Utf8JsonReader reader, long baseOffset)
    {
        var offset = baseOffset + reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<(string, long, LocatedJsonValue)>(8);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var nameOffset = baseOffset + reader.TokenStartIndex;
                    var name = KnownName(ref reader) ?? PropertyName(ref reader);
                    reader.Read();
                    properties.Add((name, nameOffset, Read(ref reader, baseOffset)));
                }

                return new LocatedJsonValue(JsonTokenType.StartObject, offset) { Properties = properties };
            case JsonTokenType.StartArray:
                var items = new List<LocatedJsonValue>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Read(ref reader, baseOffset));
                }

                return new LocatedJsonValue(JsonTokenType.StartArray, offset) { Items = items };
            case JsonTokenType.String:
                string? text;
                try
                {
                    text = reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    text = null;
                }

                return new LocatedJsonValue(JsonTokenType.String, offset) { Text = text, Raw = text };
            case JsonTokenType.Number:
                // A number token is never escaped, so its bytes in the file are its value's bytes. They are copied: the
                // window they lie in moves on.
                var fits = reader.TryGetDecimal(out var number);
                var exact = fits && ExactDecimal.Holds(reader.ValueSpan, number);
                return new LocatedJsonValue(JsonTokenType.Number, offset)
                {
                    Number = exact ? number : null,
                    NumberTooPrecise = fits && !exact,
                    RawNumber = reader.ValueSpan.ToArray(),
                };
            default:
                return new LocatedJsonValue(reader.TokenType, offset) { Raw = reader.TokenType switch { JsonTokenType.True => "true", JsonTokenType.False => "false", _ => "null" } };
        }
    }
}
