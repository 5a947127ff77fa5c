using System.Text;

namespace De06Metrics.Serialization;

/// <summary>A closed set of words for the values of <typeparamref name="T"/>.</summary>
/// <remarks>
/// Kept in arrays and a dictionary from a word's key to its index, which is the same type for every
/// <typeparamref name="T"/>: a set of each of the file's enumerations costs no generic collection code compiled for
/// that enumeration when a program starts.
/// </remarks>
internal sealed class TokenSet<T>
    where T : struct
{
    private readonly string[] words;
    private readonly T[] values;
    private readonly Dictionary<string, int> byKey;

    public TokenSet(params (string Token, T Value)[] tokens)
    {
        words = new string[tokens.Length];
        values = new T[tokens.Length];
        byKey = new Dictionary<string, int>(tokens.Length, StringComparer.Ordinal);
        var expected = new StringBuilder();
        for (var i = 0; i < tokens.Length; i++)
        {
            words[i] = tokens[i].Token;
            values[i] = tokens[i].Value;
            byKey.Add(Key(words[i]), i);
            if (i < tokens.Length - 1)
            {
                expected.Append(i > 0 ? ", '" : "'").Append(words[i]).Append('\'');
            }
        }

        Expected = expected.Append(" or '").Append(words[^1]).Append('\'').ToString();
    }

    /// <summary>The words, quoted, for a message: <c>'a', 'b' or 'c'</c>.</summary>
    public string Expected { get; }

    public bool TryParse(string text, out T value)
    {
        if (byKey.TryGetValue(Key(text), out var index))
        {
            value = values[index];
            return true;
        }

        value = default;
        return false;
    }

    public string Format(T value)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (EqualityComparer<T>.Default.Equals(values[i], value))
            {
                return words[i];
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
