namespace De06Metrics.Growth;

/// <summary>Whether a change is good, read through the indicator's <see cref="Measures.Polarity"/>.</summary>
/// <remarks>
/// An increase is an improvement when higher is better and a deterioration when lower is better. A change of an
/// indicator whose polarity is <see cref="Measures.Polarity.WithinBand"/> is <see cref="NotAssessed"/>: without
/// the band, moving up or down cannot be judged.
/// </remarks>
public enum ChangeAssessment
{
    /// <summary>The change cannot be judged from the polarity alone (a within-band indicator).</summary>
    NotAssessed = 0,

    /// <summary>The value did not move.</summary>
    Unchanged = 1,

    /// <summary>The value moved in the better direction.</summary>
    Improvement = 2,

    /// <summary>The value moved in the worse direction.</summary>
    Deterioration = 3,
}
