using System.Buffers;
using System.Text.Unicode;

namespace De06Metrics.Csv;

/// <summary>
/// What one pass over a CSV file's bytes, a window at a time, finds before its rows are parsed: the length of its byte
/// order mark, the line and byte of its first fault when it is not UTF-8, whether it holds anything but white space,
/// and its first window, where the header line is. Memory is the window, whatever the file's size. Immutable.
/// </summary>
internal sealed class TextScan
{
    private const int Window = 64 * 1024;

    private TextScan(int byteOrderMark, (int Line, byte Byte)? fault, bool blank, byte[] start)
    {
        ByteOrderMark = byteOrderMark;
        Fault = fault;
        Blank = blank;
        Start = start;
    }

    /// <summary>The length of the UTF-8 byte order mark the file starts with: 3 or 0.</summary>
    public int ByteOrderMark { get; }

    /// <summary>The line (from 1) and the value of the first byte that is not UTF-8, or <see langword="null"/>.</summary>
    public (int Line, byte Byte)? Fault { get; }

    /// <summary>Whether the text after the byte order mark is white space only.</summary>
    public bool Blank { get; }

    /// <summary>
    /// The start of the text after the byte order mark, where the header line is looked for: up to the end of the first
    /// line that is not blank, or the first window (64 KB) when that line does not end in it.
    /// </summary>
    public byte[] Start { get; }

    public static TextScan Of(string path)
    {
        // The windows are borrowed: a folder's files are scanned one after another, and a read makes no garbage of them.
        var buffer = ArrayPool<byte>.Shared.Rent(Window);
        var scratch = ArrayPool<char>.Shared.Rent(Window);
        try
        {
            return Of(path, buffer.AsSpan(0, Window), scratch);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(scratch);
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static TextScan Of(string path, Span<byte> buffer, char[] scratch)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var kept = 0;
        var line = 1;
        var blank = true;
        var byteOrderMark = -1;
        byte[]? start = null;
        ReadOnlySpan<byte> mark = [0xEF, 0xBB, 0xBF];
        while (true)
        {
            var read = Fill(file, buffer, kept);
            var length = kept + read;
            var final = kept + read < buffer.Length;
            var text = buffer[..length];
            if (byteOrderMark < 0)
            {
                byteOrderMark = text.StartsWith(mark) ? 3 : 0;
                text = text[byteOrderMark..];
                start = Head(text).ToArray();
            }

            // A character cut by the window's end is kept for the next window.
            var status = Utf8.ToUtf16(text, scratch, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
            var checkedText = text[..consumed];
            blank = blank && checkedText.IndexOfAnyExcept(" \t\r\n"u8) < 0;
            line += checkedText.Count((byte)'\n');
            if (status == OperationStatus.InvalidData)
            {
                return new TextScan(byteOrderMark, (line, text[consumed]), blank, start!);
            }

            if (final)
            {
                return new TextScan(byteOrderMark, null, blank, start!);
            }

            kept = text.Length - consumed;
            text[consumed..].CopyTo(buffer);
        }
    }

    // The text up to the end of its first line that is not blank, where the header is; the whole window when that line
    // does not end in it.
    private static ReadOnlySpan<byte> Head(ReadOnlySpan<byte> text)
    {
        var first = text.IndexOfAnyExcept(" \t\r\n"u8);
        var end = first < 0 ? -1 : text[first..].IndexOf((byte)'\n');
        return end < 0 ? text : text[..(first + end + 1)];
    }

    /// <summary>Reads until the buffer is full or the file ends; returns how many bytes were read.</summary>
    private static int Fill(Stream file, Span<byte> buffer, int from)
    {
        var filled = from;
        while (filled < buffer.Length)
        {
            var read = file.Read(buffer[filled..]);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled - from;
    }
}
