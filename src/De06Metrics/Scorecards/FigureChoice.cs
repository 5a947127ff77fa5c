namespace De06Metrics.Scorecards;

/// <summary>
/// Which figures a scorecard evaluation shows for each indicator, and which earlier figures it compares them with.
/// <see cref="EvaluatedPeriod"/> (0) is the default.
/// </summary>
public enum FigureChoice
{
    /// <summary>
    /// Every row is of the evaluated period and is compared with the base period the options name
    /// (<see cref="ScorecardOptions.Comparison"/> or <see cref="ScorecardOptions.ComparisonPeriod"/>); an indicator
    /// with neither a figure nor a target in the period has no row.
    /// </summary>
    EvaluatedPeriod = 0,

    /// <summary>
    /// Every indicator shows its latest figures: those of the evaluated period when it has a figure or a target there,
    /// else those of the latest earlier period that has its figures (a yearly ranking in a quarterly report, shown for
    /// its own year). Each indicator is compared with the base period the options name for its row's period when it
    /// has figures there, else with the latest period before its row's period that has them (the first quarter of 2024
    /// with the whole of 2023 when 2023 has only yearly figures). An explicit
    /// <see cref="ScorecardOptions.ComparisonPeriod"/> is the base of the evaluated period's rows.
    /// </summary>
    LatestAvailable = 1,
}
