namespace De06Metrics.Scorecards;

/// <summary>
/// How an indicator's evaluation becomes its score in a <see cref="ScorecardTree"/>, always out of 100. The
/// convention: the attainment ratio (1 is 100%) is actual / target, or target / actual when lower is better, as
/// <see cref="Evaluation.TargetEvaluation.Attainment"/> gives it; a rule's points are scaled to 100 by its maximum.
/// </summary>
public enum TreeScoreMethod
{
    /// <summary>
    /// Attainment capped at a stated ceiling: min(attainment, ceiling) / ceiling × 100, which is
    /// <see cref="Scoring.ScoringRule.CappedLinear"/>(ceiling, 100) applied to the attainment ratio. With a ceiling of 1,
    /// meeting the target earns 100 and 80% of it earns 80; with 1,2, only 120% earns 100. Needs a target.
    /// </summary>
    CappedAttainment = 0,

    /// <summary>
    /// Banded attainment: the points of the best band the attainment ratio reaches (≥ 1 → 100, ≥ 0,8 → 50, otherwise
    /// 0, say), through <see cref="Scoring.ScoringRule.Banded"/>, scaled to 100 by the first band's points. Needs a target.
    /// </summary>
    BandedAttainment = 1,

    /// <summary>
    /// Points on the value itself, as Decision 766/QĐ-TTg scores: any <see cref="Scoring.ScoringRule"/> applied to the
    /// indicator's actual value, its points × 100 / the rule's maximum points. Needs no target; the rule's polarity
    /// must be the indicator's.
    /// </summary>
    Points = 2,
}
