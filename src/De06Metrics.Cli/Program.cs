using System.Text;
using De06Metrics.Cli;
using De06Metrics.Cli.Commands;
using De06Metrics.Cli.Output;
using De06Metrics.Text;
using Spectre.Console.Cli;

Console.OutputEncoding = Encoding.UTF8;

// An option that takes a value but is given none (last, or followed by another option) reaches the settings as the
// parser's placeholder '__default_command': `--out` alone wrote the report to a file of that name. Refused here.
string[] withValues = ["--period", "--compare-with", "--as-of", "--period-kinds", "--generated", "--lang", "--format", "--out", "--decimal-separator"];
for (var i = 0; i < args.Length; i++)
{
    if (withValues.Contains(args[i], StringComparer.Ordinal) && (i + 1 == args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal)))
    {
        Console.Error.WriteLine($"de06: {args[i]} needs a value.");
        Console.Error.WriteLine("Try 'de06 --help'.");
        return ExitCodes.BadUsage;
    }
}

// `de06 validate FILE`, the form a large file is checked in, answers a JSON file proved sound in one pass before the
// command line's model is built (by reflection over every command's options); anything else runs the usual way.
if (args is ["validate", var path] && !path.StartsWith('-'))
{
    if (ValidateCommand.ProvedSoundWithoutOptions(path) is { } sound)
    {
        Console.Out.WriteLine(sound);
        return ExitCodes.Success;
    }

    args = ["validate", path, ValidateCommand.ReadFullyOption];
}

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("de06");
    config.UseStrictParsing();
    config.AddCommand<ReportCommand>("report")
        .WithDescription("Prints a scorecard's report. Without a path: the built-in example (Hà Giang, Q1 2024).")
        .WithExample("report")
        // Each example is written as it is typed in a shell: a value with a space is quoted. A test runs every one.
        .WithExample("report", "scorecard.json", "--period", "\"Quý I/2024\"", "--lang", "en")
        .WithExample("report", "data/", "--decimal-separator", "comma", "--format", "html", "--out", "report.html");
    config.AddCommand<ValidateCommand>("validate")
        .WithDescription("Checks a scorecard's files and lists every problem with its file, line and column (or JSON path).")
        .WithExample("validate", "scorecard.json")
        .WithExample("validate", "data/", "--decimal-separator", "comma");
    config.SetExceptionHandler((exception, _) =>
    {
        // Exit codes: 0 success, 1 invalid data (written by the commands), 2 bad usage.
        var message = exception switch
        {
            UsageException usage => usage.Message,
            CommandAppException command => command.Message,
            IOException io => io.Message,
            UnauthorizedAccessException access => access.Message,
            _ => null,
        };
        if (message is null)
        {
            // One line, never a stack trace: the type and message are what a report of the fault needs.
            Console.Error.WriteLine($"de06: unexpected error ({exception.GetType().Name}): {VisibleText.Of(exception.Message.ReplaceLineEndings(" "), keepLineBreaks: false)}");
            return ExitCodes.InvalidData;
        }

        // A message may quote a path or a value from the data: its control characters are shown, never obeyed.
        Console.Error.WriteLine($"de06: {VisibleText.Of(message, keepLineBreaks: false)}");
        Console.Error.WriteLine("Try 'de06 --help'.");
        return ExitCodes.BadUsage;
    });
});

return app.Run(args);
