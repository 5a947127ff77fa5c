using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Tests.Growth;

/// <summary>Symbol-only data for the growth tests written in the pseudo language, whose book holds no word.</summary>
internal static class PseudoGrowth
{
    /// <summary>A count without a unit, higher is better, one decimal.</summary>
    public static Indicator Count { get; } = new(
        new IndicatorCode("X.1"), new LocalizedText("¤"), Measure.Count(), Polarity.HigherIsBetter, displayDecimals: 1);

    /// <summary>A rate, higher is better.</summary>
    public static Indicator Share { get; } = new(new IndicatorCode("X.2"), new LocalizedText("¤¤"), Measure.Rate, Polarity.HigherIsBetter);
}
