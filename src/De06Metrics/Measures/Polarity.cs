namespace De06Metrics.Measures;

/// <summary>Which direction of an indicator's value is better. Polarity belongs to the indicator, not to a result.</summary>
/// <remarks>
/// The names follow Microsoft's KPI model ("higher is better", "lower is better", "closer to target is better").
/// Margins, attainment, growth categories, rankings and composite normalisation all read the polarity, so that
/// a fall in an error rate counts as an improvement everywhere at once.
/// </remarks>
public enum Polarity
{
    /// <summary>A larger value is better, as for an online dossier rate.</summary>
    HigherIsBetter = 0,

    /// <summary>A smaller value is better, as for a share of late dossiers or a rank position.</summary>
    LowerIsBetter = 1,

    /// <summary>A value inside a band is best; the distance to the nearer bound measures how far off it is.</summary>
    WithinBand = 2,
}
