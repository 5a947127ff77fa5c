using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Composite;

/// <summary>
/// The hand-worked example shared by the composite tests: 4 units × 3 indicators, one lower-is-better, one missing value.
/// <code>
///  unit | ONLINE (↑, w 2) | LATE (↓, w 1) | PAY (↑, w 1)
///  U1   |       90        |       5       |      60
///  U2   |       70        |      10       |      80
///  U3   |       80        |      20       |       —
///  U4   |       50        |      15       |      40
/// </code>
/// </summary>
internal static class CompositeExample
{
    public static readonly UnitId U1 = new("U1"), U2 = new("U2"), U3 = new("U3"), U4 = new("U4");

    public static readonly Indicator Online = new(
        new IndicatorCode("ONLINE"), new LocalizedText("Tỷ lệ hồ sơ trực tuyến", "Online dossier rate"), Measure.Rate, Polarity.HigherIsBetter);

    public static readonly Indicator Late = new(
        new IndicatorCode("LATE"), new LocalizedText("Tỷ lệ hồ sơ trễ hạn", "Late dossier rate"), Measure.Rate, Polarity.LowerIsBetter);

    public static readonly Indicator Pay = new(
        new IndicatorCode("PAY"), new LocalizedText("Tỷ lệ thanh toán trực tuyến", "Online payment rate"), Measure.Rate, Polarity.HigherIsBetter);

    public static readonly LocalizedText Name = new("Chỉ số thử", "Test index");

    public static IndicatorTable Table() => new IndicatorTableBuilder()
        .Set(U1, Online.Code, 90m).Set(U1, Late.Code, 5m).Set(U1, Pay.Code, 60m)
        .Set(U2, Online.Code, 70m).Set(U2, Late.Code, 10m).Set(U2, Pay.Code, 80m)
        .Set(U3, Online.Code, 80m).Set(U3, Late.Code, 20m)
        .Set(U4, Online.Code, 50m).Set(U4, Late.Code, 15m).Set(U4, Pay.Code, 40m)
        .ToTable();

    public static IReadOnlyList<CompositeComponent> Components(decimal? onlineTarget = null, decimal? lateTarget = null, decimal? payTarget = null) =>
        [new(Online, 2m, onlineTarget), new(Late, 1m, lateTarget), new(Pay, 1m, payTarget)];

    public static CompositeIndex Index(
        Normalisation? normalisation = null,
        AggregationMethod aggregation = AggregationMethod.WeightedArithmeticMean,
        MinimumCoverage coverage = default) =>
        new(Name, Components(), normalisation ?? Normalisation.MinMax(), aggregation, coverage);
}
