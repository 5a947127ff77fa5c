namespace De06Metrics.Scoring;

/// <summary>What a sub-indicator without data scores.</summary>
public enum MissingDataPolicy
{
    /// <summary>Nothing: it stays missing, its group and the total are incomplete, and the total is not rated.</summary>
    StaysMissing = 0,

    /// <summary>Zero points, said in every result it affects ("missing data scores zero").</summary>
    ScoresZero = 1,
}
