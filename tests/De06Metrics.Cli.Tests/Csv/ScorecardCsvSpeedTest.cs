using System.Diagnostics;
using De06Metrics.Csv;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;
using Xunit.Abstractions;

namespace De06Metrics.Cli.Tests.Csv;

public class ScorecardCsvSpeedTest(ITestOutputHelper output)
{
    [Fact]
    public void One_hundred_thousand_observations_read_from_csv_in_well_under_a_second()
    {
        var scorecard = LargeScorecard.Create();
        using var folder = new CsvFolder(null, null, null, null, null);
        ScorecardCsv.WriteFolder(scorecard, folder.Path, DecimalSeparator.Comma);
        ScorecardCsv.ReadFolder(folder.Path);

        var clock = Stopwatch.StartNew();
        var result = ScorecardCsv.ReadFolder(folder.Path);
        clock.Stop();

        output.WriteLine($"100 000 observations read from CSV in {clock.ElapsedMilliseconds} ms");
        result.Problems.Should().BeEmpty();
        result.Scorecard.ShouldHoldTheSameItems(scorecard);
        // The aim is well under a second; the bound leaves room for a debug build on a shared machine.
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(3));
    }
}
