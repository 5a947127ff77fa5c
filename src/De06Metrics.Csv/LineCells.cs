namespace De06Metrics.Csv;

/// <summary>A row's cells as UTF-8 bytes, for reading a plain observation without making a string of any cell.</summary>
internal interface IPlainCells
{
    /// <summary>How many cells the row has.</summary>
    int FieldCount { get; }

    /// <summary>Whether a cell is empty, trimmed.</summary>
    bool IsEmpty(int index);

    /// <summary>A cell's bytes, trimmed.</summary>
    ReadOnlySpan<byte> GetSpan(int index);
}

/// <summary>
/// The cells of one line of a CSV file that a CSV reader would split the same way, without parsing it: a line of
/// printable ASCII with no quote, whose cells have no space at either end, so that there is nothing to unquote or
/// trim. <see cref="TrySplit"/> says whether a line is one.
/// </summary>
internal readonly ref struct LineCells : IPlainCells
{
    private readonly ReadOnlySpan<byte> line;
    private readonly ReadOnlySpan<Range> cells;

    private LineCells(ReadOnlySpan<byte> line, ReadOnlySpan<Range> cells)
    {
        this.line = line;
        this.cells = cells;
    }

    /// <inheritdoc/>
    public int FieldCount => cells.Length;

    /// <inheritdoc/>
    public bool IsEmpty(int index) => index >= cells.Length || line[cells[index]].IsEmpty;

    /// <inheritdoc/>
    public ReadOnlySpan<byte> GetSpan(int index) => index >= cells.Length ? default : line[cells[index]];

    /// <summary>
    /// Splits a line (without its line break) at <paramref name="separator"/> into exactly as many cells as
    /// <paramref name="ranges"/> holds, when it is plain: every byte printable ASCII other than a quote, and no cell with
    /// a space at either end. Anything else (another number of cells, a quote, a tab, a control character, a byte outside
    /// ASCII) is not plain, and the line is left to the CSV reader.
    /// </summary>
    /// <param name="line">The line, without its line break.</param>
    /// <param name="separator">The column separator: a comma or a semicolon.</param>
    /// <param name="ranges">Where the cells' ranges are written; its length is the number of cells a plain line has.</param>
    /// <param name="cells">The cells, when the line is plain.</param>
    /// <returns>Whether the line is plain.</returns>
    public static bool TrySplit(ReadOnlySpan<byte> line, byte separator, Span<Range> ranges, out LineCells cells)
    {
        cells = default;
        if (line.IsEmpty)
        {
            return false;
        }

        // One pass: a cell ends at each separator; a byte outside printable ASCII, or a quote, makes the line not plain.
        var count = 0;
        var start = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i < line.Length)
            {
                var c = line[i];
                if (c != separator)
                {
                    if (c is < 0x20 or > 0x7E or (byte)'"')
                    {
                        return false;
                    }

                    continue;
                }
            }

            if (count == ranges.Length || (i > start && (line[start] == (byte)' ' || line[i - 1] == (byte)' ')))
            {
                return false;
            }

            ranges[count++] = new Range(start, i);
            start = i + 1;
        }

        if (count != ranges.Length)
        {
            return false;
        }

        cells = new LineCells(line, ranges[..count]);
        return true;
    }
}
