using De06Metrics.Measures;

namespace De06Metrics.Timeline;

/// <summary>
/// How a value is compared with a base period when the unit changed in between (merged, split, abolished, a function
/// moved): against a base restated into the later units, or not at all.
/// </summary>
public enum UnitChangeComparison
{
    /// <summary>
    /// Compare like with like (the default): the base is restated into the units of the compared period, a merged
    /// province's base adding its predecessors' numerators and denominators. When the base cannot be restated, the
    /// change is not meaningful and says why.
    /// </summary>
    RestateBase = 0,

    /// <summary>
    /// Do not restate: a change across a change of the unit is flagged as not comparable
    /// (<see cref="NotMeaningfulReason.UnitsChanged"/>) rather than computed on figures that cover different things.
    /// </summary>
    NotComparable = 1,
}
