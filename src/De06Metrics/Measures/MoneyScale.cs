namespace De06Metrics.Measures;

/// <summary>
/// The power of ten at which a money amount is shown: Vietnamese reports write "2.527 tỷ đồng" for 2 527 × 10^9 đồng.
/// The value kept is always the amount in whole currency units; the scale only changes how it is written.
/// </summary>
public enum MoneyScale
{
    /// <summary>Whole units (đồng): factor 1.</summary>
    Units = 0,

    /// <summary>Thousands ("nghìn"): factor 10^3.</summary>
    Thousands = 3,

    /// <summary>Millions ("triệu"): factor 10^6.</summary>
    Millions = 6,

    /// <summary>Billions ("tỷ"): factor 10^9.</summary>
    Billions = 9,

    /// <summary>Trillions ("nghìn tỷ"): factor 10^12.</summary>
    Trillions = 12,
}
