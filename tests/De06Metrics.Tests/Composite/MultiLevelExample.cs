using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Composite;

/// <summary>
/// The audit's worked example (docs/composite.md), 8 units × 5 indicators in two dimensions, all min-max onto [0, 100]:
/// <code>
///  unit | ONLINE ↑ w2 | PAY ↑ w1 | LATE ↓ w1 || EID ↑ w1 | HEALTH ↑ w1
///       |        D1 (weight 3, arithmetic)   ||   D2 (weight 2, arithmetic)
///  U1   |     90      |    60    |     5     ||    70    |     92
///  U2   |     70      |    80    |    10     ||    65    |     85
///  U3   |     80      |    55    |    20     ||    80    |     95
///  U4   |     50      |    40    |    15     ||    40    |     60
///  U5   |     85      |    75    |     8     ||    60    |     88
///  U6   |     60      |    45    |    25     ||    55    |     70
///  U7   |     75      |    70    |    12     ||    75    |     80
///  U8   |     95      |    85    |     4     ||    85    |     97
/// </code>
/// U8 is the best on every indicator. The independent figures come from docs/scripts/composite_audit_check.py
/// (pure Python, no numpy: Pearson, Spearman, Cronbach's alpha, Jacobi eigenvalues, Excel SKEW and KURT).
/// </summary>
internal static class MultiLevelExample
{
    public static readonly UnitId[] Units = [.. Enumerable.Range(1, 8).Select(i => new UnitId($"U{i}"))];

    public static readonly Indicator Online = CompositeExample.Online;
    public static readonly Indicator Pay = CompositeExample.Pay;
    public static readonly Indicator Late = CompositeExample.Late;

    public static readonly Indicator Eid = new(
        new IndicatorCode("EID"), new LocalizedText("Tỷ lệ kích hoạt định danh điện tử", "E-ID activation rate"), Measure.Rate, Polarity.HigherIsBetter);

    public static readonly Indicator Health = new(
        new IndicatorCode("HEALTH"), new LocalizedText("Tỷ lệ dùng căn cước gắn chip khám chữa bệnh", "Chip ID used for health insurance"), Measure.Rate, Polarity.HigherIsBetter);

    private static readonly (Indicator Indicator, decimal[] Values)[] Columns =
    [
        (Online, [90m, 70m, 80m, 50m, 85m, 60m, 75m, 95m]),
        (Pay, [60m, 80m, 55m, 40m, 75m, 45m, 70m, 85m]),
        (Late, [5m, 10m, 20m, 15m, 8m, 25m, 12m, 4m]),
        (Eid, [70m, 65m, 80m, 40m, 60m, 55m, 75m, 85m]),
        (Health, [92m, 85m, 95m, 60m, 88m, 70m, 80m, 97m]),
    ];

    public static IndicatorTable Table()
    {
        var builder = new IndicatorTableBuilder();
        foreach (var (indicator, values) in Columns)
        {
            for (var u = 0; u < Units.Length; u++)
            {
                builder.Set(Units[u], indicator.Code, values[u]);
            }
        }

        return builder.ToTable();
    }

    public static MultiLevelIndex Index(AggregationMethod aggregation = AggregationMethod.WeightedArithmeticMean, Normalisation? normalisation = null)
    {
        var n = normalisation ?? Normalisation.MinMax();
        return new MultiLevelIndex(
            new LocalizedText("Chỉ số thử", "Test index"),
            aggregation,
            [
                new IndexDimension("D1", new LocalizedText("Dịch vụ công", "Public services"), 3m, aggregation,
                    [new LevelIndicator(Online, 2m, n), new LevelIndicator(Pay, 1m, n), new LevelIndicator(Late, 1m, n)]),
                new IndexDimension("D2", new LocalizedText("Định danh và y tế", "Identity and health"), 2m, aggregation,
                    [new LevelIndicator(Eid, 1m, n), new LevelIndicator(Health, 1m, n)]),
            ]);
    }
}
