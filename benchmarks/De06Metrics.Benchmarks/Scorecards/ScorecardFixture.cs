using De06Metrics.Periods;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Benchmarks.Scorecards;

/// <summary>
/// What the scorecard benchmarks share: the tree of 10 000 units (16 provinces of 24 districts of 25 communes, the
/// communes reporting) and the quarters they evaluate, so that every scorecard benchmark measures the same shape.
/// </summary>
internal static class ScorecardFixture
{
    /// <summary>The provinces, the roots of the tree.</summary>
    public const int Provinces = 16;

    /// <summary>The districts of each province.</summary>
    public const int DistrictsPerProvince = 24;

    /// <summary>The communes of each district, the units that report.</summary>
    public const int CommunesPerDistrict = 25;

    /// <summary>The quarter evaluated: Q1 2024.</summary>
    public static readonly ReportingPeriod Current = ReportingPeriod.ForQuarter(2024, 1);

    /// <summary>The same quarter a year earlier, the base of a change: Q1 2023.</summary>
    public static readonly ReportingPeriod Previous = ReportingPeriod.ForQuarter(2023, 1);

    /// <summary>Builds the tree: every province, then each of its districts followed by the district's communes.</summary>
    /// <returns>The registry, its units in the order given, and the communes in that order.</returns>
    public static UnitTree Tree()
    {
        var units = new List<ResponsibleUnit>();
        var communes = new List<UnitId>();
        for (var p = 0; p < Provinces; p++)
        {
            var province = new UnitId($"P{p:00}");
            units.Add(new ResponsibleUnit(province, new LocalizedText($"Tỉnh {p}"), UnitKind.Province));
            for (var d = 0; d < DistrictsPerProvince; d++)
            {
                var district = new UnitId($"P{p:00}.D{d:00}");
                units.Add(new ResponsibleUnit(district, new LocalizedText($"Huyện {p}.{d}"), UnitKind.District, province));
                for (var c = 0; c < CommunesPerDistrict; c++)
                {
                    var commune = new UnitId($"P{p:00}.D{d:00}.C{c:00}");
                    units.Add(new ResponsibleUnit(commune, new LocalizedText($"Xã {p}.{d}.{c}"), UnitKind.Commune, district));
                    communes.Add(commune);
                }
            }
        }

        return new UnitTree(UnitRegistry.Create(units), units, communes);
    }

    /// <summary>The tree of the scorecard benchmarks.</summary>
    /// <param name="Registry">The registry of every unit.</param>
    /// <param name="Units">The units in the order they were given.</param>
    /// <param name="Communes">The communes, the units that report, in the same order.</param>
    internal sealed record UnitTree(UnitRegistry Registry, IReadOnlyList<ResponsibleUnit> Units, IReadOnlyList<UnitId> Communes);
}
