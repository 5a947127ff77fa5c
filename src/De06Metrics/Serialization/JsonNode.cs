using System.Text;
using System.Text.Json;

namespace De06Metrics.Serialization;

/// <summary>
/// One value of a JSON item as read, with where it starts in the file: enough to interpret the item whatever the
/// order of its properties, and to point at any of its values in a problem. Only one item is held at a time.
/// </summary>
internal sealed class JsonNode
{
    private JsonNode(JsonTokenType kind, long offset)
    {
        Kind = kind;
        Offset = offset;
    }

    public JsonTokenType Kind { get; }

    /// <summary>The byte offset of the value's first byte in the file.</summary>
    public long Offset { get; }

    /// <summary>A string's text; <see langword="null"/> for a string that is not valid UTF-8 or for other kinds.</summary>
    public string? Text { get; private init; }

    /// <summary>A number's value, when it fits a decimal.</summary>
    public decimal? Number { get; private init; }

    /// <summary>The value as written in the file, for a problem: a string's text, a number's digits.</summary>
    public string? Raw { get; private init; }

    /// <summary>An object's properties in file order, with where each name starts.</summary>
    public List<(string Name, long NameOffset, JsonNode Value)>? Properties { get; private init; }

    /// <summary>An array's items.</summary>
    public List<JsonNode>? Items { get; private init; }

    /// <summary>The first property of a name; a repeated one is a problem the reader reports.</summary>
    public JsonNode? this[string name]
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

    /// <summary>The value at a dotted path below this one (<c>measure.unit</c>), or <see langword="null"/>.</summary>
    public JsonNode? Find(string path)
    {
        var node = this;
        foreach (var part in path.Split('.'))
        {
            node = node?[part];
        }

        return node;
    }

    /// <summary>Reads the value the reader stands on, and everything below it; leaves the reader on its last token.</summary>
    public static JsonNode Read(ref Utf8JsonReader reader)
    {
        var offset = reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<(string, long, JsonNode)>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var nameOffset = reader.TokenStartIndex;
                    var name = reader.GetString()!;
                    reader.Read();
                    properties.Add((name, nameOffset, Read(ref reader)));
                }

                return new JsonNode(JsonTokenType.StartObject, offset) { Properties = properties };
            case JsonTokenType.StartArray:
                var items = new List<JsonNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Read(ref reader));
                }

                return new JsonNode(JsonTokenType.StartArray, offset) { Items = items };
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

                return new JsonNode(JsonTokenType.String, offset) { Text = text, Raw = text };
            case JsonTokenType.Number:
                var raw = Encoding.UTF8.GetString(reader.ValueSpan);
                return new JsonNode(JsonTokenType.Number, offset) { Number = reader.TryGetDecimal(out var number) ? number : null, Raw = raw };
            default:
                return new JsonNode(reader.TokenType, offset) { Raw = reader.TokenType switch { JsonTokenType.True => "true", JsonTokenType.False => "false", _ => "null" } };
        }
    }
}
