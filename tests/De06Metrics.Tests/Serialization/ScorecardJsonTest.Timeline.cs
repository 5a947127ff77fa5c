using System.Text;
using De06Metrics.Serialization;
using De06Metrics.Timeline;
using De06Metrics.Units;

namespace De06Metrics.Tests.Serialization;

public partial class ScorecardJsonTest
{
    [Theory]
    [InlineData(SuccessionDateBasis.Operational)]
    [InlineData(SuccessionDateBasis.Legal)]
    public void Writing_then_reading_gives_the_same_timeline_with_every_kind_of_succession(SuccessionDateBasis basis)
    {
        var scorecard = TimelineSamples.EveryKind(basis);

        var result = ScorecardJson.Read(Encoding.UTF8.GetBytes(ScorecardJson.ToJson(scorecard)), "timeline.json");

        result.Problems.Should().BeEmpty();
        result.Scorecard.ShouldHoldTheSameItems(scorecard);
        result.Scorecard.Timeline!.Events.Select(e => e.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<SuccessionKind>());
    }

    [Fact]
    public void A_timeline_is_written_as_units_with_their_days_and_a_list_of_successions()
    {
        var json = ScorecardJson.ToJson(TimelineSamples.EveryKind());

        json.Should().Contain("\"successionDates\": \"operational\"");
        // Tỉnh Hai merged into Tỉnh Một, operating from 1/7/2025: its last day is 30/6/2025.
        json.Should().Contain("\"id\": \"P2\",\n      \"name\": {\n        \"vi\": \"Tỉnh Hai\"\n      },\n      \"kind\": \"province\",\n      \"validTo\": \"2025-06-30\"");
        json.Should().Contain("\"id\": \"P3.A\",\n      \"name\": {\n        \"vi\": \"Tỉnh Ba A\"\n      },\n      \"kind\": \"province\",\n      \"validFrom\": \"2025-07-01\"");
        json.Should().Contain("\"kind\": \"merger\",\n      \"effectiveOn\": \"2025-06-12\",\n      \"operationalOn\": \"2025-07-01\",\n      \"merged\": [\n        \"P2\"\n      ],\n      \"into\": \"P1\"");
        json.Should().Contain("\"unit\": \"P3.A\",\n          \"share\": 0.6,\n          \"children\": [\n            \"P3.C1\"\n          ]");
        json.Should().Contain("\"kind\": \"abolition\",\n      \"effectiveOn\": \"2025-07-01\",\n      \"unit\": \"P1.D1\",\n      \"childrenTo\": \"P1\",\n      \"responsibilitiesTo\": \"P1\"");
        json.IndexOf("\"successions\"", StringComparison.Ordinal).Should().BeGreaterThan(json.IndexOf("\"indicators\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_without_successions_reads_and_writes_as_before()
    {
        var scorecard = ScorecardSamples.Everything();

        var json = ScorecardJson.ToJson(scorecard);

        json.Should().NotContain("successions").And.NotContain("validFrom").And.NotContain("successionDates");
        ScorecardJson.Read(Encoding.UTF8.GetBytes(json), "plain.json").Scorecard.Timeline.Should().BeNull();
    }

    [Fact]
    public void An_empty_list_of_successions_still_makes_a_timeline()
    {
        const string json = """
            {
              "units": [ { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" } ],
              "indicators": [],
              "successions": [],
              "targets": [],
              "observations": []
            }
            """;

        var result = ScorecardJson.Read(Encoding.UTF8.GetBytes(json), "empty.json");

        result.Problems.Should().BeEmpty();
        result.Scorecard.Timeline!.Events.Should().BeEmpty();
        result.Scorecard.Timeline.Initial.Units.Should().ContainSingle();
    }

    [Fact]
    public void The_timeline_example_of_the_format_description_reads_without_problems()
    {
        var text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(HaGiangExample.Folder))!, "data-format.md"));
        var section = text[text.IndexOf("## Units over time", StringComparison.Ordinal)..];
        var start = section.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
        var json = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];

        var result = ScorecardJson.Read(Encoding.UTF8.GetBytes(json), "data-format.md");

        result.Problems.Should().BeEmpty();
        var timeline = result.Scorecard.Timeline!;
        timeline.ValidityOf(new UnitId("HG")).End.Should().Be(new LocalDate(2025, 6, 30));
        timeline.AsOf(new LocalDate(2025, 7, 1)).ParentOf(new UnitId("X.1"))!.Id.Should().Be(new UnitId("X.A"));
        timeline.Events.OfType<UnitSplit>().Single().Parts.Select(part => part.Share).Should().Equal(0.6m, 0.4m);
    }
}
