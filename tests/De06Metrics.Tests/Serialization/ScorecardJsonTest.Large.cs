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
}
