#!/usr/bin/env dotnet
#:project ../../src/De06Metrics/De06Metrics.csproj

// The Hà Giang Q1 2024 example from data to lagging report, as docs/notebooks/getting-started.ipynb tells it.
// Run from the repository's root:   dotnet run docs/scripts/getting-started.cs
// In English:                       dotnet run docs/scripts/getting-started.cs -- en
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;
using NodaTime;

var language = args is ["en", ..] ? Language.English : Language.Vietnamese;

// Who reports: the unit tree.
var province = new UnitId("HG");
var police = new UnitId("HG.CA");
var justice = new UnitId("HG.STP");
var labour = new UnitId("HG.SLDTBXH");
var health = new UnitId("HG.SYT");
var bank = new UnitId("HG.NHCSXH");
var units = UnitRegistry.Create(
[
    new ResponsibleUnit(province, new LocalizedText("Tỉnh Hà Giang", "Hà Giang province"), UnitKind.Province),
    new ResponsibleUnit(police, new LocalizedText("Công an tỉnh", "Provincial Police"), UnitKind.Agency, province),
    new ResponsibleUnit(justice, new LocalizedText("Sở Tư pháp", "Department of Justice"), UnitKind.Department, province),
    new ResponsibleUnit(labour, new LocalizedText("Sở Lao động - Thương binh và Xã hội", "Department of Labour, Invalids and Social Affairs"), UnitKind.Department, province),
    new ResponsibleUnit(health, new LocalizedText("Sở Y tế", "Department of Health"), UnitKind.Department, province),
    new ResponsibleUnit(bank, new LocalizedText("Ngân hàng Chính sách xã hội chi nhánh tỉnh", "Social Policy Bank, provincial branch"), UnitKind.Agency, province),
]);

// What is measured.
Indicator RateOf(string code, string vi, string en, Responsibility? who = null) =>
    new(new IndicatorCode(code), new LocalizedText(vi, en), Measure.Rate, Polarity.HigherIsBetter, 1, responsibility: who);
Indicator CountOf(string code, string vi, string en, string unitVi, string unitEn, Responsibility? who = null) =>
    new(new IndicatorCode(code), new LocalizedText(vi, en), Measure.Count(new LocalizedText(unitVi, unitEn)), Polarity.HigherIsBetter, 0, responsibility: who);

var onlineDossiers = RateOf("DVC.TRUC_TUYEN", "Tỷ lệ hồ sơ trực tuyến", "Online dossier rate", new Responsibility(police, [justice]));
var essentialServices = RateOf("DVC.THIET_YEU_25", "Tỷ lệ 25 dịch vụ công thiết yếu", "Rate of the 25 essential public services", new Responsibility(police));
var onTime = RateOf("TTHC.DUNG_HAN", "Tỷ lệ thủ tục hành chính giải quyết đúng hạn", "On-time handling rate");
var onlinePayment = RateOf("TTHC.THANH_TOAN", "Tỷ lệ thủ tục hành chính có thanh toán trực tuyến", "Online payment rate", new Responsibility(police));
var eidActivation = RateOf("DDDT.KICH_HOAT", "Tỷ lệ kích hoạt tài khoản định danh điện tử", "E-ID activation rate", new Responsibility(police));
var chipCardInsurance = RateOf("CCCD.KCB_BHYT", "Tỷ lệ khám chữa bệnh bằng thẻ căn cước gắn chíp", "Chip ID card used for health insurance", new Responsibility(health, [police]));
var personalRecords = CountOf("YTE.HS_CA_NHAN", "Hồ sơ sức khỏe cá nhân", "Personal health records", "hồ sơ", "records");
var credit = new Indicator(new IndicatorCode("NHCS.DU_NO"), new LocalizedText("Dư nợ cho vay tín chấp", "Unsecured credit lent"),
    Measure.Money(Currency.Vnd, MoneyScale.Billions), Polarity.HigherIsBetter, 0, responsibility: new Responsibility(bank, [labour]));
var models = CountOf("MO_HINH.TRIEN_KHAI", "Mô hình Đề án 06 đã triển khai", "Đề án 06 models deployed", "mô hình", "models",
    new Responsibility(police, [justice, labour]));
Indicator[] indicators = [onlineDossiers, essentialServices, onTime, onlinePayment, eidActivation, chipCardInsurance, personalRecords, credit, models];

// What was asked, and what was reported.
var quarter = ReportingPeriod.Parse("Quý I/2024");
var year2023 = ReportingPeriod.ForYear(2023);
var source = new SourceReference("Hội nghị giao ban Đề án 06 quý I/2024", new LocalDate(2024, 4, 4));
Target AtLeast(Indicator indicator, decimal value) => new(indicator.Code, province, quarter, Goal.AtLeast(value), source);
Observation Q1(Indicator indicator, MeasuredValue value, LocalDate? asOf = null) => new(indicator.Code, province, quarter, value, asOf, source);
Observation In2023(Indicator indicator, decimal value) => new(indicator.Code, province, year2023, MeasuredValue.Of(value), source: source);

Target[] targets =
[
    AtLeast(onlineDossiers, 70m), AtLeast(essentialServices, 70m), AtLeast(onlinePayment, 45m),
    AtLeast(chipCardInsurance, 70m), AtLeast(models, 33m),
];
Observation[] observations =
[
    Q1(onlineDossiers, MeasuredValue.Of(88.8m)),
    Q1(essentialServices, MeasuredValue.Of(95m)),
    Q1(onTime, MeasuredValue.Of(95.7m)),
    Q1(onlinePayment, MeasuredValue.Of(83.7m)),
    Q1(eidActivation, MeasuredValue.Of(66.7m), asOf: new LocalDate(2024, 3, 10)),
    Q1(chipCardInsurance, MeasuredValue.Of(92.7m)),
    Q1(personalRecords, MeasuredValue.Of(903_221m)),
    Q1(credit, MeasuredValue.Of(2_527_000_000_000m)),
    Q1(models, MeasuredValue.FromCountOfTotal(17m, 33m)),
    In2023(onlineDossiers, 72.3m), In2023(essentialServices, 77m), In2023(onTime, 90.7m),
    In2023(onlinePayment, 64.7m), In2023(chipCardInsurance, 81.7m),
];

// Evaluate the quarter against 2023, then list what lags and who answers for it.
var scorecard = Scorecard.Create(indicators, units, targets, observations);
var q1 = scorecard.Evaluate(quarter, options: new ScorecardOptions(comparisonPeriod: year2023));

Console.WriteLine(q1.Period.ToString(null, language));
foreach (var row in q1.Rows)
{
    Console.WriteLine($"- {row.Describe(language)}");
}

Console.WriteLine();
Console.WriteLine(q1.Lagging().Describe(language));
