namespace De06Metrics.Cli.Output;

/// <summary>The output formats of <c>de06 report</c>.</summary>
internal enum ReportFormat
{
    Table,
    Json,
    Csv,
    Md,
    Html,
    Xlsx,
}
