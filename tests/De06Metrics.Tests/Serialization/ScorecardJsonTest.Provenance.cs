using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using NodaTime;

namespace De06Metrics.Tests.Serialization;

/// <summary>A figure's status, its vintages and the notes on rows, in the JSON form: read, written and read back, every problem at its place.</summary>
public partial class ScorecardJsonTest
{
    private const string ProvenanceHead = """
        {
          "version": 1,
          "units": [ { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" } ],
          "indicators": [ { "code": "RATE", "name": { "vi": "Tỷ lệ" }, "measure": { "kind": "rate" }, "polarity": "higherIsBetter", "decimals": 1 } ],
          "targets": [ { "indicator": "RATE", "unit": "HG", "period": "2024-Q1", "goal": { "kind": "atLeast", "value": 70 } } ],
          "observations": [
            { "indicator": "RATE", "unit": "HG", "period": "2024-Q1", "value": 68, "status": "estimated", "statusNote": "ước tính", "publishedOn": "2024-04-05" },
            { "indicator": "RATE", "unit": "HG", "period": "2024-Q1", "value": 69.5, "publishedOn": "2024-07-10" },
            { "indicator": "RATE", "unit": "HG", "period": "2023", "value": 72.3, "status": "derived", "statusNote": "88,8 − 16,5" }
          ],
          "notes": [

        """;

    private const string GoodNote = """    { "indicator": "RATE", "unit": "HG", "period": "2024-Q1", "text": "Thiếu cán bộ.", "override": { "status": "basicallyMet", "reason": "thiếu 0,5 điểm", "setBy": "Sở Tư pháp" } }""";

    [Fact]
    public void Statuses_vintages_and_notes_are_read()
    {
        var result = Read(ProvenanceHead + GoodNote + Tail);
        result.Problems.Should().BeEmpty();
        var scorecard = result.Scorecard;
        scorecard.Observations.Select(o => (o.Status, o.StatusNote, o.PublishedOn)).Should().Equal(
            (ValueStatus.Estimated, "ước tính", new LocalDate(2024, 4, 5)),
            (ValueStatus.Reported, null, new LocalDate(2024, 7, 10)),
            (ValueStatus.Derived, "88,8 − 16,5", null));
        var note = scorecard.Notes.Should().ContainSingle().Subject;
        note.Text.Should().Be("Thiếu cán bộ.");
        note.Override.Should().Be(new StatusOverride(TargetStatus.BasicallyMet, "thiếu 0,5 điểm", "Sở Tư pháp"));
    }

    [Fact]
    public void Statuses_vintages_and_notes_round_trip()
    {
        var first = Read(ProvenanceHead + GoodNote + Tail).EnsureValid();
        var again = ScorecardJson.Read(System.Text.Encoding.UTF8.GetBytes(ScorecardJson.ToJson(first)), "again.json").EnsureValid();
        again.Observations.Should().Equal(first.Observations);
        again.Notes.Should().Equal(first.Notes);
    }

    [Theory]
    [InlineData("""    { "indicator": "RATE", "unit": "HG", "period": "2024-Q1", "override": { "status": "noData", "reason": "x", "setBy": "y" } }""", "$.notes[0].override.status")]
    [InlineData("""    { "indicator": "RATE", "unit": "HG", "period": "2024-Q1", "override": { "status": "met", "setBy": "y" } }""", "$.notes[0].override.reason")]
    [InlineData("""    { "indicator": "RATE", "unit": "HG", "period": "2024-Q1" }""", "$.notes[0].text")]
    [InlineData("""    { "indicator": "RATE", "unit": "XX", "period": "2024-Q1", "text": "a" }""", "$.notes[0].unit")]
    public void A_bad_note_is_reported_at_its_place(string line, string path)
    {
        var result = Read(ProvenanceHead + line + Tail);
        result.Problems.Should().ContainSingle().Which.Location.Path.Should().Be(path);
        result.Scorecard.Notes.Should().BeEmpty();
        result.Scorecard.Observations.Should().HaveCount(3, "the good items are kept");
    }

    [Fact]
    public void A_bad_status_and_a_derived_figure_without_how_are_reported_at_their_place()
    {
        var badStatus = Read(ProvenanceHead.Replace("\"status\": \"estimated\"", "\"status\": \"guessed\"", StringComparison.Ordinal) + Tail);
        badStatus.Problems.Should().ContainSingle().Which.Location.Path.Should().Be("$.observations[0].status");
        var withoutHow = Read(ProvenanceHead.Replace(", \"statusNote\": \"88,8 − 16,5\"", string.Empty, StringComparison.Ordinal) + Tail);
        withoutHow.Problems.Should().ContainSingle().Which.Location.Path.Should().Be("$.observations[2].statusNote");
    }
}
