namespace De06Metrics.Evaluation;

/// <summary>How a result was assigned its band.</summary>
public enum BandChoice
{
    /// <summary>By its score on the scheme's basis.</summary>
    Score = 0,

    /// <summary>
    /// By its status, because the score is not meaningful (a zero target, a range or yes/no target): met or exceeded
    /// takes the highest band, not met the lowest.
    /// </summary>
    Status = 1,

    /// <summary>No value was reported: the scheme's no-data band.</summary>
    NoData = 2,
}
