using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using De06Metrics.Indicators;
using Spectre.Console;

namespace De06Metrics.Cli.Output;

/// <summary>The output formats of <c>de06 report</c>.</summary>
internal enum ReportFormat
{
    Table,
    Json,
    Csv,
    Md,
    Html,
}
