using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;
using De06Metrics.Tests.Text;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

/// <summary>The grade summary: how many rows were exceeded, met, basically met, not met, without data or without a target.</summary>
public class ScorecardGradesTest
{
    private static readonly UnitId P = new("P");
    private static readonly UnitId D1 = new("P.D1");
    private static readonly UnitId D2 = new("P.D2");
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);
    private static readonly IndicatorCode[] Codes = [.. Enumerable.Range(1, 6).Select(i => new IndicatorCode("R" + i))];

    private static readonly UnitRegistry Units = UnitRegistry.Create(
    [
        new ResponsibleUnit(P, new LocalizedText("Tỉnh P"), UnitKind.Province),
        new ResponsibleUnit(D1, new LocalizedText("Huyện 1"), UnitKind.District, P),
        new ResponsibleUnit(D2, new LocalizedText("Huyện 2"), UnitKind.District, P),
    ]);

    private static readonly Indicator[] Catalog =
        [.. Codes.Select(code => new Indicator(code, new LocalizedText("Tỷ lệ " + code.Value, "Rate " + code.Value), Measure.Rate, Polarity.HigherIsBetter))];

    // Six rate indicators against "at least 70%" with a tolerance of 1 point, in district 1:
    // R1 75 (margin +5 > 1: exceeded), R2 70,5 (+0,5: met), R3 69,5 (−0,5, within 1: basically met),
    // R4 68 (−2: not met), R5 no value (no data), R6 80 with no target (not graded).
    // District 2 has R1 at 60 (−10: not met) and nothing else.
    private static ScorecardResult Evaluate()
    {
        Target AtLeast70(IndicatorCode code, UnitId unit) => new(code, unit, Q1, Goal.AtLeast(70m));
        Observation Value(IndicatorCode code, UnitId unit, decimal percent) => new(code, unit, Q1, MeasuredValue.Of(percent));
        var scorecard = Scorecard.Create(
            Catalog,
            Units,
            [AtLeast70(Codes[0], D1), AtLeast70(Codes[1], D1), AtLeast70(Codes[2], D1), AtLeast70(Codes[3], D1), AtLeast70(Codes[4], D1), AtLeast70(Codes[0], D2)],
            [Value(Codes[0], D1, 75m), Value(Codes[1], D1, 70.5m), Value(Codes[2], D1, 69.5m), Value(Codes[3], D1, 68m), Value(Codes[5], D1, 80m), Value(Codes[0], D2, 60m)]);
        return scorecard.Evaluate(Q1, options: new ScorecardOptions(new EvaluationOptions(1m), deriveFromChildren: false));
    }

    [Fact]
    public void A_unit_counts_each_grade_once()
    {
        var grades = Evaluate().GradesFor(D1);
        grades.Exceeded.Should().Be(1);
        grades.Met.Should().Be(1);
        grades.BasicallyMet.Should().Be(1);
        grades.NotMet.Should().Be(1);
        grades.NoData.Should().Be(1);
        grades.WithoutTarget.Should().Be(1);
        grades.Graded.Should().Be(5);
        grades.MetOrExceeded.Should().Be(2);
    }

    [Fact]
    public void The_overall_count_adds_the_units()
    {
        var result = Evaluate();
        result.Grades.NotMet.Should().Be(2, "R4 in district 1 and R1 in district 2");
        result.Grades.Graded.Should().Be(6);
        result.Grades.Should().NotBe(result.GradesFor(D1));
        result.GradesFor(P).Should().Be(default(GradeSummary), "the province has no rows when nothing is derived");
    }

    [Fact]
    public void The_sentence_names_every_grade_reached_in_both_languages()
    {
        var grades = Evaluate().GradesFor(D1);
        grades.Describe(Language.Vietnamese).Should().Be(
            "2/5 chỉ tiêu đạt và vượt; 1 chỉ tiêu cơ bản đạt; 1 chỉ tiêu chưa đạt; 1 chỉ tiêu chưa có số liệu; 1 chỉ tiêu chưa giao mục tiêu");
        grades.Describe(Language.English).Should().Be(
            "2 of 5 indicators met or exceeded; 1 basically met; 1 not met; 1 without data; 1 without a target");
    }

    [Fact]
    public void The_sentence_leaves_out_grades_nobody_reached()
    {
        var grades = Evaluate().GradesFor(D2);
        grades.Describe(Language.Vietnamese).Should().Be("0/1 chỉ tiêu đạt và vượt; 1 chỉ tiêu chưa đạt");
        grades.Describe(Language.English).Should().Be("0 of 1 indicator met or exceeded; 1 not met");
    }

    [Fact]
    public void Nothing_graded_says_so()
    {
        default(GradeSummary).Describe(Language.Vietnamese).Should().Be("chưa có chỉ tiêu nào được giao mục tiêu");
        default(GradeSummary).Describe(Language.English).Should().Be("no indicator has a target");
    }

    [Fact]
    public void The_Ha_Giang_quarter_has_four_targets_exceeded_and_none_not_met()
    {
        // The example file sets four Q1 targets: the report says four rates "vượt chỉ tiêu" (88,8 against 70, 95 against
        // 70, 83,7 against 45, 92,7 against 70). The models have no target of their own for the quarter (their plan is
        // the year's), so nothing is graded not met. Fourteen figures are reported for the quarter and one more, the loan
        // per household, is computed from two of them: 15 − 4 = 11 have no target.
        var example = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();
        var grades = example.Evaluate(HaGiangExample.Q1).Grades;
        grades.Exceeded.Should().Be(4);
        grades.NotMet.Should().Be(0);
        grades.Graded.Should().Be(4);
        grades.WithoutTarget.Should().Be(11);
        grades.Describe(Language.Vietnamese).Should().Be("4/4 chỉ tiêu đạt và vượt; 11 chỉ tiêu chưa giao mục tiêu");
    }

    [Fact]
    [Trait("Category", "Text")]
    public void Every_word_of_the_sentence_comes_from_the_phrase_book() =>
        PseudoLanguage.WordsIn(Evaluate().GradesFor(D1).Describe(PseudoLanguage.Instance)).Should().BeEmpty();

    [Fact]
    public void Counting_refuses_null() =>
        FluentActions.Invoking(() => GradeSummary.Of(null!)).Should().Throw<ArgumentNullException>().WithParameterName("rows");
}
