namespace De06Metrics.Indicators;

/// <summary>How a computed indicator's value follows from the values of the indicators it is defined from.</summary>
public enum FormulaKind
{
    /// <summary>
    /// The first part divided by the second, per the indicator's <see cref="Measures.Measure.PerQuantity"/>: money ÷
    /// households is money per household (2 527 tỷ đồng ÷ 57 396 hộ = 44,03 triệu đồng/hộ); visits ÷ people × 1 000 is
    /// visits per 1 000 people. The second part is a count whose unit names what the result is per.
    /// </summary>
    Ratio = 0,

    /// <summary>The first part as a percent of the second (a part of a whole): 17 of 33 is 51,5%.</summary>
    Share = 1,

    /// <summary>The first part less the second, in their common measure.</summary>
    Difference = 2,

    /// <summary>The sum of two parts or more, in their common measure.</summary>
    Sum = 3,
}
