namespace De06Metrics.Scorecards;

/// <summary>
/// What a node of a <see cref="ScorecardTree"/> is. The convention, as SSAS parent KPIs, Spider Impact and ClearPoint
/// have it: the scorecard at the root, areas below it, objectives below areas (or directly below the root), and
/// indicators as leaves; a group may also hold groups of its own kind.
/// </summary>
public enum TreeNodeKind
{
    /// <summary>The whole scorecard: the tree's root, and only it.</summary>
    Scorecard = 0,

    /// <summary>An area (lĩnh vực, perspective): a group of objectives or indicators.</summary>
    Area = 1,

    /// <summary>An objective (mục tiêu): a group of indicators or of smaller objectives.</summary>
    Objective = 2,

    /// <summary>An indicator of the scorecard's catalog, scored by its <see cref="TreeScoreMethod"/>: a leaf.</summary>
    Indicator = 3,
}
