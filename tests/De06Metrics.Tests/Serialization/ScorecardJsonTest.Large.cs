using System.Text;
using De06Metrics.Serialization;
using Xunit.Abstractions;

namespace De06Metrics.Tests.Serialization;

/// <summary>
/// A scorecard of 100 000 observations reads back whole. How long the read takes is measured by
/// benchmarks/De06Metrics.Benchmarks/Serialization/ScorecardReadingBenchmarks.cs (the aim: well under a second), not
/// asserted here.
/// </summary>
public class ScorecardJsonLargeTest(ITestOutputHelper output)
{
    [Fact]
    public void One_hundred_thousand_observations_read_back_without_a_problem()
    {
        var scorecard = LargeScorecard.Create();
        var json = Encoding.UTF8.GetBytes(ScorecardJson.ToJson(scorecard));

        var result = ScorecardJson.Read(json, "large.json");

        output.WriteLine($"{json.Length / 1_000_000.0:F1} MB of JSON read");
        result.Problems.Should().BeEmpty();
        result.Scorecard.Observations.Should().HaveCount(100_000);
    }

    [Fact]
    public void Reading_a_plain_observation_allocates_under_200_bytes()
    {
        var scorecard = LargeScorecard.Create();
        var json = Encoding.UTF8.GetBytes(ScorecardJson.ToJson(scorecard));
        _ = ScorecardJson.Read(json, "warm-up.json");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = ScorecardJson.Read(json, "large.json");
        var perObservation = (GC.GetAllocatedBytesForCurrentThread() - before) / 100_000.0;

        // What each observation needs: the object, 16 (header) + 24 (indicator, unit, period) + 48 (value and parts) +
        // 8 (no provenance) = 96 bytes; its reference in the builder's list, 8 to 16 as the list doubles; its place, 16
        // (source, line, column, index); its reference in the scorecard's array, 8; its share of the scorecard's index,
        // about 15. That is about 150 bytes; 200 leaves room for the catalog and the lookups. The reader allocated 308
        // bytes an observation when each kept its provenance (a 144-byte object) and its place beside it in one list.
        output.WriteLine($"{perObservation:F0} bytes an observation");
        result.Problems.Should().BeEmpty();
        perObservation.Should().BeLessThan(200);
    }
}
