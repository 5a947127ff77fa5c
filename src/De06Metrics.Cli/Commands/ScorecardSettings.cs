using System.ComponentModel;
using De06Metrics.Csv;
using Spectre.Console;
using Spectre.Console.Cli;

namespace De06Metrics.Cli.Commands;

/// <summary>The options every command that reads a scorecard has.</summary>
internal class ScorecardSettings : CommandSettings
{
    [CommandOption("--decimal-separator <SEPARATOR>")]
    [Description("For a folder of CSV files: the decimal separator of its numbers, [green]comma[/] (88,8) or [green]point[/] (88.8). "
        + "Needed when the folder has no settings.csv declaring it and a number has a separator; it is never guessed from the data.")]
    public string? DecimalSeparatorText { get; init; }

    public DecimalSeparator? DecimalSeparator => DecimalSeparatorText?.Trim().ToUpperInvariant() switch
    {
        null => null,
        "COMMA" or "," => Csv.DecimalSeparator.Comma,
        _ => Csv.DecimalSeparator.Point,
    };

    public override ValidationResult Validate() =>
        DecimalSeparatorText is null || DecimalSeparatorText.Trim().ToUpperInvariant() is "COMMA" or "," or "POINT" or "."
            ? ValidationResult.Success()
            : ValidationResult.Error($"--decimal-separator must be 'comma' or 'point', not '{DecimalSeparatorText}'.");
}
