namespace De06Metrics.Indicators;

/// <summary>
/// How an indicator's figures behave over time: how the figures of months combine into a quarter's, a half-year's or a
/// year's, and how a figure of a shorter period is set against a target of the longer period that contains it.
/// </summary>
/// <remarks>
/// The counterpart over time of <see cref="RollUpRule"/> over units. <see cref="Indicator.DefaultAccumulation"/> gives each
/// measure its natural kind; <see cref="Indicator.CanAccumulate"/> refuses a kind that cannot apply (a rate that adds
/// up, a rank averaged).
/// </remarks>
public enum AccumulationKind
{
    /// <summary>
    /// A flow: each period's figure counts what happened in it, and a longer period's figure is the sum of its
    /// sub-periods' figures (dossiers received: 10 in January, 20 in February, 30 in March make 60 in the quarter).
    /// Counts and money only. Against a target of a containing period, the figure is a share of the plan.
    /// </summary>
    Flow = 0,

    /// <summary>
    /// A stock or balance: the figure is a level at the end of the period, and a longer period's figure is its last
    /// sub-period's (records in the population database at 31 March are the quarter's figure). Every measure may be a
    /// stock. Against a target of a containing period, the figure is judged against the target directly.
    /// </summary>
    Stock = 1,

    /// <summary>
    /// Cumulative to date (<c>lũy kế</c>): each figure counts everything since 1 January up to the period's end, so a
    /// longer period's figure is its last sub-period's, and a sub-period's own flow is the difference of consecutive
    /// cumulative figures (January 10, February 25, March 40: March's own flow is 15, the quarter's figure 40). Counts
    /// and money only. Against a target of a containing period, the figure is a share of the plan reached since the
    /// start of the year.
    /// </summary>
    CumulativeToDate = 2,

    /// <summary>
    /// A rate from parts: numerators and denominators add over time, as over units (45/50 in one month and 40/50 in
    /// the next make 85/100 = 85%), never an average of percentages. Rates only; every figure needs its parts. Against
    /// a target of a containing period, the rate is judged against the target's rate directly.
    /// </summary>
    RateFromParts = 3,

    /// <summary>
    /// An average of levels: a longer period's figure is the mean of its sub-periods' figures, each counting once
    /// (scores of 80, 90 and 100 in three months average 90). Every measure but ranks and yes/no. Against a target of a
    /// containing period, the figure is judged against the target directly.
    /// </summary>
    AverageOfLevels = 4,
}
