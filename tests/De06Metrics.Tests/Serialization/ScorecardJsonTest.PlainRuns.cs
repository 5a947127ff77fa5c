using System.Globalization;
using System.Text;
using System.Text.Json;
using De06Metrics.Serialization;

namespace De06Metrics.Tests.Serialization;

/// <summary>
/// Observations written plainly one after another are read straight from their bytes, past the JSON reader, which then
/// goes on from a state that has not counted their lines. A problem after such a run must still be placed where it
/// is: malformed JSON where a single reader over the whole text places it, a fault of an item at that item's brace.
/// </summary>
public partial class ScorecardJsonTest
{
    private const string RunsHead = """
        {
          "version": 1,
          "units": [
            { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" },
            { "id": "HG.X1", "name": { "vi": "Xã 1" }, "kind": "commune", "parent": "HG" },
            { "id": "HG.X2", "name": { "vi": "Xã 2" }, "kind": "commune", "parent": "HG" }
          ],
          "indicators": [
            { "code": "CNT", "name": { "vi": "Số hồ sơ" }, "measure": { "kind": "count" }, "polarity": "higherIsBetter", "decimals": 0 },
            { "code": "RATE", "name": { "vi": "Tỷ lệ" }, "measure": { "kind": "rate" }, "polarity": "higherIsBetter", "decimals": 1 }
          ],
          "observations": [
        """;

    private const string RunsTail = "\n  ]\n}\n";

    private static readonly string[] AsciiPeriods = ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2023-Q1", "2023-Q2"];

    private static readonly string[] VietnamesePeriods = ["Tháng 1/2024", "Tháng 2/2024", "Quý II/2025", "Năm 2023"];

    // Between two items: a comma and white space, one item a line or several, as writers and hands lay them out.
    private static readonly string[] Separators = [",\n    ", ",\n", ",\r\n  ", ",", ", ", " ,\t"];

    // Malformed JSON put in before an item (after the comma that ends the one before it).
    private static readonly string[] Breaks = ["x ", ", ", "] ", "{ ", "\"n\": 1, ", "} "];

    [Fact]
    public void Malformed_JSON_after_plain_observations_is_placed_where_one_reader_of_the_whole_text_places_it()
    {
        var random = new Random(20261205);
        for (var file = 0; file < 200; file++)
        {
            var ascii = random.Next(2) == 0;
            var items = PlainItems(random, random.Next(2, 120), ascii ? AsciiPeriods : VietnamesePeriods);
            var brokenAt = random.Next(1, items.Count);
            var json = RunsDocument(random, items, (brokenAt, Breaks[random.Next(Breaks.Length)]), out _);
            var expected = PlaceOfFirstFault(json);

            Malformed(ScorecardJson.Read(Encoding.UTF8.GetBytes(json), "f.json")).Should().Be(expected, json);
            if (ascii)
            {
                // Through windows that cut items, the column of a line whose start was let go is its byte: ASCII only.
                var window = new[] { 16, 64, 100, 4096 }[random.Next(4)];
                var read = JsonScorecardReader.Read(new ForwardOnlyStream(Encoding.UTF8.GetBytes(json)), "f.json", out _, window);
                Malformed(read).Should().Be(expected, $"window {window}: {json}");
            }
        }
    }

    [Fact]
    public void A_fault_of_an_item_after_plain_observations_is_placed_at_its_brace()
    {
        var random = new Random(20261206);
        for (var file = 0; file < 200; file++)
        {
            var ascii = random.Next(2) == 0;
            var items = PlainItems(random, random.Next(2, 120), ascii ? AsciiPeriods : VietnamesePeriods);
            var faultAt = random.Next(1, items.Count);

            // An unknown unit, placed at the unit's value, or the key of an item before it, placed at the item's brace.
            var unknownUnit = random.Next(2) == 0;
            items[faultAt] = unknownUnit
                ? items[faultAt].Replace("\"HG", "\"TQ", StringComparison.Ordinal)
                : items[random.Next(faultAt)];
            var json = RunsDocument(random, items, breakBefore: null, out var starts);
            var expected = PlaceOf(json, starts[faultAt] + (unknownUnit ? items[faultAt].IndexOf("\"TQ", StringComparison.Ordinal) : 0));

            var read = ScorecardJson.Read(Encoding.UTF8.GetBytes(json), "f.json");

            read.Problems.Should().ContainSingle(json);
            (read.Problems[0].Location.Line, read.Problems[0].Location.Column).Should().Be(expected, json);
            read.Problems[0].Location.Path.Should().StartWith($"$.observations[{faultAt}]", json);
        }
    }

    [Fact]
    public void Every_plain_observation_of_a_long_run_is_read()
    {
        var random = new Random(20261207);
        var items = PlainItems(random, 500, VietnamesePeriods.Concat(AsciiPeriods).ToArray());
        var json = RunsDocument(random, items, breakBefore: null, out _);

        var read = ScorecardJson.Read(Encoding.UTF8.GetBytes(json), "f.json");

        read.Problems.Should().BeEmpty();
        read.Scorecard.Observations.Should().HaveCount(items.Count);
        read.Scorecard.Observations.Sum(observation => observation.Value.Value).Should().Be(items.Sum(ValueIn));
    }

    // Distinct observations written plainly, the fields in the library's order or another, with or without spaces.
    private static List<string> PlainItems(Random random, int count, string[] periods)
    {
        var items = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        string[] units = ["HG", "HG.X1", "HG.X2"];
        while (items.Count < count && keys.Count < 2 * units.Length * periods.Length)
        {
            var (indicator, value) = random.Next(2) == 0
                ? ("CNT", random.Next(1, 5000).ToString(CultureInfo.InvariantCulture))
                : ("RATE", $"{random.Next(0, 100)}.{random.Next(1, 10)}");
            var unit = units[random.Next(units.Length)];
            var period = periods[random.Next(periods.Length)];
            if (keys.Add($"{indicator}|{unit}|{period}"))
            {
                items.Add(random.Next(3) == 0
                    ? $$"""{"period":"{{period}}","value":{{value}},"unit":"{{unit}}","indicator":"{{indicator}}"}"""
                    : $$"""{ "indicator": "{{indicator}}", "unit": "{{unit}}", "period": "{{period}}", "value": {{value}} }""");
            }
        }

        return items;
    }

    private static decimal ValueIn(string item)
    {
        var text = item[(item.IndexOf("\"value\":", StringComparison.Ordinal) + 8)..].TrimStart();
        return decimal.Parse(text[..text.IndexOfAny([',', ' ', '}'])], CultureInfo.InvariantCulture);
    }

    // The document, with each item's offset in characters; malformed text put in before one item when asked.
    private static string RunsDocument(Random random, List<string> items, (int Before, string Text)? breakBefore, out int[] starts)
    {
        var text = new StringBuilder(RunsHead).Append("    ");
        starts = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(Separators[random.Next(Separators.Length)]);
            }

            if (breakBefore is { } broken && broken.Before == i)
            {
                text.Append(broken.Text);
            }

            starts[i] = text.Length;
            text.Append(items[i]);
        }

        return text.Append(RunsTail).ToString();
    }

    // Where one reader over the whole text, with the library's options, finds the JSON malformed: its line, and its
    // column in characters.
    private static (int? Line, int? Column) PlaceOfFirstFault(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (JsonException exception)
        {
            var lineStart = 0;
            for (var line = 0; line < exception.LineNumber; line++)
            {
                lineStart = Array.IndexOf(bytes, (byte)'\n', lineStart) + 1;
            }

            var characters = Encoding.UTF8.GetCharCount(bytes, lineStart, (int)exception.BytePositionInLine!.Value);
            return ((int)exception.LineNumber!.Value + 1, characters + 1);
        }

        throw new InvalidOperationException("The text was meant to be malformed.");
    }

    // The line and column (from 1, in characters) of a character of the text.
    private static (int? Line, int? Column) PlaceOf(string json, int index)
    {
        var before = json[..index];
        var lineStart = before.LastIndexOf('\n') + 1;
        return (before.Count(c => c == '\n') + 1, index - lineStart + 1);
    }

    private static (int? Line, int? Column) Malformed(ScorecardReadResult read)
    {
        var problem = read.Problems.Single(p => p.Message.StartsWith("the JSON is malformed", StringComparison.Ordinal));
        return (problem.Location.Line, problem.Location.Column);
    }
}
