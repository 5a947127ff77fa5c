namespace De06Metrics.Scoring;

/// <summary>Whether a value earned points, and if not, why.</summary>
public enum ScoreStatus
{
    /// <summary>The value was scored by the rule.</summary>
    Scored = 0,

    /// <summary>There is no value, and no points: missing data is not zero.</summary>
    Missing = 1,

    /// <summary>There is no value, and it scored zero because the sheet says so (<see cref="MissingDataPolicy.ScoresZero"/>).</summary>
    MissingScoredZero = 2,

    /// <summary>The value cannot be scored by the rule, such as a negative rate or a value beyond a fraction's maximum.</summary>
    NotMeaningful = 3,
}
