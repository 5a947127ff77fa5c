namespace De06Metrics.Cli.Output;

/// <summary>A row: the text of each cell, in column order, the raw values by key, and a status for colouring, if any.</summary>
internal sealed record ReportRow(IReadOnlyList<string> Cells, IReadOnlyDictionary<string, object?> Values, RowStatus Status = RowStatus.None)
{
    /// <summary>
    /// For the CSV report, the number beside a text column, by the column's key (see <see cref="ReportTable.NumberColumns"/>),
    /// in the unit <see cref="MeasureUnit"/> names: a rate in percent (88.8), money at its display scale (2527); null for none.
    /// </summary>
    public IReadOnlyDictionary<string, decimal?> Numbers { get; init; } = new Dictionary<string, decimal?>();

    /// <summary>The unit of the row's numbers as the report writes it: "%", "tỷ đồng", "hồ sơ"; empty for none.</summary>
    public string MeasureUnit { get; init; } = string.Empty;

    /// <summary>
    /// Why an evaluated row lags, as stable words in the order of <see cref="De06Metrics.Scorecards.LaggingReasons"/>'s
    /// flags ("notMet", "behindSchedule", "declining", "noData", "offTrack"); empty when it does not lag, and for a table
    /// whose rows are not a scorecard's.
    /// </summary>
    public IReadOnlyList<string> LaggingReasons { get; init; } = [];
}
