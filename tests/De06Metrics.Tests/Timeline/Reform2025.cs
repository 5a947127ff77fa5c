using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;

namespace De06Metrics.Tests.Timeline;

/// <summary>
/// Hà Giang and Tuyên Quang through the 2025 reform, cut down to a few units of each level:
/// departments merged from 1/3/2025, the provinces merged by Resolution 202/2025/QH15 (adopted and in legal effect
/// 12/6/2025, operating from 1/7/2025, Tuyên Quang keeping its id), the merged provinces' departments and police
/// merged from 1/7/2025, and the district level abolished from 1/7/2025 with its communes moved under the province.
/// Resolution 202's number and dates are the real ones; the other documents are described, not numbered.
/// </summary>
internal static class Reform2025
{
    public static readonly LocalDate DepartmentsMerged = new(2025, 3, 1);
    public static readonly LocalDate ResolutionAdopted = new(2025, 6, 12);
    public static readonly LocalDate ProvincesOperate = new(2025, 7, 1);
    public static readonly LocalDate DayBefore = new(2025, 6, 30);

    public static readonly SourceReference Resolution202 = new("202/2025/QH15", ResolutionAdopted, "Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh năm 2025");
    public static readonly SourceReference DepartmentDecision = new("Nghị quyết HĐND tỉnh về việc thành lập, tổ chức lại các sở (ví dụ)", new LocalDate(2025, 2, 27));
    public static readonly SourceReference MergedProvinceDecision = new("Quyết định tổ chức các cơ quan của tỉnh Tuyên Quang sau sắp xếp (ví dụ)", new LocalDate(2025, 6, 30));
    public static readonly SourceReference LocalGovernmentLaw = new("Luật Tổ chức chính quyền địa phương 2025");

    public static readonly IndicatorCode OnlineCode = new("DVC.ONLINE");
    public static readonly IndicatorCode RecordsCode = new("HS.TIEPNHAN");
    public static readonly IndicatorCode PressCode = new("BAOCHI.CAPPHEP");

    /// <summary>Share of administrative dossiers filed online: a rate, rolled up by adding numerators and denominators.</summary>
    public static readonly Indicator Online = new(OnlineCode, new LocalizedText("Tỷ lệ hồ sơ trực tuyến", "Online dossier rate"), Measure.Rate, Polarity.HigherIsBetter);

    /// <summary>Dossiers received: a count, rolled up by summing.</summary>
    public static readonly Indicator Records = new(RecordsCode, new LocalizedText("Số hồ sơ tiếp nhận", "Dossiers received"), Measure.Count(), Polarity.HigherIsBetter, displayDecimals: 0);

    public static UnitId Id(string id) => new(id);

    public static ResponsibleUnit Unit(string id, string name, UnitKind kind, string? parent = null) =>
        new(Id(id), new LocalizedText(name), kind, parent is null ? null : Id(parent));

    /// <summary>Three provinces before the reform, Hà Giang with one district of one commune.</summary>
    public static UnitRegistry ThreeProvinces() => UnitRegistry.Create(
    [
        Unit("HG", "Tỉnh Hà Giang", UnitKind.Province),
        Unit("HG.BQ", "Huyện Bắc Quang", UnitKind.District, "HG"),
        Unit("HG.BQ.VQ", "Thị trấn Việt Quang", UnitKind.Commune, "HG.BQ"),
        Unit("TQ", "Tỉnh Tuyên Quang", UnitKind.Province),
        Unit("CB", "Tỉnh Cao Bằng", UnitKind.Province),
    ]);

    public static UnitRegistry Initial() => UnitRegistry.Create(
    [
        Unit("HG", "Tỉnh Hà Giang", UnitKind.Province),
        Unit("HG.STC", "Sở Tài chính", UnitKind.Department, "HG"),
        Unit("HG.SKHDT", "Sở Kế hoạch và Đầu tư", UnitKind.Department, "HG"),
        Unit("HG.STTTT", "Sở Thông tin và Truyền thông", UnitKind.Department, "HG"),
        Unit("HG.SKHCN", "Sở Khoa học và Công nghệ", UnitKind.Department, "HG"),
        Unit("HG.SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", UnitKind.Department, "HG"),
        Unit("HG.CA", "Công an tỉnh Hà Giang", UnitKind.Agency, "HG"),
        Unit("HG.BQ", "Huyện Bắc Quang", UnitKind.District, "HG"),
        Unit("HG.BQ.VQ", "Thị trấn Việt Quang", UnitKind.Commune, "HG.BQ"),
        Unit("HG.BQ.TT", "Xã Tân Thành", UnitKind.Commune, "HG.BQ"),
        Unit("TQ", "Tỉnh Tuyên Quang", UnitKind.Province),
        Unit("TQ.STC", "Sở Tài chính", UnitKind.Department, "TQ"),
        Unit("TQ.SKHDT", "Sở Kế hoạch và Đầu tư", UnitKind.Department, "TQ"),
        Unit("TQ.CA", "Công an tỉnh Tuyên Quang", UnitKind.Agency, "TQ"),
        Unit("TQ.SD", "Huyện Sơn Dương", UnitKind.District, "TQ"),
        Unit("TQ.SD.SD", "Thị trấn Sơn Dương", UnitKind.Commune, "TQ.SD"),
    ]);

    public static IReadOnlyList<SuccessionEvent> Events() =>
    [
        // 1/3/2025: planning and investment merged into finance in both provinces; information and communications
        // merged into science and technology, its press licensing going to culture.
        UnitMerger.Into([Id("HG.SKHDT")], Id("HG.STC"), DepartmentsMerged, DepartmentDecision),
        UnitMerger.Into([Id("TQ.SKHDT")], Id("TQ.STC"), DepartmentsMerged, DepartmentDecision),
        UnitMerger.Into([Id("HG.STTTT")], Id("HG.SKHCN"), DepartmentsMerged, DepartmentDecision),
        new FunctionTransfer(Id("HG.STTTT"), Id("HG.SVHTTDL"), [PressCode], DepartmentsMerged, DepartmentDecision,
            new LocalizedText("Quản lý nhà nước về báo chí, xuất bản", "State management of press and publishing")),

        // Resolution 202/2025/QH15: in legal effect on adoption, the merged province operating from 1/7/2025.
        UnitMerger.Into([Id("HG")], Id("TQ"), ResolutionAdopted, Resolution202, ProvincesOperate),

        // 1/7/2025: the merged province's finance departments and police merged; the district level abolished.
        UnitMerger.Into([Id("HG.STC")], Id("TQ.STC"), ProvincesOperate, MergedProvinceDecision),
        UnitMerger.Into([Id("HG.CA")], Id("TQ.CA"), ProvincesOperate, MergedProvinceDecision),
        new UnitAbolition(Id("HG.BQ"), ProvincesOperate, LocalGovernmentLaw, childrenMoveTo: Id("TQ"), responsibilitiesTo: Id("TQ")),
        new UnitAbolition(Id("TQ.SD"), ProvincesOperate, LocalGovernmentLaw, childrenMoveTo: Id("TQ")),
    ];

    /// <summary>
    /// Quarterly online-dossier rates, the two provinces apart until 30/6/2025, the merged province from 1/7/2025. The
    /// figures are illustrative (round numbers of the right size, not published ones); docs/examples/tuyen-quang-merger-2025
    /// holds the same figures, and a test checks that the two agree.
    /// </summary>
    public static Observation[] OnlineRates2025() =>
    [
        Rate("HG", Quarter(2025, 1), 4_200, 6_000),   // 70%
        Rate("TQ", Quarter(2025, 1), 5_400, 7_200),   // 75%
        Rate("HG", Quarter(2025, 2), 4_800, 6_400),   // 75%
        Rate("TQ", Quarter(2025, 2), 6_000, 7_500),   // 80%
        Rate("TQ", Quarter(2025, 3), 11_200, 14_000), // 80%, reported by the merged province
    ];

    /// <summary>The third quarter of 2024, the same period a year before the merger (illustrative, like <see cref="OnlineRates2025"/>).</summary>
    public static Observation[] OnlineRatesQ3_2024() =>
    [
        Rate("HG", Quarter(2024, 3), 3_900, 6_000),   // 65%
        Rate("TQ", Quarter(2024, 3), 5_250, 7_000),   // 75%
    ];

    public static UnitTimeline History(SuccessionDateBasis basis = SuccessionDateBasis.Operational) => UnitTimeline.Create(Initial(), Events(), basis);

    public static Observation Rate(string unit, ReportingPeriod period, decimal numerator, decimal denominator) =>
        new(OnlineCode, Id(unit), period, MeasuredValue.FromRateParts(numerator, denominator));

    public static Observation Count(string unit, ReportingPeriod period, decimal count) =>
        new(RecordsCode, Id(unit), period, MeasuredValue.Of(count));

    public static ReportingPeriod Quarter(int year, int quarter) => ReportingPeriod.ForQuarter(year, quarter);
}
