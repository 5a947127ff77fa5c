namespace De06Metrics.Measures;

/// <summary>What an indicator's values are: the kind decides their unit, their valid range and the unit of a difference.</summary>
public enum MeasureKind
{
    /// <summary>
    /// A rate in percent (88,8%), kept as numerator and denominator when known (17/33).
    /// A difference between two rates is in percentage points.
    /// </summary>
    Rate = 0,

    /// <summary>A count of things (903.221 records, 17 of 33 models); never negative. A difference is a count.</summary>
    Count = 1,

    /// <summary>An amount of money in a currency, shown at a display scale (2.527 tỷ đồng). A difference is money.</summary>
    Money = 2,

    /// <summary>A score out of a maximum (87,61/100). A difference is in points of score.</summary>
    Score = 3,

    /// <summary>A position within a field (11/63); a smaller position is better. A difference is in places.</summary>
    Rank = 4,

    /// <summary>Yes or no (1 or 0); there is no difference between two such values, only a status.</summary>
    YesNo = 5,
}
