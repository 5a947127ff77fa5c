using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Reliability.Support;

/// <summary>Shared test data: a province with departments and communes, indicators of every measure, and chains of units.</summary>
internal static class Catalog
{
    public static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);

    public static Indicator Online { get; } = Make("DVC.ONLINE", Measure.Rate, Polarity.HigherIsBetter);

    public static Indicator Records { get; } = Make("HS.COUNT", Measure.Count(new LocalizedText("hồ sơ", "records")), Polarity.HigherIsBetter);

    public static Indicator Budget { get; } = Make("NS.SPEND", Measure.Money(Currency.Vnd, MoneyScale.Billions), Polarity.LowerIsBetter);

    public static Indicator Score { get; } = Make("PAPI", Measure.Score(100m), Polarity.HigherIsBetter, RollUpRule.WeightedMean);

    public static Indicator Place { get; } = Make("PCI.RANK", Measure.Rank, Polarity.LowerIsBetter);

    public static Indicator Deployed { get; } = Make("DA06.YES", Measure.YesNo, Polarity.HigherIsBetter, RollUpRule.Minimum);

    public static Indicator[] All { get; } = [Online, Records, Budget, Score, Place, Deployed];

    /// <summary>A province, <paramref name="departments"/> departments and <paramref name="communes"/> communes under each.</summary>
    public static UnitRegistry Province(int departments = 8, int communes = 12)
    {
        var units = new List<ResponsibleUnit> { new(new UnitId("HG"), new LocalizedText("Tỉnh Hà Giang", "Ha Giang province"), UnitKind.Province) };
        for (var d = 0; d < departments; d++)
        {
            var department = new UnitId($"HG.D{d}");
            units.Add(new ResponsibleUnit(department, new LocalizedText($"Huyện {d}"), UnitKind.District, new UnitId("HG")));
            for (var c = 0; c < communes; c++)
            {
                units.Add(new ResponsibleUnit(new UnitId($"HG.D{d}.C{c}"), new LocalizedText($"Xã {d}.{c}"), UnitKind.Commune, department));
            }
        }

        return UnitRegistry.Create(units);
    }

    /// <summary>A chain U0 ← U1 ← … of <paramref name="depth"/> units, optionally closed into a cycle.</summary>
    public static List<ResponsibleUnit> Chain(int depth, bool cycle = false) =>
        [.. Enumerable.Range(0, depth).Select(i => new ResponsibleUnit(
            new UnitId("U" + i), new LocalizedText("Đơn vị " + i), UnitKind.Agency,
            i > 0 ? new UnitId("U" + (i - 1)) : cycle ? new UnitId("U" + (depth - 1)) : null))];

    private static Indicator Make(string code, Measure measure, Polarity polarity, RollUpRule? rollUp = null) =>
        new(new IndicatorCode(code), new LocalizedText("Chỉ tiêu " + code, "Indicator " + code), measure, polarity, rollUp: rollUp);
}
