using System.Diagnostics;
using System.Text;
using De06Metrics.Serialization;
using Xunit.Abstractions;

namespace De06Metrics.Tests.Serialization;

public class ScorecardJsonSpeedTest(ITestOutputHelper output)
{
    [Fact]
    public void One_hundred_thousand_observations_read_in_well_under_a_second()
    {
        var scorecard = LargeScorecard.Create();
        var json = Encoding.UTF8.GetBytes(ScorecardJson.ToJson(scorecard));
        ScorecardJson.Read(json, "warm-up.json");

        var clock = Stopwatch.StartNew();
        var result = ScorecardJson.Read(json, "large.json");
        clock.Stop();

        output.WriteLine($"{json.Length / 1_000_000.0:F1} MB of JSON, 100 000 observations read in {clock.ElapsedMilliseconds} ms");
        result.Problems.Should().BeEmpty();
        result.Scorecard.Observations.Should().HaveCount(100_000);
        // The aim is well under a second; the bound leaves room for a debug build on a machine shared with other builds, and still catches a quadratic read.
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(3));
    }
}
