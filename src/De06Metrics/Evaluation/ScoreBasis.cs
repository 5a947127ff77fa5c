namespace De06Metrics.Evaluation;

/// <summary>Which number a <see cref="BandScheme"/> classifies.</summary>
public enum ScoreBasis
{
    /// <summary>The attainment ratio (1 is 100%): actual / target, or target / actual when lower is better.</summary>
    Attainment = 0,

    /// <summary>
    /// A Microsoft-style normalised status score: the margin divided by the size of the target,
    /// <c>margin / |target|</c>. It is 0 on target, −1 when nothing is achieved (higher is better) or at twice the
    /// limit (lower is better), +1 at twice the target or at zero (lower is better); it is not clamped to [−1, 1].
    /// </summary>
    StatusScore = 1,

    /// <summary>
    /// An OKR grade: the progress from the baseline when one is given (see <see cref="GapClosure"/>), else the
    /// attainment ratio (progress from zero); 1,0 is the target reached, and it is not clamped to [0, 1].
    /// </summary>
    Grade = 2,
}
