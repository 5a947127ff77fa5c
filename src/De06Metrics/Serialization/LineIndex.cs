namespace De06Metrics.Serialization;

/// <summary>
/// Turns byte offsets in a UTF-8 file into lines and columns (both from 1; a column counts characters, not bytes).
/// Built only when a problem needs a place, so a file without problems is never scanned twice.
/// </summary>
internal sealed class LineIndex(ReadOnlyMemory<byte> utf8)
{
    private int[]? lineStarts;

    public (int Line, int Column) At(long offset)
    {
        var starts = lineStarts ??= FindLineStarts(utf8.Span);
        var line = Array.BinarySearch(starts, (int)offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, ColumnOf(starts[line], (int)offset));
    }

    /// <summary>The place of a byte position within a line, as System.Text.Json reports it (both from 0).</summary>
    public (int Line, int Column) AtLineByte(long lineFromZero, long bytePositionInLine)
    {
        var starts = lineStarts ??= FindLineStarts(utf8.Span);
        var line = (int)Math.Clamp(lineFromZero, 0, starts.Length - 1);
        var end = (int)Math.Min(starts[line] + bytePositionInLine, utf8.Length);
        return (line + 1, ColumnOf(starts[line], end));
    }

    private int ColumnOf(int lineStart, int offset)
    {
        var column = 1;
        foreach (var b in utf8.Span[lineStart..Math.Min(offset, utf8.Length)])
        {
            // Continuation bytes (10xxxxxx) belong to the character before them.
            if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return column;
    }

    private static int[] FindLineStarts(ReadOnlySpan<byte> text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
