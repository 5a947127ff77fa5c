using System.Text;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Serialization;

/// <summary>
/// Defects found by the reliability round-trip properties (tests/De06Metrics.Tests.Reliability/Properties/SerializationProperties.cs).
/// </summary>
public partial class ScorecardJsonTest
{
    /// <summary>
    /// The reader trimmed every string, so a name written as "Tỉnh Hà Giang\n" read back as "Tỉnh Hà Giang": the round
    /// trip changed the scorecard. Names, count units and a source's document and note are now read as written; ids,
    /// codes, words, numbers and dates are still trimmed.
    /// </summary>
    [Fact]
    public void Free_text_with_white_space_at_its_ends_reads_back_as_written()
    {
        var scorecard = ScorecardSamples.PaddedText();

        var result = ScorecardJson.Read(Encoding.UTF8.GetBytes(ScorecardJson.ToJson(scorecard)), "padded.json");

        result.Problems.Should().BeEmpty();
        result.Scorecard.ShouldHoldTheSameItems(scorecard);
        result.Scorecard.Units[new UnitId("HG")].Name.Should().Be(new LocalizedText("Tỉnh Hà Giang\n", "  Hà Giang Province"));
        result.Scorecard.Observations[0].Source!.Note.Should().Be("ghi chú cuối dòng \n");
    }

    [Fact]
    public void Ids_codes_and_words_are_still_trimmed_and_blank_text_is_still_a_problem()
    {
        var json = """
            {
              "units": [ { "id": " HG ", "name": { "vi": "   " }, "kind": " province " } ],
              "indicators": [ { "code": " A ", "name": { "vi": " Chỉ tiêu A " }, "measure": { "kind": "rate" }, "polarity": "higherIsBetter", "decimals": 1 } ]
            }
            """;

        var result = ScorecardJson.Read(Encoding.UTF8.GetBytes(json), "trim.json");

        result.Problems.Should().ContainSingle().Which.Location.Path.Should().Be("$.units[0].name.vi");
        result.Scorecard.Indicators.Should().ContainSingle().Which.Code.Value.Should().Be("A");
        result.Scorecard.Indicators[0].Name.Vietnamese.Should().Be(" Chỉ tiêu A ");
    }
}
