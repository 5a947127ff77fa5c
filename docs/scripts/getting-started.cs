#!/usr/bin/env dotnet
#:project ../../src/De06Metrics/De06Metrics.csproj

// The Hà Giang Q1 2024 example from data to lagging report, as docs/notebooks/getting-started.ipynb tells it.
// Run from the repository's root:   dotnet run docs/scripts/getting-started.cs
// In English:                       dotnet run docs/scripts/getting-started.cs -- en
// Another scorecard file:           dotnet run docs/scripts/getting-started.cs -- vi path/to/scorecard.json
using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Text;

var language = args is ["en", ..] ? Language.English : Language.Vietnamese;

// A file-based app knows its own folder, so the example is found wherever the script is run from.
var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
var path = args.Length > 1 ? args[1] : Path.Combine(here, "..", "examples", "ha-giang-2024-q1", "scorecard.json");

// Units, indicators, targets and observations, checked together: every problem is listed with its place.
var read = ScorecardJson.ReadFile(path);
foreach (var problem in read.Problems)
{
    Console.Error.WriteLine(problem);
}

var scorecard = read.EnsureValid();
Console.WriteLine($"{scorecard.Units.Count} units, {scorecard.Indicators.Length} indicators, {scorecard.Targets.Length} targets, {scorecard.Observations.Length} observations");

// Evaluate the quarter against 2023, as the report does.
var quarter = ReportingPeriod.Parse("Quý I/2024");
var q1 = scorecard.Evaluate(quarter, options: new ScorecardOptions(comparisonPeriod: ReportingPeriod.ForYear(2023)));

Console.WriteLine();
Console.WriteLine(q1.Period.ToString(null, language));
foreach (var row in q1.Rows.Where(row => row.Actual is not null))
{
    Console.WriteLine($"- {row.Describe(language)}");
}

// What lags, grouped by the lead unit that answers for it.
Console.WriteLine();
Console.WriteLine(q1.Lagging().Describe(language));
