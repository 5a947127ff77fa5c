using System.Text;
using De06Metrics.Serialization;

namespace De06Metrics.Tests.Serialization;

/// <summary>Nothing in a file is dropped or changed without a located problem: trailing content, numbers, root causes, long values.</summary>
public partial class ScorecardJsonTest
{
    private const string GoodSecondObservation = """    { "indicator": "RATE", "unit": "HG", "period": "Quý II/2024", "value": 90 }""";

    private const string TrailingProblem =
        "more follows the scorecard's closing brace (two files joined, or a pasted tail?); a file holds one scorecard, and nothing after its end was read.";

    [Fact]
    public void A_tail_pasted_after_the_top_level_object_is_a_located_problem_not_ignored()
    {
        // Head + the line + Tail end on line 18 with "}"; the pasted tail starts with ',' in column 2 of that line.
        var json = Head + GoodSecondObservation + Tail + ""","observations":[{ "indicator": "RATE", "unit": "HG", "period": "Quý III/2024", "value": 91 }]}""";

        var result = Read(json);

        result.Problems.Select(p => p.ToString()).Should().Equal($"bad.json:18:2 $: {TrailingProblem}");
        result.Scorecard.Observations.Should().HaveCount(2);
    }

    [Fact]
    public void Two_exports_joined_are_a_located_problem_at_the_start_of_the_second()
    {
        var one = Head + GoodSecondObservation + Tail;

        // The first export ends on line 18; a new line, then the second starts on line 19, column 1.
        var result = Read(one + "\n" + one);

        result.Problems.Select(p => p.ToString()).Should().Equal($"bad.json:19:1 $: {TrailingProblem}");
        result.Scorecard.Observations.Should().HaveCount(2);
    }

    [Fact]
    public void White_space_and_comments_after_the_top_level_object_are_allowed()
    {
        var result = Read(Head + GoodSecondObservation + Tail + "\n// exported 2024-04-01\n  \n");

        result.Problems.Should().BeEmpty();
        result.Scorecard.Observations.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("0.00000000000000000000000000000001")] // a 1 in the 32nd decimal place: decimal keeps 28, and would read 0
    [InlineData("1e-40")]
    [InlineData("1.00000000000000000000000000001")] // 30 significant digits; decimal keeps 28 to 29
    public void A_number_with_more_digits_than_a_decimal_holds_is_refused_not_rounded(string number)
    {
        var line = """    { "indicator": "RATE", "unit": "HG", "period": "Quý II/2024", "value": """ + number + " }";

        var result = Read(Head + line + Tail);

        // The value starts in column 76 of line 16, as in the bad-observation table.
        result.Problems.Select(p => p.ToString()).Should().Equal(
            $"bad.json:16:76 $.observations[1].value: value '{number}': the number has more significant digits than a decimal holds (28 to 29); it is refused rather than rounded.");
        result.Scorecard.Observations.Should().ContainSingle();
    }

    [Theory]
    [InlineData("88.800000000000000000000000000000", 88.8)] // trailing zeros past decimal's scale lose nothing
    [InlineData("0.0000000000000000000000000001", 0.0000000000000000000000000001)] // 1e-28, the smallest step decimal keeps
    [InlineData("1E+2", 100)]
    [InlineData("-0", 0)]
    public void A_number_a_decimal_holds_exactly_is_read(string number, double expected)
    {
        var line = """    { "indicator": "RATE", "unit": "HG", "period": "Quý II/2024", "value": """ + number + " }";

        var result = Read(Head + line + Tail);

        result.Problems.Should().BeEmpty();
        result.Scorecard.Observations[1].Value.Value.Should().Be((decimal)expected);
    }

    [Theory]
    [InlineData("88.8")]
    [InlineData("88.80")]
    [InlineData("0.5")]
    [InlineData("7")]
    [InlineData("100")]
    [InlineData("12.3456789012345678")] // 18 digits, the most built from the digits
    [InlineData("1.23456789012345678")]
    [InlineData("12.34567890123456789")] // 19 digits: read by the general parser
    [InlineData("0.0")]
    [InlineData("0")]
    [InlineData("1.5e1")]
    public void A_number_is_read_as_the_decimal_it_spells_with_its_written_decimals(string number)
    {
        var line = """    { "indicator": "RATE", "unit": "HG", "period": "Quý II/2024", "value": """ + number + " }";

        var result = Read(Head + line + Tail);

        // The same bits as .NET's own parse of the text: the value and its scale ("88.80" keeps two decimals).
        result.Problems.Should().BeEmpty();
        var expected = decimal.Parse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
        decimal.GetBits(result.Scorecard.Observations[1].Value.Value).Should().Equal(decimal.GetBits(expected));
    }

    [Fact]
    public void A_bad_polarity_word_is_the_one_problem_and_what_names_the_indicator_is_counted_not_reported_missing()
    {
        // Line 8 holds the RATE indicator at column 5, its polarity's value at column 93. The target on line 12 and the
        // observation on line 15 name RATE: two items that follow from the one cause.
        var json = Head.Replace("\"polarity\": \"higherIsBetter\", \"decimals\": 1", "\"polarity\": \"higherIsBest\", \"decimals\": 1", StringComparison.Ordinal) + Tail;

        var result = Read(json);

        result.Problems.Select(p => p.ToString()).Should().Equal(
            "bad.json:8:93 $.indicators[0].polarity: polarity 'higherIsBest': expected 'higherIsBetter', 'lowerIsBetter' or 'withinBand'.",
            "bad.json:8:5 $.indicators[0]: 2 items of the other tables naming this indicator were left out with it; they are not listed one by one.");
        result.Problems.Should().NotContain(p => p.Message.Contains("catalog", StringComparison.Ordinal));
    }

    [Fact]
    public void Units_that_are_not_an_array_are_the_cause_and_what_names_a_unit_is_counted()
    {
        // "units" is an object on line 3, column 12: every indicator's lead, the target and the observation name a unit.
        var json = Head.Replace("\"units\": [", "\"units\": { \"list\": [", StringComparison.Ordinal)
            .Replace("\"parent\": \"HG\" }\n  ],", "\"parent\": \"HG\" }\n  ]},", StringComparison.Ordinal) + Tail;

        var result = Read(json);

        result.Problems.Select(p => p.ToString()).Should().Equal(
            "bad.json:3:12 $.units: units: expected an array.",
            "bad.json:3:12 $.units: 2 items of the other tables naming a unit were left out, since the units were not read; they are not listed one by one.");
    }

    [Fact]
    public void A_very_long_property_name_is_shown_cut_with_its_length()
    {
        var name = new string('x', 100_000);
        var line = "    { \"indicator\": \"RATE\", \"unit\": \"HG\", \"period\": \"Quý II/2024\", \"value\": 90, \"" + name + "\": 1 }";

        var problem = Read(Head + line + Tail).Problems.Should().ContainSingle().Subject;

        problem.Field.Should().Be(new string('x', 60) + "… (a 100 000-character name)");
        problem.Location.Path.Should().Be("$.observations[1]." + new string('x', 42) + "… (a 100 018-character path)");
        problem.ToString().Length.Should().BeLessThan(400);
    }
}
