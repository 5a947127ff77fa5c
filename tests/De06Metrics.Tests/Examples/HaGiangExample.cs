using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Examples;

/// <summary>
/// The figures of the Hà Giang Q1 2024 report (../shared/reference) as a scorecard built in code. Readings taken:
/// "tăng N% so với năm 2023" is read as percentage points, because the same sentences' "vượt chỉ tiêu 18,8%" can only
/// be points (88,8 − 70); the 2023 values are the ones that reading implies. Targets are put on Q1 2024, the period
/// the report judges against them. Lead units are illustrative: the report does not say who leads what.
/// </summary>
internal static class HaGiangExample
{
    public static readonly ReportingPeriod Quarter = ReportingPeriod.ForQuarter(2024, 1);
    public static readonly ReportingPeriod Year2023 = ReportingPeriod.ForYear(2023);
    public static readonly ReportingPeriod Year2022 = ReportingPeriod.ForYear(2022);

    public static readonly UnitId Province = new("HG");
    public static readonly UnitId Police = new("HG.CA");
    public static readonly UnitId Justice = new("HG.STP");
    public static readonly UnitId Labour = new("HG.SLDTBXH");
    public static readonly UnitId Health = new("HG.SYT");
    public static readonly UnitId Bank = new("HG.NHCSXH");

    public static readonly IndicatorCode OnlineDossiers = new("DVC.TRUC_TUYEN");
    public static readonly IndicatorCode EssentialServices = new("DVC.THIET_YEU_25");
    public static readonly IndicatorCode OnTime = new("TTHC.DUNG_HAN");
    public static readonly IndicatorCode OnlinePayment = new("TTHC.THANH_TOAN");
    public static readonly IndicatorCode EidActivation = new("DDDT.KICH_HOAT");
    public static readonly IndicatorCode ChipCardInsurance = new("CCCD.KCB_BHYT");
    public static readonly IndicatorCode Hospitals = new("YTE.BENH_VIEN");
    public static readonly IndicatorCode PersonalRecords = new("YTE.HS_CA_NHAN");
    public static readonly IndicatorCode HouseholdRecords = new("YTE.HS_HO_GD");
    public static readonly IndicatorCode Visits = new("YTE.LUOT_KCB");
    public static readonly IndicatorCode VneidRecords = new("VNEID.DU_LIEU");
    public static readonly IndicatorCode Credit = new("NHCS.DU_NO");
    public static readonly IndicatorCode Borrowers = new("NHCS.HO_VAY");
    public static readonly IndicatorCode Models = new("MO_HINH.TRIEN_KHAI");
    public static readonly IndicatorCode PapiRank = new("PAPI.XEP_HANG");

    public static Scorecard Build()
    {
        var units = UnitRegistry.Create(
        [
            new ResponsibleUnit(Province, new LocalizedText("Tỉnh Hà Giang", "Hà Giang province"), UnitKind.Province),
            new ResponsibleUnit(Police, new LocalizedText("Công an tỉnh", "Provincial Police"), UnitKind.Agency, Province),
            new ResponsibleUnit(Justice, new LocalizedText("Sở Tư pháp", "Department of Justice"), UnitKind.Department, Province),
            new ResponsibleUnit(Labour, new LocalizedText("Sở Lao động - Thương binh và Xã hội", "Department of Labour, Invalids and Social Affairs"), UnitKind.Department, Province),
            new ResponsibleUnit(Health, new LocalizedText("Sở Y tế", "Department of Health"), UnitKind.Department, Province),
            new ResponsibleUnit(Bank, new LocalizedText("Ngân hàng Chính sách xã hội chi nhánh tỉnh", "Social Policy Bank, provincial branch"), UnitKind.Agency, Province),
        ]);

        Responsibility Lead(UnitId lead, params UnitId[] coordinating) => new(lead, coordinating);
        Indicator Rate(IndicatorCode code, string vi, string en, Responsibility? who = null) =>
            new(code, new LocalizedText(vi, en), Measure.Rate, Polarity.HigherIsBetter, 1, responsibility: who);
        Indicator Count(IndicatorCode code, string vi, string en, string unitVi, string unitEn) =>
            new(code, new LocalizedText(vi, en), Measure.Count(new LocalizedText(unitVi, unitEn)), Polarity.HigherIsBetter, 0);

        Indicator[] indicators =
        [
            Rate(OnlineDossiers, "Tỷ lệ hồ sơ trực tuyến", "Online dossier rate", Lead(Police, Justice)),
            Rate(EssentialServices, "Tỷ lệ 25 dịch vụ công thiết yếu", "Rate of the 25 essential public services", Lead(Police)),
            Rate(OnTime, "Tỷ lệ thủ tục hành chính giải quyết đúng hạn", "On-time handling rate"),
            Rate(OnlinePayment, "Tỷ lệ thủ tục hành chính có thanh toán trực tuyến", "Online payment rate", Lead(Police)),
            Rate(EidActivation, "Tỷ lệ kích hoạt tài khoản định danh điện tử", "E-ID activation rate", Lead(Police)),
            Rate(ChipCardInsurance, "Tỷ lệ khám chữa bệnh bằng thẻ căn cước gắn chíp", "Chip ID card used for health insurance", Lead(Health, Police)),
            new(Hospitals, new LocalizedText("Bệnh viện kết nối hồ sơ sức khỏe điện tử", "Hospitals connected to e-health records"),
                Measure.Rate, Polarity.HigherIsBetter, 1, responsibility: Lead(Health)),
            Count(PersonalRecords, "Hồ sơ sức khỏe cá nhân", "Personal health records", "hồ sơ", "records"),
            Count(HouseholdRecords, "Hồ sơ sức khỏe hộ gia đình", "Household health records", "hồ sơ", "records"),
            Count(Visits, "Lượt khám chữa bệnh cập nhật", "Medical visits recorded", "lượt", "visits"),
            Count(VneidRecords, "Dữ liệu tích hợp lên VNeID", "Records integrated into VNeID", "dữ liệu", "records"),
            new(Credit, new LocalizedText("Dư nợ cho vay tín chấp", "Unsecured credit lent"), Measure.Money(Currency.Vnd, MoneyScale.Billions),
                Polarity.HigherIsBetter, 0, responsibility: Lead(Bank, Labour)),
            Count(Borrowers, "Hộ khách hàng vay", "Borrowing households", "hộ", "households"),
            new(Models, new LocalizedText("Mô hình Đề án 06 đã triển khai", "Đề án 06 models deployed"), Measure.Count(new LocalizedText("mô hình", "models")),
                Polarity.HigherIsBetter, 0, responsibility: Lead(Police, Justice, Labour)),
            new(PapiRank, new LocalizedText("Chỉ số PAPI", "PAPI index"), Measure.Rank, Polarity.LowerIsBetter, 0),
        ];

        var source = new SourceReference("Hội nghị giao ban Đề án 06 quý I/2024", new LocalDate(2024, 4, 4));
        Target AtLeast(IndicatorCode code, decimal value) => new(code, Province, Quarter, Goal.AtLeast(value), source);
        Target[] targets =
        [
            AtLeast(OnlineDossiers, 70m),
            AtLeast(EssentialServices, 70m),
            AtLeast(OnlinePayment, 45m),
            AtLeast(ChipCardInsurance, 70m),
            AtLeast(Models, 33m),
        ];

        Observation Q1(IndicatorCode code, MeasuredValue value, LocalDate? asOf = null) => new(code, Province, Quarter, value, asOf, source);
        Observation In2023(IndicatorCode code, decimal value) => new(code, Province, Year2023, MeasuredValue.Of(value), source: source);
        Observation[] observations =
        [
            Q1(OnlineDossiers, MeasuredValue.Of(88.8m)),
            Q1(EssentialServices, MeasuredValue.Of(95m)),
            Q1(OnTime, MeasuredValue.Of(95.7m)),
            Q1(OnlinePayment, MeasuredValue.Of(83.7m)),
            Q1(EidActivation, MeasuredValue.Of(66.7m), new LocalDate(2024, 3, 10)),
            Q1(ChipCardInsurance, MeasuredValue.Of(92.7m)),
            Q1(Hospitals, MeasuredValue.FromRateParts(17m, 17m)),
            Q1(PersonalRecords, MeasuredValue.Of(903_221m)),
            Q1(HouseholdRecords, MeasuredValue.Of(165_679m)),
            Q1(Visits, MeasuredValue.Of(1_804_228m)),
            Q1(VneidRecords, MeasuredValue.Of(11_981m)),
            Q1(Credit, MeasuredValue.Of(2_527_000_000_000m)),
            Q1(Borrowers, MeasuredValue.Of(57_396m)),
            Q1(Models, MeasuredValue.FromCountOfTotal(17m, 33m)),
            In2023(OnlineDossiers, 72.3m),
            In2023(EssentialServices, 77m),
            In2023(OnTime, 90.7m),
            In2023(OnlinePayment, 64.7m),
            In2023(ChipCardInsurance, 81.7m),
            new(PapiRank, Province, Year2023, MeasuredValue.FromRank(11m, 63m), source: new SourceReference("PAPI 2023")),
            new(PapiRank, Province, Year2022, MeasuredValue.FromRank(40m, 63m), source: new SourceReference("PAPI 2022")),
        ];

        return Scorecard.Create(indicators, units, targets, observations);
    }
}
