using De06Metrics.Csv;
using De06Metrics.Measures;

namespace De06Metrics.Csv.Tests;

/// <summary>
/// Rows that follow a row of the same indicator and unit (the usual run of an observations table) are read from the
/// parser's cells without a string a cell; these tests put each case in such a run, so that it is read that way, and
/// expect what a row read on its own gives.
/// </summary>
public partial class ScorecardCsvTest
{
    [Theory]
    [MemberData(nameof(BadObservationRows))]
    public void A_bad_row_in_a_run_of_its_indicator_and_unit_is_reported_as_on_its_own(string row, string expected)
    {
        // Line 4 is a good row of the same indicator and unit as the row under test, which is line 5.
        var run = row.StartsWith("MODELS,", StringComparison.Ordinal) ? "MODELS,HG,Q3 2024,,1,2," : "RATE,HG,Quý III/2024,50,,,";
        using var folder = new CsvFolder(observations: CsvFolder.Observations + "\n" + run + "\n" + row);

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Select(p => p.ToString()).Should().Equal(string.Format(expected.Replace("}:4", "}:5", StringComparison.Ordinal), folder.File("observations.csv")));
        result.Scorecard.Observations.Should().HaveCount(3);
    }

    [Fact]
    public void A_run_with_a_decimal_comma_keeps_each_value_as_written_and_quoted_cells_as_they_are_meant()
    {
        // A byte order mark, semicolons, a decimal comma; in the run of RATE at HG: a value with two decimals, a quoted
        // period and value, quoted cells with a doubled quote and a line break, a quoted unit with spaces around it
        // (trimmed), and a sign.
        using var folder = new CsvFolder(
            settings: "setting;value\ndecimal_separator;comma",
            observations: "\uFEFFindicator;unit;period;value;numerator;denominator;source_document;source_note\n" +
                "RATE;HG;2024-01;88,8;;;;\n" +
                "RATE;HG;2024-02;7,50;;;;\n" +
                "RATE;HG;\"2024-03\";\"1,25\";;;;\n" +
                "RATE;HG;2024-04;;17;34;\"Báo cáo \"\"số 12\"\"\";\"dòng một\ndòng hai\"\n" +
                "RATE;\" HG \";2024-05;90;;;;\n" +
                "RATE;HG;2024-06;+3;;;;\n" +
                "RATE;HG;2024-07;0,0;;;;\n");

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Should().BeEmpty();
        var observations = result.Scorecard.Observations.OrderBy(o => o.Period.Start).ToList();
        observations.Select(o => o.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal("88.8", "7.50", "1.25", "50", "90", "3", "0.0"); // 17 / 34 × 100 = 50 (%)
        observations[3].Value.Should().Be(MeasuredValue.FromRateParts(17, 34));
        observations[3].Source!.Document.Should().Be("Báo cáo \"số 12\"");
        observations[3].Source!.Note.Should().Be("dòng một\ndòng hai");
        observations.Select(o => o.Unit.Value).Should().AllBe("HG");
    }

    [Fact]
    public void A_number_that_is_not_plain_in_a_run_is_read_or_refused_with_its_place_as_on_its_own()
    {
        // "1.234,5" has a thousands separator, read by the full rules; "1,2,3" is refused at line 4, column 4; 22 digits
        // are more than a long holds and are read exactly all the same.
        using var folder = new CsvFolder(
            settings: "setting;value\ndecimal_separator;comma",
            observations: "indicator;unit;period;value;numerator;denominator\n" +
                "MODELS;HG;2024-01;1;;\n" +
                "MODELS;HG;2024-02;1.234,5;;\n" +
                "MODELS;HG;2024-03;1,2,3;;\n" +
                "MODELS;HG;2024-04;1234567890123456789012;;\n");

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Select(p => p.ToString()).Should().ContainSingle().Which.Should().StartWith($"{folder.File("observations.csv")}:4:4: value '1,2,3': not a number written with a decimal comma");
        result.Scorecard.Observations.Select(o => o.Value.Value).Should().Equal(1m, 1234.5m, 1234567890123456789012m);
    }
}
