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
/// A value computed by an indicator's formula is not stated by the source but worked out from what it states: by the
/// documented rule (ValueStatus.Derived, "a figure the source does not state but implies") it is marked derived, and a
/// figure computed from others takes the least firm status of what it is computed from (ValueStatus's remarks), so a
/// ratio over an estimate stays an estimate. Its footnote names the formula with its parts' names.
/// </summary>
[Trait("Category", "Text")]
public class ScorecardComputedStatusTest
{
    private static readonly UnitId P = new("P");
    private static readonly UnitId C1 = new("P.C1");
    private static readonly UnitId C2 = new("P.C2");
    private static readonly IndicatorCode Visits = new("VISITS");
    private static readonly IndicatorCode People = new("PEOPLE");
    private static readonly IndicatorCode PerThousand = new("VISITS.PER_1000");
    private static readonly IndicatorCode Insured = new("INSURED");
    private static readonly IndicatorCode InsuredShare = new("INSURED.SHARE");
    private static readonly IndicatorCode Uninsured = new("UNINSURED");
    private static readonly IndicatorCode Counted = new("COUNTED");
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);
    private static readonly ReportingPeriod Q1Before = ReportingPeriod.ForQuarter(2023, 1);

    private static readonly UnitRegistry Units = UnitRegistry.Create(
    [
        new ResponsibleUnit(P, new LocalizedText("Huyện P", "District P"), UnitKind.District),
        new ResponsibleUnit(C1, new LocalizedText("Xã 1", "Commune 1"), UnitKind.Commune, P),
        new ResponsibleUnit(C2, new LocalizedText("Xã 2", "Commune 2"), UnitKind.Commune, P),
    ]);

    private static readonly Measure VisitCount = Measure.Count(new LocalizedText("lượt", "visits"), "visit");
    private static readonly Measure PersonCount = Measure.Count(new LocalizedText("người", "people"), "person");

    private static readonly Indicator[] Catalog =
    [
        new(Visits, new LocalizedText("Lượt khám", "Visits"), VisitCount, Polarity.HigherIsBetter, 0),
        new(People, new LocalizedText("Dân số", "Population"), PersonCount, Polarity.HigherIsBetter, 0),
        new Indicator(PerThousand, new LocalizedText("Lượt khám trên 1.000 dân", "Visits per 1,000 people"),
                VisitCount.Per(new LocalizedText("người", "people"), quantity: 1000m), Polarity.HigherIsBetter, 2)
            .DefinedAs(IndicatorFormula.Ratio(Visits, People)),
        new(Insured, new LocalizedText("Người có bảo hiểm y tế", "People insured"), PersonCount, Polarity.HigherIsBetter, 0),
        new Indicator(InsuredShare, new LocalizedText("Tỷ lệ bao phủ bảo hiểm y tế", "Health insurance coverage"), Measure.Rate, Polarity.HigherIsBetter)
            .DefinedAs(IndicatorFormula.Share(Insured, People)),
        new Indicator(Uninsured, new LocalizedText("Người chưa có bảo hiểm y tế", "People uninsured"), PersonCount, Polarity.LowerIsBetter, 0)
            .DefinedAs(IndicatorFormula.Difference(People, Insured)),
        new Indicator(Counted, new LocalizedText("Tổng số", "Total"), PersonCount, Polarity.HigherIsBetter, 0)
            .DefinedAs(IndicatorFormula.Sum(People, Insured, Uninsured)),
    ];

    private static Observation Figure(IndicatorCode code, UnitId unit, decimal value, ReportingPeriod? period = null, ValueStatus status = ValueStatus.Reported) =>
        new(code, unit, period ?? Q1, MeasuredValue.Of(value), status: status, statusNote: status == ValueStatus.Reported ? null : "ước tính của trạm y tế");

    [Fact]
    public void The_examples_loan_per_household_is_derived_and_names_its_formula()
    {
        // 2 527 000 000 000 ÷ 57 396 = 44 027 458,36 đồng per household, computed from two reported figures: derived.
        var result = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid().Evaluate(HaGiangExample.Q1);
        var row = result.Find(new IndicatorCode("CREDIT.PER_HOUSEHOLD"), HaGiangExample.Province)!;

        row.Origin.Should().Be(ValueOrigin.Computed);
        Math.Round(row.Actual!.Value.Value, 2).Should().Be(44_027_458.36m);
        row.ValueStatus.Should().Be(ValueStatus.Derived);
        row.DescribeStatusNote(Language.Vietnamese).Should().Be("tính theo công thức: Dư nợ cho vay tín chấp ÷ Hộ khách hàng vay");
        row.DescribeStatusNote(Language.English).Should().Be("computed as Unsecured credit lent ÷ Borrower households");
        row.DescribeProvenance(Language.Vietnamese).Should().Equal(
            "Dư nợ bình quân một hộ vay (Tỉnh Hà Giang, quý I/2024): 44,03 triệu đồng/hộ (suy ra) — tính theo công thức: Dư nợ cho vay tín chấp ÷ Hộ khách hàng vay");
        row.DescribeProvenance(Language.English).Should().Equal(
            "Average loan per borrower household (Hà Giang Province, Q1 2024): VND 44.03 million per household (derived) — computed as Unsecured credit lent ÷ Borrower households");
        row.Describe(Language.Vietnamese).Should().Be("Dư nợ bình quân một hộ vay đạt 44,03 triệu đồng/hộ (số liệu suy ra)");
        result.DescribeStatusLegend(Language.Vietnamese).Should().Contain("(suy ra): số liệu nguồn không nêu trực tiếp, suy ra từ nội dung nguồn");

        // Its parts are reported as they were.
        result.Find(new IndicatorCode("CREDIT.LENT"), HaGiangExample.Province)!.ValueStatus.Should().Be(ValueStatus.Reported);
        result.Find(new IndicatorCode("CREDIT.HOUSEHOLDS"), HaGiangExample.Province)!.ValueStatus.Should().Be(ValueStatus.Reported);
    }

    [Fact]
    public void A_ratio_over_an_estimate_stays_an_estimate_and_one_over_reported_parts_is_derived()
    {
        // Commune 1: 10 visits (estimated) of 100 people: 10 × 1 000 ÷ 100 = 100 per 1 000, an estimate.
        // Commune 2: 30 visits of 50 people, both reported: 30 × 1 000 ÷ 50 = 600 per 1 000, derived.
        // The district: (10 + 30) × 1 000 ÷ (100 + 50) = 266,67 per 1 000, from a roll-up over an estimate: an estimate.
        var result = Scorecard.Create(Catalog, Units, [],
            [Figure(Visits, C1, 10m, status: ValueStatus.Estimated), Figure(People, C1, 100m), Figure(Visits, C2, 30m), Figure(People, C2, 50m)]).Evaluate(Q1);

        var estimated = result.Find(PerThousand, C1)!;
        estimated.ValueStatus.Should().Be(ValueStatus.Estimated);
        estimated.DescribeProvenance(Language.Vietnamese).Should().Equal(
            "Lượt khám trên 1.000 dân (Xã 1, quý I/2024): 100,00 lượt/1.000 người (ước tính) — tính theo công thức: Lượt khám ÷ Dân số × 1.000, từ số liệu ước tính của chỉ tiêu thành phần");
        estimated.DescribeProvenance(Language.English).Should().Equal(
            "Visits per 1,000 people (Commune 1, Q1 2024): 100.00 visits per 1,000 people (estimated) — computed as Visits ÷ Population × 1,000, from figures marked estimated of its parts");

        var derived = result.Find(PerThousand, C2)!;
        derived.Actual.Should().Be(MeasuredValue.Of(600m));
        derived.ValueStatus.Should().Be(ValueStatus.Derived);
        derived.DescribeProvenance(Language.Vietnamese).Should().Equal(
            "Lượt khám trên 1.000 dân (Xã 2, quý I/2024): 600,00 lượt/1.000 người (suy ra) — tính theo công thức: Lượt khám ÷ Dân số × 1.000");

        var district = result.Find(PerThousand, P)!;
        Math.Round(district.Actual!.Value.Value, 2).Should().Be(266.67m);
        district.ValueStatus.Should().Be(ValueStatus.Estimated);
    }

    [Fact]
    public void A_computed_value_that_cannot_be_computed_carries_no_mark()
    {
        // Commune 1 reports visits without its population: no value (MissingPart), so nothing to mark.
        var row = Scorecard.Create(Catalog, Units, [], [Figure(Visits, C1, 10m)]).Evaluate(Q1).Find(PerThousand, C1)!;

        row.MissingValueReason.Should().Be(NotMeaningfulReason.MissingPart);
        row.ValueStatus.Should().Be(ValueStatus.Reported);
        row.DescribeProvenance(Language.Vietnamese).Should().BeEmpty();
        row.DescribeStatusNote(Language.Vietnamese).Should().BeEmpty();
    }

    [Fact]
    public void Shares_differences_and_sums_say_their_formulas_in_words()
    {
        // 800 of 1 000 people insured: a share of 800 × 100 ÷ 1 000 = 80%; 1 000 − 800 = 200 uninsured;
        // 1 000 + 800 + 200 = 2 000 in the sum, which takes the difference, itself computed.
        var result = Scorecard.Create(Catalog, Units, [], [Figure(People, C1, 1_000m), Figure(Insured, C1, 800m)]).Evaluate(Q1);

        var share = result.Find(InsuredShare, C1)!;
        share.Actual.Should().Be(MeasuredValue.Of(80m));
        share.DescribeStatusNote(Language.Vietnamese).Should().Be("tính theo công thức: Người có bảo hiểm y tế ÷ Dân số × 100%");
        var difference = result.Find(Uninsured, C1)!;
        difference.Actual.Should().Be(MeasuredValue.Of(200m));
        difference.DescribeStatusNote(Language.English).Should().Be("computed as Population − People insured");
        var sum = result.Find(Counted, C1)!;
        sum.Actual.Should().Be(MeasuredValue.Of(2_000m));
        sum.ValueStatus.Should().Be(ValueStatus.Derived);
        sum.DescribeStatusNote(Language.Vietnamese).Should().Be("tính theo công thức: Dân số + Người có bảo hiểm y tế + Người chưa có bảo hiểm y tế");
    }

    [Fact]
    public void A_change_of_a_computed_value_on_a_computed_base_is_derived_and_the_base_names_its_formula()
    {
        // Commune 2: 30 visits of 50 people now (600 per 1 000), 20 of 50 a year before (20 × 1 000 ÷ 50 = 400): up 200.
        var row = Scorecard.Create(Catalog, Units, [],
        [
            Figure(Visits, C2, 30m), Figure(People, C2, 50m), Figure(Visits, C2, 20m, Q1Before), Figure(People, C2, 50m, Q1Before),
        ]).Evaluate(Q1).Find(PerThousand, C2)!;

        row.Change!.Amount.Should().Be(200m);
        (row.ValueStatus, row.BaseStatus, row.ChangeStatus).Should().Be((ValueStatus.Derived, ValueStatus.Derived, ValueStatus.Derived));
        var notes = row.DescribeProvenance(Language.Vietnamese);
        notes.Should().HaveCount(3);
        notes[1].Should().Be("Lượt khám trên 1.000 dân (Xã 2, quý I/2023): 400,00 lượt/1.000 người (suy ra) — tính theo công thức: Lượt khám ÷ Dân số × 1.000");
        notes[2].Should().EndWith("(suy ra) — mức thay đổi so với cùng kỳ năm 2023 tính từ số liệu suy ra nên cũng là số suy ra");
    }
}
