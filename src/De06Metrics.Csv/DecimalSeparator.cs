namespace De06Metrics.Csv;

/// <summary>
/// The decimal separator of the numbers in a table file, as declared by whoever exported it. It is never guessed from
/// the data: <c>903.221</c> is 903 221 with a decimal comma and 903,221 with a decimal point.
/// </summary>
public enum DecimalSeparator
{
    /// <summary>
    /// A decimal point, as in English (88.8); a comma may group thousands in threes (1,804,228).
    /// </summary>
    Point = 0,

    /// <summary>
    /// A decimal comma, as in Vietnamese (88,8); a point may group thousands in threes (1.804.228).
    /// </summary>
    Comma = 1,
}
