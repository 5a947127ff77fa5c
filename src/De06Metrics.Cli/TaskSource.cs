using System.Reflection;
using De06Metrics.Csv;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;

namespace De06Metrics.Cli;

/// <summary>
/// Where a scorecard's tasks come from: the <c>tasks</c> of its JSON file, else the <c>tasks.json</c> beside it; the
/// <c>tasks.csv</c> of its folder; the <c>tasks</c> sheet of its workbook; or the built-in example's <c>tasks.json</c>.
/// Read after the scorecard, whose units the tasks name.
/// </summary>
internal static class TaskSource
{
    private const string ExampleResource = "De06Metrics.Cli.Examples.ha-giang-2024-q1.tasks.json";

    /// <param name="path">The scorecard's file or folder, or <see langword="null"/> for the built-in example.</param>
    /// <param name="scorecard">The scorecard read from it.</param>
    /// <param name="decimalSeparator">The decimal separator given to the command.</param>
    /// <param name="language">The language of a workbook's problem locations ("sheet" / "trang tính"); English when not given.</param>
    public static TaskReadResult Read(string? path, Scorecard scorecard, DecimalSeparator? decimalSeparator, De06Metrics.Text.Language? language = null)
    {
        if (path is null)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ExampleResource)
                ?? throw new InvalidOperationException($"The built-in example '{ExampleResource}' is missing from the tool.");
            return TaskJson.Read(stream, "tasks.json of " + ScorecardSource.ExampleName, scorecard);
        }

        if (Directory.Exists(path))
        {
            return TaskCsv.ReadFolder(path, scorecard, decimalSeparator);
        }

        if (ScorecardSource.IsWorkbook(path))
        {
            // A workbook holds the scorecard's tables and, optionally, the tasks as its tasks sheet.
            return De06Metrics.Excel.ScorecardWorkbook.ReadTasksFile(path, scorecard, language ?? De06Metrics.Text.Language.English);
        }

        var own = TaskJson.ReadFile(path, scorecard);
        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", TaskFileName);
        return own.IsValid && own.Tasks.Tasks.IsEmpty && File.Exists(beside) && !string.Equals(Path.GetFileName(path), TaskFileName, StringComparison.Ordinal)
            ? ReadBeside(beside, Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, TaskFileName), scorecard)
            : own;
    }

    private static TaskReadResult ReadBeside(string path, string shownAs, Scorecard scorecard)
    {
        using var stream = File.OpenRead(path);
        return TaskJson.Read(stream, shownAs, scorecard);
    }

    /// <summary>The file beside a scorecard JSON file that holds its tasks when the scorecard file has none.</summary>
    public const string TaskFileName = "tasks.json";
}
