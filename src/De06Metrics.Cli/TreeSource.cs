using System.Reflection;
using De06Metrics.Csv;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;

namespace De06Metrics.Cli;

/// <summary>
/// Where a scorecard's weighted tree comes from: the <c>tree</c> of its JSON file, the <c>tree.csv</c> of its folder,
/// or the built-in example's. Read after the scorecard, whose indicators the tree names; a scorecard without one has none.
/// </summary>
internal static class TreeSource
{
    private const string ExampleResource = "De06Metrics.Cli.Examples.ha-giang-2024-q1.json";

    public static TreeReadResult Read(string? path, Scorecard scorecard)
    {
        if (path is null)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ExampleResource)
                ?? throw new InvalidOperationException($"The built-in example '{ExampleResource}' is missing from the tool.");
            return TreeJson.Read(stream, ScorecardSource.ExampleName, scorecard);
        }

        return Directory.Exists(path) ? TreeCsv.ReadFolder(path, scorecard) : TreeJson.ReadFile(path, scorecard);
    }
}
