namespace De06Metrics.Csv;

/// <summary>
/// The tables of a scorecard in tabular form (a CSV file each, a sheet each). They are read in this order, since each
/// refers to the ones before it: units, then indicators (whose responsibility names units), then targets and
/// observations (which name both), then the successions of a scorecard whose units change over time (which name units
/// and, for transfers of functions, indicators), then the notes on rows and the trajectories (which name indicators and units).
/// </summary>
public enum ScorecardTable
{
    /// <summary>The responsible units and their tree: <c>units.csv</c>.</summary>
    Units = 0,

    /// <summary>The indicator catalog: <c>indicators.csv</c>.</summary>
    Indicators = 1,

    /// <summary>The targets: <c>targets.csv</c>.</summary>
    Targets = 2,

    /// <summary>The observations: <c>observations.csv</c>.</summary>
    Observations = 3,

    /// <summary>
    /// The units' successions (mergers, splits, renames, transfers of functions, abolitions, establishments):
    /// <c>successions.csv</c>. Optional: a scorecard without it has one unit tree.
    /// </summary>
    Successions = 4,

    /// <summary>
    /// The notes on rows and the statuses set by hand (<see cref="Scorecards.RowNote"/>): <c>notes.csv</c>. Optional: a
    /// scorecard without it has no notes.
    /// </summary>
    Notes = 5,

    /// <summary>
    /// The planned paths ("lộ trình") the rows are set against (<see cref="Scorecards.ScorecardTrajectory"/>):
    /// <c>trajectories.csv</c>. Optional: a scorecard without it has no trajectories.
    /// </summary>
    Trajectories = 6,
}
