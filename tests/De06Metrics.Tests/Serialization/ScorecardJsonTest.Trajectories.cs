using System.Text;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Serialization;
using De06Metrics.Units;

namespace De06Metrics.Tests.Serialization;

/// <summary>Trajectories and the data-closing rule in the JSON form: read, written and read back byte for byte, every problem at its place.</summary>
public partial class ScorecardJsonTest
{
    private const string TrajectoryHead = """
        {
          "version": 1,
          "dataClosing": "decree09",
          "units": [
            { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" },
            { "id": "HG.BQ", "name": { "vi": "Bắc Quang" }, "kind": "district", "parent": "HG" }
          ],
          "indicators": [ { "code": "RATE", "name": { "vi": "Tỷ lệ" }, "measure": { "kind": "rate" }, "polarity": "higherIsBetter", "decimals": 1 } ],
          "targets": [],
          "observations": [ { "indicator": "RATE", "unit": "HG", "period": "2024-Q1", "value": 88.8 } ],
          "trajectories": [

        """;

    private const string GoodTrajectories = """
            { "indicator": "RATE", "method": "linear", "baseline": { "year": 2020, "value": 60 }, "end": { "year": 2025, "value": 90 } },
            { "indicator": "RATE", "unit": "HG.BQ", "method": "milestones", "baseline": { "year": 2020, "value": 60 }, "end": { "year": 2025, "value": 90 },
              "milestones": [ { "year": 2022, "value": 70 }, { "year": 2023, "value": 80 } ] }
        """;

    [Fact]
    public void Trajectories_and_the_closing_rule_are_read_and_the_rows_use_them()
    {
        var result = Read(TrajectoryHead + GoodTrajectories + Tail);

        result.Problems.Should().BeEmpty();
        var scorecard = result.Scorecard;
        scorecard.DataClosingRule.Should().Be(DataClosingRule.Decree09);
        scorecard.Trajectories.Should().HaveCount(2);
        scorecard.Trajectories[0].Unit.Should().BeNull();
        scorecard.Trajectories[0].Trajectory.Method.Should().Be(TrajectoryMethod.Linear);
        scorecard.Trajectories[1].Unit.Should().Be(new UnitId("HG.BQ"));
        scorecard.Trajectories[1].Trajectory.GivenMilestones.Should().Equal(new TrajectoryMilestone(2022, 70m), new TrajectoryMilestone(2023, 80m));
        // 2024 on the linear path: 60 + 30 × 4/5 = 84; 88,8 − 84 = 4,8. Quý I/2024 under the decree: 15/12/2023–14/3/2024.
        var row = scorecard.Evaluate(ReportingPeriod.ForQuarter(2024, 1)).Find(new IndicatorCode("RATE"), new UnitId("HG"))!;
        row.TrajectoryCheck!.Gap.Should().Be(4.8m);
        row.DataWindow!.Start.Should().Be(new NodaTime.LocalDate(2023, 12, 15));
    }

    [Fact]
    public void Trajectories_and_the_closing_rule_round_trip_byte_for_byte()
    {
        var first = Read(TrajectoryHead + GoodTrajectories.Replace("\"linear\"", "\"constantGrowth\"", StringComparison.Ordinal) + Tail).EnsureValid();
        var written = ScorecardJson.ToJson(first);
        var again = ScorecardJson.Read(Encoding.UTF8.GetBytes(written), "again.json").EnsureValid();

        ScorecardJson.ToJson(again).Should().Be(written);
        written.Should().Contain("\"dataClosing\": \"decree09\"").And.Contain("\"method\": \"constantGrowth\"").And.Contain("\"method\": \"milestones\"");
        again.Trajectories.Select(t => t.Trajectory.Milestones.Count).Should().Equal(6, 6);
        again.Trajectories[0].Trajectory.MilestoneFor(2024).Value.Should().Be(first.Trajectories[0].Trajectory.MilestoneFor(2024).Value);
    }

    [Fact]
    public void A_closing_day_of_its_own_round_trips_as_a_number()
    {
        var first = Read(TrajectoryHead.Replace("\"decree09\"", "20", StringComparison.Ordinal) + GoodTrajectories + Tail).EnsureValid();
        first.DataClosingRule!.ClosingDay.Should().Be(20);
        var written = ScorecardJson.ToJson(first);
        written.Should().Contain("\"dataClosing\": 20,");
        ScorecardJson.ToJson(ScorecardJson.Read(Encoding.UTF8.GetBytes(written), "again.json").EnsureValid()).Should().Be(written);
    }

    [Fact]
    public void A_scorecard_without_trajectories_writes_neither_property()
    {
        var plain = Read(TrajectoryHead.Replace("  \"dataClosing\": \"decree09\",\n", string.Empty, StringComparison.Ordinal) + Tail).EnsureValid();
        plain.DataClosingRule.Should().BeNull();
        var written = ScorecardJson.ToJson(plain);
        written.Should().NotContain("trajectories").And.NotContain("dataClosing");
    }

    [Theory]
    [InlineData("""{ "indicator": "RATE", "method": "stepwise", "baseline": { "year": 2020, "value": 60 }, "end": { "year": 2025, "value": 90 } }""", "$.trajectories[0].method", "expected 'linear', 'constantGrowth' or 'milestones'")]
    [InlineData("""{ "indicator": "RATE", "method": "linear", "baseline": { "year": 2020, "value": 60 }, "end": { "year": 2019, "value": 90 } }""", "$.trajectories[0].end.year", "the end year 2019 must be after the baseline year 2020")]
    [InlineData("""{ "indicator": "RATE", "method": "milestones", "baseline": { "year": 2020, "value": 60 }, "end": { "year": 2025, "value": 90 }, "milestones": [ { "year": 2026, "value": 95 } ] }""", "$.trajectories[0].milestones", "before the end target's year 2025")]
    [InlineData("""{ "indicator": "RATE", "method": "linear", "baseline": { "year": 2020, "value": 60 }, "end": { "year": 2025, "value": 90 }, "milestones": [ { "year": 2022, "value": 70 } ] }""", "$.trajectories[0].milestones", "only with the method 'milestones'")]
    [InlineData("""{ "indicator": "NOPE", "method": "linear", "baseline": { "year": 2020, "value": 60 }, "end": { "year": 2025, "value": 90 } }""", "$.trajectories[0].indicator", "the indicator 'NOPE' is not in the catalog")]
    [InlineData("""{ "indicator": "RATE", "unit": "XX", "method": "linear", "baseline": { "year": 2020, "value": 60 }, "end": { "year": 2025, "value": 90 } }""", "$.trajectories[0].unit", "the unit 'XX' is not registered")]
    [InlineData("""{ "indicator": "RATE", "method": "constantGrowth", "baseline": { "year": 2020, "value": 0 }, "end": { "year": 2025, "value": 90 } }""", "$.trajectories[0].baseline.value", "baseline value of 0")]
    [InlineData("""{ "indicator": "RATE", "method": "linear", "baseline": { "year": 2020.5, "value": 60 }, "end": { "year": 2025, "value": 90 } }""", "$.trajectories[0].baseline.year", "expected a year")]
    [InlineData("""{ "indicator": "RATE", "method": "linear", "end": { "year": 2025, "value": 90 } }""", "$.trajectories[0].baseline", "the property 'baseline' is missing")]
    [InlineData("""{ "indicator": "RATE", "method": "milestones", "baseline": { "year": 2020, "value": 60 }, "end": { "year": 2025, "value": 90 }, "milestones": [ { "year": 2022, "value": "70" } ] }""", "$.trajectories[0].milestones[0].value", "expected the milestone's value")]
    [InlineData("""{ "indicator": "RATE", "method": "linear", "baseline": { "year": 2020, "value": 60 }, "end": { "year": 2025, "value": 90 }, "slope": 6 }""", "$.trajectories[0].slope", "unknown property")]
    public void A_bad_trajectory_is_reported_at_its_place_and_the_rest_is_kept(string line, string path, string message)
    {
        var result = Read(TrajectoryHead + "    " + line + Tail);

        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Location.Path.Should().Be(path);
        problem.Location.File.Should().Be("bad.json");
        problem.Location.Line.Should().Be(12, "the trajectory is on the file's 12th line");
        problem.Message.Should().Contain(message);
        result.Scorecard.Trajectories.Should().BeEmpty();
        result.Scorecard.Observations.Should().HaveCount(1, "the good items are kept");
    }

    [Fact]
    public void Two_trajectories_of_one_indicator_for_every_unit_are_reported_at_the_second()
    {
        var line = """    { "indicator": "RATE", "method": "linear", "baseline": { "year": 2020, "value": 60 }, "end": { "year": 2025, "value": 90 } },""";
        var result = Read(TrajectoryHead + line + "\n" + line.TrimEnd(',') + Tail);

        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Location.Path.Should().Be("$.trajectories[1].indicator");
        problem.Location.Line.Should().Be(13);
        problem.Message.Should().Contain("same indicator for every unit");
        result.Scorecard.Trajectories.Should().HaveCount(1);
    }

    [Theory]
    [InlineData("\"decree9x\"")]
    [InlineData("28")]
    [InlineData("true")]
    public void A_bad_closing_rule_is_reported_at_its_place(string value)
    {
        var result = Read(TrajectoryHead.Replace("\"decree09\"", value, StringComparison.Ordinal) + GoodTrajectories + Tail);

        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Location.Path.Should().Be("$.dataClosing");
        problem.Location.Line.Should().Be(3);
        problem.Message.Should().Contain("'decree09'").And.Contain("'calendarPeriod'");
        result.Scorecard.DataClosingRule.Should().BeNull();
        result.Scorecard.Trajectories.Should().HaveCount(2, "the rest is read");
    }

    [Fact]
    public void Trajectories_before_the_catalog_are_read_once_it_is_known_from_a_stream_that_cannot_seek_too()
    {
        var json = """
            {
              "trajectories": [ { "indicator": "RATE", "method": "linear", "baseline": { "year": 2020, "value": 60 }, "end": { "year": 2025, "value": 90 } } ],
              "units": [ { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" } ],
              "indicators": [ { "code": "RATE", "name": { "vi": "Tỷ lệ" }, "measure": { "kind": "rate" }, "polarity": "higherIsBetter", "decimals": 1 } ]
            }
            """;
        Read(json).EnsureValid().Trajectories.Should().ContainSingle();
        using var stream = new ForwardOnlyStream(Encoding.UTF8.GetBytes(json));
        ScorecardJson.Read(stream, "stream.json").EnsureValid().Trajectories.Should().ContainSingle();
    }
}
