namespace De06Metrics.Cli.Output;

/// <summary>A block of text after the table: a heading and its lines.</summary>
/// <remarks>
/// <see cref="Lines"/>, when set, is the full text made line by line as it is read, which the JSON report writes in
/// place of <see cref="Text"/>: the lagging report lists at most ten items per lead unit in <see cref="Text"/> (the
/// terminal, Markdown and HTML) and every item in <see cref="Lines"/>, never held whole.
/// </remarks>
internal sealed record ReportSection(string Heading, string Text)
{
    /// <summary>The full text's lines, joined by <see cref="Environment.NewLine"/>, made each time they are read; <see langword="null"/> when it is <see cref="Text"/>.</summary>
    public Func<IEnumerable<string>>? Lines { get; init; }
}
