using System.Text;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Ranking;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;
using De06Metrics.Tests.Timeline;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

/// <summary>
/// Hà Giang merging into Tuyên Quang in 2025, read from its data file (docs/examples/tuyen-quang-merger-2025):
/// the file, its evaluation for the third quarter of 2025 on a restated base, and its lagging report.
/// </summary>
public class ScorecardTuyenQuangExampleTest
{
    private static readonly Scorecard Example = ScorecardJson.ReadFile(TuyenQuangExample.JsonPath).EnsureValid();
    private static readonly UnitTimeline Timeline = Example.Timeline!;
    private static readonly ReportingPeriod Q3Of2024 = ReportingPeriod.ForQuarter(2024, 3);
    private static readonly ReportingPeriod Q3Of2025 = ReportingPeriod.ForQuarter(2025, 3);
    private static readonly ScorecardResult Q3 = Example.Evaluate(Q3Of2025);
    private static readonly IndicatorCode Online = new("DVC.ONLINE");
    private static readonly IndicatorCode Eid = new("EID.ACTIVATION");
    private static readonly IndicatorCode Records = new("HS.TIEPNHAN");
    private static readonly IndicatorCode Press = new("BAOCHI.CAPPHEP");
    private static readonly IndicatorCode Rank = new("DVC.INDEX.RANK");

    private static UnitId Id(string id) => new(id);

    private static ScorecardRow Row(IndicatorCode indicator, string unit) => Q3.Find(indicator, Id(unit))!;

    [Fact]
    public void The_file_holds_the_same_units_successions_and_rates_as_the_timeline_tests()
    {
        // One source of truth: the units tests' fixture (Units/Reform2025.cs) and the data file must agree.
        Timeline.Initial.Units.Select(u => (u.Id, u.Name.Vietnamese, u.Kind, u.ParentId))
            .Should().Equal(Reform2025.Initial().Units.Select(u => (u.Id, u.Name.Vietnamese, u.Kind, u.ParentId)));
        Timeline.Events.Select(TimelineSamples.Describe).Should().Equal(Reform2025.History().Events.Select(TimelineSamples.Describe));
        Example.Observations.Where(o => o.Indicator == Online).Select(o => (o.Unit, o.Period, o.Value))
            .Should().BeEquivalentTo(Reform2025.OnlineRatesQ3_2024().Concat(Reform2025.OnlineRates2025()).Select(o => (o.Unit, o.Period, o.Value)));
    }

    [Fact]
    public void Every_figure_and_target_is_labelled_illustrative_and_the_resolution_is_the_real_one()
    {
        Example.Observations.Should().OnlyContain(o => o.Source!.Note!.StartsWith("illustrative", StringComparison.Ordinal));
        Example.Targets.Should().OnlyContain(t => t.Source!.Note!.StartsWith("illustrative", StringComparison.Ordinal));
        var merger = Timeline.Events.OfType<UnitMerger>().Single(m => m.Successor == Id("TQ"));
        (merger.Source.Document, merger.EffectiveOn, merger.OperationalOn).Should().Be(("202/2025/QH15", new LocalDate(2025, 6, 12), new LocalDate(2025, 7, 1)));
        Example.Timeline!.ValidityOf(Id("HG")).End.Should().Be(new LocalDate(2025, 6, 30));
        Example.Timeline.ValidityOf(Id("HG.STTTT")).End.Should().Be(new LocalDate(2025, 2, 28), "the departments merged from 1/3/2025");
    }

    [Fact]
    public void The_merged_provinces_rate_is_compared_with_its_predecessors_added_parts()
    {
        var row = Row(Online, "TQ");

        // Base, Q3 2024 in the units of 30/9/2025: (3.900 + 5.250) / (6.000 + 7.000) = 9.150 / 13.000 = 70,384615…%.
        // Q3 2025: 11.200 / 14.000 = 80%. Change: 80 − 70,384615… = +9,615385 points; relative 80 / 70,384615… − 1 = +13,66%.
        // Against the old Tuyên Quang alone (5.250 / 7.000 = 75%) it would have read +5 points.
        row.ComparisonBase!.Basis.Should().Be(BaseValueBasis.Restated);
        row.ComparisonBase.AsReported.Should().Be(MeasuredValue.FromRateParts(5_250, 7_000));
        row.BaseValue.Should().Be(MeasuredValue.FromRateParts(9_150, 13_000));
        row.ComparisonBase.Restated!.Contributions.Select(c => (c.Original.Unit.Value, c.Share)).Should().BeEquivalentTo([("TQ", 1m), ("HG", 1m)]);
        decimal.Round(row.Change!.Amount!.Value, 6).Should().Be(9.615385m);
        decimal.Round(row.RelativeChange!.Amount!.Value, 2).Should().Be(13.66m);

        // Target 85% (Tuyên Quang's plan of 10/1/2025): 80 < 85, 5 points short.
        row.Status.Should().Be(De06Metrics.Evaluation.TargetStatus.NotMet);
        row.Describe(Language.Vietnamese).Should().Be(
            "Tỷ lệ hồ sơ trực tuyến đạt 11.200/14.000 (80,0%; tăng 9,6 điểm phần trăm so với cùng kỳ năm 2024 (số liệu quy đổi theo đơn vị hiện nay), " +
            "chưa đạt chỉ tiêu, còn thiếu 5,0 điểm phần trăm)");
        row.Describe(Language.English).Should().Be(
            "Online dossier rate: 11,200/14,000 (80.0%; up 9.6 percentage points on Q3 2024 (restated to current units), 5.0 percentage points short of the 85% target)");
    }

    [Fact]
    public void A_base_of_rates_without_parts_is_not_averaged_and_the_row_says_why()
    {
        var row = Row(Eid, "TQ");

        // Hà Giang reported 66,7% with no numerator and denominator: 66,7% and 70% are never averaged.
        row.ComparisonBase!.Reason.Should().Be(NotMeaningfulReason.BaseWithoutParts);
        row.ComparisonBase.AsReported.Should().Be(MeasuredValue.FromRateParts(31_500, 45_000));
        row.Change.Should().BeNull();
        row.Describe(Language.Vietnamese).Should().Be(
            "Tỷ lệ kích hoạt tài khoản định danh điện tử đạt 75.000/100.000 (75,0%; không so sánh được với cùng kỳ năm 2024 vì số liệu kỳ gốc " +
            "của các đơn vị hợp nhất chỉ có tỷ lệ, không có tử số và mẫu số để cộng gộp, trong khi các tỷ lệ không được lấy trung bình cộng)");
    }

    [Fact]
    public void A_transferred_function_brings_its_base_with_it()
    {
        var row = Row(Press, "HG.SVHTTDL");

        // Press licensing moved from information and communications to culture on 1/3/2025: base 0 + 4 = 4; 3 − 4 = −1, −25%.
        row.ComparisonBase!.Basis.Should().Be(BaseValueBasis.Restated);
        row.ComparisonBase.AsReported.Should().Be(MeasuredValue.Of(0));
        row.BaseValue.Should().Be(MeasuredValue.Of(4));
        row.Change!.Amount.Should().Be(-1m);
        row.RelativeChange!.Amount.Should().Be(-25m);
        row.IsDeclining.Should().BeTrue();
    }

    [Fact]
    public void A_province_derived_from_its_communes_is_compared_with_both_provinces_before_the_merger()
    {
        var row = Row(Records, "TQ");

        // Q3 2025, derived from the communes now directly under the province: 800 + 560 + 150 = 1.510.
        // Q3 2024 in the units of 30/9/2025: Tuyên Quang (its Sơn Dương district, from the township's 140) + Hà Giang
        // (its Bắc Quang district's own 1.200, which its communes' 700 + 500 agree with) = 1.340; 1.510 − 1.340 = +170.
        row.Origin.Should().Be(ValueOrigin.Derived);
        row.Actual.Should().Be(MeasuredValue.Of(1_510));
        row.ComparisonBase!.Basis.Should().Be(BaseValueBasis.Restated);
        row.ComparisonBase.AsReported.Should().Be(MeasuredValue.Of(140));
        row.BaseValue.Should().Be(MeasuredValue.Of(1_340));
        row.Change!.Amount.Should().Be(170m);
    }

    [Fact]
    public void A_base_missing_for_one_of_the_merged_units_gives_no_change()
    {
        var row = Row(Press, "TQ");

        // Tuyên Quang had no press figure in Q3 2024 (Hà Giang's was 4 + 0): a part is not the whole.
        row.ComparisonBase!.Reason.Should().Be(NotMeaningfulReason.MergedBaseIncomplete);
        row.ComparisonBase.Restated!.Issue.Should().Be(RestatementIssue.MissingPredecessorFigures);
        row.Change.Should().BeNull();
        row.Describe(Language.English).Should().EndWith("(not comparable with Q3 2024 because one of the units that make up this one has no figure for the base period)");
    }

    [Fact]
    public void A_rank_among_63_against_one_among_34_is_flagged_not_subtracted()
    {
        var row = Row(Rank, "TQ");

        row.RankChange.Should().Be(RankChange.AcrossFields(new FieldRank(11, 63), new FieldRank(9, 34)));
        row.RankChange!.Value.PlacesGained.Should().BeNull("11 − 9 = 2 places would compare positions in different fields");
        row.ComparisonBase!.Reason.Should().Be(NotMeaningfulReason.RankFieldChanged);
        row.IsDeclining.Should().BeFalse();
    }

    [Fact]
    public void A_commune_moved_under_the_province_is_compared_as_reported()
    {
        var row = Row(Records, "HG.BQ.VQ");

        // The district was abolished on 1/7/2025 and the commune moved directly under the province; its own figures did not change: 800 − 700 = +100.
        Q3.Units.ParentOf(Id("HG.BQ.VQ"))!.Id.Should().Be(Id("TQ"));
        row.ComparisonBase!.Basis.Should().Be(BaseValueBasis.AsReported);
        row.Change!.Amount.Should().Be(100m);
        decimal.Round(row.RelativeChange!.Amount!.Value, 1).Should().Be(14.3m);
    }

    [Fact]
    public void The_abolished_districts_own_figure_is_not_carried_and_its_communes_figures_are()
    {
        var restatement = Timeline.Restate(Example.GetIndicator(Records), Example.Observations.Where(o => o.Indicator == Records && o.Period.Equals(Q3Of2024)), Q3Of2025.End);

        var district = restatement.Find(Id("HG.BQ"), Q3Of2024)!;
        district.Issue.Should().Be(RestatementIssue.NotCarried);
        district.Reason.Should().Contain("'HG.BQ' was abolished");
        restatement.Find(Id("HG.BQ.VQ"), Q3Of2024)!.IsAsReported.Should().BeTrue();
        restatement.Reported.Should().HaveCount(4, "every reported figure is kept beside the restated ones");
    }

    [Fact]
    public void Before_the_merger_the_two_provinces_are_evaluated_apart()
    {
        var q2 = Example.Evaluate(ReportingPeriod.ForQuarter(2025, 2));

        q2.Units.Roots.Select(u => u.Id.Value).Should().Equal("HG", "TQ");
        q2.Find(Online, Id("HG"))!.Actual.Should().Be(MeasuredValue.FromRateParts(4_800, 6_400));
        q2.Find(Online, Id("TQ"))!.Actual.Should().Be(MeasuredValue.FromRateParts(6_000, 7_500));
    }

    [Fact]
    public void The_lagging_report_names_todays_units_and_what_was_assigned()
    {
        var report = Q3.Lagging();

        report.Sections.Select(s => s.Lead.Id.Value).Should().Equal("HG.SKHCN", "HG.SVHTTDL", "TQ.CA", "TQ.SD");
        var text = report.Describe(Language.Vietnamese).Split(Environment.NewLine);
        text.Should().Equal(
            "Đơn vị chủ trì: Sở Khoa học và Công nghệ",
            "  1. Số hồ sơ tiếp nhận đạt 800 hồ sơ (tăng 100 hồ sơ so với cùng kỳ năm 2024, chưa đạt chỉ tiêu, còn thiếu 100 hồ sơ, xếp thứ 1/3); " +
                "giao cho Sở Thông tin và Truyền thông, nay là Sở Khoa học và Công nghệ",
            "Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch",
            "  1. Số giấy phép báo chí cấp trực tuyến đạt 3 giấy phép (giảm 1 giấy phép so với cùng kỳ năm 2024 (số liệu quy đổi theo đơn vị hiện nay), chưa đạt chỉ tiêu, còn thiếu 2 giấy phép); " +
                "giao cho Sở Thông tin và Truyền thông, nay là Sở Văn hóa, Thể thao và Du lịch",
            "Đơn vị chủ trì: Công an tỉnh Tuyên Quang",
            "  1. Tỷ lệ hồ sơ trực tuyến đạt 11.200/14.000 (80,0%; tăng 9,6 điểm phần trăm so với cùng kỳ năm 2024 (số liệu quy đổi theo đơn vị hiện nay), chưa đạt chỉ tiêu, " +
                "còn thiếu 5,0 điểm phần trăm); phối hợp: Sở Tài chính (giao cho Sở Kế hoạch và Đầu tư, nay là Sở Tài chính); " +
                "không còn phối hợp: Huyện Sơn Dương (đã giải thể từ 1/7/2025, không có đơn vị kế thừa)",
            "Đơn vị chủ trì: Huyện Sơn Dương (đã giải thể từ 1/7/2025, không có đơn vị kế thừa)",
            "  1. Số hồ sơ tiếp nhận đạt 150 hồ sơ (tăng 10 hồ sơ so với cùng kỳ năm 2024, chưa đạt chỉ tiêu, còn thiếu 50 hồ sơ, xếp thứ 3/3); " +
                "giao cho Huyện Sơn Dương, đã giải thể từ 1/7/2025, không có đơn vị kế thừa");
        report.Describe(Language.English).Should().Contain(
            "Dossiers received: 800 dossiers (up 100 dossiers on Q3 2024, 100 dossiers short of the target of 900 dossiers, ranked 1st of 3); " +
            "assigned to Department of Information and Communications, Hà Giang, now Department of Science and Technology, Hà Giang");
    }
}
