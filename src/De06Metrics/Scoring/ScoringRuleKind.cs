namespace De06Metrics.Scoring;

/// <summary>How a scoring rule turns a value into points.</summary>
public enum ScoringRuleKind
{
    /// <summary>
    /// Capped linear: full points once the value reaches its threshold, otherwise value × points / threshold. For
    /// lower-is-better, full points while the value stays at or below the threshold, otherwise points × threshold /
    /// value (the target/actual attainment of lower-is-better KPIs). The cap is the rule itself, not a clamp.
    /// </summary>
    CappedLinear = 0,

    /// <summary>
    /// Bands: the points of the best band the value reaches (≥ its threshold; ≤ for lower-is-better), else a stated
    /// fallback such as 0. For example ≥ 95% → 2 points, ≥ 80% → 1 point, otherwise 0.
    /// </summary>
    Bands = 1,

    /// <summary>
    /// Fraction of maximum: value / maximum × points, for a value on a scale from 0 to a known maximum (7 of 10 tasks
    /// done → 0,7 × points); for lower-is-better, (maximum − value) / maximum × points. A value outside 0 to the maximum
    /// is not meaningful; it is not clamped.
    /// </summary>
    FractionOfMaximum = 2,
}
