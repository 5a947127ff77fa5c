namespace De06Metrics.Cli.Output;

/// <summary>
/// A report as every output format writes it: a title, a note, named columns and rows of text cells, each row with
/// the raw values a machine-readable format needs. The terminal, Markdown, HTML, CSV and JSON writers all take this
/// shape, so that evaluation results can join it as more columns and a row status without new writers.
/// </summary>
internal sealed record ReportTable(string Title, string Note, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ReportRow> Rows, string Language)
{
    /// <summary>Text that follows the table, such as the lagging report, each with a heading.</summary>
    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    /// <summary>Whether the rows are evaluated against targets.</summary>
    public bool Evaluated { get; init; }
}

/// <summary>A block of text after the table: a heading and its lines.</summary>
internal sealed record ReportSection(string Heading, string Text);

/// <summary>A column: a stable key for machine formats and a heading in the report's language.</summary>
internal sealed record ReportColumn(string Key, string Heading, bool AlignRight = false);

/// <summary>A row: the text of each cell, in column order, the raw values by key, and a status for colouring, if any.</summary>
internal sealed record ReportRow(IReadOnlyList<string> Cells, IReadOnlyDictionary<string, object?> Values, RowStatus Status = RowStatus.None);

/// <summary>How a row is coloured in the terminal and marked in HTML.</summary>
internal enum RowStatus
{
    /// <summary>No status: the row is data, not an evaluation.</summary>
    None,

    /// <summary>The target is met.</summary>
    Met,

    /// <summary>The target is not met yet but within reach.</summary>
    AtRisk,

    /// <summary>The target is missed or behind schedule.</summary>
    Behind,
}
