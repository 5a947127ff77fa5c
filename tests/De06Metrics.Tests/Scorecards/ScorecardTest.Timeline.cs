using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Ranking;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using static De06Metrics.Tests.Timeline.Reform2025;

namespace De06Metrics.Tests.Scorecards;

/// <summary>A scorecard built on the 2025 reform's timeline (see Units/Reform2025.cs): validation, trees by date, restated bases.</summary>
public class ScorecardTimelineTest
{
    private static readonly ReportingPeriod Q3Of2024 = Quarter(2024, 3);
    private static readonly ReportingPeriod Q2Of2025 = Quarter(2025, 2);
    private static readonly ReportingPeriod Q3Of2025 = Quarter(2025, 3);
    private static readonly IndicatorCode RankCode = new("DVC.INDEX.RANK");
    private static readonly Indicator Rank = new(RankCode, new LocalizedText("Xếp hạng Bộ chỉ số phục vụ người dân, doanh nghiệp", "Service index rank"), Measure.Rank, Polarity.LowerIsBetter, displayDecimals: 0);
    private static readonly Indicator[] Catalog = [Online, Records, Rank];

    private static Observation[] Figures() =>
    [
        .. OnlineRatesQ3_2024(),
        .. OnlineRates2025(),
        Count("HG.BQ.VQ", Q3Of2024, 700), // the commune moved under the province on 1/7/2025; its own figures did not change
        Count("HG.BQ.VQ", Q3Of2025, 800),
        new(RankCode, Id("TQ"), Q3Of2024, MeasuredValue.FromRank(11, 63)), // illustrative ranks
        new(RankCode, Id("TQ"), Q3Of2025, MeasuredValue.FromRank(9, 34)),
    ];

    private static Scorecard Example(params Target[] targets) => Scorecard.Create(Catalog, History(), targets, Figures());

    [Fact]
    public void Each_evaluation_uses_the_tree_of_its_own_date()
    {
        var scorecard = Example();

        scorecard.Timeline.Should().NotBeNull();
        scorecard.Units.Roots.Select(unit => unit.Id.Value).Should().Equal("TQ"); // the tree of 30/9/2025, the latest period's end
        scorecard.UnitsOn(DayBefore).Roots.Select(unit => unit.Id.Value).Should().Equal("HG", "TQ");

        var q2 = scorecard.Evaluate(Q2Of2025);
        q2.Units.Contains(Id("HG")).Should().BeTrue();
        q2.Find(OnlineCode, Id("HG"))!.Actual.Should().Be(MeasuredValue.FromRateParts(4_800, 6_400));

        var q3 = scorecard.Evaluate(Q3Of2025);
        q3.Units.Contains(Id("HG")).Should().BeFalse();
        q3.Find(OnlineCode, Id("HG")).Should().BeNull();
    }

    [Fact]
    public void A_figure_of_a_unit_gone_by_the_evaluated_date_is_listed_not_lost()
    {
        var year = ReportingPeriod.ForYear(2025);
        var halfYear = new Observation(OnlineCode, Id("HG"), year, MeasuredValue.FromRateParts(9_000, 12_400), DayBefore);
        var scorecard = Scorecard.Create(Catalog, History(), [], [halfYear]);

        var atYearEnd = scorecard.Evaluate(year);
        atYearEnd.Rows.Should().BeEmpty();
        atYearEnd.ObservationsOutsideUnits.Should().Equal(halfYear);

        var atHalfYear = scorecard.Evaluate(year, DayBefore);
        atHalfYear.ObservationsOutsideUnits.Should().BeEmpty();
        atHalfYear.Find(OnlineCode, Id("HG"))!.Actual.Should().Be(MeasuredValue.FromRateParts(9_000, 12_400));
        Scorecard.Create(Catalog, History().AsOf(DayBefore), [], [halfYear]).Evaluate(year).ObservationsOutsideUnits.Should().BeEmpty();
    }

    [Fact]
    public void A_merged_provinces_row_is_compared_with_its_restated_base_and_says_so()
    {
        var row = Example().Evaluate(Q3Of2025).Find(OnlineCode, Id("TQ"))!;

        // Base Q3 2024: (3.900 + 5.250) / (6.000 + 7.000) = 9.150 / 13.000 = 70,3846…%; Q3 2025: 11.200 / 14.000 = 80%.
        row.ComparisonBase!.Basis.Should().Be(BaseValueBasis.Restated);
        row.ComparisonBase.AsReported.Should().Be(MeasuredValue.FromRateParts(5_250, 7_000), "the old Tuyên Quang's own 75% stays beside the restated base");
        row.ComparisonBase.Restated!.Contributions.Should().HaveCount(2);
        row.BaseValue.Should().Be(MeasuredValue.FromRateParts(9_150, 13_000));

        // 80 − 70,3846… = +9,6154 points; against the old province alone it would have been +5.
        decimal.Round(row.Change!.Amount!.Value, 4).Should().Be(9.6154m);
        row.Describe(Language.Vietnamese).Should().Be(
            "Tỷ lệ hồ sơ trực tuyến đạt 11.200/14.000 (80,0%; tăng 9,6 điểm phần trăm so với cùng kỳ năm 2024 (số liệu quy đổi theo đơn vị hiện nay))");
        row.Describe(Language.English).Should().Be(
            "Online dossier rate: 11,200/14,000 (80.0%; up 9.6 percentage points on Q3 2024 (restated to current units))");
    }

    [Fact]
    public void With_restatement_off_a_change_across_the_merger_is_flagged_not_computed()
    {
        var options = new ScorecardOptions(acrossUnitChanges: UnitChangeComparison.NotComparable);

        var row = Example().Evaluate(Q3Of2025, options: options).Find(OnlineCode, Id("TQ"))!;

        row.ComparisonBase!.Basis.Should().Be(BaseValueBasis.NotComparable);
        row.ComparisonBase.Reason.Should().Be(NotMeaningfulReason.UnitsChanged);
        row.Change.Should().BeNull();
        row.RelativeChange.Should().BeNull();
        row.BaseValue.Should().BeNull();
        row.IsDeclining.Should().BeFalse();
        row.Describe(Language.Vietnamese).Should().Be(
            "Tỷ lệ hồ sơ trực tuyến đạt 11.200/14.000 (80,0%; không so sánh được với cùng kỳ năm 2024 vì đơn vị đã thay đổi (sáp nhập, chia tách, giải thể hoặc chuyển chức năng) giữa hai kỳ mà số liệu kỳ gốc chưa được quy đổi)");
    }

    [Fact]
    public void A_unit_that_did_not_change_is_compared_as_reported()
    {
        var row = Example().Evaluate(Q3Of2025).Find(RecordsCode, Id("HG.BQ.VQ"))!;

        row.ComparisonBase!.Basis.Should().Be(BaseValueBasis.AsReported);
        row.BaseValue.Should().Be(MeasuredValue.Of(700));
        row.Change!.Amount.Should().Be(100m);
        row.Describe(Language.Vietnamese).Should().Be("Số hồ sơ tiếp nhận đạt 800 (tăng 100 so với cùng kỳ năm 2024)");
    }

    [Fact]
    public void A_rank_among_63_against_one_among_34_is_flagged()
    {
        var row = Example().Evaluate(Q3Of2025).Find(RankCode, Id("TQ"))!;

        row.ComparisonBase!.Reason.Should().Be(NotMeaningfulReason.RankFieldChanged);
        row.RankChange!.Value.IsComparable.Should().BeFalse();
        row.RankChange.Value.FieldChanged.Should().BeTrue();
        row.RankChange.Value.Previous.Should().Be(new FieldRank(11, 63));
        row.Describe(Language.Vietnamese).Should().Be(
            "Xếp hạng Bộ chỉ số phục vụ người dân, doanh nghiệp: thứ 9/34 (không so sánh được với quý III/2024 vì số đơn vị được xếp hạng khác nhau; trước xếp thứ 11/63)");
        row.Describe(Language.English).Should().Be(
            "Service index rank: 9th of 34 (not comparable with Q3 2024 because the fields differ in size; ranked 11th of 63 before)");
    }

    [Fact]
    public void Figures_and_targets_must_name_units_in_force_when_they_count()
    {
        Observation[] observations =
        [
            Rate("HG", Q2Of2025, 4_800, 6_400),                                                      // fine: counted to 30/6/2025
            new(OnlineCode, Id("HG"), ReportingPeriod.ForYear(2025), MeasuredValue.FromRateParts(9_000, 12_400), DayBefore), // fine: counted to 30/6
            Rate("HG", Q3Of2025, 1, 2),                                                              // Hà Giang no longer exists on 30/9
            Rate("XX", Q3Of2025, 1, 2),
        ];
        Target[] targets =
        [
            new(OnlineCode, Id("TQ"), Q3Of2025, Goal.AtLeast(80m), new SourceReference("Kế hoạch (ví dụ)", new LocalDate(2025, 1, 10)), new Responsibility(Id("TQ.CA"), [Id("TQ.SKHDT")])),
            new(OnlineCode, Id("HG"), ReportingPeriod.ForYear(2025), Goal.AtLeast(80m)),
            new(RecordsCode, Id("TQ"), Q3Of2025, Goal.AtLeast(1m), new SourceReference("Quyết định (ví dụ)", new LocalDate(2024, 1, 5)), new Responsibility(Id("TQ"), [Id("TQ.NONE")])),
        ];

        var problems = Scorecard.Validate(Catalog, History(), targets, observations);

        problems.Select(p => p.ToString()).Should().Equal(
            "target 1 (DVC.ONLINE HG 2025): the unit 'HG' is not in force on 2025-12-31, the end of the target's period (it is in force … – 2025-06-30): a target applies to its unit's value over the whole period, so assign it to a unit of that date ('TQ' answers for it on that date), or give it a period that ends by 2025-06-30.",
            "target 2 (HS.TIEPNHAN TQ Q3 2025): the responsible unit 'TQ.NONE' is not registered: the timeline has no such unit, neither in its initial tree nor created by an event.",
            "observation 2 (DVC.ONLINE HG Q3 2025): the unit 'HG' is not in force on 2025-09-30, the last day the figure counts (it is in force … – 2025-06-30): report the figure for a unit of that date ('TQ' answers for it on that date), or count it to a day the unit was in force.",
            "observation 3 (DVC.ONLINE XX Q3 2025): the unit 'XX' is not registered: the timeline has no such unit, neither in its initial tree nor created by an event.");
        FluentActions.Invoking(() => Scorecard.Create(Catalog, History(), targets, observations)).Should().Throw<ScorecardException>().Which.Problems.Should().HaveCount(4);
    }

    [Fact]
    public void A_responsible_unit_must_exist_when_the_target_was_assigned()
    {
        var created = new ResponsibleUnit(Id("TQ.SNEW"), new LocalizedText("Sở mới"), UnitKind.Department, Id("TQ"));
        var timeline = UnitTimeline.Create(Initial(), [.. Events(), new UnitEstablishment(created, new LocalDate(2025, 8, 1), DepartmentDecision)]);
        Target[] targets = [new(OnlineCode, Id("TQ"), Q3Of2025, Goal.AtLeast(80m), new SourceReference("Kế hoạch (ví dụ)", new LocalDate(2025, 1, 10)), new Responsibility(Id("TQ.SNEW")))];

        Scorecard.Validate(Catalog, timeline, targets, []).Should().ContainSingle().Which.Message.Should().Be(
            "the responsible unit 'TQ.SNEW' exists only from 2025-08-01, after the target was assigned on 2025-01-10 (Kế hoạch (ví dụ) ngày 10/1/2025).");
    }

    [Fact]
    public void A_scorecard_of_one_tree_has_no_comparison_base()
    {
        var scorecard = Scorecard.Create(Catalog, History().AsOf(Q3Of2025.End), [], [Count("HG.BQ.VQ", Q3Of2024, 700), Count("HG.BQ.VQ", Q3Of2025, 800)]);

        var row = scorecard.Evaluate(Q3Of2025).Find(RecordsCode, Id("HG.BQ.VQ"))!;

        scorecard.Timeline.Should().BeNull();
        row.ComparisonBase.Should().BeNull();
        row.Change!.Amount.Should().Be(100m);
    }
}
