using De06Metrics.Tests.Serialization;

namespace De06Metrics.Csv.Tests;

/// <summary>
/// A scorecard of 100 000 observations written as CSV reads back with the same items. How long the read takes is
/// measured by benchmarks/De06Metrics.Benchmarks/Serialization/ScorecardReadingBenchmarks.cs (the aim: well under a
/// second), not asserted here.
/// </summary>
public class ScorecardCsvLargeTest
{
    [Fact]
    public void One_hundred_thousand_observations_read_back_from_csv_with_the_same_items()
    {
        var scorecard = LargeScorecard.Create();
        using var folder = new CsvFolder(null, null, null, null, null);
        ScorecardCsv.WriteFolder(scorecard, folder.Path, DecimalSeparator.Comma);

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Should().BeEmpty();
        result.Scorecard.ShouldHoldTheSameItems(scorecard);
    }
}
