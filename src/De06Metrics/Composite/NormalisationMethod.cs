namespace De06Metrics.Composite;

/// <summary>
/// How an indicator's values are brought onto a common scale across units before they are aggregated
/// (OECD/JRC Handbook on Constructing Composite Indicators, step 5; COINr's <c>Normalise()</c>).
/// </summary>
/// <remarks>
/// Every method reads the indicator's polarity: for a lower-is-better indicator the best (lowest) value gets the
/// highest normalised value, as COINr does by multiplying by <c>direction = -1</c> first.
/// </remarks>
public enum NormalisationMethod
{
    /// <summary>
    /// Min-max: (x − min) / (max − min), mapped onto [lower, upper], by default [0, 100]; for lower-is-better,
    /// (max − x) / (max − min). COINr <c>n_minmax</c>. All values equal (min = max): not meaningful.
    /// </summary>
    MinMax = 0,

    /// <summary>
    /// Z-score: (x − mean) / s with s the sample standard deviation (n − 1), then scaled to a chosen mean and
    /// standard deviation, by default 0 and 1; for lower-is-better, (mean − x) / s. COINr <c>n_zscore</c>.
    /// Fewer than two values or s = 0: not meaningful.
    /// </summary>
    ZScore = 1,

    /// <summary>
    /// Distance to target: (x − min) / (target − min), or (max − x) / (max − target) for lower-is-better, times 100,
    /// capped at 100 (the target reached) when the method is capped. COINr <c>n_dist2targ</c> with
    /// <c>cap_max = TRUE</c>, which returns the fraction (our value / 100). A target not beyond the worst value
    /// (target ≤ min, or ≥ max for lower-is-better): not meaningful.
    /// </summary>
    DistanceToTarget = 2,

    /// <summary>
    /// Percentile rank: the share of the other units with a worse value, (r − 1) / (n − 1) × 100 with r the unit's
    /// rank from the worst, ties sharing the lower rank ("min"). For a value in the data this is Excel's
    /// <c>PERCENTRANK.INC</c> × 100 without its truncation, and COINr <c>n_prank</c> × 100. Ranks come from
    /// <see cref="Ranking.Ranks"/>. Fewer than two values, or all values equal: not meaningful.
    /// </summary>
    PercentileRank = 3,
}
