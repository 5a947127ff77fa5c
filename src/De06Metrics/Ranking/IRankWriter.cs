namespace De06Metrics.Ranking;

/// <summary>Receives ranks; a rank is passed doubled so that fractional ranks (x,5) stay whole numbers.</summary>
internal interface IRankWriter
{
    /// <summary>Writes the rank <paramref name="doubledRank"/> / 2, divided by <paramref name="divisor"/> unless it is 1.</summary>
    void Write(int index, long doubledRank, long divisor);

    /// <summary>Marks a value as unranked (missing, kept).</summary>
    void WriteMissing(int index);
}
