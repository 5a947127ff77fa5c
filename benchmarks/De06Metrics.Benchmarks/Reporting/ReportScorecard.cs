using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Benchmarks.Reporting;

/// <summary>
/// The scorecard whose report the report-writer benchmark and the peak-memory runs write: 1 000 communes × 100
/// indicators (70 rates, 30 counts), Q1 2024, every row against a target, the values drawn with a fixed seed.
/// </summary>
internal static class ReportScorecard
{
    public const int Communes = 1_000;
    public const int IndicatorCount = 100;

    public static ReportingPeriod Quarter { get; } = ReportingPeriod.ForQuarter(2024, 1);

    /// <summary>The scorecard of <paramref name="communeCount"/> communes (1 000 unless told), evaluated for the quarter.</summary>
    /// <param name="communeCount">How many communes: each has a row per indicator, 100 rows.</param>
    public static ScorecardResult Evaluate(int communeCount = Communes)
    {
        Indicator[] indicators = [.. Enumerable.Range(0, IndicatorCount).Select(j => j % 10 < 7
            ? new Indicator(new IndicatorCode($"R{j:000}"), new LocalizedText($"Tỷ lệ {j}", $"Rate {j}"), Measure.Rate, Polarity.HigherIsBetter)
            : new Indicator(new IndicatorCode($"C{j:000}"), new LocalizedText($"Số hồ sơ {j}", $"Dossiers {j}"), Measure.Count(), Polarity.HigherIsBetter, 0))];
        var province = new UnitId("P");
        var unitList = new List<ResponsibleUnit> { new(province, new LocalizedText("Tỉnh"), UnitKind.Province) };
        unitList.AddRange(Enumerable.Range(0, communeCount).Select(c => new ResponsibleUnit(new UnitId($"P.C{c:0000}"), new LocalizedText($"Xã {c}"), UnitKind.Commune, province)));
        var communes = unitList.Skip(1).Select(unit => unit.Id).ToList();
        var random = new Random(2024);
        var targets = new List<Target>();
        var observations = new List<Observation>();
        foreach (var indicator in indicators)
        {
            var rate = indicator.Measure.Kind == MeasureKind.Rate;
            foreach (var commune in communes)
            {
                targets.Add(new Target(indicator.Code, commune, Quarter, Goal.AtLeast(rate ? 70m : 100m)));
                observations.Add(new Observation(indicator.Code, commune, Quarter, MeasuredValue.Of(rate ? random.Next(400, 1000) / 10m : random.Next(50, 200))));
            }
        }

        // Only the communes have rows: the province's would be derived from them, which is not what is measured here.
        var scorecard = Scorecard.Create(indicators, UnitRegistry.Create(unitList), targets, observations);
        return scorecard.Evaluate(Quarter);
    }
}
