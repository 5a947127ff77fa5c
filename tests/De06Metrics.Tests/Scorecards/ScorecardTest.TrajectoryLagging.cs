using De06Metrics.Evaluation;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

/// <summary>
/// A row off its trajectory lags: the online rate's path runs linearly from 60% (2020) to 90% (2025), so the 2024
/// milestone is 60 + 30 × 4/5 = 84%; the late rate's from 20% (2020) down to 5% (2025), so its 2024 milestone is
/// 20 − 15 × 4/5 = 8%.
/// </summary>
[Trait("Category", "Text")]
public class ScorecardTrajectoryLaggingTest
{
    private static readonly UnitId P = new("P");
    private static readonly IndicatorCode Online = new("ONLINE");
    private static readonly IndicatorCode Late = new("LATE");
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);

    private static readonly UnitRegistry Units = UnitRegistry.Create([new ResponsibleUnit(P, new LocalizedText("Tỉnh P", "Province P"), UnitKind.Province)]);

    private static readonly Indicator OnlineRate = new(Online, new LocalizedText("Tỷ lệ hồ sơ trực tuyến", "Online dossier rate"), Measure.Rate, Polarity.HigherIsBetter);
    private static readonly Indicator LateRate = new(Late, new LocalizedText("Tỷ lệ hồ sơ trễ hạn", "Late dossier rate"), Measure.Rate, Polarity.LowerIsBetter);

    private static readonly ScorecardTrajectory[] Paths =
    [
        new(Trajectory.Linear(OnlineRate, new TrajectoryMilestone(2020, 60m), new TrajectoryMilestone(2025, 90m))),
        new(Trajectory.Linear(LateRate, new TrajectoryMilestone(2020, 20m), new TrajectoryMilestone(2025, 5m))),
    ];

    /// <summary>A host's templates without <c>{details}</c>: the lagging line then says the reasons itself.</summary>
    private static readonly NarrativeTemplates Bare = new("{unit}: {indicator} {actual}", "{unit}: {indicator} {actual}", "{indicator} {actual}", "{indicator} {actual}");

    private static Observation Figure(IndicatorCode code, decimal value) => new(code, P, Q1, MeasuredValue.Of(value));

    private static ScorecardResult Evaluate(Target[] targets, Observation[] figures, NarrativeTemplates? narrative = null) =>
        Scorecard.Create([OnlineRate, LateRate], Units, targets, figures).WithTrajectories(Paths)
            .Evaluate(Q1, options: narrative is null ? null : new ScorecardOptions(narrative: narrative));

    [Fact]
    public void A_row_met_on_its_target_but_below_its_milestone_lags_as_off_track()
    {
        // 80% against the target ≥ 75%: met. Against the 2024 milestone 84%: 80 − 84 = −4 points, off track.
        var result = Evaluate([new Target(Online, P, Q1, Goal.AtLeast(75m))], [Figure(Online, 80m)]);
        var row = result.Find(Online, P)!;
        row.Status.Should().Be(TargetStatus.Exceeded);
        row.TrajectoryCheck!.Gap.Should().Be(-4m);

        var item = result.Lagging().Items.Should().ContainSingle().Subject;

        item.Reasons.Should().Be(LaggingReasons.OffTrack);
        // Severity: 4 / 84 of the milestone, × (1 + 1) for a quarter counted to its end.
        item.Severity.Should().BeApproximately(4m / 84m * 2m, 0.000000001m);
        item.Severity.Should().BeApproximately(0.0952380952m, 0.0000000001m);
        // The row's own sentence says where the figure stands; the line does not say it twice.
        var vi = item.Describe(Language.Vietnamese);
        vi.Should().Contain("thấp hơn mốc 84,0% của lộ trình năm 2024, chậm so với lộ trình");
        vi.Should().NotContain(" — ");
        item.Describe(Language.English).Should().Contain("below the 2024 milestone of 84.0% on the trajectory, off track");
    }

    [Fact]
    public void A_row_above_its_milestone_does_not_lag_for_its_trajectory()
    {
        // 88,8% − 84% = +4,8 points: on track; no target, nothing else lags.
        var result = Evaluate([], [Figure(Online, 88.8m)]);

        result.Find(Online, P)!.TrajectoryCheck!.Status.Should().Be(TrajectoryStatus.OnTrack);
        result.Lagging().IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void A_row_off_track_and_not_met_has_both_reasons_and_the_larger_severity()
    {
        // 80% against ≥ 85%: attainment 80 / 85, shortfall 1 − 80/85 = 5/85 = 0,0588 > 4/84 = 0,0476 off the milestone.
        var result = Evaluate([new Target(Online, P, Q1, Goal.AtLeast(85m))], [Figure(Online, 80m)]);

        var item = result.Lagging().Items.Should().ContainSingle().Subject;

        item.Reasons.Should().Be(LaggingReasons.NotMet | LaggingReasons.OffTrack);
        item.Severity.Should().BeApproximately(5m / 85m * 2m, 0.000000001m);
    }

    [Fact]
    public void Without_room_for_details_the_line_names_the_milestone_it_falls_short_of()
    {
        // Online 80% < 84% (below); late 10% > 8% where lower is better (above): both off track.
        var result = Evaluate([], [Figure(Online, 80m), Figure(Late, 10m)], Bare);
        var report = result.Lagging();

        var online = report.Items.Single(item => item.Row.Indicator.Code == Online);
        online.Describe(Language.Vietnamese).Should().Be("Tỉnh P: Tỷ lệ hồ sơ trực tuyến 80,0% — chậm so với lộ trình: thấp hơn mốc 84,0% năm 2024");
        online.Describe(Language.English).Should().Be("Province P: Online dossier rate 80.0% — off track: below the 2024 milestone of 84.0%");
        var late = report.Items.Single(item => item.Row.Indicator.Code == Late);
        late.Reasons.Should().Be(LaggingReasons.OffTrack);
        late.Describe(Language.Vietnamese).Should().Be("Tỉnh P: Tỷ lệ hồ sơ trễ hạn 10,0% — chậm so với lộ trình: cao hơn mốc 8,0% năm 2024");
        late.Describe(Language.English).Should().Be("Province P: Late dossier rate 10.0% — off track: above the 2024 milestone of 8.0%");
        // The late rate is further off: 2 / 8 = 0,25 of its milestone against 4 / 84 = 0,048, so it comes first.
        late.Severity.Should().Be(0.25m * 2m);
        report.Items.Select(item => item.Row.Indicator.Code).Should().Equal(Late, Online);
    }

    [Fact]
    public void A_scorecard_without_trajectories_lags_as_before()
    {
        var result = Scorecard.Create([OnlineRate, LateRate], Units, [new Target(Online, P, Q1, Goal.AtLeast(75m))], [Figure(Online, 80m)]).Evaluate(Q1);

        result.Find(Online, P)!.TrajectoryCheck.Should().BeNull();
        result.Lagging().IsEmpty.Should().BeTrue();
    }
}
