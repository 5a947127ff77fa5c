using System.Text;
using De06Metrics.Serialization;

namespace De06Metrics.Tests.Serialization;

public partial class ScorecardJsonTest
{
    [Fact]
    public void Writing_then_reading_gives_equal_items_for_every_measure_goal_and_period_kind()
    {
        var scorecard = ScorecardSamples.Everything();

        var result = ScorecardJson.Read(Encoding.UTF8.GetBytes(ScorecardJson.ToJson(scorecard)), "everything.json");

        result.Problems.Should().BeEmpty();
        result.Scorecard.ShouldHoldTheSameItems(scorecard);
    }

    [Fact]
    public void Writing_to_a_file_and_a_stream_gives_the_same_bytes_and_reads_back()
    {
        var scorecard = ScorecardSamples.Everything();
        var path = Path.Combine(Path.GetTempPath(), $"de06-{Guid.NewGuid():N}.json");
        try
        {
            ScorecardJson.WriteFile(scorecard, path);
            using var stream = new MemoryStream();
            ScorecardJson.Write(scorecard, stream);

            File.ReadAllBytes(path).Should().Equal(stream.ToArray());
            stream.Position = 0;
            ScorecardJson.Read(stream, "stream.json").EnsureValid().ShouldHoldTheSameItems(scorecard);
            ScorecardJson.ReadFile(path).EnsureValid().ShouldHoldTheSameItems(scorecard);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Vietnamese_text_is_written_as_letters_not_escapes_and_values_exactly()
    {
        var json = ScorecardJson.ToJson(ScorecardSamples.Everything());

        json.Should().Contain("\"vi\": \"Tỉnh Tuyên Quang\"");
        json.Should().Contain("\"Xã Minh Xuân; \\\"thí điểm\\\"\"");
        json.Should().Contain("\"value\": -2527000.125");
        // 17/33 is kept as its parts, never as the rounded percent 51.51…
        json.Should().Contain("\"numerator\": 17,\n      \"denominator\": 33");
        json.Should().Contain("\"period\": \"2024-03 (2024-02-15/2024-03-14)\"");
    }

    [Fact]
    public void A_byte_order_mark_comments_trailing_commas_and_any_property_order_are_read()
    {
        var json = """
            // Observations first, units last: the reader takes units and indicators in a first pass.
            {
              "observations": [ { "period": "Quý I/2024", "value": 88.8, "unit": "HG", "indicator": "A", }, ],
              "indicators": [ { "code": "A", "name": { "vi": "Chỉ tiêu A" }, "measure": { "kind": "rate" }, "polarity": "higher_is_better", "decimals": 1 } ],
              "units": [ { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "Province" } ],
              "version": 1
            }
            """;
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray();

        var result = ScorecardJson.Read(bytes, "any-order.json");

        result.Problems.Should().BeEmpty();
        result.Scorecard.Observations.Should().ContainSingle().Which.Value.Value.Should().Be(88.8m);
        result.Scorecard.Indicators[0].RollUp.Should().Be(De06Metrics.Indicators.RollUpRule.AddNumeratorsAndDenominators, "an indicator without rollUp takes its measure's natural rule");
    }
}
