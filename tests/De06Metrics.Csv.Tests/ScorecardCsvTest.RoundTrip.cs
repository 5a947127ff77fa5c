using System.Text;
using De06Metrics.Csv;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;

namespace De06Metrics.Csv.Tests;

public partial class ScorecardCsvTest
{
    private static string ExampleCsv => Path.Combine(HaGiangExample.Folder, "csv");

    [Fact]
    public void The_example_folder_reads_without_problems_and_equals_the_example_json()
    {
        var json = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();

        var result = ScorecardCsv.ReadFolder(ExampleCsv);

        result.Problems.Should().BeEmpty();
        result.Scorecard.ShouldHoldTheSameItems(json);
        result.Scorecard.Observations.Select(o => (o.Indicator.Value, o.Period, o.Value)).Should().Equal(HaGiangExample.Figures());
    }

    [Fact]
    public void Writing_the_example_with_a_decimal_comma_gives_back_the_example_folder_byte_for_byte()
    {
        var scorecard = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();
        using var folder = new CsvFolder(null, null, null, null, null);

        ScorecardCsv.WriteFolder(scorecard, folder.Path, DecimalSeparator.Comma);

        foreach (var name in new[] { "settings.csv", "units.csv", "indicators.csv", "targets.csv", "observations.csv" })
        {
            File.ReadAllBytes(folder.File(name)).Should().Equal(File.ReadAllBytes(Path.Combine(ExampleCsv, name)), name);
        }
    }

    [Theory]
    [InlineData(DecimalSeparator.Comma, ';')]
    [InlineData(DecimalSeparator.Point, ',')]
    public void Writing_then_reading_gives_equal_items_with_either_decimal_separator(DecimalSeparator separator, char fieldSeparator)
    {
        var scorecard = ScorecardSamples.Everything();
        using var folder = new CsvFolder(null, null, null, null, null);

        ScorecardCsv.WriteFolder(scorecard, folder.Path, separator);
        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Should().BeEmpty();
        result.Scorecard.ShouldHoldTheSameItems(scorecard);
        var bytes = File.ReadAllBytes(folder.File("observations.csv"));
        bytes.Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF }, "Excel reads Vietnamese letters right only with a byte order mark");
        var observations = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        observations.Should().StartWith("indicator" + fieldSeparator + "unit" + fieldSeparator + "period");
        observations.Should().Contain(separator == DecimalSeparator.Comma ? "-2527000,125" : "-2527000.125");
        // A cell holding the separator and quotes is quoted, quotes doubled (RFC 4180).
        File.ReadAllText(folder.File("units.csv")).Should().Contain("\"Xã Minh Xuân; \"\"thí điểm\"\"\"");
    }

    [Fact]
    public void The_callers_decimal_separator_serves_a_folder_without_settings()
    {
        using var folder = new CsvFolder(settings: null, observations: """
            indicator;unit;period;value;numerator;denominator;as_of
            RATE;HG;Quý I/2024;88,8;;;10/03/2024
            MODELS;HG;Q1 2024;;17;33;
            RATE;HG.CA;Quý I/2024;1.234,5;;;
            """);

        var result = ScorecardCsv.ReadFolder(folder.Path, DecimalSeparator.Comma);

        result.Problems.Select(p => p.ToString()).Should().Equal(
            $"{folder.File("observations.csv")}:4:4: value: the value 1234.5 does not fit Rate: this rate cannot exceed 100% (1234.5%).");
        result.Scorecard.Observations[0].Value.Value.Should().Be(88.8m);
        result.Scorecard.Observations[0].AsOf.Should().Be(new LocalDate(2024, 3, 10));
    }

    /// <summary>
    /// Defect found by the reliability round-trip properties: every cell was trimmed, so a name written as
    /// "Tỉnh Hà Giang\n" or "\tCông an tỉnh" read back without its white space. Names, count units and a source's
    /// document and note are now read as written (the writer quotes what needs quoting); ids, codes, words, numbers and
    /// dates are still trimmed.
    /// </summary>
    [Theory]
    [InlineData(DecimalSeparator.Comma)]
    [InlineData(DecimalSeparator.Point)]
    public void Free_text_with_white_space_at_its_ends_reads_back_as_written(DecimalSeparator separator)
    {
        var scorecard = ScorecardSamples.PaddedText();
        using var folder = new CsvFolder(null, null, null, null, null);

        ScorecardCsv.WriteFolder(scorecard, folder.Path, separator);
        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Should().BeEmpty();
        result.Scorecard.ShouldHoldTheSameItems(scorecard);
    }

    [Fact]
    public void Padded_ids_and_numbers_are_still_trimmed()
    {
        using var folder = new CsvFolder(observations: "indicator,unit,period,value\n RATE , HG ,Quý I/2024, 88.8 ");

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Should().BeEmpty();
        result.Scorecard.Observations.Should().ContainSingle().Which.Value.Value.Should().Be(88.8m);
    }

    [Fact]
    public void A_scorecard_that_cannot_be_written_leaves_the_folder_as_it_was()
    {
        // The example is written first; then a scorecard whose coordinating unit id holds ';' is refused by the
        // indicators table, the second table written: the units file before it must not have been replaced either.
        var example = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();
        using var folder = new CsvFolder(null, null, null, null, null);
        ScorecardCsv.WriteFolder(example, folder.Path, DecimalSeparator.Comma);
        var before = Directory.GetFiles(folder.Path).Order().Select(File.ReadAllBytes).ToList();

        var units = Units.UnitRegistry.Create(
        [
            new Units.ResponsibleUnit(new Units.UnitId("HG"), new Text.LocalizedText("Tỉnh Hà Giang"), Units.UnitKind.Province),
            new Units.ResponsibleUnit(new Units.UnitId("Sở A;B"), new Text.LocalizedText("Sở A và B"), Units.UnitKind.Department, new Units.UnitId("HG")),
        ]);
        var indicator = new Indicators.Indicator(new Indicators.IndicatorCode("X"), new Text.LocalizedText("X"), Measures.Measure.Rate, Measures.Polarity.HigherIsBetter,
            responsibility: new Units.Responsibility(new Units.UnitId("HG"), [new Units.UnitId("Sở A;B")]));
        var unwritable = Scorecards.Scorecard.Create([indicator], units, [], []);

        var act = () => ScorecardCsv.WriteFolder(unwritable, folder.Path, DecimalSeparator.Comma);

        act.Should().Throw<ArgumentException>().WithMessage("*'Sở A;B'*");
        Directory.GetFiles(folder.Path).Order().Select(File.ReadAllBytes).Should().BeEquivalentTo(before, options => options.WithStrictOrdering());
    }
}
