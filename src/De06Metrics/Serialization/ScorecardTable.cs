namespace De06Metrics.Serialization;

/// <summary>
/// The four tables of a scorecard in tabular form (a CSV file each, a sheet each). They are read in this order, since
/// each refers to the ones before it: units, then indicators (whose responsibility names units), then targets and
/// observations (which name both).
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
}
