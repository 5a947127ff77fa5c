using System.Text;
using De06Metrics.Serialization;

namespace De06Metrics.Tests.Serialization;

/// <summary>
/// The JSON reader streams: it reads from a stream that can neither seek nor tell its length, and holds a window of
/// the file that follows the largest item, not the file. The proof counts the bytes held, never time.
/// </summary>
public class ScorecardJsonStreamingTest
{
    [Fact]
    public void One_hundred_thousand_observations_read_from_a_forward_only_stream_through_a_small_window()
    {
        var json = Encoding.UTF8.GetBytes(ScorecardJson.ToJson(LargeScorecard.Create()));
        using var stream = new ForwardOnlyStream(json);

        var result = JsonScorecardReader.Read(stream, "large.json", out var largestWindow, window: 4096);

        result.Problems.Should().BeEmpty();
        result.Scorecard.Observations.Should().HaveCount(100_000);

        // Every item is far smaller than 4 KB, so the window never needed to grow; the file is over a thousand times that.
        largestWindow.Should().Be(4096);
        json.Length.Should().BeGreaterThan(1000 * 4096);
    }

    [Fact]
    public void An_item_larger_than_the_window_grows_it_to_fit_that_item_only()
    {
        // A unit name of 1 000 000 characters: the window doubles from 4 KB until the item fits, 1 MB < window ≤ 2 MB.
        var name = new string('a', 1_000_000);
        var json = $$"""
            { "units": [ { "id": "HG", "name": { "vi": "{{name}}" }, "kind": "province" } ],
              "indicators": [], "targets": [], "observations": [] }
            """;
        using var stream = new ForwardOnlyStream(Encoding.UTF8.GetBytes(json));

        var result = JsonScorecardReader.Read(stream, "big.json", out var largestWindow, window: 4096);

        result.Problems.Should().BeEmpty();
        result.Scorecard.Units.TryGet(new De06Metrics.Units.UnitId("HG"), out var unit).Should().BeTrue();
        unit!.Name.Vietnamese.Should().HaveLength(1_000_000);
        largestWindow.Should().BeInRange(1_000_000, 2 * 1_048_576);
    }

    [Fact]
    public void Targets_and_observations_before_the_catalog_are_read_from_a_forward_only_stream_and_from_a_file()
    {
        // The arrays in the reverse of the written order: the reader cannot know the catalog when it meets the rows.
        var json = """
            {
              "observations": [ { "indicator": "RATE", "unit": "HG", "period": "Quý I/2024", "value": 88.8 } ],
              "targets": [ { "indicator": "RATE", "unit": "HG", "period": "Quý I/2024", "goal": { "kind": "atLeast", "value": 70 } } ],
              "indicators": [ { "code": "RATE", "name": { "vi": "Tỷ lệ" }, "measure": { "kind": "rate" }, "polarity": "higherIsBetter", "decimals": 1 } ],
              "units": [ { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" } ]
            }
            """;
        var bytes = Encoding.UTF8.GetBytes(json);
        using var stream = new ForwardOnlyStream(bytes);
        var path = Path.Combine(Path.GetTempPath(), "de06-reversed-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllBytes(path, bytes);
        try
        {
            foreach (var result in new[] { JsonScorecardReader.Read(stream, "reversed.json", out _, window: 64), ScorecardJson.ReadFile(path) })
            {
                result.Problems.Should().BeEmpty();
                result.Scorecard.Observations.Should().ContainSingle().Which.Value.Value.Should().Be(88.8m);
                result.Scorecard.Targets.Should().ContainSingle();
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_problem_far_into_a_stream_read_through_a_small_window_has_its_line_and_column()
    {
        // 2 000 observation lines of about 80 bytes pass through a 256-byte window before the bad one on line 2 010.
        var lines = new StringBuilder("""
            {
              "units": [ { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" } ],
              "indicators": [ { "code": "RATE", "name": { "vi": "Tỷ lệ" }, "measure": { "kind": "rate" }, "polarity": "higherIsBetter", "decimals": 1 } ],
              "observations": [

            """);
        for (var month = 0; month < 2000; month++)
        {
            lines.Append(System.Globalization.CultureInfo.InvariantCulture, $"    {{ \"indicator\": \"RATE\", \"unit\": \"HG\", \"period\": \"Tháng {1 + (month % 12)}/{2000 + (month / 12)}\", \"value\": 50 }},\n");
        }

        // Lines 1–4 are the head, 5–2004 the good rows; line 2005 is the bad one, its value in column 77 (the "á" of "Tháng" is two bytes and one character).
        lines.Append("    { \"indicator\": \"RATE\", \"unit\": \"HG\", \"period\": \"Tháng 1/2200\", \"value\": \"Tỷ\" }\n  ]\n}\n");
        using var stream = new ForwardOnlyStream(Encoding.UTF8.GetBytes(lines.ToString()));

        var result = JsonScorecardReader.Read(stream, "far.json", out _, window: 256);

        result.Problems.Select(p => p.ToString()).Should().Equal(
            "far.json:2005:77 $.observations[2000].value: value 'Tỷ': expected a JSON number, not a string: write 88.8, not \"88,8\".");
        result.Scorecard.Observations.Should().HaveCount(2000);
    }
}
