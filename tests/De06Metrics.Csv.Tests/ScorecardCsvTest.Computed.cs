using De06Metrics.Indicators;
using De06Metrics.Tests.Serialization;

namespace De06Metrics.Csv.Tests;

/// <summary>
/// Computed indicators in the CSV folder: the measure's per unit and the formula in their own columns, written only
/// when an indicator needs them, read back equal, and every problem at its cell.
/// </summary>
public sealed class ScorecardCsvComputedTest
{
    private const string Indicators = """
        code;name_vi;measure;count_unit_vi;currency;polarity;decimals;per_unit_vi;per_unit_en;per_unit_en_singular;per_quantity;formula;formula_parts
        LENT;Dư nợ;money;;VND;higherIsBetter;0;;;;;;
        HOUSEHOLDS;Hộ vay;count;hộ;;higherIsBetter;0;;;;;;
        """;

    private const string Settings = "setting;value\ndecimal_separator;comma";

    [Fact]
    public void Computed_indicators_and_measures_per_something_read_back_equal()
    {
        var scorecard = ScorecardSamples.Computed();
        using var folder = new CsvFolder(units: null, indicators: null, targets: null, observations: null, settings: null);

        ScorecardCsv.WriteFolder(scorecard, folder.Path, DecimalSeparator.Comma);
        var read = ScorecardCsv.ReadFolder(folder.Path);

        read.Problems.Should().BeEmpty();
        read.Scorecard.ShouldHoldTheSameItems(scorecard);
        File.ReadAllLines(folder.File("indicators.csv")).Should().Contain(
            "CREDIT.PER_HOUSEHOLD;Dư nợ bình quân;Loan per household;money;;;;VND;millions;;higherIsBetter;2;none;;;hộ;households;household;;ratio;\"CREDIT.LENT; CREDIT.HOUSEHOLDS\"");
    }

    [Fact]
    public void A_scorecard_without_computed_indicators_is_written_without_their_columns()
    {
        var scorecard = ScorecardSamples.Everything();
        using var folder = new CsvFolder(units: null, indicators: null, targets: null, observations: null, settings: null);

        ScorecardCsv.WriteFolder(scorecard, folder.Path, DecimalSeparator.Point);

        File.ReadAllLines(folder.File("indicators.csv"))[0].Should().NotContain("formula").And.NotContain("per_unit");
    }

    [Fact]
    public void The_example_folder_holds_the_loan_per_household_as_a_ratio()
    {
        var read = ScorecardCsv.ReadFolder(Path.Combine(HaGiangExample.Folder, "csv"));

        read.Problems.Should().BeEmpty();
        read.Scorecard.GetIndicator(new IndicatorCode("CREDIT.PER_HOUSEHOLD")).Formula.Should().Be(
            IndicatorFormula.Ratio(new IndicatorCode("CREDIT.LENT"), new IndicatorCode("CREDIT.HOUSEHOLDS")));
    }

    [Theory]
    [InlineData("PER;Bình quân;money;;VND;higherIsBetter;0;hộ;;;;ratio;\"LENT; NOPE\"", 13, "formula_parts 'NOPE': the formula names 'NOPE', which is not in the catalog.")]
    [InlineData("PER;Bình quân;money;;VND;higherIsBetter;0;;;;;ratio;\"LENT; HOUSEHOLDS\"", 12,
        "formula: the formula LENT / HOUSEHOLDS: the measure Money VND (Units) does not follow from its parts: Money VND (Units) per hộ is expected.")]
    [InlineData("PER;Bình quân;money;;VND;higherIsBetter;0;;;;;quotient;\"LENT; HOUSEHOLDS\"", 12, null)]
    [InlineData("PER;Bình quân;money;;VND;higherIsBetter;0;;;;;;LENT", 12,
        "formula: the indicators a value is computed from need a formula: ratio, share, difference or sum.")]
    [InlineData("PER;Bình quân;rate;;;higherIsBetter;0;hộ;;;;;", 8, "per_unit_vi 'hộ': only a count or money can be per something else.")]
    [InlineData("PER;Bình quân;count;;;higherIsBetter;0;người;;;0;;", 11, "per_quantity '0': a measure is per a positive quantity of something.")]
    public void A_bad_formula_or_per_unit_is_a_problem_at_its_cell(string row, int column, string? expected)
    {
        using var folder = new CsvFolder(indicators: Indicators + "\n" + row, settings: Settings, targets: "indicator;unit;period;goal;value", observations: "indicator;unit;period;value");

        var result = ScorecardCsv.ReadFolder(folder.Path);

        var problem = result.Problems.Should().ContainSingle().Which;
        (problem.Location.Line, problem.Location.Column).Should().Be((4, column));
        if (expected is not null)
        {
            problem.ToString().Should().Be($"{folder.File("indicators.csv")}:4:{column}: {expected}");
        }

        result.Scorecard.Indicators.Select(indicator => indicator.Code.Value).Should().Equal("LENT", "HOUSEHOLDS");
    }
}
