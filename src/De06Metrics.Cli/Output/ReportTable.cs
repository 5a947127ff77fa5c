namespace De06Metrics.Cli.Output;

/// <summary>
/// A report as every output format writes it: a title, a note, named columns and rows of text cells, each row with
/// the raw values a machine-readable format needs. The terminal, Markdown, HTML, CSV and JSON writers all take this
/// shape, so that evaluation results can join it as more columns and a row status without new writers.
/// </summary>
/// <remarks>
/// <see cref="Rows"/> may be a lazy sequence, made again each time it is enumerated (the evaluation report makes each row
/// from the evaluated scorecard as it is read): a writer enumerates it as it writes and keeps no row, so that a report
/// of 100 000 rows is written in the memory of one. The terminal table enumerates it twice, once for the columns'
/// widths and once to write.
/// </remarks>
internal sealed record ReportTable(string Title, string Note, IReadOnlyList<ReportColumn> Columns, IEnumerable<ReportRow> Rows, string Language)
{
    /// <summary>Text that follows the table, such as the lagging report, each with a heading.</summary>
    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    /// <summary>The language of the writers' own words (a cut cell's note); <see langword="null"/> for the one <see cref="Language"/> names.</summary>
    public De06Metrics.Text.Language? Phrases { get; init; }

    /// <summary>Whether the rows are evaluated against targets.</summary>
    public bool Evaluated { get; init; }

    /// <summary>
    /// The keys of the columns the CSV report follows with a column of plain numbers (<see cref="ReportRow.Numbers"/>);
    /// the first is also followed by the unit of measure. Empty for none.
    /// </summary>
    public IReadOnlyList<string> NumberColumns { get; init; } = [];
    /// <summary>The grade counts overall (unit <see langword="null"/>) and per unit, for machine-readable formats; empty for none.</summary>
    public IReadOnlyList<(string? Unit, De06Metrics.Scorecards.GradeSummary Grades)> Grades { get; init; } = [];

    /// <summary>The tasks judged on the report's day, as a table of their own after this one; <see langword="null"/> for none.</summary>
    public ReportTable? Tasks { get; init; }

    /// <summary>The scorecard's weighted tree scored per unit, as a table of its own after the tasks'; <see langword="null"/> for none.</summary>
    public ReportTable? Tree { get; init; }

    /// <summary>The scorecard's weighted tree that <see cref="Tree"/> was built from, for the HTML document's tree section; <see langword="null"/> for none.</summary>
    public De06Metrics.Scorecards.ScorecardTree? WeightedTree { get; init; }
    /// <summary>The evaluated scorecard the table was built from, which the HTML format writes as a whole document; <see langword="null"/> for a plain table.</summary>
    public De06Metrics.Scorecards.ScorecardResult? Result { get; init; }

    /// <summary>The tasks judged on the report's day, for the HTML document's tiles, table and lagging list; <see langword="null"/> for none.</summary>
    public De06Metrics.Tasks.TaskListAssessment? TaskAssessment { get; init; }

    /// <summary>The day the report is made, written in the HTML document's header; <see langword="null"/> writes the day the figures stand on.</summary>
    public NodaTime.LocalDate? Generated { get; init; }
}
