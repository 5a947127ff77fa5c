using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Serialization;

/// <summary>A scorecard that uses every measure, goal, roll-up, period kind and optional field, for round trips.</summary>
internal static class ScorecardSamples
{
    public static Scorecard Everything()
    {
        var province = new UnitId("TQ");
        var police = new UnitId("TQ.CA");
        var commune = new UnitId("TQ.CA.X1");
        var justice = new UnitId("TQ.STP");
        UnitRegistry units = UnitRegistry.Create(
        [
            new ResponsibleUnit(commune, new LocalizedText("Xã Minh Xuân; \"thí điểm\""), UnitKind.Commune, police),
            new ResponsibleUnit(province, new LocalizedText("Tỉnh Tuyên Quang", "Tuyên Quang Province"), UnitKind.Province),
            new ResponsibleUnit(police, new LocalizedText("Công an tỉnh"), UnitKind.Agency, province),
            new ResponsibleUnit(justice, new LocalizedText("Sở Tư pháp", "Department of Justice, Tuyên Quang"), UnitKind.Department, province),
            new ResponsibleUnit(new UnitId("OTHER"), new LocalizedText("Khác"), UnitKind.Other),
            new ResponsibleUnit(new UnitId("TQ.H1"), new LocalizedText("Huyện 1"), UnitKind.District, province),
        ]);
        var both = new Responsibility(police, [justice, commune]);
        Indicator[] indicators =
        [
            new(new IndicatorCode("RATE"), new LocalizedText("Tỷ lệ", "Rate"), Measure.Rate, Polarity.HigherIsBetter, 1, responsibility: both),
            new(new IndicatorCode("ABOVE"), new LocalizedText("Thu vượt"), Measure.RateAboveWhole, Polarity.WithinBand, 2, RollUpRule.WeightedMean),
            new(new IndicatorCode("COUNT"), new LocalizedText("Số hồ sơ"), Measure.Count(new LocalizedText("hồ sơ", "records")), Polarity.LowerIsBetter, 0, RollUpRule.AddNumeratorsAndDenominators),
            new(new IndicatorCode("PLAIN_COUNT"), new LocalizedText("Số lượt"), Measure.Count(new LocalizedText("lượt")), Polarity.LowerIsBetter, 0, RollUpRule.Maximum),
            new(new IndicatorCode("MONEY"), new LocalizedText("Vốn"), Measure.Money(Currency.Usd, MoneyScale.Millions), Polarity.HigherIsBetter, 3, RollUpRule.Sum, new Responsibility(justice)),
            new(new IndicatorCode("MONEY_UNITS"), new LocalizedText("Phí"), Measure.Money(Currency.Vnd), Polarity.LowerIsBetter, 0, RollUpRule.None),
            new(new IndicatorCode("SCORE"), new LocalizedText("Điểm"), Measure.Score(87.5m), Polarity.WithinBand, 2),
            new(new IndicatorCode("RANK"), new LocalizedText("Hạng"), Measure.Rank, Polarity.LowerIsBetter, 0),
            new(new IndicatorCode("YESNO"), new LocalizedText("Đã ban hành"), Measure.YesNo, Polarity.HigherIsBetter, 0, RollUpRule.Minimum),
        ];
        var q1 = ReportingPeriod.ForQuarter(2024, 1);
        var source = new SourceReference("Kế hoạch 12/KH-UBND", new LocalDate(2024, 1, 15), "Phụ lục 1, dòng 3");
        Target[] targets =
        [
            new(indicators[0].Code, province, q1, Goal.AtLeast(70m), source, new Responsibility(justice)),
            new(indicators[1].Code, province, ReportingPeriod.ForYear(2024), Goal.Between(90m, 110.25m)),
            new(indicators[2].Code, police, ReportingPeriod.ForHalfYear(2024, 2), Goal.AtMost(5m), new SourceReference("Công văn 1")),
            new(indicators[6].Code, commune, ReportingPeriod.ForMonth(2024, 2), Goal.Exactly(80m, 0.5m)),
            new(indicators[6].Code, province, ReportingPeriod.ForMonth(2024, 2), Goal.Exactly(80m)),
            new(indicators[8].Code, province, q1, Goal.Yes()),
            new(indicators[8].Code, police, q1, Goal.No()),
        ];
        Observation[] observations =
        [
            new(indicators[0].Code, province, q1, MeasuredValue.Of(88.8m), new LocalDate(2024, 3, 10), source),
            new(indicators[0].Code, police, q1, MeasuredValue.FromRateParts(17m, 33m)),
            new(indicators[1].Code, province, ReportingPeriod.ForYear(2024), MeasuredValue.FromRateParts(130m, 100m)),
            new(indicators[2].Code, police, ReportingPeriod.ForHalfYear(2024, 2), MeasuredValue.FromCountOfTotal(3m, 40m)),
            new(indicators[3].Code, province, ReportingPeriod.ForMonthsToDate(2024, 9), MeasuredValue.Of(1_804_228m)),
            new(indicators[4].Code, justice, ReportingPeriod.YearToDate(new LocalDate(2024, 3, 10)), MeasuredValue.Of(-2_527_000.125m)),
            new(indicators[5].Code, justice, ReportingPeriod.Custom(new LocalDate(2024, 2, 15), new LocalDate(2024, 3, 14)), MeasuredValue.Of(0m)),
            new(indicators[6].Code, commune, ReportingPeriod.ForMonth(2024, 2), MeasuredValue.Of(87.50m)),
            new(indicators[7].Code, province, ReportingPeriod.ForYear(2023), MeasuredValue.FromRank(11m, 63m)),
            new(indicators[7].Code, province, ReportingPeriod.ForYear(2022), MeasuredValue.Of(40m)),
            new(indicators[8].Code, province, ReportingPeriod.ForReportingMonth(2024, 3, 15), MeasuredValue.FromBoolean(true), new LocalDate(2024, 3, 1)),
            new(indicators[8].Code, police, q1, MeasuredValue.FromBoolean(false)),
        ];
        return Scorecard.Create(indicators, units, targets, observations);
    }

    /// <summary>A scorecard whose free text has white space and line breaks at its ends, and a coordinating unit whose id holds ';'.</summary>
    public static Scorecard PaddedText()
    {
        var units = UnitRegistry.Create(
        [
            new ResponsibleUnit(new UnitId("HG"), new LocalizedText("Tỉnh Hà Giang\n", "  Hà Giang Province"), UnitKind.Province),
            new ResponsibleUnit(new UnitId("HG.CA"), new LocalizedText("\tCông an tỉnh"), UnitKind.Agency, new UnitId("HG")),
        ]);
        var indicator = new Indicator(new IndicatorCode("DVC.ONLINE"), new LocalizedText("Tỷ lệ hồ sơ trực tuyến "), Measure.Count(new LocalizedText(" hồ sơ")), Polarity.HigherIsBetter);
        var observation = new Observation(indicator.Code, new UnitId("HG"), ReportingPeriod.ForQuarter(2024, 1), MeasuredValue.Of(903_221m),
            source: new SourceReference(" Hội nghị giao ban\r\n", new LocalDate(2024, 4, 4), "ghi chú cuối dòng \n"));
        return Scorecard.Create([indicator], units, [], [observation]);
    }

    /// <summary>
    /// Computed indicators of every formula kind, with measures per something else (per household, per 1 000 people)
    /// and a formula over another computed indicator, for round trips.
    /// </summary>
    public static Scorecard Computed()
    {
        var province = new UnitId("HG");
        var units = UnitRegistry.Create([new ResponsibleUnit(province, new LocalizedText("Tỉnh Hà Giang", "Hà Giang Province"), UnitKind.Province)]);
        var households = new LocalizedText("hộ", "households");
        var people = new LocalizedText("người", "people");
        var visits = Measure.Count(new LocalizedText("lượt", "visits"), "visit");
        var money = Measure.Money(Currency.Vnd, MoneyScale.Billions);
        IndicatorCode lent = new("CREDIT.LENT"), borrowers = new("CREDIT.HOUSEHOLDS"), all = new("HOUSEHOLDS"), repaid = new("CREDIT.REPAID");
        IndicatorCode visitCount = new("VISITS"), population = new("PEOPLE"), perHousehold = new("CREDIT.PER_HOUSEHOLD");
        Indicator[] indicators =
        [
            new(lent, new LocalizedText("Dư nợ", "Loans"), money, Polarity.HigherIsBetter, 0),
            new(repaid, new LocalizedText("Đã trả", "Repaid"), money, Polarity.HigherIsBetter, 0),
            new(borrowers, new LocalizedText("Hộ vay", "Borrowers"), Measure.Count(households, "household"), Polarity.HigherIsBetter, 0),
            new(all, new LocalizedText("Hộ", "Households"), Measure.Count(households, "household"), Polarity.HigherIsBetter, 0),
            new(visitCount, new LocalizedText("Lượt khám", "Visits"), visits, Polarity.HigherIsBetter, 0),
            new(population, new LocalizedText("Dân số", "Population"), Measure.Count(people), Polarity.HigherIsBetter, 0),
            new Indicator(perHousehold, new LocalizedText("Dư nợ bình quân", "Loan per household"), money.AtScale(MoneyScale.Millions).Per(households, "household"), Polarity.HigherIsBetter, 2, RollUpRule.None)
                .DefinedAs(IndicatorFormula.Ratio(lent, borrowers)),
            new Indicator(new IndicatorCode("VISITS.PER_1000"), new LocalizedText("Lượt khám/1.000 dân"), visits.Per(people, quantity: 1000m), Polarity.HigherIsBetter, 1)
                .DefinedAs(IndicatorFormula.Ratio(visitCount, population)),
            new Indicator(new IndicatorCode("CREDIT.SHARE"), new LocalizedText("Tỷ lệ hộ vay"), Measure.Rate, Polarity.HigherIsBetter, 1)
                .DefinedAs(IndicatorFormula.Share(borrowers, all)),
            new Indicator(new IndicatorCode("CREDIT.OUTSTANDING"), new LocalizedText("Còn nợ"), money, Polarity.LowerIsBetter, 0)
                .DefinedAs(IndicatorFormula.Difference(lent, repaid)),
            new Indicator(new IndicatorCode("CREDIT.TOTAL"), new LocalizedText("Tổng"), money, Polarity.HigherIsBetter, 0)
                .DefinedAs(IndicatorFormula.Sum(lent, repaid, lent)),
            new Indicator(new IndicatorCode("CREDIT.PER_HOUSEHOLD_TWICE"), new LocalizedText("Hai lần bình quân"), money.AtScale(MoneyScale.Millions).Per(households), Polarity.HigherIsBetter, 2)
                .DefinedAs(IndicatorFormula.Sum(perHousehold, perHousehold)),
        ];
        var q1 = ReportingPeriod.ForQuarter(2024, 1);
        return Scorecard.Create(indicators, units, [new Target(perHousehold, province, q1, Goal.AtLeast(40_000_000m))],
        [
            new Observation(lent, province, q1, MeasuredValue.Of(2_527_000_000_000m)),
            new Observation(borrowers, province, q1, MeasuredValue.Of(57_396m)),
        ]);
    }

    public static void ShouldHoldTheSameItems(this Scorecard actual, Scorecard expected)
    {
        actual.Units.Units.Should().Equal(expected.Units.Units);
        actual.Indicators.Should().Equal(expected.Indicators);
        actual.Targets.Should().Equal(expected.Targets);
        actual.Observations.Should().Equal(expected.Observations);
        actual.Timeline.ShouldHoldTheSameTimeline(expected.Timeline);
    }
}
