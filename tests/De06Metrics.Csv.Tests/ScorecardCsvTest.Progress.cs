namespace De06Metrics.Csv.Tests;

/// <summary>Reading a folder tells how far it has gone: the bytes of its tables, one after another, up to all of them.</summary>
public sealed class ScorecardCsvProgressTest
{
    [Fact]
    public void The_bytes_read_rise_to_the_size_of_every_table_and_the_result_is_the_same()
    {
        using var folder = new CsvFolder();
        var sizes = ScorecardTables.All
            .Select(table => Path.Combine(folder.Path, ScorecardCsv.FileNameOf(table)))
            .Where(File.Exists)
            .Sum(file => new FileInfo(file).Length);
        var seen = new List<long>();

        var withProgress = ScorecardCsv.ReadFolder(folder.Path, null, seen.Add);
        var without = ScorecardCsv.ReadFolder(folder.Path);

        seen.Should().NotBeEmpty().And.BeInAscendingOrder();
        seen[^1].Should().Be(sizes, "the last table read ends where the sum of the tables' sizes ends");
        withProgress.Problems.Should().Equal(without.Problems);
        withProgress.Scorecard.Observations.Should().Equal(without.Scorecard.Observations);
        withProgress.Scorecard.Targets.Should().Equal(without.Scorecard.Targets);
    }
}
