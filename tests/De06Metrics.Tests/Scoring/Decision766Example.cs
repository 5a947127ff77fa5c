using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scoring;
using De06Metrics.Text;

namespace De06Metrics.Tests.Scoring;

/// <summary>
/// A sheet shaped like Decision 766/QĐ-TTg's index: the six official groups with their official maximum points and
/// portal codes. The sub-indicators, thresholds and cut-offs are ILLUSTRATIVE, made up for the tests; they are not the
/// official list.
/// </summary>
internal static class Decision766Example
{
    public static readonly RatingScale IllustrativeScale = new(90m, 75m, 50m,
        new LocalizedText("ví dụ minh họa, không phải ngưỡng chính thức", "illustrative example, not official cut-offs"));

    private static ScoredIndicator Rate(string code, string vi, string en, ScoringRule rule, Polarity polarity = Polarity.HigherIsBetter) =>
        new(new Indicator(new IndicatorCode(code), new LocalizedText(vi, en), Measure.Rate, polarity), rule);

    public static IReadOnlyList<ScoringGroup> Groups() =>
    [
        new("CKMB", new LocalizedText("Công khai, minh bạch", "Publicity and transparency"), 18m,
        [
            Rate("CKMB.1", "(minh họa) Tỷ lệ TTHC công khai đầy đủ", "(illustrative) Procedures fully published", ScoringRule.CappedLinear(100m, 10m)),
            Rate("CKMB.2", "(minh họa) Tỷ lệ hồ sơ cập nhật trạng thái", "(illustrative) Dossiers with status updates", ScoringRule.Banded([new ScoreBand(95m, 8m), new ScoreBand(80m, 4m)])),
        ]),
        new("TDGQ", new LocalizedText("Tiến độ giải quyết", "Processing progress"), 20m,
        [
            Rate("TDGQ.1", "(minh họa) Tỷ lệ hồ sơ đúng hạn", "(illustrative) On-time dossiers", ScoringRule.CappedLinear(100m, 14m)),
            Rate("TDGQ.2", "(minh họa) Tỷ lệ hồ sơ trễ hạn", "(illustrative) Late dossiers", ScoringRule.CappedLinear(5m, 6m, Polarity.LowerIsBetter), Polarity.LowerIsBetter),
        ]),
        new("CLGQ", new LocalizedText("Dịch vụ công trực tuyến", "Online public services"), 12m,
        [
            Rate("CLGQ.1", "(minh họa) Tỷ lệ hồ sơ trực tuyến", "(illustrative) Online dossiers", ScoringRule.CappedLinear(70m, 12m)),
        ]),
        new("TTTT", new LocalizedText("Thanh toán trực tuyến", "Online payment"), 10m,
        [
            Rate("TTTT.1", "(minh họa) Tỷ lệ thanh toán trực tuyến", "(illustrative) Online payments", ScoringRule.CappedLinear(45m, 10m)),
        ]),
        new("MDSH", new LocalizedText("Mức độ số hóa", "Digitisation"), 22m,
        [
            Rate("MDSH.1", "(minh họa) Tỷ lệ hồ sơ số hóa", "(illustrative) Digitised dossiers", ScoringRule.CappedLinear(100m, 12m)),
            new(new Indicator(new IndicatorCode("MDSH.2"), new LocalizedText("(minh họa) Số nhiệm vụ số hóa hoàn thành / 10", "(illustrative) Digitisation tasks done of 10"), Measure.Count(), Polarity.HigherIsBetter, 0),
                ScoringRule.FractionOfMaximum(10m, 10m)),
        ]),
        new("MDHL", new LocalizedText("Mức độ hài lòng", "Satisfaction"), 18m,
        [
            Rate("MDHL.1", "(minh họa) Tỷ lệ hài lòng", "(illustrative) Satisfied users", ScoringRule.CappedLinear(95m, 18m)),
        ]),
    ];

    public static ScoringSheet Sheet(MissingDataPolicy missingData = MissingDataPolicy.StaysMissing) =>
        new(new LocalizedText("Chỉ số 766 (minh họa)", "766 index (illustrative)"), Groups(), IllustrativeScale, missingData);

    // By hand:
    //   CKMB.1 100 → full 10;  CKMB.2 90 → band ≥ 80 → 4                       CKMB 14
    //   TDGQ.1 95,7 → 95,7·14/100 = 13,398;  TDGQ.2 8 (↓, 5) → 6·5/8 = 3,75       TDGQ 17,148
    //   CLGQ.1 88,8 ≥ 70 → full 12 (uncapped 88,8·12/70 = 15,22)                  CLGQ 12
    //   TTTT.1 83,7 ≥ 45 → full 10                                              TTTT 10
    //   MDSH.1 66,7 → 66,7·12/100 = 8,004;  MDSH.2 7 of 10 → 7                    MDSH 15,004
    //   MDHL.1 92,7 → 92,7·18/95 = 17,5642105263157894736842…                    MDHL 17,5642…
    //   Total 14 + 17,148 + 12 + 10 + 15,004 + 17,5642… = 85,7162105263157894736842…  → Khá / Fair (75 ≤ t < 90)
    public static Dictionary<IndicatorCode, decimal> Values() => new()
    {
        [new("CKMB.1")] = 100m,
        [new("CKMB.2")] = 90m,
        [new("TDGQ.1")] = 95.7m,
        [new("TDGQ.2")] = 8m,
        [new("CLGQ.1")] = 88.8m,
        [new("TTTT.1")] = 83.7m,
        [new("MDSH.1")] = 66.7m,
        [new("MDSH.2")] = 7m,
        [new("MDHL.1")] = 92.7m,
    };

    public const decimal ExpectedTotal = 85.716210526315789473684210526m;
}
