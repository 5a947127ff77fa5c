using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Reporting;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

/// <summary>
/// A parent whose value cannot be rolled up from its children says why, in its value, its sentence and the lagging
/// report, instead of a bare "no data" ("Tỷ lệ 1 đạt không có số liệu" was the defect's sentence).
/// </summary>
[Trait("Category", "Text")]
public class ScorecardMissingValueTest
{
    private static readonly UnitId P = new("P");
    private static readonly UnitId D1 = new("P.D1");
    private static readonly UnitId D2 = new("P.D2");
    private static readonly IndicatorCode Online = new("ONLINE");
    private static readonly IndicatorCode Dossiers = new("DOSSIERS");
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);

    private static readonly UnitRegistry Units = UnitRegistry.Create(
    [
        new ResponsibleUnit(P, new LocalizedText("Tỉnh P", "Province P"), UnitKind.Province),
        new ResponsibleUnit(D1, new LocalizedText("Huyện 1", "District 1"), UnitKind.District, P),
        new ResponsibleUnit(D2, new LocalizedText("Huyện 2", "District 2"), UnitKind.District, P),
    ]);

    private static readonly Indicator[] Catalog =
    [
        new(Online, new LocalizedText("Tỷ lệ 1", "Rate 1"), Measure.Rate, Polarity.HigherIsBetter),
        new(Dossiers, new LocalizedText("Hồ sơ số hóa", "Dossiers digitised"), Measure.Count(), Polarity.HigherIsBetter, 0),
    ];

    // The districts report 80% and 60% without the dossiers counted: the province's rate cannot be their mean.
    private static readonly Scorecard RatesWithoutParts = Scorecard.Create(
        Catalog,
        Units,
        [new Target(Online, P, Q1, Goal.AtLeast(70m))],
        [new Observation(Online, D1, Q1, MeasuredValue.Of(80m)), new Observation(Online, D2, Q1, MeasuredValue.Of(60m))]);

    [Fact]
    public void A_parent_of_rates_without_parts_says_why_it_has_no_value()
    {
        var province = RatesWithoutParts.Evaluate(Q1).Find(Online, P)!;

        province.Actual.Should().BeNull();
        province.MissingValueReason.Should().Be(NotMeaningfulReason.ChildrenWithoutParts);
        province.DerivationProblem.Should().Contain("never by averaging percentages");
        province.DescribeValue(Language.Vietnamese).Should().Be(
            "không tổng hợp được số liệu vì các đơn vị cấp dưới chỉ báo cáo tỷ lệ, không có tử số và mẫu số để cộng gộp, trong khi các tỷ lệ không được lấy trung bình cộng");
        province.DescribeValue(Language.English).Should().Be(
            "not rolled up, because the units below reported figures without numerator and denominator to add, and rates are never averaged");
        province.Describe(Language.Vietnamese).Should().Be(
            "Tỷ lệ 1: không tổng hợp được số liệu vì các đơn vị cấp dưới chỉ báo cáo tỷ lệ, không có tử số và mẫu số để cộng gộp, trong khi các tỷ lệ không được lấy trung bình cộng");
        province.Describe(Language.Vietnamese).Should().NotContain("đạt không");
    }

    [Fact]
    public void The_lagging_report_gives_the_reason_of_a_parent_without_value()
    {
        var report = RatesWithoutParts.Evaluate(Q1).Lagging();

        report.Describe(Language.Vietnamese).Should().Contain("Tỷ lệ 1: không tổng hợp được số liệu vì các đơn vị cấp dưới chỉ báo cáo tỷ lệ, không có tử số và mẫu số");
        report.Describe(Language.English).Should().Contain("Rate 1: not rolled up, because the units below reported figures without numerator and denominator");
    }

    [Fact]
    public void The_html_views_give_the_reason_where_a_plain_gap_is_a_dash()
    {
        var result = RatesWithoutParts.Evaluate(Q1);

        HtmlViews.Row(result.Find(Online, P)!, Language.English).Should().Contain("not rolled up, because the units below reported figures");
        HtmlViews.Scorecard(result, Language.Vietnamese).Should().Contain("không tổng hợp được số liệu vì");
    }

    [Fact]
    public void A_roll_up_past_decimals_range_says_so()
    {
        // 7,9 × 10^28 + 1 dossiers: the sum has no decimal to hold it.
        var scorecard = Scorecard.Create(Catalog, Units, [],
            [new Observation(Dossiers, D1, Q1, MeasuredValue.Of(decimal.MaxValue)), new Observation(Dossiers, D2, Q1, MeasuredValue.Of(1m))]);

        var province = scorecard.Evaluate(Q1).Find(Dossiers, P)!;

        province.Actual.Should().BeNull();
        province.MissingValueReason.Should().Be(NotMeaningfulReason.OutOfRange);
        province.DerivationProblem.Should().Contain("range of decimal");
        province.DescribeValue(Language.Vietnamese).Should().Be("không tổng hợp được số liệu vì kết quả quá lớn, vượt phạm vi biểu diễn");
        province.Describe(Language.English).Should().Be("Dossiers digitised: not rolled up, because the result is too large to represent");
    }

    [Fact]
    public void A_unit_with_nothing_reported_or_derived_has_no_data_and_a_row_with_a_value_no_reason()
    {
        var scorecard = Scorecard.Create(Catalog, Units,
            [new Target(Online, D2, Q1, Goal.AtLeast(70m))],
            [new Observation(Online, D1, Q1, MeasuredValue.FromRateParts(80m, 100m))]);
        var result = scorecard.Evaluate(Q1);

        var silent = result.Find(Online, D2)!;
        silent.MissingValueReason.Should().Be(NotMeaningfulReason.NoData);
        silent.DescribeValue(Language.Vietnamese).Should().Be("không có số liệu");
        silent.Describe(Language.Vietnamese).Should().Be("Tỷ lệ 1: không có số liệu");
        result.Find(Online, D1)!.MissingValueReason.Should().Be(NotMeaningfulReason.None);
        result.Find(Online, P)!.MissingValueReason.Should().Be(NotMeaningfulReason.None);
    }
}
