using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

public partial class ScorecardTest
{
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);
    private static readonly UnitId Province = new("HG");
    private static readonly UnitId Police = new("HG.CA");
    private static readonly IndicatorCode Online = new("DVC.ONLINE");
    private static readonly IndicatorCode Models = new("MO_HINH");

    private static readonly UnitRegistry Units = UnitRegistry.Create(
    [
        new ResponsibleUnit(Province, new LocalizedText("Tỉnh Hà Giang"), UnitKind.Province),
        new ResponsibleUnit(Police, new LocalizedText("Công an tỉnh"), UnitKind.Agency, Province),
    ]);

    private static readonly Indicator[] Catalog =
    [
        new(Online, new LocalizedText("Tỷ lệ hồ sơ trực tuyến"), Measure.Rate, Polarity.HigherIsBetter),
        new(Models, new LocalizedText("Mô hình đã triển khai"), Measure.Count(), Polarity.HigherIsBetter, displayDecimals: 0),
    ];

    [Fact]
    public void Sound_data_builds_a_scorecard_that_finds_its_items()
    {
        var target = new Target(Online, Province, Q1, Goal.AtLeast(70m));
        var observation = new Observation(Online, Province, Q1, MeasuredValue.Of(88.8m));
        var scorecard = Scorecard.Create(Catalog, Units, [target], [observation]);
        scorecard.GetIndicator(Online).Should().BeSameAs(Catalog[0]);
        scorecard.FindTarget(new IndicatorKey(Online, Province, Q1)).Should().BeSameAs(target);
        scorecard.FindObservation(new IndicatorKey(Online, Province, ReportingPeriod.Parse("Q1 2024"))).Should().BeSameAs(observation);
        scorecard.FindObservation(new IndicatorKey(Models, Province, Q1)).Should().BeNull();
        scorecard.Periods.Should().Equal(Q1);
    }

    [Fact]
    public void Every_problem_is_listed_with_its_item_not_only_the_first()
    {
        Target[] targets =
        [
            new(Online, Province, Q1, Goal.AtLeast(70m)),
            new(Online, Province, Q1, Goal.AtLeast(75m)),
            new(new IndicatorCode("UNKNOWN"), Province, Q1, Goal.AtLeast(1m)),
            new(Online, Province, Q1.Previous(), Goal.AtLeast(120m)),
            new(Models, Police, Q1, Goal.Yes()),
            new(Online, Police, Q1, Goal.AtMost(5m)),
        ];
        Observation[] observations =
        [
            new(Online, new UnitId("TQ"), Q1, MeasuredValue.Of(50m)),
            new(Models, Province, Q1, MeasuredValue.Of(-1m)),
        ];

        var problems = Scorecard.Validate(Catalog, Units, targets, observations);

        problems.Select(p => p.ToString()).Should().Equal(
            "target 1 (DVC.ONLINE HG Q1 2024): an earlier target has the same indicator, unit and period.",
            "target 2 (UNKNOWN HG Q1 2024): the indicator 'UNKNOWN' is not in the catalog.",
            "target 3 (DVC.ONLINE HG Q4 2023): The goal '≥ 120' does not fit the measure of indicator 'DVC.ONLINE': this rate cannot exceed 100% (120%).",
            "target 4 (MO_HINH HG.CA Q1 2024): The goal 'yes' (YesNo) does not fit indicator 'MO_HINH', which measures Count: yes/no goals go with yes/no measures only.",
            "target 5 (DVC.ONLINE HG.CA Q1 2024): The goal '≤ 5' (AtMost) does not fit indicator 'DVC.ONLINE', whose polarity is HigherIsBetter: an at-least goal needs HigherIsBetter, an at-most goal LowerIsBetter, a range or exact goal WithinBand.",
            "observation 0 (DVC.ONLINE TQ Q1 2024): the unit 'TQ' is not registered.",
            "observation 1 (MO_HINH HG Q1 2024): the value -1 does not fit Count: a count cannot be negative (-1).");

        var act = () => Scorecard.Create(Catalog, Units, targets, observations);
        act.Should().Throw<ScorecardException>().Which.Problems.Should().HaveCount(7);
    }

    [Fact]
    public void A_duplicate_indicator_code_and_an_unknown_responsible_unit_are_problems()
    {
        var orphan = new Indicator(Models, new LocalizedText("Trùng mã"), Measure.Count(), Polarity.HigherIsBetter,
            responsibility: new Responsibility(new UnitId("HG.STP")));
        var problems = Scorecard.Validate([.. Catalog, orphan], Units, [], []);
        problems.Select(p => p.ToString()).Should().Equal(
            "indicator 2 (MO_HINH): the code 'MO_HINH' is used by an earlier indicator too.",
            "indicator 2 (MO_HINH): the responsible unit 'HG.STP' is not registered.");
    }

    [Fact]
    public void A_null_item_is_refused_with_its_position()
    {
        var act = () => Scorecard.Create(Catalog, Units, [null!], []);
        act.Should().Throw<ArgumentNullException>().WithParameterName("targets").WithMessage("Item 0 is null*");
    }

    [Fact]
    public void Asking_for_an_unknown_indicator_names_it()
    {
        var scorecard = Scorecard.Create(Catalog, Units, [], []);
        var act = () => scorecard.GetIndicator(new IndicatorCode("NOPE"));
        act.Should().Throw<ArgumentException>().WithParameterName("code").WithMessage("*'NOPE'*");
    }
}
