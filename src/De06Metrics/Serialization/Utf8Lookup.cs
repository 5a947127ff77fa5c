using System.Buffers;
using System.Text.Unicode;

namespace De06Metrics.Serialization;

/// <summary>
/// Values found for short texts, looked up by their UTF-8 bytes as they lie in a file: an id or a period label that
/// recurs on every line is turned into a string and interpreted once, and afterwards found without making a string.
/// The text last found is compared first, since consecutive lines often repeat it. Not thread-safe: one per read.
/// </summary>
/// <typeparam name="T">What a text stands for.</typeparam>
internal sealed class Utf8Lookup<T>
{
    /// <summary>The longest text, in bytes, looked up; a longer one is never found, and is read the ordinary way.</summary>
    public const int MaxBytes = 256;

    private readonly Dictionary<string, T> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> byChars;
    // Keys of up to 7 bytes ("2024-03", "Q1 2024", most ids) are also found by their bytes and length packed in a number.
    private readonly Dictionary<ulong, T> byShortBytes = [];
    private readonly byte[] last = new byte[MaxBytes];
    private int lastLength = -1;
    private T lastValue = default!;

    public Utf8Lookup() => byChars = entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Finds the value of the text whose UTF-8 bytes are <paramref name="utf8"/>.</summary>
    public bool TryGet(ReadOnlySpan<byte> utf8, out T value)
    {
        if (utf8.Length == lastLength && utf8.SequenceEqual(last.AsSpan(0, lastLength)))
        {
            value = lastValue;
            return true;
        }

        value = default!;
        if (utf8.Length > MaxBytes || entries.Count == 0)
        {
            return false;
        }

        if (Utf8Lookup.ShortKey(utf8) is { } key)
        {
            if (!byShortBytes.TryGetValue(key, out value!))
            {
                return false;
            }

            Remember(utf8, value);
            return true;
        }

        Span<char> chars = stackalloc char[MaxBytes];
        if (Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done ||
            !byChars.TryGetValue(chars[..written], out value!))
        {
            return false;
        }

        Remember(utf8, value);
        return true;
    }

    /// <summary>Records the value of a text, found by its UTF-8 bytes <paramref name="utf8"/>.</summary>
    public void Add(ReadOnlySpan<byte> utf8, string text, T value)
    {
        if (utf8.Length > MaxBytes)
        {
            return;
        }

        entries[text] = value;
        if (Utf8Lookup.ShortKey(utf8) is { } key)
        {
            byShortBytes[key] = value;
        }

        Remember(utf8, value);
    }

    private void Remember(ReadOnlySpan<byte> utf8, T value)
    {
        utf8.CopyTo(last);
        lastLength = utf8.Length;
        lastValue = value;
    }
}

/// <summary>What every <see cref="Utf8Lookup{T}"/> shares.</summary>
internal static class Utf8Lookup
{
    /// <summary>
    /// Up to 7 bytes and their number packed in one number, or <see langword="null"/> for a longer text: two byte
    /// strings of up to 7 bytes are equal when their numbers are.
    /// </summary>
    internal static ulong? ShortKey(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > 7)
        {
            return null;
        }

        var key = (ulong)utf8.Length << 56;
        for (var i = 0; i < utf8.Length; i++)
        {
            key |= (ulong)utf8[i] << (8 * i);
        }

        return key;
    }
}
