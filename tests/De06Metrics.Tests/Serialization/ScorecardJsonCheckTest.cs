using System.Collections.Immutable;
using System.Text;
using De06Metrics.Serialization;

namespace De06Metrics.Tests.Serialization;

/// <summary>
/// The one-pass check of a scorecard JSON file beside the full reading: whenever the check proves a file sound, the
/// full reading (the scorecard, its tasks and its tree) finds no problem and counts the same items. Each file is
/// checked through windows of several sizes, so that items fall across the window's edge.
/// </summary>
public class ScorecardJsonCheckTest
{
    private const string Units = """
        { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" },
        { "id": "HG.X1", "name": { "vi": "Xã 1" }, "kind": "commune", "parent": "HG" },
        { "id": "HG.X2", "name": { "vi": "Xã 2" }, "kind": "commune", "parent": "HG" }
        """;

    private const string Indicators = """
        { "code": "RATE", "name": { "vi": "Tỷ lệ" }, "measure": { "kind": "rate" }, "polarity": "higherIsBetter", "decimals": 1 },
        { "code": "CNT", "name": { "vi": "Số hồ sơ" }, "measure": { "kind": "count" }, "polarity": "higherIsBetter", "decimals": 0 },
        { "code": "CNT2", "name": { "vi": "Số hồ sơ khác" }, "measure": { "kind": "count" }, "polarity": "higherIsBetter", "decimals": 0 },
        { "code": "SUM", "name": { "vi": "Tổng" }, "measure": { "kind": "count" }, "polarity": "higherIsBetter", "decimals": 0, "formula": { "kind": "sum", "parts": ["CNT", "CNT2"] } },
        { "code": "MONEY", "name": { "vi": "Dư nợ" }, "measure": { "kind": "money", "currency": "VND" }, "polarity": "higherIsBetter", "decimals": 0 },
        { "code": "YN", "name": { "vi": "Có hay không" }, "measure": { "kind": "yesNo" }, "polarity": "higherIsBetter", "decimals": 0 },
        { "code": "RANK", "name": { "vi": "Xếp hạng" }, "measure": { "kind": "rank" }, "polarity": "lowerIsBetter", "decimals": 0 }
        """;

    private const string Targets = """
        { "indicator": "RATE", "unit": "HG", "period": "Quý I/2024", "goal": { "kind": "atLeast", "value": 70 } },
        { "indicator": "CNT", "unit": "HG.X1", "period": "Năm 2024", "goal": { "kind": "atLeast", "value": 100 } }
        """;

    private static readonly string[] SoundObservations =
    [
        """{ "indicator": "RATE", "unit": "HG", "period": "Quý I/2024", "value": 88.8 }""",
        """{ "indicator": "RATE", "unit": "HG.X1", "period": "2024-Q1", "numerator": 17, "denominator": 33 }""",
        """{ "indicator": "RATE", "unit": "HG.X2", "period": "Quý I/2024", "value": 100 }""",
        """{ "indicator": "CNT", "unit": "HG.X1", "period": "Năm 2024", "value": 120 }""",
        """{ "indicator": "CNT", "unit": "HG.X1", "period": "Tháng 1/2024", "value": 0 }""",
        """{ "indicator": "CNT2", "unit": "HG.X2", "period": "Tháng 2/2024", "value": 7 }""",
        """{ "indicator": "MONEY", "unit": "HG", "period": "Năm 2024", "value": 2527000000000 }""",
        """{ "indicator": "RANK", "unit": "HG", "period": "Năm 2023", "numerator": 11, "denominator": 63 }""",
        """{ "indicator": "YN", "unit": "HG.X2", "period": "Năm 2024", "value": 1 }""",
    ];

    private static string File(string? units = null, string? indicators = null, string? targets = null, IEnumerable<string>? observations = null, string head = "\"version\": 1,", string tail = "") =>
        $$"""
        {
          {{head}}
          "units": [
        {{units ?? Units}}
          ],
          "indicators": [
        {{indicators ?? Indicators}}
          ],
          "targets": [
        {{targets ?? Targets}}
          ],
          "observations": [
        {{string.Join(",\n", observations ?? SoundObservations)}}
          ]
        }{{tail}}
        """;

    private static string WithObservation(string observation) => File(observations: [.. SoundObservations, observation]);

    // Files the full reading finds sound and the check proves.
    public static TheoryData<string, string> Proved => new()
    {
        { "the sound file", File() },
        { "no targets", File(targets: "") },
        { "no observations", File(observations: []) },
        { "comments and trailing commas", File().Replace("\"version\": 1,", "// a comment\n\"version\": 1, /* another */").Replace("\"value\": 7 }", "\"value\": 7, }") },
        { "the fields in another order", WithObservation("""{ "value": 5, "period": "Tháng 3/2024", "unit": "HG.X2", "indicator": "CNT" }""") },
        { "two labels of two periods", WithObservation("""{ "indicator": "RATE", "unit": "HG", "period": "Quý II/2024", "value": 50 }""") },
        { "one line", File().Replace("\n", " ") },
        { "a byte order mark", "\uFEFF" + File() },
        { "a whole number of 25 digits", WithObservation("""{ "indicator": "MONEY", "unit": "HG", "period": "Năm 2023", "value": 1234567890123456789012345 }""") },
        { "a whole number of 18 digits", WithObservation("""{ "indicator": "MONEY", "unit": "HG", "period": "Năm 2023", "value": 999999999999999999 }""") },
        { "a count with a fraction, which its measure accepts", WithObservation("""{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024", "value": 1.5 }""") },
        { "items with no spaces, tabs and carriage returns", File(observations: [SoundObservations[0], "\t{\"indicator\":\"CNT\",\"unit\":\"HG\",\"period\":\"Tháng 3/2024\",\"value\":3}\r", "{ \"indicator\" :\t\"CNT\" ,\r\n \"unit\": \"HG\", \"period\": \"Tháng 4/2024\", \"value\" : 4\t}"]) },
        { "numbers of every plain form", File(observations: [SoundObservations[0],
            """{ "indicator": "RATE", "unit": "HG.X1", "period": "Quý II/2024", "value": 0.5 }""",
            """{ "indicator": "RATE", "unit": "HG.X2", "period": "Quý II/2024", "value": 0.123456789012345678 }""",
            """{ "indicator": "RATE", "unit": "HG", "period": "Quý III/2024", "value": 0.1234567890123456789 }""",
            """{ "indicator": "RATE", "unit": "HG.X1", "period": "Quý III/2024", "value": 99.50 }""",
            """{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024", "value": 0.0 }""",
            """{ "indicator": "CNT", "unit": "HG", "period": "Tháng 4/2024", "value": 1E2 }""",
            """{ "indicator": "CNT", "unit": "HG", "period": "Tháng 5/2024", "value": 1.5e1 }""",
            """{ "indicator": "MONEY", "unit": "HG", "period": "Năm 2023", "value": -123456789012345678 }""",
            """{ "indicator": "MONEY", "unit": "HG.X1", "period": "Năm 2023", "value": -1234567890123456789 }""",
            """{ "indicator": "RATE", "unit": "HG.X2", "period": "Quý III/2024", "numerator": 1, "denominator": 3 }"""]) },
        { "a comment between items", File(observations: [SoundObservations[0], "/* next */ " + SoundObservations[1], "// last\n" + SoundObservations[2]]) },
        { "a trailing comma after the last item", File(observations: [SoundObservations[0], SoundObservations[1] + ","]) },
    };

    // Files the full reading finds sound that the check leaves to it: a form it does not handle.
    public static TheoryData<string, string> SoundButLeft => new()
    {
        { "an observation of a money indicator with a target", File(targets: Targets + """, { "indicator": "MONEY", "unit": "HG", "period": "Năm 2024", "goal": { "kind": "atLeast", "value": 1 } }""") },
        { "an observation with a date", WithObservation("""{ "indicator": "CNT", "unit": "HG.X2", "period": "Tháng 3/2024", "value": 5, "asOf": "2024-03-20" }""") },
        { "an observation with a status", WithObservation("""{ "indicator": "CNT", "unit": "HG.X2", "period": "Tháng 3/2024", "value": 5, "status": "estimated" }""") },
        { "a yes written as true", WithObservation("""{ "indicator": "YN", "unit": "HG", "period": "Năm 2024", "value": true }""") },
        { "an escaped id", WithObservation("""{ "indicator": "CNT", "unit": "HG.X\u0032", "period": "Tháng 3/2024", "value": 5 }""") },
        { "observations before the catalog", "{ \"observations\": [ " + SoundObservations[0] + " ], \"units\": [ " + Units + " ], \"indicators\": [ " + Indicators + " ] }" },
        { "notes after the observations", File(tail: "").TrimEnd().TrimEnd('}') + """, "notes": [] }""" },
        { "no observations array", "{ \"version\": 1, \"units\": [ " + Units + " ], \"indicators\": [ " + Indicators + " ] }" },
        { "tasks", File(head: "\"version\": 1, \"tasks\": [],") },
    };

    // Files with problems: every kind the full reading reports.
    public static TheoryData<string, string> WithProblems => new()
    {
        { "a repeated key", WithObservation(SoundObservations[0].Replace("88.8", "90")) },
        { "a repeated key under another label of its period", WithObservation("""{ "indicator": "RATE", "unit": "HG", "period": "2024-Q1", "value": 90 }""") },
        { "a repeated key under an id with spaces", WithObservation("""{ "indicator": " RATE ", "unit": "HG ", "period": "Quý I/2024", "value": 90 }""") },
        { "an unknown unit", WithObservation("""{ "indicator": "CNT", "unit": "TQ", "period": "Tháng 3/2024", "value": 5 }""") },
        { "an unknown indicator", WithObservation("""{ "indicator": "NOPE", "unit": "HG", "period": "Tháng 3/2024", "value": 5 }""") },
        { "an empty unit", WithObservation("""{ "indicator": "CNT", "unit": " ", "period": "Tháng 3/2024", "value": 5 }""") },
        { "a bad period", WithObservation("""{ "indicator": "CNT", "unit": "HG", "period": "Tháng 13/2024", "value": 5 }""") },
        { "a rate over 100", WithObservation("""{ "indicator": "RATE", "unit": "HG", "period": "Quý II/2024", "value": 120 }""") },
        { "a negative count", WithObservation("""{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024", "value": -1 }""") },
        { "a yes/no of 2", WithObservation("""{ "indicator": "YN", "unit": "HG", "period": "Năm 2024", "value": 2 }""") },
        { "a rank past the field", WithObservation("""{ "indicator": "RANK", "unit": "HG", "period": "Năm 2024", "numerator": 70, "denominator": 63 }""") },
        { "a numerator over its denominator", WithObservation("""{ "indicator": "RATE", "unit": "HG", "period": "Quý II/2024", "numerator": 40, "denominator": 33 }""") },
        { "a numerator without a denominator", WithObservation("""{ "indicator": "RATE", "unit": "HG", "period": "Quý II/2024", "numerator": 17 }""") },
        { "a value and parts", WithObservation("""{ "indicator": "RATE", "unit": "HG", "period": "Quý II/2024", "value": 50, "numerator": 1, "denominator": 2 }""") },
        { "parts of a money figure", WithObservation("""{ "indicator": "MONEY", "unit": "HG", "period": "Năm 2023", "numerator": 1, "denominator": 2 }""") },
        { "no value", WithObservation("""{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024" }""") },
        { "a value as text", WithObservation("""{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024", "value": "5" }""") },
        { "more digits than a decimal holds", WithObservation("""{ "indicator": "RATE", "unit": "HG", "period": "Quý II/2024", "value": 1.00000000000000000000000000001 }""") },
        { "a figure of a computed indicator", WithObservation("""{ "indicator": "SUM", "unit": "HG", "period": "Tháng 3/2024", "value": 5 }""") },
        { "an unknown field", WithObservation("""{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024", "value": 5, "foo": 1 }""") },
        { "a repeated field", WithObservation("""{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024", "value": 5, "value": 6 }""") },
        { "an observation that is a number", WithObservation("5") },
        { "a number with a leading zero", WithObservation("""{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024", "value": 05 }""") },
        { "a number ending in a point", WithObservation("""{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024", "value": 5. }""") },
        { "a number starting with a point", WithObservation("""{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024", "value": .5 }""") },
        { "a minus alone", WithObservation("""{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024", "value": - }""") },
        { "a number followed by a letter", WithObservation("""{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024", "value": 5x }""") },
        { "a number with a plus", WithObservation("""{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024", "value": +5 }""") },
        { "a tab inside a text", WithObservation("{ \"indicator\": \"CNT\", \"unit\": \"HG\", \"period\": \"Tháng\t3/2024\", \"value\": 5 }") },
        { "a text not closed", WithObservation("""{ "indicator": "CNT", "unit": "HG, "period": "Tháng 3/2024", "value": 5 }""") },
        { "a colon missing", WithObservation("""{ "indicator": "CNT", "unit" "HG", "period": "Tháng 3/2024", "value": 5 }""") },
        { "a comma missing between fields", WithObservation("""{ "indicator": "CNT", "unit": "HG" "period": "Tháng 3/2024", "value": 5 }""") },
        { "two commas between items", File(observations: [SoundObservations[0], "," + SoundObservations[1]]) },
        { "a name not quoted", WithObservation("""{ "indicator": "CNT", unit: "HG", "period": "Tháng 3/2024", "value": 5 }""") },
        { "a bracket for a brace", WithObservation("""{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024", "value": 5 ]""") },
        { "observations not an array", File().Replace("\"observations\": [", "\"observations\": {\"a\": [").Replace("]\n}", "]}\n}") },
        { "a repeated unit id", File(units: Units + """, { "id": "HG.X1", "name": { "vi": "Xã" }, "kind": "commune", "parent": "HG" }""") },
        { "an unknown parent", File(units: Units + """, { "id": "HG.X3", "name": { "vi": "Xã" }, "kind": "commune", "parent": "TQ" }""") },
        { "a unit without a name", File(units: Units + """, { "id": "HG.X3", "kind": "commune", "parent": "HG" }""") },
        { "a repeated indicator code", File(indicators: Indicators + """, { "code": "CNT", "name": { "vi": "Lại" }, "measure": { "kind": "count" }, "polarity": "higherIsBetter", "decimals": 0 }""") },
        { "an indicator with 11 decimals", File(indicators: Indicators.Replace("\"decimals\": 1 }", "\"decimals\": 11 }")) },
        { "a formula naming an unknown part", File(indicators: Indicators.Replace("[\"CNT\", \"CNT2\"]", "[\"CNT\", \"NOPE\"]")) },
        { "a target of an unknown unit", File(targets: Targets + """, { "indicator": "RATE", "unit": "TQ", "period": "Quý I/2024", "goal": { "kind": "atLeast", "value": 70 } }""") },
        { "a repeated target", File(targets: Targets + """, { "indicator": "RATE", "unit": "HG", "period": "2024-Q1", "goal": { "kind": "atLeast", "value": 80 } }""") },
        { "a target over 100 %", File(targets: Targets + """, { "indicator": "RATE", "unit": "HG.X1", "period": "Quý I/2024", "goal": { "kind": "atLeast", "value": 170 } }""") },
        { "version 2", File(head: "\"version\": 2,") },
        { "a unit with a first day and no succession that creates it", File(units: Units.Replace("\"kind\": \"province\"", "\"kind\": \"province\", \"validFrom\": \"2020-01-01\"")) },
        { "an unknown property", File(head: "\"version\": 1, \"colour\": \"red\",") },
        { "a repeated property", File(tail: "").TrimEnd().TrimEnd('}') + """, "observations": [] }""" },
        { "more after the end", File(tail: "\n{}") },
        { "a missing comma", File().Replace("\"value\": 7 }", "\"value\": 7 } {}") },
        { "the file cut short", File()[..^40] },
        { "an empty file", "" },
        { "an array", "[]" },
    };

    [Theory]
    [MemberData(nameof(Proved))]
    public void A_sound_file_of_the_forms_it_handles_is_proved_with_the_full_reading_s_counts(string name, string json)
    {
        var full = Full(json);
        full.Problems.Should().BeEmpty(name);

        foreach (var window in Windows)
        {
            var proof = Check(json, window);
            proof.Should().NotBeNull($"{name}, window {window}");
            proof!.Should().Be(new ScorecardJsonCheck.Proof(full.Counts.Units, full.Counts.Indicators, full.Counts.Targets, full.Counts.Observations), name);
        }
    }

    [Theory]
    [MemberData(nameof(SoundButLeft))]
    public void A_sound_file_of_a_form_it_does_not_handle_is_left_to_the_full_reading(string name, string json)
    {
        Full(json).Problems.Should().BeEmpty(name);
        Windows.Select(window => Check(json, window)).Should().AllSatisfy(proof => proof.Should().BeNull(name));
    }

    [Theory]
    [MemberData(nameof(WithProblems))]
    public void A_file_with_a_problem_is_never_proved(string name, string json)
    {
        Full(json).Problems.Should().NotBeEmpty(name);
        Windows.Select(window => Check(json, window)).Should().AllSatisfy(proof => proof.Should().BeNull(name));
    }

    [Fact]
    public void A_broken_byte_in_an_id_of_an_observation_is_never_proved()
    {
        // Invalid UTF-8 written as bytes: a string cannot hold it.
        var bytes = Encoding.UTF8.GetBytes(WithObservation("""{ "indicator": "CNT", "unit": "HG.X#", "period": "Tháng 3/2024", "value": 5 }"""));
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xFF;

        JsonScorecardReader.Read(bytes, "f.json").Problems.Should().NotBeEmpty();
        ScorecardJsonCheck.Check(new MemoryStream(bytes)).Should().BeNull();
    }

    [Fact]
    public void Many_files_drawn_at_random_from_sound_and_faulty_lines_are_proved_only_when_the_full_reading_finds_nothing()
    {
        var faulty = WithProblems.Select(row => (string)row[1]).ToList();
        string[] lines =
        [
            .. SoundObservations,
            """{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024", "value": 5 }""",
            """{ "indicator": "CNT", "unit": "HG", "period": "Tháng 03/2024", "value": 6 }""",
            """{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024", "value": -5 }""",
            """{ "indicator": "CNT", "unit": "HG.X3", "period": "Tháng 3/2024", "value": 5 }""",
            """{ "indicator": "RATE", "unit": "HG", "period": "Quý I/2024", "numerator": 1, "denominator": 0 }""",
            """{ "indicator": "SUM", "unit": "HG", "period": "Tháng 3/2024", "value": 5 }""",
            """{ "indicator": "YN", "unit": "HG", "period": "Năm 2023", "value": 0 }""",
            """{ "indicator": "MONEY", "unit": "HG", "period": "Năm 2023", "value": -3 }""",
        ];
        var random = new Random(20261203);
        int proved = 0, refused = 0;
        for (var file = 0; file < 600; file++)
        {
            var count = random.Next(0, 8);
            var picked = Enumerable.Range(0, count).Select(_ => lines[random.Next(lines.Length)]).ToList();
            var json = File(observations: picked);
            var full = Full(json);
            var proof = Check(json, Windows[random.Next(Windows.Length)]);
            if (proof is null)
            {
                refused++;
                continue;
            }

            proved++;
            full.Problems.Should().BeEmpty(json);
            proof.Should().Be(new ScorecardJsonCheck.Proof(full.Counts.Units, full.Counts.Indicators, full.Counts.Targets, full.Counts.Observations));
        }

        // Both ways taken often: the draw is not all sound nor all faulty.
        proved.Should().BeGreaterThan(50);
        refused.Should().BeGreaterThan(50);
    }

    [Fact]
    public void Long_files_of_plain_lines_with_a_fault_drawn_at_random_are_proved_exactly_when_the_full_reading_finds_nothing()
    {
        // Sound lines of many keys, written plainly or not; a fault of the data or of the JSON put in at a random place.
        string[] periods = ["Tháng 1/2024", "Tháng 2/2024", "Tháng 3/2024", "Quý II/2024", "Năm 2023", "2024-Q3"];
        string[] units = ["HG", "HG.X1", "HG.X2"];
        string[] faults =
        [
            """{ "indicator": "CNT", "unit": "TQ", "period": "Tháng 3/2024", "value": 5 }""",
            """{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024", "value": -5 }""",
            """{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024", "value": 05 }""",
            """{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024", "value": 5. }""",
            """{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024" "value": 5 }""",
            """{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024", "value": 5, "foo": 1 }""",
            """{ "indicator": "CNT", "unit": "HG", "period": "Tháng 3/2024", "value": 5 } {}""",
            """{ "indicator": "SUM", "unit": "HG", "period": "Tháng 3/2024", "value": 5 }""",
            """{ "indicator": "RATE", "unit": "HG", "period": "Quý III/2024", "value": 101 }""",
            "5",
        ];
        var random = new Random(20261204);
        int proved = 0, refused = 0;
        for (var file = 0; file < 300; file++)
        {
            var lines = new List<string>();
            var used = new HashSet<string>();
            var count = random.Next(1, 80);
            for (var i = 0; i < count; i++)
            {
                var (indicator, value) = random.Next(3) switch
                {
                    0 => ("CNT", random.Next(1, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    1 => ("CNT2", random.Next(0, 50) + ".5"),
                    _ => ("RATE", random.Next(0, 100) + "." + random.Next(0, 10)),
                };
                var unit = units[random.Next(units.Length)];
                var period = periods[random.Next(periods.Length)];
                if (!used.Add($"{indicator}|{unit}|{period}") && random.Next(60) > 0)
                {
                    continue;
                }

                // Most lines as the library writes them; some with other spacing or the fields in another order.
                lines.Add(random.Next(5) switch
                {
                    0 => $$"""{"period":"{{period}}","value":{{value}},"unit":"{{unit}}","indicator":"{{indicator}}"}""",
                    1 => $$"""{ "indicator" : "{{indicator}}" ,{{"\r\n\t"}}"unit": "{{unit}}", "period": "{{period}}", "value": {{value}} }""",
                    _ => $$"""{ "indicator": "{{indicator}}", "unit": "{{unit}}", "period": "{{period}}", "value": {{value}} }""",
                });
            }

            var faulted = random.Next(3) == 0;
            if (faulted)
            {
                lines.Insert(random.Next(lines.Count + 1), faults[random.Next(faults.Length)]);
            }

            var json = File(observations: lines);
            var full = Full(json);
            var proof = Check(json, Windows[random.Next(Windows.Length)]);
            if (full.Problems.IsEmpty)
            {
                proof.Should().Be(new ScorecardJsonCheck.Proof(full.Counts.Units, full.Counts.Indicators, full.Counts.Targets, full.Counts.Observations), json);
                proved++;
            }
            else
            {
                proof.Should().BeNull(json);
                refused++;
            }
        }

        proved.Should().BeGreaterThan(50);
        refused.Should().BeGreaterThan(50);
    }

    [Fact]
    public void The_example_files_are_proved_only_when_the_full_reading_finds_nothing()
    {
        var folder = Path.Combine(Path.GetDirectoryName(HaGiangExample.Folder)!);
        var files = Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories);
        files.Should().NotBeEmpty();
        foreach (var path in files)
        {
            var json = System.IO.File.ReadAllText(path);
            if (Check(json, JsonTokenStream.InitialWindow) is { } proof)
            {
                var full = Full(json);
                full.Problems.Should().BeEmpty(path);
                proof.Should().Be(new ScorecardJsonCheck.Proof(full.Counts.Units, full.Counts.Indicators, full.Counts.Targets, full.Counts.Observations), path);
            }
        }
    }

    [Fact]
    public void One_hundred_thousand_observations_are_proved_through_a_window_that_never_grows()
    {
        var json = Encoding.UTF8.GetBytes(ScorecardJson.ToJson(LargeScorecard.Create()));
        var full = JsonScorecardReader.Read(json, "large.json");
        full.Problems.Should().BeEmpty();

        var proof = ScorecardJsonCheck.Check(new ForwardOnlyStream(json), window: 4096);

        proof.Should().Be(new ScorecardJsonCheck.Proof(full.Scorecard.Units.Count, full.Scorecard.Indicators.Length, full.Scorecard.Targets.Length, 100_000));
    }

    private static readonly int[] Windows = [16, 64, 100, 4096, JsonTokenStream.InitialWindow];

    private static ScorecardJsonCheck.Proof? Check(string json, int window) =>
        ScorecardJsonCheck.Check(new ForwardOnlyStream(Encoding.UTF8.GetBytes(json)), window);

    // What `de06 validate` reads of a JSON file: the scorecard, its tasks and its tree.
    private static (ImmutableArray<DataProblem> Problems, (int Units, int Indicators, int Targets, int Observations) Counts) Full(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var read = JsonScorecardReader.Read(bytes, "f.json");
        var scorecard = read.Scorecard;
        var tasks = TaskJson.Read(new MemoryStream(bytes), "f.json", scorecard);
        var tree = TreeJson.Read(new MemoryStream(bytes), "f.json", scorecard);
        return (read.Problems.AddRange(tasks.Problems).AddRange(tree.Problems),
            (scorecard.Units.Count, scorecard.Indicators.Length, scorecard.Targets.Length, scorecard.Observations.Length));
    }
}
