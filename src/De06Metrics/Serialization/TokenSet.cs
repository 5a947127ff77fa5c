namespace De06Metrics.Serialization;

/// <summary>A closed set of words for the values of <typeparamref name="T"/>.</summary>
internal sealed class TokenSet<T>
    where T : struct
{
    private readonly (string Token, T Value)[] tokens;
    private readonly Dictionary<string, T> byKey;

    public TokenSet(params (string Token, T Value)[] tokens)
    {
        this.tokens = tokens;
        byKey = tokens.ToDictionary(pair => Key(pair.Token), pair => pair.Value, StringComparer.Ordinal);
        Expected = string.Join(", ", tokens[..^1].Select(pair => $"'{pair.Token}'")) + $" or '{tokens[^1].Token}'";
    }

    /// <summary>The words, quoted, for a message: <c>'a', 'b' or 'c'</c>.</summary>
    public string Expected { get; }

    public bool TryParse(string text, out T value) => byKey.TryGetValue(Key(text), out value);

    public string Format(T value)
    {
        foreach (var (token, candidate) in tokens)
        {
            if (EqualityComparer<T>.Default.Equals(candidate, value))
            {
                return token;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} has no word in a scorecard file.");
    }

    private static string Key(string text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        var length = 0;
        foreach (var c in text)
        {
            if (c is '_' or '-' or ' ')
            {
                continue;
            }

            if (length == buffer.Length)
            {
                return text;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        return new string(buffer[..length]);
    }
}
