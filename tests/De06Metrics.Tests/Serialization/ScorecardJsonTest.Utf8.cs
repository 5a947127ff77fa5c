using System.Text;
using De06Metrics.Serialization;

namespace De06Metrics.Tests.Serialization;

public partial class ScorecardJsonTest
{
    private static byte[] WithByte(string json, char marker, byte value)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        bytes[Array.IndexOf(bytes, (byte)marker)] = value;
        return bytes;
    }

    /// <summary>
    /// Defect found by the loader fuzzer (tests/De06Metrics.Tests.Reliability/Fuzzing/LoadersFuzzTest.cs): a property
    /// name that is not valid UTF-8 (a file saved in another encoding) threw System.Text.Json's
    /// InvalidOperationException out of the reader, which never throws for bad data. It is now an unknown property,
    /// reported at its place with its bad byte shown as U+FFFD; a bad byte in a value already was a problem.
    /// </summary>
    [Fact]
    public void A_property_name_that_is_not_UTF8_is_a_problem_at_its_place_not_an_exception()
    {
        var top = ScorecardJson.Read(WithByte("""{ "units": [], "observatXons": [] }""", 'X', 0xFF), "bad.json");
        var nested = ScorecardJson.Read(WithByte("""{ "units": [ { "id": "HG", "nXme": { "vi": "Hà Giang" }, "kind": "province" } ] }""", 'X', 0xC3), "bad.json");

        top.Problems.Should().ContainSingle().Which.ToString().Should().Be("bad.json:1:16 $.observat\uFFFDons: observat\uFFFDons: unknown property; a scorecard has version, successionDates, dataClosing, options, units, indicators, successions, targets, observations, notes, trajectories.");
        nested.Problems.Select(p => p.Location.Path).Should().Contain("$.units[0].n\uFFFDme");
        nested.Scorecard.Units.Units.Should().BeEmpty("the unit without a readable name is left out and listed");
    }
}
