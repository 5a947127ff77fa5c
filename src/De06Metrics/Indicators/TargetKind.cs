namespace De06Metrics.Indicators;

/// <summary>What a target asks of an indicator's value.</summary>
public enum TargetKind
{
    /// <summary>The value must reach at least the target ("đạt tối thiểu"): an online dossier rate of 70%.</summary>
    AtLeast = 0,

    /// <summary>The value must stay at or below the target ("không quá"): late dossiers at most 5%.</summary>
    AtMost = 1,

    /// <summary>The value must lie within a band [low, high], both bounds included.</summary>
    Range = 2,

    /// <summary>The value must equal the target within a tolerance either side.</summary>
    ExactWithinTolerance = 3,

    /// <summary>The answer must be yes (or, where stated, no).</summary>
    YesNo = 4,
}
