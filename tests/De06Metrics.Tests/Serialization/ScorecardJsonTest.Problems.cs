using System.Text;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;

namespace De06Metrics.Tests.Serialization;

public partial class ScorecardJsonTest
{
    // Line 15 holds a good observation; the line under test is line 16. Columns count characters from 1.
    private const string Head = """
        {
          "version": 1,
          "units": [
            { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" },
            { "id": "HG.CA", "name": { "vi": "Công an" }, "kind": "agency", "parent": "HG" }
          ],
          "indicators": [
            { "code": "RATE", "name": { "vi": "Tỷ lệ" }, "measure": { "kind": "rate" }, "polarity": "higherIsBetter", "decimals": 1 },
            { "code": "MODELS", "name": { "vi": "Mô hình" }, "measure": { "kind": "count" }, "polarity": "higherIsBetter", "decimals": 0 }
          ],
          "targets": [
            { "indicator": "RATE", "unit": "HG", "period": "Quý I/2024", "goal": { "kind": "atLeast", "value": 70 } }
          ],
          "observations": [
            { "indicator": "RATE", "unit": "HG", "period": "Quý I/2024", "value": 88.8 },

        """;

    private const string Tail = """

          ]
        }
        """;

    public static TheoryData<string, string> BadObservations => new()
    {
        {
            """    { "indicator": "RATE", "unit": "HG", "period": "Quý II/2024", "value": "88,8" }""",
            """bad.json:16:76 $.observations[1].value: value '88,8': expected a JSON number, not a string: write 88.8, not "88,8"."""
        },
        {
            """    { "indicator": "RATE", "unit": "HG", "period": "Quý 5/2024", "value": 88.8 }""",
            "bad.json:16:52 $.observations[1].period: period 'Quý 5/2024': Cannot read 'Quý 5/2024' as a reporting period: quarter 5 does not exist; a year has quarters 1 to 4."
        },
        {
            """    { "indicator": "RATE", "unit": "HG", "period": "2024-Q1", "value": 66.7, "asOf": "30/02/2024" }""",
            "bad.json:16:86 $.observations[1].asOf: asOf '30/02/2024': it is not a date: February 2024 has 29 days."
        },
        {
            """    { "indicator": "RATE", "unit": "HG", "value": 66.7 }""",
            "bad.json:16:5 $.observations[1].period: period: the property 'period' is missing."
        },
        {
            """    { "indicator": "RATE", "unit": "TQ", "period": "2024-Q1", "value": 50 }""",
            "bad.json:16:36 $.observations[1].unit: unit 'TQ': the unit 'TQ' is not registered."
        },
        {
            """    { "indicator": "NOPE", "unit": "HG", "period": "2024-Q1", "value": 50 }""",
            "bad.json:16:20 $.observations[1].indicator: indicator 'NOPE': the indicator 'NOPE' is not in the catalog."
        },
        {
            """    { "indicator": "RATE", "unit": "HG", "period": "Q2 2024", "value": 50, "asof": "2024-04-01" }""",
            "bad.json:16:76 $.observations[1].asof: asof: unknown property; expected indicator, unit, period, value, scale, numerator, denominator, asOf, source, status, statusNote, publishedOn."
        },
        {
            """    { "indicator": "RATE", "unit": "HG", "period": "2024-Q2", "value": 120 }""",
            "bad.json:16:5 $.observations[1].value: value: the value 120 does not fit Rate: this rate cannot exceed 100% (120%)."
        },
        {
            """    { "indicator": "RATE", "unit": "HG", "period": "quý 1 năm 2024", "value": 90 }""",
            "bad.json:16:5 $.observations[1]: an earlier observation has the same indicator, unit and period."
        },
        {
            // 4 spaces, then the second "value" is the 76th character.
            """    { "indicator": "RATE", "unit": "HG", "period": "2024-Q2", "value": 50, "value": 60 }""",
            "bad.json:16:76 $.observations[1].value: value: the property is repeated."
        },
        {
            // 30 significant digits: more than a decimal holds, so refused rather than rounded; the number is the 72nd character.
            """    { "indicator": "RATE", "unit": "HG", "period": "2024-Q2", "value": 50.0000000000000000000000000001 }""",
            "bad.json:16:72 $.observations[1].value: value '50.0000000000000000000000000001': the number has more significant digits than a decimal holds (28 to 29); it is refused rather than rounded."
        },
        {
            """    { "indicator": "MODELS", "unit": "HG", "period": "2024-Q1", "numerator": 17 }""",
            "bad.json:16:5 $.observations[1].denominator: denominator: a numerator and a denominator are given together or not at all."
        },
        {
            """    { "indicator": "MODELS", "unit": "HG", "period": "2024-Q1", "value": 17, "numerator": 17, "denominator": 33 }""",
            "bad.json:16:74 $.observations[1].value: value '17': give a value, or a numerator and a denominator, not both: the value follows from the parts."
        },
        {
            """    { "indicator": "MODELS", "unit": "HG", "period": "2024-Q1", "numerator": 34, "denominator": 33 }""",
            "bad.json:16:78 $.observations[1].numerator: numerator '34': The numerator 34 exceeds the denominator 33, which this measure forbids."
        },
        {
            """    { "indicator": "RATE", "unit": "HG", "period": "2024-Q2", "value": 66.7, "asOf": "2024-03-31" }""",
            "bad.json:16:86 $.observations[1].asOf: asOf '2024-03-31': The as-of date 2024-03-31 lies outside the period Q2 2024 (2024-04-01 to 2024-06-30)."
        },
        {
            """    [ "RATE", "HG", "2024-Q1", 50 ]""",
            "bad.json:16:5 $.observations[1]: expected an object."
        },
    };

    [Theory]
    [MemberData(nameof(BadObservations))]
    public void A_bad_observation_is_reported_at_its_place_and_the_good_rows_are_kept(string line, string expected)
    {
        var result = Read(Head + line + Tail);

        result.Problems.Select(p => p.ToString()).Should().Equal(expected);
        result.IsValid.Should().BeFalse();
        result.Scorecard.Observations.Should().ContainSingle().Which.Value.Value.Should().Be(88.8m);
        result.Scorecard.Targets.Should().ContainSingle();
        result.Scorecard.Indicators.Should().HaveCount(2);
    }

    [Fact]
    public void A_problem_carries_its_parts_and_the_strict_mode_throws_them_all()
    {
        var result = Read(Head + """    { "indicator": "RATE", "unit": "TQ", "period": "2024-Q1", "value": "x" }""" + Tail);

        result.Problems.Should().HaveCount(2);
        var unit = result.Problems[0];
        unit.Location.Should().Be(new DataLocation("bad.json", 16, 36, "$.observations[1].unit"));
        (unit.Field, unit.Value, unit.Message).Should().Be(("unit", "TQ", "the unit 'TQ' is not registered."));
        result.Problems[1].Field.Should().Be("value");

        var strict = () => result.EnsureValid();
        strict.Should().Throw<ScorecardException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "bad.json:16:36 $.observations[1].unit unit: 'TQ': the unit 'TQ' is not registered.",
            """bad.json:16:72 $.observations[1].value value: 'x': expected a JSON number, not a string: write 88.8, not "88,8".""");
    }

    [Fact]
    public void An_observation_written_with_escapes_padding_or_an_exponent_reads_as_the_plain_one()
    {
        // Each line means { "indicator": "RATE", "unit": "HG", "period": "Quý II/2024", "value": 88.8 }, with one
        // observation per quarter so that the keys differ: 8.88e1 = 88.8; "\u0041" is A; "\u00fd" is ý; ids are trimmed.
        var lines = """
                { "indicator": "R\u0041TE", "unit": "HG", "period": "Qu\u00fd II/2024", "value": 8.88e1 },
                { "indicator": " RATE ", "unit": "HG ", "period": "Quý III/2024", "value": 88.80 },
                { "value": 88.8, "period": "Quý IV/2024", "unit": "HG", "indicator": "RATE" }
            """;

        var result = Read(Head + lines + Tail);

        result.Problems.Should().BeEmpty();
        var read = result.Scorecard.Observations.Skip(1).ToList();
        read.Select(o => (o.Indicator.Value, o.Unit.Value, o.Period.Ordinal ?? 0, o.Value.Value)).Should().Equal(
            ("RATE", "HG", 2, 88.8m), ("RATE", "HG", 3, 88.8m), ("RATE", "HG", 4, 88.8m));
        read[1].Value.Value.Scale.Should().Be(2, "88.80 keeps its written decimals");
    }

    [Fact]
    public void A_count_units_english_singular_is_read_and_needs_its_unit()
    {
        const string plainCount = "\"measure\": { \"kind\": \"count\" }";
        var good = Read(Head.Replace(
            plainCount, "\"measure\": { \"kind\": \"count\", \"unit\": { \"vi\": \"mô hình\", \"en\": \"models\" }, \"unitSingular\": \"model\" }", StringComparison.Ordinal) + Tail);
        good.Problems.Should().BeEmpty();
        good.Scorecard.Indicators[1].Measure.FormatValue(1m, 0, De06Metrics.Text.Language.English).Should().Be("1 model");

        var alone = Read(Head.Replace(plainCount, "\"measure\": { \"kind\": \"count\", \"unitSingular\": \"model\" }", StringComparison.Ordinal) + Tail);
        alone.Problems.Should().ContainSingle().Which.Message.Should().Be("a singular needs the count unit it is the singular of.");
        alone.Problems[0].Location.Path.Should().Be("$.indicators[1].measure.unitSingular");
    }

    [Fact]
    public void Malformed_json_is_reported_at_its_line_and_column_and_what_came_before_is_kept()
    {
        var json = """
            {
              "units": [
                { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" }
              ],
              "indicators": [ oops ]
            }
            """;

        var result = Read(json);

        result.Problems.Select(p => p.ToString()).Should().Equal(
            "bad.json:5:19: the JSON is malformed: 'o' is an invalid start of a value. Nothing after this point was read.");
        result.Scorecard.Units.Count.Should().Be(1);
    }

    [Theory]
    [InlineData("", "bad.json: the file is empty; a scorecard is a JSON object with units, indicators, targets and observations.")]
    [InlineData("\uFEFF \n ", "bad.json: the file is empty; a scorecard is a JSON object with units, indicators, targets and observations.")]
    [InlineData("[]", "bad.json:1:1 $: a scorecard is a JSON object with units, indicators, targets and observations.")]
    [InlineData("""{ "version": 2 }""", "bad.json:1:14 $.version: version '2': this reader reads version 1 of the format.")]
    [InlineData("""{ "unit": [] }""", "bad.json:1:3 $.unit: unit: unknown property; a scorecard has version, successionDates, dataClosing, options, units, indicators, successions, targets, observations, notes, trajectories.")]
    [InlineData("""{ "units": {} }""", "bad.json:1:12 $.units: units: expected an array.")]
    [InlineData("""{ "units": [], "units": [] }""", "bad.json:1:16 $.units: units: the property is repeated; only its first occurrence is read.")]
    public void A_file_that_is_not_a_scorecard_says_why(string json, string expected)
    {
        Read(json).Problems.Select(p => p.ToString()).Should().Equal(expected);
    }

    [Fact]
    public void Every_unit_that_cannot_stand_in_the_tree_is_reported_and_the_rest_is_kept()
    {
        var json = """
            { "units": [
              { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" },
              { "id": "HG", "name": { "vi": "Trùng" }, "kind": "province" },
              { "id": "A", "name": { "vi": "A" }, "kind": "other", "parent": "B" },
              { "id": "B", "name": { "vi": "B" }, "kind": "other", "parent": "A" },
              { "id": "C", "name": { "vi": "C" }, "kind": "other", "parent": "NOWHERE" },
              { "id": "D", "name": { "vi": "D" }, "kind": "other", "parent": "C" },
              { "id": "E", "name": { "vi": "E" }, "kind": "tỉnh" }
            ] }
            """;

        var result = Read(json);

        result.Problems.Select(p => p.ToString()).Should().Equal(
            "bad.json:3:3 $.units[1].id: id 'HG': the unit id is already used at bad.json:2:3 $.units[0].",
            "bad.json:4:3 $.units[2].parent: parent 'B': the units' parents form a cycle: A → B → A.",
            "bad.json:5:3 $.units[3].parent: parent 'A': the units' parents form a cycle: A → B → A.",
            "bad.json:6:3 $.units[4].parent: parent 'NOWHERE': the parent unit is not registered.",
            "bad.json:7:3 $.units[5].parent: parent 'C': the parent unit was left out because of its own problem at bad.json:6:3 $.units[4].",
            "bad.json:8:47 $.units[6].kind: kind 'tỉnh': expected 'province', 'department', 'district', 'commune', 'agency' or 'other'.");
        result.Scorecard.Units.Units.Select(u => u.Id.Value).Should().Equal("HG");
    }

    [Fact]
    public void An_indicator_left_out_takes_its_targets_and_observations_with_it_each_saying_why()
    {
        var json = """
            { "units": [ { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" } ],
              "indicators": [
                { "code": "R", "name": { "vi": "R" }, "measure": { "kind": "rate" }, "polarity": "higherIsBetter", "decimals": 1, "responsibility": { "lead": "HG.CA" } },
                { "code": "K", "name": { "vi": "K" }, "measure": { "kind": "rank" }, "polarity": "higherIsBetter", "decimals": 0 },
                { "code": "M", "name": { "vi": "M" }, "measure": { "kind": "money" }, "polarity": "higherIsBetter", "decimals": 0 },
                { "code": "S", "name": { "vi": "S" }, "measure": { "kind": "score", "maximum": 10, "scale": "billions" }, "polarity": "higherIsBetter", "decimals": 0.5 }
              ],
              "targets": [ { "indicator": "R", "unit": "HG", "period": "2024", "goal": { "kind": "between", "value": 70 } } ],
              "observations": [ { "indicator": "R", "unit": "HG", "period": "2024", "value": 50 } ]
            }
            """;

        var result = Read(json);

        result.Problems.Select(p => p.ToString()).Should().Equal(
            "bad.json:3:5 $.indicators[0].responsibility.lead: responsibility.lead 'HG.CA': the responsible unit 'HG.CA' is not registered.",
            "bad.json:4:86 $.indicators[1].polarity: polarity 'higherIsBetter': Indicator 'K' is a rank, where position 1 is best; its polarity must be LowerIsBetter, not HigherIsBetter.",
            "bad.json:5:5 $.indicators[2].measure.currency: measure.currency: money needs a currency (an ISO 4217 code such as VND).",
            "bad.json:6:97 $.indicators[3].measure.scale: measure.scale 'billions': only money has a money scale.",
            "bad.json:6:153 $.indicators[3].decimals: decimals '0.5': expected a whole number.",
            "bad.json:8:16 $.targets[0].goal.high: goal.high: a 'between' goal needs its high bound.",
            "bad.json:9:21 $.observations[0].indicator: indicator 'R': left out with its indicator, which has a problem at bad.json:3:5 $.indicators[0].");
        result.Scorecard.Indicators.Should().BeEmpty();
    }

    private static ScorecardReadResult Read(string json) => ScorecardJson.Read(Encoding.UTF8.GetBytes(json), "bad.json");
}
