namespace De06Metrics.Evaluation;

/// <summary>Why a ratio (attainment, relative margin, baseline progress) has no meaningful value.</summary>
public enum NotMeaningfulReason
{
    /// <summary>The ratio is meaningful.</summary>
    None = 0,

    /// <summary>No value was reported.</summary>
    NoData = 1,

    /// <summary>The target is zero, so a ratio to it would be infinite.</summary>
    ZeroTarget = 2,

    /// <summary>The target is negative, so a ratio to it would read backwards.</summary>
    NegativeTarget = 3,

    /// <summary>For lower-is-better, the actual is zero, so target / actual would be infinite.</summary>
    ZeroActual = 4,

    /// <summary>For lower-is-better, the actual is negative, so target / actual would read backwards.</summary>
    NegativeActual = 5,

    /// <summary>The target equals the baseline, so there is no distance to travel.</summary>
    TargetEqualsBaseline = 6,

    /// <summary>The target lies on the worse side of the baseline, so moving toward it is no progress.</summary>
    TargetBehindBaseline = 7,

    /// <summary>The ratio is not defined for this kind of target (ranges, exact values, yes/no).</summary>
    NotDefinedForTargetKind = 8,
}
