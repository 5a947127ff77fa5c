using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

/// <summary>
/// The Hà Giang report compares its first quarter of 2024 with the whole of 2023: flagged by default, allowed without a
/// flag, or refused with a reason on each row.
/// </summary>
public class ScorecardPeriodKindMismatchTest
{
    private static readonly Scorecard Example = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();
    private static readonly IndicatorCode OnlineDossiers = new("DVC.ONLINE");

    private static ScorecardResult Evaluate(PeriodKindMismatch? acrossPeriodKinds) => Example.Evaluate(HaGiangExample.Q1, options: acrossPeriodKinds is { } chosen
        ? new ScorecardOptions(comparisonPeriod: HaGiangExample.Year2023, acrossPeriodKinds: chosen)
        : new ScorecardOptions(comparisonPeriod: HaGiangExample.Year2023));

    [Fact]
    public void By_default_the_quarter_is_compared_with_the_year_and_flagged()
    {
        var result = Evaluate(null);

        ScorecardOptions.Default.AcrossPeriodKinds.Should().Be(PeriodKindMismatch.Flag);
        ((int)PeriodKindMismatch.Flag, (int)PeriodKindMismatch.Allow, (int)PeriodKindMismatch.Refuse).Should().Be((0, 1, 2));
        result.ComparesAcrossPeriodKinds.Should().BeTrue();
        result.DescribeComparisonAcrossKinds(Language.Vietnamese).Should().Be("Quý I/2024 được so sánh với năm 2023, một kỳ có độ dài khác");
        var online = result.Find(OnlineDossiers, HaGiangExample.Province)!;
        // 88,8 − 72,3 = 16,5 percentage points, as the report says.
        online.Change!.Amount.Should().Be(16.5m);
        online.NotComparedReason.Should().Be(NotMeaningfulReason.None);
    }

    [Fact]
    public void Allowed_the_quarter_is_compared_with_the_year_without_a_flag()
    {
        var result = Evaluate(PeriodKindMismatch.Allow);

        result.ComparesAcrossPeriodKinds.Should().BeFalse();
        result.DescribeComparisonAcrossKinds(Language.English).Should().BeNull();
        var online = result.Find(OnlineDossiers, HaGiangExample.Province)!;
        online.Change!.Amount.Should().Be(16.5m, "88,8 − 72,3");
        online.NotComparedReason.Should().Be(NotMeaningfulReason.None);
        online.DescribeChange(Language.Vietnamese).Should().StartWith("tăng 16,5 điểm phần trăm");
    }

    [Fact]
    public void Refused_each_row_has_no_change_and_says_why_in_vietnamese_and_english()
    {
        var result = Evaluate(PeriodKindMismatch.Refuse);

        result.ComparesAcrossPeriodKinds.Should().BeFalse("nothing was compared");
        var online = result.Find(OnlineDossiers, HaGiangExample.Province)!;
        online.NotComparedReason.Should().Be(NotMeaningfulReason.PeriodKindMismatch);
        online.Change!.IsMeaningful.Should().BeFalse();
        (online.Change.Amount, online.Change.Reason).Should().Be((null, NotMeaningfulReason.PeriodKindMismatch));
        (online.RelativeChange!.Amount, online.RelativeChange.Reason).Should().Be((null, NotMeaningfulReason.PeriodKindMismatch));
        online.IsDeclining.Should().BeFalse();
        // The 2023 base is derived; with no change made, the change carries no status of its own.
        online.ChangeStatus.Should().Be(ValueStatus.Reported);
        online.DescribeChange(Language.Vietnamese).Should().Be("không so sánh quý I/2024 với năm 2023 vì khác loại kỳ báo cáo");
        online.DescribeChange(Language.English).Should().Be("Q1 2024 is not compared with 2023, a period of another kind");
        online.DescribeComparison(Language.Vietnamese).Should().Be("không so sánh quý I/2024 với năm 2023 vì khác loại kỳ báo cáo");
        online.Describe(Language.Vietnamese).Should().Contain("88,8% (không so sánh quý I/2024 với năm 2023 vì khác loại kỳ báo cáo, vượt chỉ tiêu 18,8 điểm phần trăm")
            .And.NotContain("16,5");
        online.Describe(Language.English).Should().Contain("Q1 2024 is not compared with 2023, a period of another kind").And.NotContain("16.5");
        result.Rows.Should().OnlyContain(row => row.NotComparedReason == NotMeaningfulReason.PeriodKindMismatch && (row.Change == null || row.Change.Amount == null),
            "no row of the quarter is compared with the year");
    }

    [Fact]
    public void Refused_a_base_of_the_same_kind_is_still_compared()
    {
        var units = UnitRegistry.Create([new ResponsibleUnit(new UnitId("P"), new LocalizedText("Tỉnh P", "Province P"), UnitKind.Province)]);
        var dossiers = new Indicator(new IndicatorCode("HS"), new LocalizedText("Số hồ sơ", "Dossiers"), Measure.Count(new LocalizedText("hồ sơ", "dossiers")), Polarity.HigherIsBetter, 0);
        var scorecard = Scorecard.Create([dossiers], units, [],
        [
            new Observation(dossiers.Code, new UnitId("P"), ReportingPeriod.ForQuarter(2023, 1), MeasuredValue.Of(100m)),
            new Observation(dossiers.Code, new UnitId("P"), ReportingPeriod.ForQuarter(2024, 1), MeasuredValue.Of(120m)),
        ]);

        // The same quarter of 2023 is a quarter: 120 − 100 = 20 more dossiers.
        var row = scorecard.Evaluate(ReportingPeriod.ForQuarter(2024, 1), options: new ScorecardOptions(acrossPeriodKinds: PeriodKindMismatch.Refuse)).Find(dossiers.Code, new UnitId("P"))!;
        row.NotComparedReason.Should().Be(NotMeaningfulReason.None);
        row.Change!.Amount.Should().Be(20m);
    }

    [Fact]
    public void The_reason_is_said_in_both_languages_and_an_undefined_choice_is_refused()
    {
        ((int)NotMeaningfulReason.PeriodKindMismatch).Should().Be(28);
        NotMeaningfulReason.PeriodKindMismatch.Describe(Language.Vietnamese).Should().Be("kỳ so sánh khác loại với kỳ báo cáo");
        NotMeaningfulReason.PeriodKindMismatch.Describe(Language.English).Should().Be("the base period is of another kind than the period reported");

        var undefined = () => new ScorecardOptions(acrossPeriodKinds: (PeriodKindMismatch)3);
        undefined.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "acrossPeriodKinds" && e.Message.Contains('3', StringComparison.Ordinal));
    }
}
