namespace De06Metrics.Ranking;

/// <summary>How a unit appears in two rankings that are compared.</summary>
public enum RankMovementKind
{
    /// <summary>Ranked in both: its <see cref="RankChange"/> says how it moved.</summary>
    InBoth = 0,

    /// <summary>Ranked now but not before: it entered the ranking.</summary>
    Entered = 1,

    /// <summary>Ranked before but not now: it left the ranking.</summary>
    Left = 2,
}
