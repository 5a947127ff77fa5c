using De06Metrics.Growth;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Timeline;

namespace De06Metrics.Csv.Tests;

/// <summary>The scorecard's options as settings of settings.csv: read, written back byte for byte, every bad value at its cell.</summary>
public partial class ScorecardCsvTest
{
    private const string SettingsWithOptions = CsvFolder.Settings + """

        tolerance,0.5
        comparison,previousPeriod
        comparison_period,2023
        derive_from_children,false
        across_unit_changes,notComparable
        figures,latestAvailable
        require_note_when_not_met,true
        across_period_kinds,refuse
        """;

    [Fact]
    public void The_options_are_read_from_the_settings()
    {
        using var folder = new CsvFolder(settings: SettingsWithOptions);

        var options = ScorecardCsv.ReadFolder(folder.Path).EnsureValid().Options;

        options.Evaluation.Tolerance.Should().Be(0.5m);
        options.Comparison.Should().Be(PeriodComparison.PreviousPeriod);
        options.ComparisonPeriod.Should().Be(ReportingPeriod.ForYear(2023));
        options.DeriveFromChildren.Should().BeFalse();
        options.AcrossUnitChanges.Should().Be(UnitChangeComparison.NotComparable);
        options.Figures.Should().Be(FigureChoice.LatestAvailable);
        options.RequireNoteWhenNotMet.Should().BeTrue();
        options.AcrossPeriodKinds.Should().Be(PeriodKindMismatch.Refuse);
    }

    [Fact]
    public void The_options_are_written_and_read_back_byte_for_byte()
    {
        using var folder = new CsvFolder(settings: SettingsWithOptions);
        var scorecard = ScorecardCsv.ReadFolder(folder.Path).EnsureValid();

        foreach (var separator in new[] { DecimalSeparator.Point, DecimalSeparator.Comma })
        {
            using var again = new CsvFolder(null, null, null, null, null);
            ScorecardCsv.WriteFolder(scorecard, again.Path, separator);
            var settings = File.ReadAllText(again.File("settings.csv"));
            var read = ScorecardCsv.ReadFolder(again.Path).EnsureValid();
            read.Options.Evaluation.Tolerance.Should().Be(0.5m);
            read.Options.AcrossPeriodKinds.Should().Be(PeriodKindMismatch.Refuse);

            using var third = new CsvFolder(null, null, null, null, null);
            ScorecardCsv.WriteFolder(read, third.Path, separator);
            File.ReadAllText(third.File("settings.csv")).Should().Be(settings);
            var c = separator == DecimalSeparator.Comma ? ";" : ",";
            settings.TrimStart('\uFEFF').ReplaceLineEndings("\n").Should().EndWith(string.Join("\n",
                $"tolerance{c}{(separator == DecimalSeparator.Comma ? "0,5" : "0.5")}",
                $"comparison{c}previousPeriod",
                $"comparison_period{c}2023",
                $"derive_from_children{c}false",
                $"across_unit_changes{c}notComparable",
                $"figures{c}latestAvailable",
                $"require_note_when_not_met{c}true",
                $"across_period_kinds{c}refuse") + "\n");
        }
    }

    [Fact]
    public void A_folder_without_options_reads_as_the_defaults_and_writes_none()
    {
        using var folder = new CsvFolder();
        var plain = ScorecardCsv.ReadFolder(folder.Path).EnsureValid();

        plain.Options.Should().BeSameAs(ScorecardOptions.Default);
        ScorecardCsv.WriteFolder(plain, folder.Path, DecimalSeparator.Point);
        File.ReadAllText(folder.File("settings.csv")).Should().NotContain("tolerance").And.NotContain("comparison");
    }

    [Theory]
    [InlineData("tolerance,0.5", "tolerance,-1", 3, "value '-1': expected a tolerance, a number not below 0")]
    [InlineData("comparison,previousPeriod", "comparison,lastYear", 4, "value 'lastYear': expected 'samePeriodLastYear' or 'previousPeriod'.")]
    [InlineData("comparison_period,2023", "comparison_period,Q5 2023", 5, "value 'Q5 2023': expected a period")]
    [InlineData("derive_from_children,false", "derive_from_children,no", 6, "value 'no': expected true or false.")]
    [InlineData("across_period_kinds,refuse", "across_period_kinds,warn", 10, "value 'warn': expected 'flag', 'allow' or 'refuse'.")]
    public void A_bad_option_is_reported_at_its_cell_and_the_others_are_kept(string good, string bad, int line, string expected)
    {
        using var folder = new CsvFolder(settings: SettingsWithOptions.Replace(good, bad, StringComparison.Ordinal));

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Should().ContainSingle().Which.ToString().Should().StartWith($"{folder.File("settings.csv")}:{line}:2: {expected}");
        result.Scorecard.Options.RequireNoteWhenNotMet.Should().BeTrue("the good options are kept");
    }

    [Fact]
    public void A_repeated_option_is_reported_at_its_second_place()
    {
        using var folder = new CsvFolder(settings: SettingsWithOptions + "\ntolerance,2");

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Should().ContainSingle().Which.ToString().Should().StartWith($"{folder.File("settings.csv")}:11:1: setting 'tolerance': the setting is repeated; its first place is line 3.");
        result.Scorecard.Options.Evaluation.Tolerance.Should().Be(0.5m);
    }
}
