namespace De06Metrics.Composite;

/// <summary>
/// How an indicator's raw values are treated for outliers before normalisation, when the user chooses to
/// (OECD/JRC Handbook step 3; COINr's <c>Treat</c>). See <see cref="OutlierTreatment"/> for the parameters.
/// </summary>
public enum OutlierTreatmentMethod
{
    /// <summary>
    /// Winsorising to quantiles: a value below the lower quantile becomes that quantile, a value above the upper
    /// quantile becomes that quantile, the others are kept. Quantiles interpolate linearly between the sorted values
    /// present, h = (n − 1)p (R's type 7, Excel's <c>PERCENTILE.INC</c>).
    /// </summary>
    Winsorise = 0,

    /// <summary>The natural logarithm ln(x + c) of every value, with a stated shift c ≥ 0; x + c ≤ 0 is refused.</summary>
    Log = 1,
}
