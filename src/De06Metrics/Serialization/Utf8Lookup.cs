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
        Remember(utf8, value);
    }

    private void Remember(ReadOnlySpan<byte> utf8, T value)
    {
        utf8.CopyTo(last);
        lastLength = utf8.Length;
        lastValue = value;
    }
}
