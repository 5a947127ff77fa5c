namespace De06Metrics.Ranking;

/// <summary>Values sorted from smallest to largest, ties in input order, as the rank assignment reads them.</summary>
internal interface ISortedValues
{
    /// <summary>The number of sorted (present) values.</summary>
    int Count { get; }

    /// <summary>The input index of the value at a sorted position.</summary>
    int IndexAt(int position);

    /// <summary>Whether the value at <paramref name="position"/> (≥ 1) ties with the one before it.</summary>
    bool TiesWithPrevious(int position);
}
