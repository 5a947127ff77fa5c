using System.Numerics;
using System.Runtime.Intrinsics;
using System.Text.Json;

namespace De06Metrics.Serialization;

/// <summary>
/// Reads JSON from a stream a window at a time: the top level token by token, and an item of an array whole, so that
/// memory follows the largest item (the window grows to hold it) and never the file. Knows the line and column of any
/// byte it has not yet let go: it counts lines and characters over every byte before the window moves on. Not
/// thread-safe: one per read.
/// </summary>
internal sealed class JsonTokenStream
{
    /// <summary>The first window's size; it doubles when an item does not fit.</summary>
    public const int InitialWindow = 64 * 1024;

    private readonly Stream? stream;
    private byte[] buffer;
    private ReadOnlyMemory<byte> data;
    private int start;
    private long dataOffset;
    private bool final;
    private JsonReaderState state;
    private readonly bool countPlaces = true;

    // The reader's state after an object of an array read in place: the same after every such object of that array.
    private JsonReaderState? afterItem;

    // The line and the byte in its line (both from 0) where the object last read in place ends, in the text.
    private (long Line, long Byte) afterItemAt;

    // How far the reader's own count of lines and bytes, which goes on from the state it is given, is behind the text
    // once objects have been let go with SkipItems: a line of the text is the reader's plus linesBehind, and on the
    // reader's line lineOfSkip (from 0), where the last objects let go end, a byte's place in the line is the reader's
    // plus bytesBehind.
    private long linesBehind;
    private long lineOfSkip = -1;
    private long bytesBehind;

    // The place of byte `countedTo`: its line, the offset where that line starts, and its column in characters.
    private long countedTo;
    private int line = 1;
    private long lineStart;
    private int column = 1;

    /// <summary>Reads a stream from its current position to its end; a byte order mark is skipped.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="options">The reader's options.</param>
    /// <param name="window">The first window's size in bytes.</param>
    /// <param name="countPlaces">
    /// Whether lines and columns are counted, so that <see cref="PlaceOf"/> can be asked; a read that never reports a
    /// place (the one-pass check) spares the count over every byte.
    /// </param>
    public JsonTokenStream(Stream stream, JsonReaderOptions options, int window = InitialWindow, bool countPlaces = true)
    {
        this.stream = stream;
        this.countPlaces = countPlaces;
        buffer = new byte[Math.Max(window, 16)];
        data = ReadOnlyMemory<byte>.Empty;
        state = new JsonReaderState(options);
        while (data.Length < 3 && !final)
        {
            Fill();
        }

        SkipByteOrderMark();
    }

    /// <summary>Reads bytes held in memory; a byte order mark is skipped.</summary>
    public JsonTokenStream(ReadOnlyMemory<byte> utf8, JsonReaderOptions options)
    {
        buffer = [];
        data = utf8;
        final = true;
        state = new JsonReaderState(options);
        SkipByteOrderMark();
    }

    /// <summary>The largest window held so far, in bytes: what the read costs beyond what it builds.</summary>
    public int LargestWindow { get; private set; }

    /// <summary>The kind of the token last read by <see cref="Read"/>.</summary>
    public JsonTokenType TokenType { get; private set; }

    /// <summary>The offset of the token last read, in bytes from the start of the text after any byte order mark.</summary>
    public long TokenOffset { get; private set; }

    /// <summary>The property name last read, when <see cref="TokenType"/> is a property name.</summary>
    public string PropertyName { get; private set; } = string.Empty;

    /// <summary>Whether the text is white space only (an empty file); reads on as far as needed to know.</summary>
    public bool IsBlank()
    {
        while (true)
        {
            if (data.Span[start..].IndexOfAnyExcept(" \t\r\n"u8) >= 0)
            {
                return false;
            }

            if (final)
            {
                return true;
            }

            Fill();
        }
    }

    /// <summary>Whether nothing but white space and comments is left; reads on to know.</summary>
    /// <exception cref="JsonException">The text goes on with something else.</exception>
    public bool AtEnd()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(data.Span[start..], final, state);
            if (reader.Read())
            {
                TokenOffset = dataOffset + start + reader.TokenStartIndex;
                return false;
            }

            if (final)
            {
                return true;
            }

            Commit(ref reader);
            Fill();
        }
    }

    /// <summary>Reads the next token; <see langword="false"/> at the end of the text.</summary>
    /// <exception cref="JsonException">The JSON is malformed.</exception>
    public bool Read()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(data.Span[start..], final, state);
            if (reader.Read())
            {
                TokenType = reader.TokenType;
                TokenOffset = dataOffset + start + reader.TokenStartIndex;
                if (TokenType == JsonTokenType.PropertyName)
                {
                    PropertyName = LocatedJsonValue.PropertyName(ref reader);
                }

                Commit(ref reader);
                return true;
            }

            Commit(ref reader);
            if (final)
            {
                return false;
            }

            Fill();
        }
    }

    /// <summary>
    /// Reads the next value whole, an object or array with everything in it: its bytes (valid until the next call) and
    /// offset. <see langword="false"/>, having read it, when the next token ends an array or object instead.
    /// </summary>
    /// <exception cref="JsonException">The JSON is malformed, or ends inside the value.</exception>
    public bool ReadValue(out ReadOnlyMemory<byte> value, out long offset)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(data.Span[start..], final, state);
            if (reader.Read())
            {
                var tokenStart = (int)reader.TokenStartIndex;
                TokenType = reader.TokenType;
                TokenOffset = offset = dataOffset + start + tokenStart;
                if (TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject)
                {
                    value = ReadOnlyMemory<byte>.Empty;
                    Commit(ref reader);
                    return false;
                }

                // An incomplete object or array is read again from its start once the window holds more of it.
                if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || reader.TrySkip())
                {
                    value = data.Slice(start + tokenStart, (int)reader.BytesConsumed - tokenStart);
                    Commit(ref reader);
                    return true;
                }
            }
            else if (final)
            {
                // Only white space or comments were left, where a value was expected.
                throw new JsonException("The JSON ends where a value was expected.");
            }

            if (final)
            {
                throw new JsonException("The JSON ends inside a value.");
            }

            Fill();
        }
    }

    /// <summary>
    /// Reads an object of an array in place, without copying or parsing it twice. <paramref name="read"/> gets a reader
    /// on the object's first token and the object's offset, and returns whether it read the object whole, leaving the
    /// reader on its last token; only then is the object let go. Returns <see langword="false"/>, having let go of
    /// nothing, when the next value is not an object, is not whole in the window, or <paramref name="read"/> declines
    /// it: <see cref="ReadValue"/> then reads it.
    /// </summary>
    /// <exception cref="JsonException">The JSON is malformed.</exception>
    public bool TryReadInPlace(InPlaceReader read)
    {
        var reader = new Utf8JsonReader(data.Span[start..], final, state);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var depth = reader.CurrentDepth;
        var offset = dataOffset + start + reader.TokenStartIndex;
        if (!read(ref reader, offset) || reader.TokenType != JsonTokenType.EndObject || reader.CurrentDepth != depth)
        {
            return false;
        }

        TokenType = JsonTokenType.EndObject;
        TokenOffset = offset;
        Commit(ref reader);
        afterItem = state;
        if (countPlaces)
        {
            afterItemAt = LineAndByte(dataOffset + start);
        }

        return true;
    }

    /// <summary>
    /// The bytes held after the object last read, once an object of the array has been read in place by
    /// <see cref="TryReadInPlace"/> (empty before): what a caller that reads plainly written objects itself scans,
    /// then lets go of with <see cref="SkipItems"/>. Valid until the next call.
    /// </summary>
    public ReadOnlySpan<byte> AfterItem => afterItem is null ? default : data.Span[start..];

    /// <summary>The offset in the whole text of the first byte of <see cref="AfterItem"/>.</summary>
    public long AfterItemOffset => dataOffset + start;

    /// <summary>
    /// Lets go of the first <paramref name="length"/> bytes of <see cref="AfterItem"/>, which the caller has read as
    /// further objects of the same array, each after its comma and whole, in JSON the reader accepts: the reader goes
    /// on from after the last of them as it would had it read them.
    /// </summary>
    public void SkipItems(int length)
    {
        if (afterItem is not { } after || (uint)length > (uint)(data.Length - start))
        {
            throw new InvalidOperationException("Only bytes after an object read in place, and held, can be let go.");
        }

        if (countPlaces)
        {
            // The reader goes on from where the object read in place ended, by its own count; the text is further on.
            var readerLine = afterItemAt.Line - linesBehind;
            var readerByte = afterItemAt.Byte - (readerLine == lineOfSkip ? bytesBehind : 0);
            var (line, byteInLine) = LineAndByte(dataOffset + start + length);
            linesBehind = line - readerLine;
            lineOfSkip = readerLine;
            bytesBehind = byteInLine - readerByte;
        }

        TokenType = JsonTokenType.EndObject;
        TokenOffset = dataOffset + start + length - 1;
        start += length;
        state = after;
    }

    /// <summary>Reads one object in place (see <see cref="TryReadInPlace"/>).</summary>
    public delegate bool InPlaceReader(ref Utf8JsonReader reader, long offset);

    /// <summary>Reads past the value that follows, token by token, however large it is.</summary>
    /// <exception cref="JsonException">The JSON is malformed.</exception>
    public void SkipValue() => Skip(depth: 0);

    /// <summary>Skips the rest of the value whose first token (an object's or array's start) was read last.</summary>
    /// <exception cref="JsonException">The JSON is malformed.</exception>
    public void SkipRest()
    {
        if (TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            Skip(depth: 1);
        }
    }

    /// <summary>
    /// Reads tokens until the depth of arrays and objects, <paramref name="depth"/> to begin with, is back to 0 (after
    /// one token at least), with one reader for as much of the window as it holds: a large array skipped makes no
    /// reader and no string per token.
    /// </summary>
    private void Skip(int depth)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(data.Span[start..], final, state);
            while (reader.Read())
            {
                TokenType = reader.TokenType;
                TokenOffset = dataOffset + start + reader.TokenStartIndex;
                depth += TokenType switch
                {
                    JsonTokenType.StartObject or JsonTokenType.StartArray => 1,
                    JsonTokenType.EndObject or JsonTokenType.EndArray => -1,
                    _ => 0,
                };
                if (depth <= 0)
                {
                    Commit(ref reader);
                    return;
                }
            }

            Commit(ref reader);
            if (final)
            {
                throw new JsonException("The JSON ends inside a value.");
            }

            Fill();
        }
    }

    /// <summary>
    /// The line and column (from 1; a column counts characters) of a byte not yet let go. Places are asked for in the
    /// order of the text: counting moves forward only.
    /// </summary>
    public (int Line, int Column) PlaceOf(long offset)
    {
        if (!countPlaces)
        {
            throw new InvalidOperationException("This read does not count lines.");
        }

        var end = Math.Min(offset, dataOffset + data.Length);
        if (end > countedTo)
        {
            Count(data.Span[(int)(countedTo - dataOffset)..(int)(end - dataOffset)]);
            countedTo = end;
        }

        return (line, column);
    }

    /// <summary>
    /// The place of a malformed point System.Text.Json reports by its line (from 0) and byte in that line, within the
    /// window: the column in characters when the line's start is still held, else in bytes.
    /// </summary>
    public (int Line, int Column) PlaceOfLineByte(long lineFromZero, long byteInLine)
    {
        if (lineFromZero == lineOfSkip)
        {
            byteInLine += bytesBehind;
        }

        lineFromZero += linesBehind;
        PlaceOf(dataOffset + start);
        var span = data.Span;
        var wanted = (int)Math.Min(lineFromZero + 1, int.MaxValue);
        var lineStartOffset = lineStart;
        var at = (int)(countedTo - dataOffset);
        for (var current = line; current < wanted; current++)
        {
            var next = span[at..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return (wanted, (int)Math.Min(byteInLine + 1, int.MaxValue));
            }

            at += next + 1;
            lineStartOffset = dataOffset + at;
        }

        var target = lineStartOffset + byteInLine;
        return target >= countedTo ? PlaceOf(target) : (wanted, (int)Math.Min(byteInLine + 1, int.MaxValue));
    }

    // The line and the byte in its line, both from 0, of a byte not yet let go and not before the last place asked for.
    private (long Line, long Byte) LineAndByte(long offset)
    {
        PlaceOf(offset);
        return (line - 1, offset - lineStart);
    }

    /// <summary>The place of the end of the bytes held: where a text that ends too early ends.</summary>
    public (int Line, int Column) PlaceOfEnd() => PlaceOf(dataOffset + data.Length);

    /// <summary>The place of a byte inside a value read whole, counted from the value's own place.</summary>
    public static (int Line, int Column) PlaceWithin(ReadOnlySpan<byte> value, (int Line, int Column) valuePlace, long valueOffset, long offset)
    {
        var length = (int)Math.Clamp(offset - valueOffset, 0, value.Length);
        var before = value[..length];
        var lastBreak = before.LastIndexOf((byte)'\n');
        return lastBreak < 0
            ? (valuePlace.Line, valuePlace.Column + Characters(before))
            : (valuePlace.Line + before.Count((byte)'\n'), 1 + Characters(before[(lastBreak + 1)..]));
    }

    private void Count(ReadOnlySpan<byte> bytes)
    {
        var lastBreak = bytes.LastIndexOf((byte)'\n');
        if (lastBreak < 0)
        {
            column += Characters(bytes);
            return;
        }

        line += bytes.Count((byte)'\n');
        lineStart = countedTo + lastBreak + 1;
        column = 1 + Characters(bytes[(lastBreak + 1)..]);
    }

    // Continuation bytes (10xxxxxx) belong to the character before them; they are counted 32 at a time.
    private static int Characters(ReadOnlySpan<byte> bytes)
    {
        var count = bytes.Length;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var top = Vector256.Create((byte)0xC0);
            var continuation = Vector256.Create((byte)0x80);
            for (; i + Vector256<byte>.Count <= bytes.Length; i += Vector256<byte>.Count)
            {
                var block = Vector256.Create(bytes.Slice(i, Vector256<byte>.Count));
                count -= BitOperations.PopCount(Vector256.Equals(block & top, continuation).ExtractMostSignificantBits());
            }
        }

        for (; i < bytes.Length; i++)
        {
            if ((bytes[i] & 0xC0) == 0x80)
            {
                count--;
            }
        }

        return count;
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        start += (int)reader.BytesConsumed;
        state = reader.CurrentState;
    }

    private void SkipByteOrderMark()
    {
        ReadOnlySpan<byte> mark = [0xEF, 0xBB, 0xBF];
        if (data.Span.StartsWith(mark))
        {
            // Offsets, lines and columns count from after the mark.
            data = data[3..];
            if (stream is not null)
            {
                Array.Copy(buffer, 3, buffer, 0, data.Length);
                data = buffer.AsMemory(0, data.Length);
            }
        }

        LargestWindow = Math.Max(LargestWindow, buffer.Length);
    }

    /// <summary>Lets go of the bytes read, makes room (doubling the window when an item fills it), and reads more.</summary>
    private void Fill()
    {
        if (stream is null)
        {
            final = true;
            return;
        }

        // Count lines over the bytes let go, so that later places stay known.
        if (countPlaces)
        {
            PlaceOf(dataOffset + start);
        }

        var kept = data.Length - start;
        if (kept > buffer.Length / 2)
        {
            if (buffer.Length == Array.MaxLength)
            {
                throw new JsonException("An item is larger than 2 GB, more than this reader can hold.");
            }

            // Uninitialised: every byte is written by the copy or a read before it is used, so zeroing it would be wasted.
            var larger = GC.AllocateUninitializedArray<byte>((int)Math.Min((long)buffer.Length * 2, Array.MaxLength));
            data.Span[start..].CopyTo(larger);
            buffer = larger;
            LargestWindow = Math.Max(LargestWindow, buffer.Length);
        }
        else
        {
            data.Span[start..].CopyTo(buffer);
        }

        dataOffset += start;
        start = 0;
        var filled = kept;
        while (filled < buffer.Length)
        {
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0)
            {
                final = true;
                break;
            }

            filled += read;
        }

        data = buffer.AsMemory(0, filled);
    }
}
