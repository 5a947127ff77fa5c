namespace De06Metrics.Cli.Output;

/// <summary>A row: the text of each cell, in column order, the raw values by key, and a status for colouring, if any.</summary>
internal sealed record ReportRow(IReadOnlyList<string> Cells, IReadOnlyDictionary<string, object?> Values, RowStatus Status = RowStatus.None);
