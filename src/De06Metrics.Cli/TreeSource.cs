using System.Reflection;
using De06Metrics.Csv;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;

namespace De06Metrics.Cli;

/// <summary>
/// Where a scorecard's weighted tree comes from: the <c>tree</c> of its JSON file, else the <c>tree.json</c> beside it;
/// the <c>tree.csv</c> of its folder; or the built-in example's <c>tree.json</c>. Read after the scorecard, whose
/// indicators the tree names; a scorecard without one has none.
/// </summary>
internal static class TreeSource
{
    private const string ExampleResource = "De06Metrics.Cli.Examples.ha-giang-2024-q1.tree.json";

    /// <summary>The file beside a scorecard JSON file that holds its tree when the scorecard file has none.</summary>
    public const string TreeFileName = "tree.json";

    public static TreeReadResult Read(string? path, Scorecard scorecard)
    {
        if (path is null)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ExampleResource)
                ?? throw new InvalidOperationException($"The built-in example '{ExampleResource}' is missing from the tool.");
            return TreeJson.Read(stream, "tree.json of " + ScorecardSource.ExampleName, scorecard);
        }

        if (Directory.Exists(path))
        {
            return TreeCsv.ReadFolder(path, scorecard);
        }

        var own = TreeJson.ReadFile(path, scorecard);
        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", TreeFileName);
        return own.IsValid && own.Tree is null && File.Exists(beside) && !string.Equals(Path.GetFileName(path), TreeFileName, StringComparison.Ordinal)
            ? TreeJson.ReadFile(Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, TreeFileName), scorecard)
            : own;
    }
}
