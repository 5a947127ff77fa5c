using De06Metrics.Csv;

namespace De06Metrics.Csv.Tests;

/// <summary>Root causes first: what follows from a table not read or a row left out is counted, not listed as other faults.</summary>
public partial class ScorecardCsvTest
{
    [Fact]
    public void A_units_table_that_cannot_be_read_is_the_one_problem_and_the_rows_naming_units_are_counted()
    {
        // Without its kind column no unit is read; the target (line 2) and the two observations (lines 2, 3) name HG.
        using var folder = new CsvFolder(units: "id,name_vi\nHG,Tỉnh Hà Giang\nHG.CA,Công an tỉnh");

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Select(p => p.ToString()).Should().Equal(
            $"{folder.File("units.csv")}:1: the header has no column 'kind', which the units table needs; its rows were not read.",
            $"{folder.File("units.csv")}:1: 3 items of the other tables naming a unit were left out, since the units were not read; they are not listed one by one.");
        result.Scorecard.Observations.Should().BeEmpty();
    }

    [Fact]
    public void A_missing_units_file_is_the_one_problem_and_the_rows_naming_units_are_counted()
    {
        using var folder = new CsvFolder(units: null);

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Select(p => p.ToString()).Should().Equal(
            $"{folder.File("units.csv")}: the file is missing; a scorecard folder has units.csv, indicators.csv, targets.csv, observations.csv (successions.csv, notes.csv, trajectories.csv and settings.csv are optional).",
            $"{folder.File("units.csv")}: 3 items of the other tables naming a unit were left out, since the units were not read; they are not listed one by one.");
    }

    [Fact]
    public void A_bad_polarity_word_says_so_and_the_rows_naming_its_indicator_are_counted_not_called_missing()
    {
        // RATE's row is line 2, its polarity column 4; the target (line 2) and an observation (line 2) name RATE.
        using var folder = new CsvFolder(indicators: CsvFolder.Indicators.Replace("rate,higherIsBetter", "rate,higherIsBest", StringComparison.Ordinal));

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Select(p => p.ToString()).Should().Equal(
            $"{folder.File("indicators.csv")}:2:4: polarity 'higherIsBest': expected 'higherIsBetter', 'lowerIsBetter' or 'withinBand'.",
            $"{folder.File("indicators.csv")}:2: 2 items of the other tables naming this indicator were left out with it; they are not listed one by one.");
        result.Scorecard.Observations.Should().ContainSingle().Which.Indicator.Value.Should().Be("MODELS");
    }
}
