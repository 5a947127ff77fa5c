using System.Text;
using De06Metrics.Cli;
using De06Metrics.Cli.Commands;
using Spectre.Console.Cli;

Console.OutputEncoding = Encoding.UTF8;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("de06");
    config.UseStrictParsing();
    config.AddCommand<ReportCommand>("report")
        .WithDescription("Prints a scorecard's report. Without a path: the built-in example (Hà Giang, Q1 2024).")
        .WithExample("report")
        .WithExample("report", "scorecard.json", "--period", "Quý I/2024", "--lang", "en")
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
            Console.Error.WriteLine($"de06: unexpected error: {exception}");
            return ExitCodes.InvalidData;
        }

        Console.Error.WriteLine($"de06: {message}");
        Console.Error.WriteLine("Try 'de06 --help'.");
        return ExitCodes.BadUsage;
    });
});

return app.Run(args);
