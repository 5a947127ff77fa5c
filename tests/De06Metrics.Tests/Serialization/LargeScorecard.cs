using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Serialization;

/// <summary>A scorecard of 100 000 observations: 100 communes × 10 indicators × 100 months, for read-time checks.</summary>
internal static class LargeScorecard
{
    public static Scorecard Create()
    {
        var province = new ResponsibleUnit(new UnitId("P"), new LocalizedText("Tỉnh"), UnitKind.Province);
        var communes = Enumerable.Range(1, 100)
            .Select(i => new ResponsibleUnit(new UnitId($"P.X{i:D3}"), new LocalizedText($"Xã số {i}"), UnitKind.Commune, province.Id))
            .ToList();
        var indicators = Enumerable.Range(1, 10)
            .Select(i => new Indicator(new IndicatorCode($"I{i:D2}"), new LocalizedText($"Chỉ tiêu {i}"), i % 2 == 0 ? Measure.Rate : Measure.Count(), Polarity.HigherIsBetter))
            .ToList();
        var months = Enumerable.Range(0, 100).Select(m => ReportingPeriod.ForMonth(2016 + (m / 12), 1 + (m % 12))).ToList();
        var observations = new List<Observation>(100_000);
        var n = 0;
        foreach (var commune in communes)
        {
            foreach (var indicator in indicators)
            {
                foreach (var month in months)
                {
                    n++;
                    var value = indicator.Measure.Kind == MeasureKind.Rate
                        ? (n % 3 == 0 ? MeasuredValue.FromRateParts(n % 97, 97) : MeasuredValue.Of((n % 1000) / 10m))
                        : MeasuredValue.Of(n);
                    observations.Add(new Observation(indicator.Code, commune.Id, month, value));
                }
            }
        }

        var targets = communes.Select(c => new Target(indicators[1].Code, c.Id, months[^1], Goal.AtLeast(70m)));
        return Scorecard.Create(indicators, UnitRegistry.Create([province, .. communes]), targets, observations);
    }
}
