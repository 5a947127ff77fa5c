namespace De06Metrics.Cli.Output;

/// <summary>A block of text after the table: a heading and its lines.</summary>
internal sealed record ReportSection(string Heading, string Text);
