namespace De06Metrics.Growth;

/// <summary>
/// Why a growth figure could not be computed. A result that is not meaningful carries one of these instead of
/// ∞, NaN or a made-up zero. The values fit in a byte so that batch operations can report them per element.
/// </summary>
public enum NotMeaningfulReason : byte
{
    /// <summary>The figure is meaningful.</summary>
    None = 0,

    /// <summary>The base value is zero, so there is nothing to divide by ("giá trị gốc bằng 0").</summary>
    ZeroBase = 1,

    /// <summary>
    /// The base and the other value have opposite signs (−4 to +2): a ratio between them has no meaning as growth.
    /// </summary>
    SignChange = 2,

    /// <summary>The result is too large to be represented (a tiny base, or an extreme growth over a short span).</summary>
    OutOfRange = 3,

    /// <summary>There is no value for the base period of a comparison: a gap in the series.</summary>
    MissingBase = 4,

    /// <summary>The target equals the base value, so no growth is required and a ratio to it is undefined.</summary>
    TargetEqualsBase = 5,
}
