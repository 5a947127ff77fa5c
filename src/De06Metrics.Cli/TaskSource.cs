using System.Reflection;
using De06Metrics.Csv;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;

namespace De06Metrics.Cli;

/// <summary>
/// Where a scorecard's tasks come from: the <c>tasks</c> of its JSON file, the <c>tasks.csv</c> of its folder, or
/// the built-in example's. Read after the scorecard, whose units the tasks name.
/// </summary>
internal static class TaskSource
{
    private const string ExampleResource = "De06Metrics.Cli.Examples.ha-giang-2024-q1.json";

    public static TaskReadResult Read(string? path, Scorecard scorecard, DecimalSeparator? decimalSeparator)
    {
        if (path is null)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ExampleResource)
                ?? throw new InvalidOperationException($"The built-in example '{ExampleResource}' is missing from the tool.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return TaskJson.Read(buffer.ToArray(), ScorecardSource.ExampleName, scorecard);
        }

        return Directory.Exists(path)
            ? TaskCsv.ReadFolder(path, scorecard, decimalSeparator)
            : TaskJson.Read(File.ReadAllBytes(path), path, scorecard);
    }
}
