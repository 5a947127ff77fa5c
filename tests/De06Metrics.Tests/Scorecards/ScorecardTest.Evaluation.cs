using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

public class ScorecardEvaluationTest
{
    private static readonly UnitId P = new("P");
    private static readonly UnitId D1 = new("P.D1");
    private static readonly UnitId D2 = new("P.D2");
    private static readonly IndicatorCode Online = new("ONLINE");
    private static readonly IndicatorCode Dossiers = new("DOSSIERS");
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);
    private static readonly ReportingPeriod Year = ReportingPeriod.ForYear(2024);

    private static readonly UnitRegistry Units = UnitRegistry.Create(
    [
        new ResponsibleUnit(P, new LocalizedText("Tỉnh P"), UnitKind.Province),
        new ResponsibleUnit(D1, new LocalizedText("Huyện 1"), UnitKind.District, P),
        new ResponsibleUnit(D2, new LocalizedText("Huyện 2"), UnitKind.District, P),
    ]);

    private static readonly Indicator[] Catalog =
    [
        new(Online, new LocalizedText("Tỷ lệ trực tuyến", "Online rate"), Measure.Rate, Polarity.HigherIsBetter),
        new(Dossiers, new LocalizedText("Hồ sơ số hóa", "Dossiers digitised"), Measure.Count(), Polarity.HigherIsBetter, 0),
    ];

    private static Observation Rate(UnitId unit, ReportingPeriod period, decimal numerator, decimal denominator) =>
        new(Online, unit, period, MeasuredValue.FromRateParts(numerator, denominator));

    [Fact]
    public void A_parent_rate_is_derived_by_adding_its_childrens_parts()
    {
        var scorecard = Scorecard.Create(Catalog, Units, [], [Rate(D1, Q1, 80m, 100m), Rate(D2, Q1, 30m, 50m)]);
        var province = scorecard.Evaluate(Q1).Find(Online, P)!;
        province.Origin.Should().Be(ValueOrigin.Derived);
        province.DerivedFromChildren.Should().Be(2);
        province.Actual!.Value.Numerator.Should().Be(110m);
        province.Actual.Value.Denominator.Should().Be(150m);
        province.DescribeValue(Language.Vietnamese).Should().Be("110/150 (73,3%)");
    }

    [Fact]
    public void A_reported_parent_that_disagrees_with_its_children_is_flagged()
    {
        // Reported 70% (the mean of 80% and 60%) against 73,3% from the parts: the classic averaging error.
        var scorecard = Scorecard.Create(Catalog, Units, [],
            [Rate(D1, Q1, 80m, 100m), Rate(D2, Q1, 30m, 50m), new Observation(Online, P, Q1, MeasuredValue.Of(70m))]);
        var province = scorecard.Evaluate(Q1).Find(Online, P)!;
        province.Origin.Should().Be(ValueOrigin.Reported);
        province.Actual!.Value.Value.Should().Be(70m);
        province.HasConflict.Should().BeTrue();
    }

    [Fact]
    public void A_child_rate_without_parts_is_a_derivation_problem_not_an_average()
    {
        var scorecard = Scorecard.Create(Catalog, Units, [], [Rate(D1, Q1, 80m, 100m), new Observation(Online, D2, Q1, MeasuredValue.Of(60m))]);
        var province = scorecard.Evaluate(Q1).Find(Online, P)!;
        province.Actual.Should().BeNull();
        province.Origin.Should().Be(ValueOrigin.None);
        province.DerivationProblem.Should().Contain("never by averaging percentages");
    }

    [Fact]
    public void Peers_of_one_kind_under_one_parent_are_ranked_by_polarity()
    {
        var scorecard = Scorecard.Create(Catalog, Units, [], [Rate(D1, Q1, 80m, 100m), Rate(D2, Q1, 30m, 50m)]);
        var result = scorecard.Evaluate(Q1);
        result.Find(Online, D1)!.PeerRank!.Value.ToString().Should().Be("1/2");
        result.Find(Online, D2)!.PeerRank!.Value.ToString().Should().Be("2/2");
        result.Find(Online, P)!.PeerRank.Should().BeNull("a province has no peers here");
    }

    [Fact]
    public void A_change_compares_with_the_same_period_last_year_by_default()
    {
        var lastYear = ReportingPeriod.ForQuarter(2023, 1);
        var scorecard = Scorecard.Create(Catalog, Units, [], [Rate(D2, Q1, 30m, 50m), Rate(D2, lastYear, 70m, 100m)]);
        var row = scorecard.Evaluate(Q1).Find(Online, D2)!;
        row.BasePeriod.Should().Be(lastYear);
        row.Change!.Amount.Should().Be(-10m);
        row.IsDeclining.Should().BeTrue();
        row.Describe(Language.Vietnamese).Should().Be("Tỷ lệ trực tuyến đạt 30/50 (60,0%; giảm 10,0 điểm phần trăm so với cùng kỳ năm 2023, xếp thứ 1/1)".Replace(", xếp thứ 1/1", string.Empty));
    }

    [Fact]
    public void A_count_counted_to_a_date_is_judged_against_the_time_elapsed_plan()
    {
        // A yearly target of 1 000 and 150 reached by 10/3/2024: expected 1 000 × 70/366 = 191,26, so behind schedule.
        var target = new Target(Dossiers, D1, Year, Goal.AtLeast(1000m));
        var scorecard = Scorecard.Create(Catalog, Units, [target],
            [new Observation(Dossiers, D1, Year, MeasuredValue.Of(150m), new LocalDate(2024, 3, 10))]);
        var row = scorecard.Evaluate(Year).Find(Dossiers, D1)!;
        row.IsBehindSchedule.Should().BeTrue();
        decimal.Round(row.Schedule!.ExpectedValue, 2).Should().Be(191.26m);
        row.Status.Should().Be(TargetStatus.NotMet);
    }

    [Fact]
    public void The_lagging_report_orders_by_severity_and_names_no_data()
    {
        // D1: 150 of 1 000 by 10/3 (not met, behind); D2: a target and no figure at all.
        Target[] targets = [new(Dossiers, D1, Year, Goal.AtLeast(1000m)), new(Dossiers, D2, Year, Goal.AtLeast(800m))];
        var scorecard = Scorecard.Create(Catalog, Units, targets,
            [new Observation(Dossiers, D1, Year, MeasuredValue.Of(150m), new LocalDate(2024, 3, 10))]);
        var report = scorecard.Evaluate(Year).Lagging();

        report.Sections.Select(s => s.Lead.Id).Should().Equal(D1, D2);
        var behind = report.Sections[0].Items.Should().ContainSingle().Subject;
        behind.Reasons.Should().Be(LaggingReasons.NotMet | LaggingReasons.BehindSchedule);
        // Shortfall 1 − 150/1000 = 0,85, weighted by 1 + 70/366 of the year elapsed.
        behind.Severity.Should().Be(0.85m * (1m + (70m / 366m)));
        var missing = report.Sections[1].Items.Should().ContainSingle().Subject;
        missing.Reasons.Should().Be(LaggingReasons.NoData);
        missing.Severity.Should().Be(2m);
        missing.Describe(Language.English).Should().Be("Dossiers digitised: no data", "the sentence says there is no data; the reason is not said twice");
    }

    [Fact]
    public void Rows_are_queried_by_unit_indicator_and_status()
    {
        Target[] targets = [new(Online, D1, Q1, Goal.AtLeast(70m)), new(Online, D2, Q1, Goal.AtLeast(70m))];
        var scorecard = Scorecard.Create(Catalog, Units, targets, [Rate(D1, Q1, 80m, 100m), Rate(D2, Q1, 30m, 50m)]);
        var result = scorecard.Evaluate(Q1);
        result.ForUnit(D1).Select(r => r.Indicator.Code).Should().Equal(Online);
        result.ForIndicator(Online).Select(r => r.Unit.Id).Should().Equal(P, D1, D2);
        result.WithStatus(TargetStatus.NotMet).Select(r => r.Unit.Id).Should().Equal(D2);
        result.WithStatus(TargetStatus.Exceeded).Select(r => r.Unit.Id).Should().Equal(D1);
    }

    [Fact]
    public void An_as_of_date_outside_the_period_is_refused()
    {
        var scorecard = Scorecard.Create(Catalog, Units, [], []);
        var act = () => scorecard.Evaluate(Q1, new LocalDate(2024, 4, 1));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf").WithMessage("*2024-04-01*");
    }

    [Fact]
    public void Narrative_templates_can_be_replaced_by_the_host()
    {
        var templates = new NarrativeTemplates("{unit}: {indicator} {actual}", "{unit}: {indicator} {actual}", "{indicator} {actual}", "{indicator} {actual}");
        var scorecard = Scorecard.Create(Catalog, Units, [], [Rate(D1, Q1, 80m, 100m)]);
        var row = scorecard.Evaluate(Q1, options: new ScorecardOptions(narrative: templates)).Find(Online, D1)!;
        row.Describe(Language.Vietnamese).Should().Be("Huyện 1: Tỷ lệ trực tuyến 80/100 (80,0%)");
        var act = () => new NarrativeTemplates("{indicator}", "{actual}", "{actual}", "{actual}");
        act.Should().Throw<ArgumentException>().WithParameterName("vietnamese");
    }
}
