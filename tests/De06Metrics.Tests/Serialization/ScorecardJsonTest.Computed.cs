using System.Text;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Serialization;
using De06Metrics.Text;

namespace De06Metrics.Tests.Serialization;

/// <summary>Computed indicators in the JSON file: written, read back equal, and every problem located.</summary>
public partial class ScorecardJsonTest
{
    private const string ComputedHead = """
        {
          "version": 1,
          "units": [ { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" } ],
          "indicators": [
            { "code": "LENT", "name": { "vi": "Dư nợ" }, "measure": { "kind": "money", "currency": "VND" }, "polarity": "higherIsBetter", "decimals": 0 },
            { "code": "HOUSEHOLDS", "name": { "vi": "Hộ vay" }, "measure": { "kind": "count", "unit": { "vi": "hộ" } }, "polarity": "higherIsBetter", "decimals": 0 },

        """;

    private const string ComputedTail = """

          ],
          "targets": [],
          "observations": []
        }
        """;

    [Fact]
    public void Computed_indicators_and_measures_per_something_read_back_equal()
    {
        var scorecard = ScorecardSamples.Computed();

        var json = ScorecardJson.ToJson(scorecard);
        var result = ScorecardJson.Read(Encoding.UTF8.GetBytes(json), "computed.json");

        result.Problems.Should().BeEmpty();
        result.Scorecard.ShouldHoldTheSameItems(scorecard);
        result.Scorecard.Indicators.Select(indicator => indicator.Formula?.Kind).Should().Equal(
            null, null, null, null, null, null, FormulaKind.Ratio, FormulaKind.Ratio, FormulaKind.Share, FormulaKind.Difference, FormulaKind.Sum, FormulaKind.Sum);
        json.Should().Contain("\"perQuantity\": 1000").And.Contain("\"perSingular\": \"household\"");
    }

    [Fact]
    public void The_example_s_loan_per_household_is_read_as_a_ratio_per_household()
    {
        var example = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();

        var perHousehold = example.GetIndicator(new IndicatorCode("CREDIT.PER_HOUSEHOLD"));
        perHousehold.Formula.Should().Be(IndicatorFormula.Ratio(new IndicatorCode("CREDIT.LENT"), new IndicatorCode("CREDIT.HOUSEHOLDS")));
        perHousehold.Measure.Should().Be(Measure.Money(Currency.Vnd, MoneyScale.Millions).Per(new LocalizedText("hộ", "households"), "household"));
    }

    [Theory]
    [InlineData(
        """    { "code": "PER", "name": { "vi": "Bình quân" }, "measure": { "kind": "money", "currency": "VND", "per": { "vi": "hộ" } }, "polarity": "higherIsBetter", "decimals": 0, "formula": { "kind": "ratio", "parts": ["LENT", "NOPE"] } }""",
        "$.indicators[2].formula.parts", "the formula names 'NOPE', which is not in the catalog.")]
    [InlineData(
        """    { "code": "PER", "name": { "vi": "Bình quân" }, "measure": { "kind": "money", "currency": "VND" }, "polarity": "higherIsBetter", "decimals": 0, "formula": { "kind": "ratio", "parts": ["LENT", "HOUSEHOLDS"] } }""",
        "$.indicators[2].formula", "the formula LENT / HOUSEHOLDS: the measure Money VND (Units) does not follow from its parts: Money VND (Units) per hộ is expected.")]
    [InlineData(
        """    { "code": "PER", "name": { "vi": "Bình quân" }, "measure": { "kind": "money", "currency": "VND" }, "polarity": "higherIsBetter", "decimals": 0, "formula": { "kind": "ratio", "parts": ["LENT"] } }""",
        "$.indicators[2].formula.parts", "a ratio is computed from exactly two indicators; 1 was given.")]
    [InlineData(
        """    { "code": "PER", "name": { "vi": "Bình quân" }, "measure": { "kind": "money", "currency": "VND" }, "polarity": "higherIsBetter", "decimals": 0, "formula": { "kind": "quotient", "parts": ["LENT", "HOUSEHOLDS"] } }""",
        "$.indicators[2].formula.kind", null)]
    [InlineData(
        """    { "code": "PER", "name": { "vi": "Bình quân" }, "measure": { "kind": "rate", "per": { "vi": "hộ" } }, "polarity": "higherIsBetter", "decimals": 0 }""",
        "$.indicators[2].measure.per.vi", "only a count or money can be per something else.")]
    [InlineData(
        """    { "code": "PER", "name": { "vi": "Bình quân" }, "measure": { "kind": "count", "per": { "vi": "người" }, "perQuantity": 0 }, "polarity": "higherIsBetter", "decimals": 0 }""",
        "$.indicators[2].measure.perQuantity", "a measure is per a positive quantity of something.")]
    public void A_bad_formula_or_per_unit_is_a_problem_at_its_property(string line, string path, string? message)
    {
        var result = ScorecardJson.Read(Encoding.UTF8.GetBytes(ComputedHead + line + ComputedTail), "bad.json");

        var problem = result.Problems.Should().ContainSingle().Which;
        problem.Location.File.Should().Be("bad.json");
        problem.Location.Line.Should().Be(7, "the indicator under test is on line 7");
        problem.Location.Path.Should().Be(path);
        if (message is not null)
        {
            problem.Message.Should().Be(message);
        }

        result.Scorecard.Indicators.Select(indicator => indicator.Code.Value).Should().Equal("LENT", "HOUSEHOLDS");
    }

    [Fact]
    public void Formulas_that_refer_to_each_other_are_problems_naming_the_chain()
    {
        var result = ScorecardJson.Read(Encoding.UTF8.GetBytes(ComputedHead + """
                { "code": "A", "name": { "vi": "A" }, "measure": { "kind": "count", "unit": { "vi": "hộ" } }, "polarity": "higherIsBetter", "decimals": 0, "formula": { "kind": "sum", "parts": ["B", "HOUSEHOLDS"] } },
                { "code": "B", "name": { "vi": "B" }, "measure": { "kind": "count", "unit": { "vi": "hộ" } }, "polarity": "higherIsBetter", "decimals": 0, "formula": { "kind": "difference", "parts": ["A", "HOUSEHOLDS"] } }
            """ + ComputedTail), "bad.json");

        result.Problems.Select(problem => (problem.Location.Line, problem.Location.Path, problem.Message)).Should().Equal(
            (7, "$.indicators[2].formula", "the formula refers to its own indicator: A → B → A."),
            (8, "$.indicators[3].formula", "the formula refers to its own indicator: B → A → B."));
        result.Scorecard.Indicators.Should().HaveCount(2);
    }
}
