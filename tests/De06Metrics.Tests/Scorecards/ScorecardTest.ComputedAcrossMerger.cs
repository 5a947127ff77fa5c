using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Tests.Scorecards;

/// <summary>
/// A computed indicator across a merger: the merged unit's base is computed by the formula from its parts' bases, each
/// restated onto the new unit by adding the predecessors' figures, never from the predecessors' ratios averaged.
/// </summary>
[Trait("Category", "Text")]
public class ScorecardComputedAcrossMergerTest
{
    private static readonly UnitId A = new("A");
    private static readonly UnitId B = new("B");
    private static readonly UnitId C = new("C");
    private static readonly IndicatorCode Lent = new("CREDIT.LENT");
    private static readonly IndicatorCode Households = new("CREDIT.HOUSEHOLDS");
    private static readonly IndicatorCode PerHousehold = new("CREDIT.PER_HOUSEHOLD");
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.ForYear(2024);
    private static readonly ReportingPeriod Year2025 = ReportingPeriod.ForYear(2025);
    private static readonly LocalDate MergedOn = new(2025, 7, 1);
    private static readonly LocalizedText HouseholdUnit = new("hộ", "households");
    private static readonly Measure Money = Measure.Money(Currency.Vnd, MoneyScale.Billions);

    private static readonly Indicator[] Catalog =
    [
        new(Lent, new LocalizedText("Dư nợ cho vay", "Loans outstanding"), Money, Polarity.HigherIsBetter, 0),
        new(Households, new LocalizedText("Hộ vay", "Borrower households"), Measure.Count(HouseholdUnit, "household"), Polarity.HigherIsBetter, 0),
        new Indicator(PerHousehold, new LocalizedText("Dư nợ bình quân một hộ", "Loans per household"),
                Money.AtScale(MoneyScale.Millions).Per(HouseholdUnit, "household"), Polarity.HigherIsBetter, 0)
            .DefinedAs(IndicatorFormula.Ratio(Lent, Households)),
    ];

    // Communes A and B merge into the new commune C on 1/7/2025.
    private static UnitTimeline History() => UnitTimeline.Create(
        UnitRegistry.Create(
        [
            new ResponsibleUnit(A, new LocalizedText("Xã A", "Commune A"), UnitKind.Commune),
            new ResponsibleUnit(B, new LocalizedText("Xã B", "Commune B"), UnitKind.Commune),
        ]),
        [
            UnitMerger.IntoNewUnit([A, B], new ResponsibleUnit(C, new LocalizedText("Xã C", "Commune C"), UnitKind.Commune), MergedOn,
                new SourceReference("Nghị quyết sắp xếp đơn vị hành chính cấp xã (ví dụ)", new LocalDate(2025, 6, 16))),
        ]);

    private static Observation Figure(IndicatorCode code, UnitId unit, ReportingPeriod period, decimal value) => new(code, unit, period, MeasuredValue.Of(value));

    private static ScorecardRow RowOfC() => Scorecard.Create(Catalog, History(), [],
        [
            Figure(Lent, A, Year2024, 30_000_000_000m), Figure(Households, A, Year2024, 1_000m),
            Figure(Lent, B, Year2024, 50_000_000_000m), Figure(Households, B, Year2024, 3_000m),
            Figure(Lent, C, Year2025, 110_000_000_000m), Figure(Households, C, Year2025, 5_000m),
        ])
        .Evaluate(Year2025)
        .Find(PerHousehold, C)!;

    [Fact]
    public void The_merged_unit_s_base_is_its_summed_parts_ratio_not_the_mean_of_the_predecessors_ratios()
    {
        var row = RowOfC();

        // 2025: 110 000 000 000 ÷ 5 000 = 22 000 000 đồng a household.
        row.Actual.Should().Be(MeasuredValue.Of(22_000_000m));
        // 2024 restated onto C: (30 + 50) tỷ ÷ (1 000 + 3 000) = 80 000 000 000 ÷ 4 000 = 20 000 000; the predecessors' own
        // ratios are 30 000 000 and 16 666 666,67, whose mean 23 333 333,33 would be wrong.
        row.ComparisonBase!.Basis.Should().Be(BaseValueBasis.Restated);
        row.BaseValue.Should().Be(MeasuredValue.Of(20_000_000m));
        row.BaseValue!.Value.Value.Should().NotBe((30_000_000_000m / 1_000m + 50_000_000_000m / 3_000m) / 2m);
        row.BaseStatus.Should().Be(ValueStatus.Restated);
        // 22 000 000 − 20 000 000 = +2 000 000 đồng; 2 000 000 ÷ 20 000 000 = +10%.
        row.Change!.Amount.Should().Be(2_000_000m);
        row.RelativeChange!.Amount.Should().Be(10m);
        row.ComparisonBase.Restated!.Contributions.Should().HaveCount(4, "each predecessor's loans and households");
        row.ComparisonBase.Describe(Language.Vietnamese).Should().Be("số liệu năm 2024 quy đổi theo đơn vị hiện nay, cộng gộp Xã A, Xã B");
    }

    [Fact]
    public void The_base_s_footnote_says_it_was_computed_from_the_parts_restated_figures()
    {
        var row = RowOfC();

        row.DescribeChange(Language.Vietnamese).Should().Be("tăng 2 triệu đồng/hộ so với năm 2024 (số liệu quy đổi theo đơn vị hiện nay)");
        row.DescribeProvenance(Language.Vietnamese).Should().Contain(
            "Dư nợ bình quân một hộ (Xã C, năm 2024): 20 triệu đồng/hộ (quy đổi) — tính theo công thức: Dư nợ cho vay ÷ Hộ vay, từ số liệu của chỉ tiêu thành phần đã quy đổi theo đơn vị hiện nay");
        row.DescribeProvenance(Language.English).Should().Contain(
            "Loans per household (Commune C, 2024): VND 20 million per household (restated) — computed as Loans outstanding ÷ Borrower households, from its parts' figures restated into today's units");
    }

    [Fact]
    public void A_missing_part_of_a_predecessor_leaves_the_base_without_a_figure()
    {
        var row = Scorecard.Create(Catalog, History(), [],
            [
                Figure(Lent, A, Year2024, 30_000_000_000m), Figure(Households, A, Year2024, 1_000m),
                Figure(Lent, B, Year2024, 50_000_000_000m), // B's households were not reported
                Figure(Lent, C, Year2025, 110_000_000_000m), Figure(Households, C, Year2025, 5_000m),
            ])
            .Evaluate(Year2025)
            .Find(PerHousehold, C)!;

        row.ComparisonBase!.IsComparable.Should().BeFalse();
        row.BaseValue.Should().BeNull("30 tỷ ÷ 1 000 households is A's ratio alone, not C's");
        row.Change.Should().BeNull();
    }

    [Fact]
    public void Restated_parts_with_no_households_leave_the_base_without_a_figure_because_the_denominator_is_zero()
    {
        var row = Scorecard.Create(Catalog, History(), [],
            [
                Figure(Lent, A, Year2024, 30_000_000_000m), Figure(Households, A, Year2024, 0m),
                Figure(Lent, B, Year2024, 50_000_000_000m), Figure(Households, B, Year2024, 0m),
                Figure(Lent, C, Year2025, 110_000_000_000m), Figure(Households, C, Year2025, 5_000m),
            ])
            .Evaluate(Year2025)
            .Find(PerHousehold, C)!;

        // (30 + 50) tỷ ÷ (0 + 0) households: the parts restate, the ratio has no value.
        row.ComparisonBase!.IsComparable.Should().BeFalse();
        row.ComparisonBase.Reason.Should().Be(NotMeaningfulReason.ZeroDenominator, "the parts were found; it is their ratio that has no value");
        row.BaseValue.Should().BeNull();
        row.Change.Should().BeNull();
        row.DescribeChange(Language.Vietnamese).Should().Be("không so sánh được với năm 2024 vì mẫu số bằng 0");
        row.DescribeChange(Language.English).Should().Be("not comparable with 2024 because the denominator is zero");
    }

    /// <summary>
    /// B's households were an estimate: the base restated from them is an estimate too (the least firm of "restated" and
    /// "estimated"), and so is the change made on it; the loans, restated from reported figures alone, are restated.
    /// </summary>
    [Fact]
    public void A_base_restated_from_an_estimate_is_an_estimate()
    {
        var result = Scorecard.Create(Catalog, History(), [],
            [
                Figure(Lent, A, Year2024, 30_000_000_000m), Figure(Households, A, Year2024, 1_000m),
                Figure(Lent, B, Year2024, 50_000_000_000m),
                new Observation(Households, B, Year2024, MeasuredValue.Of(3_000m), status: ValueStatus.Estimated),
                Figure(Lent, C, Year2025, 110_000_000_000m), Figure(Households, C, Year2025, 5_000m),
            ])
            .Evaluate(Year2025);

        var perHousehold = result.Find(PerHousehold, C)!;
        perHousehold.BaseValue.Should().Be(MeasuredValue.Of(20_000_000m));
        perHousehold.BaseStatus.Should().Be(ValueStatus.Estimated);
        perHousehold.ChangeStatus.Should().Be(ValueStatus.Estimated);
        result.Find(Households, C)!.BaseStatus.Should().Be(ValueStatus.Estimated);
        result.Find(Lent, C)!.BaseStatus.Should().Be(ValueStatus.Restated);
    }

    /// <summary>
    /// A stored indicator of the new unit, which reported nothing for 2024: its base is A's and B's loans added up, 30 + 50
    /// = 80 tỷ, and its status says it was restated, not reported.
    /// </summary>
    [Fact]
    public void A_stored_indicator_s_restated_base_of_a_new_unit_is_marked_restated()
    {
        var row = Scorecard.Create(Catalog, History(), [],
            [
                Figure(Lent, A, Year2024, 30_000_000_000m), Figure(Households, A, Year2024, 1_000m),
                Figure(Lent, B, Year2024, 50_000_000_000m), Figure(Households, B, Year2024, 3_000m),
                Figure(Lent, C, Year2025, 110_000_000_000m), Figure(Households, C, Year2025, 5_000m),
            ])
            .Evaluate(Year2025)
            .Find(Lent, C)!;

        row.BaseValue.Should().Be(MeasuredValue.Of(80_000_000_000m));
        row.BaseStatus.Should().Be(ValueStatus.Restated);
    }
}
