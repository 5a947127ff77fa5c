using De06Metrics.Evaluation;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Tests.Scorecards;

/// <summary>
/// Trajectories ("lộ trình") and a data-closing rule attached to a scorecard: each row is set against the milestone of
/// its period's year and carries the window of days its period's figures cover.
/// </summary>
[Trait("Category", "Text")]
public class ScorecardTrajectoriesTest
{
    private static readonly UnitId P = new("P");
    private static readonly UnitId D1 = new("P.D1");
    private static readonly UnitId D2 = new("P.D2");
    private static readonly IndicatorCode Online = new("ONLINE");
    private static readonly IndicatorCode Late = new("LATE");
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);

    private static readonly UnitRegistry Units = UnitRegistry.Create(
    [
        new ResponsibleUnit(P, new LocalizedText("Tỉnh P", "Province P"), UnitKind.Province),
        new ResponsibleUnit(D1, new LocalizedText("Huyện 1", "District 1"), UnitKind.District, P),
        new ResponsibleUnit(D2, new LocalizedText("Huyện 2", "District 2"), UnitKind.District, P),
    ]);

    private static readonly Indicator OnlineRate = new(Online, new LocalizedText("Tỷ lệ hồ sơ trực tuyến", "Online dossier rate"), Measure.Rate, Polarity.HigherIsBetter);
    private static readonly Indicator LateRate = new(Late, new LocalizedText("Tỷ lệ hồ sơ trễ hạn", "Late dossier rate"), Measure.Rate, Polarity.LowerIsBetter);

    private static readonly TrajectoryMilestone Baseline2020 = new(2020, 60m);
    private static readonly TrajectoryMilestone End2025 = new(2025, 90m);

    private static Scorecard With(params Observation[] observations) => Scorecard.Create([OnlineRate, LateRate], Units, [], observations);

    private static Observation Figure(IndicatorCode code, UnitId unit, ReportingPeriod period, decimal value) => new(code, unit, period, MeasuredValue.Of(value));

    [Fact]
    public void A_quarter_is_set_against_its_years_milestone_on_a_linear_path()
    {
        // Linear 60% (2020) → 90% (2025): the 2024 milestone is 60 + 30 × 4/5 = 84%. 88,8% in Quý I/2024 is
        // 88,8 − 84 = 4,8 points above it, on track.
        var scorecard = With(Figure(Online, P, Q1, 88.8m))
            .WithTrajectories([new ScorecardTrajectory(Trajectory.Linear(OnlineRate, Baseline2020, End2025))]);

        var row = scorecard.Evaluate(Q1).Find(Online, P)!;

        row.TrajectoryCheck.Should().NotBeNull();
        row.TrajectoryCheck!.Milestone.Should().Be(new TrajectoryMilestone(2024, 84m));
        row.TrajectoryCheck.Gap.Should().Be(4.8m);
        row.TrajectoryCheck.Status.Should().Be(TrajectoryStatus.OnTrack);
        row.DescribeTrajectory(Language.Vietnamese).Should().Be("cao hơn mốc 84,0% của lộ trình năm 2024, đúng lộ trình");
        row.DescribeTrajectory(Language.English).Should().Be("above the 2024 milestone of 84.0% on the trajectory, on track");
        row.Describe(Language.Vietnamese).Should().EndWith("88,8% (cao hơn mốc 84,0% của lộ trình năm 2024, đúng lộ trình)");
    }

    [Fact]
    public void A_figure_below_the_milestone_is_off_track_and_said_after_the_other_details()
    {
        // 80,5% against the 2024 milestone 84%: 80,5 − 84 = −3,5, off track; the target ≥ 85% is not met either.
        var scorecard = Scorecard.Create([OnlineRate, LateRate], Units, [new Target(Online, P, Q1, Goal.AtLeast(85m))], [Figure(Online, P, Q1, 80.5m)])
            .WithTrajectories([new ScorecardTrajectory(Trajectory.Linear(OnlineRate, Baseline2020, End2025))]);

        var row = scorecard.Evaluate(Q1).Find(Online, P)!;

        row.TrajectoryCheck!.Gap.Should().Be(-3.5m);
        row.TrajectoryCheck.Status.Should().Be(TrajectoryStatus.OffTrack);
        var vi = row.Describe(Language.Vietnamese);
        vi.Should().EndWith("; thấp hơn mốc 84,0% của lộ trình năm 2024, chậm so với lộ trình)");
        vi.Should().Contain(row.Evaluation!.DescribeVerdict(Language.Vietnamese) + "; thấp hơn mốc");
        row.Describe(Language.English).Should().EndWith("; below the 2024 milestone of 84.0% on the trajectory, off track)");
    }

    [Fact]
    public void A_constant_growth_path_gives_the_compounded_milestone()
    {
        // 60 × (90/60)^(4/5) = 60 × e^(0,8 × ln 1,5) = 60 × e^0,3243720865 = 60 × 1,3831618 = 82,9897 (by hand).
        // 80% in the first six months of 2024 is 80 − 82,9897 = −2,9897 below it: off track.
        var half = ReportingPeriod.ForHalfYear(2024, 1);
        var scorecard = With(Figure(Online, P, half, 80m))
            .WithTrajectories([new ScorecardTrajectory(Trajectory.ConstantGrowth(OnlineRate, Baseline2020, End2025))]);

        var check = scorecard.Evaluate(half).Find(Online, P)!.TrajectoryCheck!;

        check.Milestone.Year.Should().Be(2024);
        check.Milestone.Value.Should().BeApproximately(82.9897m, 0.00005m);
        check.Gap.Should().BeApproximately(-2.9897m, 0.00005m);
        check.Status.Should().Be(TrajectoryStatus.OffTrack);
    }

    [Fact]
    public void Explicit_milestones_and_a_units_own_path_come_before_the_indicators()
    {
        // Every unit: 60 (2020), 70 (2022), 80 (2023), 90 (2025); 2024 lies halfway from 80 to 90: 85.
        // District 1's own path: linear 50 (2020) → 70 (2025), 2024 = 50 + 20 × 4/5 = 66.
        var everyUnit = Trajectory.Explicit(OnlineRate, Baseline2020, End2025, [new TrajectoryMilestone(2022, 70m), new TrajectoryMilestone(2023, 80m)]);
        var district1 = Trajectory.Linear(OnlineRate, new TrajectoryMilestone(2020, 50m), new TrajectoryMilestone(2025, 70m));
        var scorecard = With(Figure(Online, D1, Q1, 67m), Figure(Online, D2, Q1, 84.9m))
            .WithTrajectories([new ScorecardTrajectory(everyUnit), new ScorecardTrajectory(district1, D1)]);

        var result = scorecard.Evaluate(Q1);

        scorecard.FindTrajectory(Online, D1).Should().BeSameAs(district1);
        scorecard.FindTrajectory(Online, D2).Should().BeSameAs(everyUnit);
        scorecard.FindTrajectory(Late, D2).Should().BeNull();
        // District 1: 67 − 66 = 1 above, on track. District 2: 84,9 − 85 = −0,1 below, off track.
        result.Find(Online, D1)!.TrajectoryCheck!.Milestone.Value.Should().Be(66m);
        result.Find(Online, D1)!.TrajectoryCheck!.Status.Should().Be(TrajectoryStatus.OnTrack);
        result.Find(Online, D2)!.TrajectoryCheck!.Milestone.Value.Should().Be(85m);
        result.Find(Online, D2)!.TrajectoryCheck!.Gap.Should().Be(-0.1m);
        result.Find(Online, D2)!.TrajectoryCheck!.Status.Should().Be(TrajectoryStatus.OffTrack);
        result.Find(Online, D2)!.TrajectoryCheck!.Trajectory.Should().BeSameAs(everyUnit);
    }

    [Fact]
    public void Lower_is_better_reads_a_figure_under_the_milestone_as_on_track()
    {
        // Late rate 10% (2020) → 5% (2025), linear: 2024 = 10 − 5 × 4/5 = 6. 5,5% is 0,5 under it: on track.
        var scorecard = With(Figure(Late, P, Q1, 5.5m))
            .WithTrajectories([new ScorecardTrajectory(Trajectory.Linear(LateRate, new TrajectoryMilestone(2020, 10m), new TrajectoryMilestone(2025, 5m)))]);

        var row = scorecard.Evaluate(Q1).Find(Late, P)!;

        row.TrajectoryCheck!.Gap.Should().Be(-0.5m);
        row.TrajectoryCheck.Status.Should().Be(TrajectoryStatus.OnTrack);
        row.DescribeTrajectory(Language.Vietnamese).Should().Be("thấp hơn mốc 6,0% của lộ trình năm 2024, đúng lộ trình");
    }

    [Fact]
    public void A_row_without_a_trajectory_or_outside_it_has_no_check_and_its_sentence_is_unchanged()
    {
        var plain = With(Figure(Online, P, Q1, 88.8m));
        var outside = plain.WithTrajectories([new ScorecardTrajectory(Trajectory.Linear(OnlineRate, new TrajectoryMilestone(2018, 50m), new TrajectoryMilestone(2023, 80m)))]);

        var plainRow = plain.Evaluate(Q1).Find(Online, P)!;
        var outsideRow = outside.Evaluate(Q1).Find(Online, P)!;

        plainRow.TrajectoryCheck.Should().BeNull();
        plainRow.DataWindow.Should().BeNull();
        plainRow.DescribeTrajectory(Language.Vietnamese).Should().BeEmpty();
        outsideRow.TrajectoryCheck.Should().BeNull("2024 lies after the path's end in 2023");
        outsideRow.Describe(Language.Vietnamese).Should().Be(plainRow.Describe(Language.Vietnamese));
        plain.Trajectories.Should().BeEmpty();
        plain.DataClosingRule.Should().BeNull();
    }

    [Fact]
    public void A_closing_rule_gives_each_row_its_periods_window()
    {
        // Decree 09/2019: figures close on the 14th, so Quý I/2024 covers 15/12/2023 to 14/3/2024.
        var scorecard = With(Figure(Online, P, Q1, 88.8m)).WithDataClosingRule(DataClosingRule.Decree09);

        var row = scorecard.Evaluate(Q1).Find(Online, P)!;

        scorecard.DataClosingRule.Should().Be(DataClosingRule.Decree09);
        row.DataWindow!.Start.Should().Be(new LocalDate(2023, 12, 15));
        row.DataWindow.End.Should().Be(new LocalDate(2024, 3, 14));
        row.DataWindow.Period.Should().Be(Q1);
        scorecard.WithDataClosingRule(DataClosingRule.CalendarPeriod).Evaluate(Q1).Find(Online, P)!.DataWindow!.Start
            .Should().Be(new LocalDate(2024, 1, 1));
        scorecard.WithDataClosingRule(null).Evaluate(Q1).Find(Online, P)!.DataWindow.Should().BeNull();
    }

    [Fact]
    public void Notes_trajectories_and_the_rule_are_kept_by_each_other()
    {
        var trajectory = new ScorecardTrajectory(Trajectory.Linear(OnlineRate, Baseline2020, End2025));
        var scorecard = With(Figure(Online, P, Q1, 88.8m))
            .WithDataClosingRule(DataClosingRule.Decree09)
            .WithTrajectories([trajectory])
            .WithNotes([new RowNote(Online, P, Q1, "Ghi chú.")]);

        scorecard.Trajectories.Should().Equal(trajectory);
        scorecard.DataClosingRule.Should().Be(DataClosingRule.Decree09);
        scorecard.Notes.Should().HaveCount(1);
        var row = scorecard.Evaluate(Q1).Find(Online, P)!;
        row.TrajectoryCheck.Should().NotBeNull();
        row.Note!.Text.Should().Be("Ghi chú.");
    }

    [Fact]
    public void Trajectories_naming_what_the_scorecard_does_not_know_are_refused_all_at_once()
    {
        var stranger = new Indicator(new IndicatorCode("OTHER"), new LocalizedText("Khác", "Other"), Measure.Rate, Polarity.HigherIsBetter);
        var flipped = new Indicator(Online, new LocalizedText("Tỷ lệ", "Rate"), Measure.Rate, Polarity.LowerIsBetter);
        var linear = Trajectory.Linear(OnlineRate, Baseline2020, End2025);

        var attach = () => With().WithTrajectories(
        [
            new ScorecardTrajectory(Trajectory.Linear(stranger, Baseline2020, End2025)),
            new ScorecardTrajectory(linear, new UnitId("NOWHERE")),
            new ScorecardTrajectory(linear),
            new ScorecardTrajectory(linear),
            new ScorecardTrajectory(Trajectory.Linear(flipped, new TrajectoryMilestone(2020, 90m), new TrajectoryMilestone(2025, 60m)), D1),
        ]);

        var problems = attach.Should().Throw<ScorecardException>().Which.Problems;
        problems.Select(problem => problem.Item).Should().Equal(
            "trajectory 0 (OTHER)", "trajectory 1 (ONLINE NOWHERE)", "trajectory 3 (ONLINE)", "trajectory 4 (ONLINE P.D1)");
        problems[0].Message.Should().Contain("'OTHER' is not in the catalog");
        problems[1].Message.Should().Contain("'NOWHERE' is not known");
        problems[2].Message.Should().Contain("same indicator for every unit");
        problems[3].Message.Should().Contain("LowerIsBetter").And.Contain("HigherIsBetter");
        FluentActions.Invoking(() => new ScorecardTrajectory(null!)).Should().Throw<ArgumentNullException>().WithParameterName("trajectory");
        FluentActions.Invoking(() => new ScorecardTrajectory(linear, default(UnitId))).Should().Throw<ArgumentException>().WithParameterName("unit");
    }
}
