using De06Metrics.Measures;

namespace De06Metrics.Serialization;

/// <summary>How a measure is named in a file; <see cref="MeasureKind.Rate"/> has two forms.</summary>
internal enum MeasureForm
{
    Rate,
    RateAboveWhole,
    Count,
    Money,
    Score,
    Rank,
    YesNo,
}
