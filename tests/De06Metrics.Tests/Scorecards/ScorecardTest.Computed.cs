using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

/// <summary>
/// Indicators computed from others inside a scorecard: each unit's value from its own parts, a parent's from its
/// rolled-up parts (never a mean of the children's ratios), no value with the reason when a part is missing or the
/// denominator is zero, and formulas that refer to themselves refused when the scorecard is built.
/// </summary>
[Trait("Category", "Text")]
public class ScorecardComputedTest
{
    private static readonly UnitId P = new("P");
    private static readonly UnitId C1 = new("P.C1");
    private static readonly UnitId C2 = new("P.C2");
    private static readonly IndicatorCode Visits = new("VISITS");
    private static readonly IndicatorCode People = new("PEOPLE");
    private static readonly IndicatorCode PerPerson = new("VISITS.PER_PERSON");
    private static readonly IndicatorCode PerThousand = new("VISITS.PER_1000");
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);

    private static readonly UnitRegistry Units = UnitRegistry.Create(
    [
        new ResponsibleUnit(P, new LocalizedText("Huyện P", "District P"), UnitKind.District),
        new ResponsibleUnit(C1, new LocalizedText("Xã 1", "Commune 1"), UnitKind.Commune, P),
        new ResponsibleUnit(C2, new LocalizedText("Xã 2", "Commune 2"), UnitKind.Commune, P),
    ]);

    private static readonly Measure VisitCount = Measure.Count(new LocalizedText("lượt", "visits"), "visit");
    private static readonly LocalizedText Persons = new("người", "people");

    private static readonly Indicator[] Catalog =
    [
        new(Visits, new LocalizedText("Lượt khám", "Visits"), VisitCount, Polarity.HigherIsBetter, 0),
        new(People, new LocalizedText("Dân số", "Population"), Measure.Count(Persons, "person"), Polarity.HigherIsBetter, 0),
        new Indicator(PerPerson, new LocalizedText("Lượt khám bình quân", "Visits per person"), VisitCount.Per(Persons, "person"), Polarity.HigherIsBetter, 2)
            .DefinedAs(IndicatorFormula.Ratio(Visits, People)),
        new Indicator(PerThousand, new LocalizedText("Lượt khám trên 1.000 dân", "Visits per 1,000 people"), VisitCount.Per(Persons, quantity: 1000m), Polarity.HigherIsBetter, 0)
            .DefinedAs(IndicatorFormula.Ratio(Visits, People)),
    ];

    private static Scorecard With(params Observation[] observations) => Scorecard.Create(Catalog, Units, [], observations);

    private static Observation Figure(IndicatorCode code, UnitId unit, decimal value) => new(code, unit, Q1, MeasuredValue.Of(value));

    [Fact]
    public void A_parent_is_computed_from_its_rolled_up_parts_not_from_its_children_s_ratios()
    {
        // Commune 1: 10 visits of 100 people; commune 2: 30 of 100. The district: (10 + 30) ÷ (100 + 100) = 40 ÷ 200 = 0,2.
        var result = With(Figure(Visits, C1, 10m), Figure(People, C1, 100m), Figure(Visits, C2, 30m), Figure(People, C2, 100m)).Evaluate(Q1);

        result.Find(PerPerson, C1)!.Actual.Should().Be(MeasuredValue.Of(0.1m));
        result.Find(PerPerson, C2)!.Actual.Should().Be(MeasuredValue.Of(0.3m));
        var district = result.Find(PerPerson, P)!;
        district.Actual.Should().Be(MeasuredValue.Of(0.2m));
        district.Origin.Should().Be(ValueOrigin.Computed);
        district.DerivedFromChildren.Should().Be(0, "the value is computed from the district's parts, not rolled up from its children");
        district.DescribeValue(Language.Vietnamese).Should().Be("0,20 lượt/người");
        district.DescribeValue(Language.English).Should().Be("0.20 visits per person");
        // × 1 000: 40 × 1 000 ÷ 200 = 200 visits per 1 000 people.
        result.Find(PerThousand, P)!.DescribeValue(Language.Vietnamese).Should().Be("200 lượt/1.000 người");
        result.Find(PerThousand, P)!.DescribeValue(Language.English).Should().Be("200 visits per 1,000 people");
    }

    [Fact]
    public void Unequal_denominators_show_the_ratio_of_sums_is_not_the_mean_of_ratios()
    {
        // 10 ÷ 100 = 0,1 and 30 ÷ 50 = 0,6, whose mean is 0,35; the district has (10 + 30) ÷ (100 + 50) = 40 ÷ 150 = 0,2666…
        var district = With(Figure(Visits, C1, 10m), Figure(People, C1, 100m), Figure(Visits, C2, 30m), Figure(People, C2, 50m)).Evaluate(Q1).Find(PerPerson, P)!;

        district.Actual!.Value.Value.Should().Be(40m / 150m).And.NotBe(0.35m);
        district.DescribeValue(Language.Vietnamese).Should().Be("0,27 lượt/người");
    }

    [Fact]
    public void A_zero_denominator_gives_no_value_and_says_why()
    {
        var commune = With(Figure(Visits, C1, 0m), Figure(People, C1, 0m)).Evaluate(Q1).Find(PerPerson, C1)!;

        commune.Actual.Should().BeNull();
        commune.MissingValueReason.Should().Be(NotMeaningfulReason.ZeroDenominator);
        commune.DerivationProblem.Should().Be("the denominator of VISITS / PEOPLE is zero.");
        commune.DescribeValue(Language.Vietnamese).Should().Be("không tính được vì mẫu số bằng 0");
        commune.DescribeValue(Language.English).Should().Be("not computed, because the denominator is zero");
    }

    [Fact]
    public void A_missing_part_gives_no_value_and_says_why()
    {
        var result = With(Figure(Visits, C1, 10m)).Evaluate(Q1);
        var commune = result.Find(PerPerson, C1)!;

        commune.Actual.Should().BeNull();
        commune.MissingValueReason.Should().Be(NotMeaningfulReason.MissingPart);
        commune.DescribeValue(Language.Vietnamese).Should().Be("không tính được vì thiếu số liệu của chỉ tiêu thành phần");
        commune.DescribeValue(Language.English).Should().Be("not computed, because a figure it is computed from is missing");
        result.Find(PerPerson, C2).Should().BeNull("a unit where no part has a figure has no row, as an indicator with nothing reported");
    }

    [Fact]
    public void A_target_on_a_computed_indicator_is_judged_like_any_other()
    {
        var scorecard = Scorecard.Create(Catalog, Units, [new Target(PerThousand, P, Q1, Goal.AtLeast(400m))],
            [Figure(Visits, C1, 10m), Figure(People, C1, 100m), Figure(Visits, C2, 30m), Figure(People, C2, 100m)]);

        // 200 per 1 000 against at least 400: 200 short, half the target.
        var district = scorecard.Evaluate(Q1).Find(PerThousand, P)!;
        district.Status.Should().Be(TargetStatus.NotMet);
        district.Evaluation!.Margin.Should().Be(-200m);
        district.Evaluation.Attainment.Value.Should().Be(0.5m);
    }

    [Fact]
    public void A_formula_that_refers_to_itself_through_others_is_refused_with_the_chain()
    {
        var a = new IndicatorCode("A");
        var b = new IndicatorCode("B");
        Indicator[] catalog =
        [
            .. Catalog,
            new Indicator(a, new LocalizedText("A"), VisitCount, Polarity.HigherIsBetter, 0).DefinedAs(IndicatorFormula.Sum(b, Visits)),
            new Indicator(b, new LocalizedText("B"), VisitCount, Polarity.HigherIsBetter, 0).DefinedAs(IndicatorFormula.Difference(a, Visits)),
        ];

        var build = () => Scorecard.Create(catalog, Units, [], []);

        build.Should().Throw<ScorecardException>().Which.Problems.Select(problem => problem.ToString()).Should().Equal(
            "indicator 4 (A): the formula refers to its own indicator: A → B → A.",
            "indicator 5 (B): the formula refers to its own indicator: B → A → B.");
    }

    [Fact]
    public void A_formula_that_names_its_own_indicator_is_refused()
    {
        var self = new IndicatorCode("SELF");
        Indicator[] catalog = [.. Catalog, new Indicator(self, new LocalizedText("S"), VisitCount, Polarity.HigherIsBetter, 0).DefinedAs(IndicatorFormula.Sum(self, Visits))];

        Scorecard.Validate(catalog, Units, [], []).Select(problem => problem.ToString()).Should().Equal(
            "indicator 4 (SELF): the formula refers to its own indicator: SELF → SELF.");
    }

    [Fact]
    public void A_formula_whose_parts_are_unknown_or_whose_measure_does_not_follow_is_refused()
    {
        Indicator[] catalog =
        [
            .. Catalog,
            new Indicator(new IndicatorCode("X"), new LocalizedText("X"), VisitCount, Polarity.HigherIsBetter, 0).DefinedAs(IndicatorFormula.Ratio(Visits, new IndicatorCode("NOPE"))),
            new Indicator(new IndicatorCode("Y"), new LocalizedText("Y"), VisitCount, Polarity.HigherIsBetter, 0).DefinedAs(IndicatorFormula.Ratio(Visits, People)),
        ];

        Scorecard.Validate(catalog, Units, [], []).Select(problem => problem.ToString()).Should().Equal(
            "indicator 4 (X): the formula names 'NOPE', which is not in the catalog.",
            "indicator 5 (Y): the formula VISITS / PEOPLE: the measure Count (visits) does not follow from its parts: Count (visits) per people is expected.");
    }

    [Fact]
    public void A_figure_reported_for_a_computed_indicator_is_refused()
    {
        Scorecard.Validate(Catalog, Units, [], [Figure(PerPerson, P, 0.2m)]).Select(problem => problem.Message).Should().Equal(
            "the indicator 'VISITS.PER_PERSON' is computed by its formula (VISITS / PEOPLE), so no figure is reported for it.");
    }
}
