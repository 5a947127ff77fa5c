using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

/// <summary>
/// How firm a figure is (reported, estimated, preliminary, derived) and how that carries into what is computed from it:
/// the documented rule (ValueStatus's remarks) is that a roll-up or a change takes the least firm status of its inputs.
/// </summary>
public class ScorecardValueStatusTest
{
    private static readonly UnitId P = new("P");
    private static readonly UnitId D1 = new("P.D1");
    private static readonly UnitId D2 = new("P.D2");
    private static readonly IndicatorCode Online = new("ONLINE");
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);
    private static readonly ReportingPeriod Q1Before = ReportingPeriod.ForQuarter(2023, 1);

    private static readonly UnitRegistry Units = UnitRegistry.Create(
    [
        new ResponsibleUnit(P, new LocalizedText("Tỉnh P", "Province P"), UnitKind.Province),
        new ResponsibleUnit(D1, new LocalizedText("Huyện 1", "District 1"), UnitKind.District, P),
        new ResponsibleUnit(D2, new LocalizedText("Huyện 2", "District 2"), UnitKind.District, P),
    ]);

    private static readonly Indicator[] Catalog =
    [
        new(Online, new LocalizedText("Tỷ lệ trực tuyến", "Online rate"), Measure.Rate, Polarity.HigherIsBetter),
    ];

    private static Observation Rate(UnitId unit, ReportingPeriod period, decimal numerator, decimal denominator, ValueStatus status = ValueStatus.Reported, string? note = null) =>
        new(Online, unit, period, MeasuredValue.FromRateParts(numerator, denominator), status: status, statusNote: note);

    [Fact]
    public void A_figure_is_reported_unless_its_source_marks_it_otherwise()
    {
        var scorecard = Scorecard.Create(Catalog, Units, [], [Rate(D1, Q1, 80m, 100m)]);
        var row = scorecard.Evaluate(Q1).Find(Online, D1)!;
        row.ValueStatus.Should().Be(ValueStatus.Reported);
        row.DescribeProvenance(Language.Vietnamese).Should().BeEmpty();
        scorecard.Evaluate(Q1).DescribeStatusLegend(Language.English).Should().BeEmpty();
    }

    [Fact]
    public void A_roll_up_over_an_estimate_is_an_estimate_and_says_so()
    {
        // 80/100 (estimated) + 30/50 (reported) = 110/150 = 73,3% for the province: estimated, because one part is.
        var scorecard = Scorecard.Create(Catalog, Units, [], [Rate(D1, Q1, 80m, 100m, ValueStatus.Estimated), Rate(D2, Q1, 30m, 50m)]);
        var province = scorecard.Evaluate(Q1).Find(Online, P)!;
        province.Origin.Should().Be(ValueOrigin.Derived);
        province.ValueStatus.Should().Be(ValueStatus.Estimated);
        province.DescribeProvenance(Language.Vietnamese).Should().Equal(
            "Tỷ lệ trực tuyến (Tỉnh P, quý I/2024): 73,3% (ước tính) — tổng hợp từ số liệu ước tính của đơn vị cấp dưới");
        province.DescribeProvenance(Language.English).Should().Equal(
            "Online rate (Province P, Q1 2024): 73.3% (estimated) — rolled up from figures marked estimated of the units below");
    }

    [Fact]
    public void A_roll_up_takes_the_least_firm_status_of_its_children()
    {
        // Preliminary and estimated children: an estimate is less firm than a preliminary figure.
        var scorecard = Scorecard.Create(Catalog, Units, [], [Rate(D1, Q1, 80m, 100m, ValueStatus.Preliminary), Rate(D2, Q1, 30m, 50m, ValueStatus.Estimated)]);
        scorecard.Evaluate(Q1).Find(Online, P)!.ValueStatus.Should().Be(ValueStatus.Estimated);

        var firm = Scorecard.Create(Catalog, Units, [], [Rate(D1, Q1, 80m, 100m, ValueStatus.Preliminary), Rate(D2, Q1, 30m, 50m)]);
        firm.Evaluate(Q1).Find(Online, P)!.ValueStatus.Should().Be(ValueStatus.Preliminary);
    }

    [Fact]
    public void A_change_over_a_preliminary_base_is_preliminary_and_says_so()
    {
        // 30/50 = 60% now (reported) against 25/50 = 50% a year before (preliminary): up 10 points, preliminary.
        var scorecard = Scorecard.Create(Catalog, Units, [], [Rate(D2, Q1, 30m, 50m), Rate(D2, Q1Before, 25m, 50m, ValueStatus.Preliminary)]);
        var row = scorecard.Evaluate(Q1).Find(Online, D2)!;
        row.Change!.Amount.Should().Be(10m);
        row.ValueStatus.Should().Be(ValueStatus.Reported);
        row.BaseStatus.Should().Be(ValueStatus.Preliminary);
        row.ChangeStatus.Should().Be(ValueStatus.Preliminary);
        var vietnamese = row.DescribeProvenance(Language.Vietnamese);
        vietnamese.Should().HaveCount(2);
        vietnamese[0].Should().Be("Tỷ lệ trực tuyến (Huyện 2, quý I/2023): 50,0% (sơ bộ) — số liệu sơ bộ, sẽ được thay bằng số chính thức");
        vietnamese[1].Should().EndWith("(sơ bộ) — mức thay đổi so với cùng kỳ năm 2023 tính từ số liệu sơ bộ nên cũng là số sơ bộ");
        row.DescribeProvenance(Language.English)[1].Should().EndWith(
            "(preliminary) — the change on Q1 2023 is computed from figures marked preliminary, so it is marked preliminary too");
    }

    [Fact]
    public void A_derived_figure_carries_how_it_was_worked_out()
    {
        // The Hà Giang reading: 88,8 − 16,5 = 72,3 for 2023.
        const string how = "88,8 − 16,5 = 72,3, đọc \"tăng 16,5%\" là điểm phần trăm.";
        var scorecard = Scorecard.Create(Catalog, Units, [], [Rate(D1, Q1, 888m, 1000m), new Observation(Online, D1, Q1Before, MeasuredValue.Of(72.3m), status: ValueStatus.Derived, statusNote: how)]);
        var row = scorecard.Evaluate(Q1).Find(Online, D1)!;
        row.ChangeStatus.Should().Be(ValueStatus.Derived);
        row.DescribeProvenance(Language.Vietnamese)[0].Should().Be($"Tỷ lệ trực tuyến (Huyện 1, quý I/2023): 72,3% (suy ra) — {how}");
        scorecard.Evaluate(Q1).DescribeStatusLegend(Language.Vietnamese).Should().Equal(
            "(suy ra): số liệu nguồn không nêu trực tiếp, suy ra từ nội dung nguồn");
        scorecard.Evaluate(Q1).DescribeStatusLegend(Language.English).Should().Equal(
            "(derived): not stated by the source, worked out from what it states");
    }

    [Fact]
    public void An_estimated_value_is_said_in_the_rows_sentence()
    {
        var scorecard = Scorecard.Create(Catalog, Units, [], [Rate(D1, Q1, 80m, 100m, ValueStatus.Estimated)]);
        var row = scorecard.Evaluate(Q1).Find(Online, D1)!;
        row.Describe(Language.Vietnamese).Should().Be("Tỷ lệ trực tuyến đạt 80/100 (80,0%; số liệu ước tính)");
        row.Describe(Language.English).Should().Contain("; estimated figure)");
    }

    [Fact]
    public void Statuses_combine_to_the_least_firm()
    {
        ValueStatus.Reported.LeastFirm(ValueStatus.Estimated).Should().Be(ValueStatus.Estimated);
        ValueStatus.Derived.LeastFirm(ValueStatus.Revised).Should().Be(ValueStatus.Derived);
        ValueStatus.Reported.LeastFirm(ValueStatus.Reported).Should().Be(ValueStatus.Reported);
        var undefined = () => ValueStatus.Reported.LeastFirm((ValueStatus)9);
        undefined.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("other");
    }

    [Fact]
    public void An_observation_refuses_a_status_the_scorecard_works_out_and_a_derived_figure_without_how()
    {
        var revised = () => Rate(D1, Q1, 1m, 2m, ValueStatus.Revised);
        revised.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("status");
        var derivedWithoutHow = () => Rate(D1, Q1, 1m, 2m, ValueStatus.Derived);
        derivedWithoutHow.Should().Throw<ArgumentException>().WithParameterName("statusNote");
        var reportedWithNote = () => Rate(D1, Q1, 1m, 2m, ValueStatus.Reported, "ước");
        reportedWithNote.Should().Throw<ArgumentException>().WithParameterName("statusNote");
    }
}
