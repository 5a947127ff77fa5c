namespace De06Metrics.Cli.Output;

/// <summary>A column: a stable key for machine formats and a heading in the report's language.</summary>
internal sealed record ReportColumn(string Key, string Heading, bool AlignRight = false);
