using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Evaluation;

/// <summary>The band a result falls in, with the scheme, the score that decided it and how the band was chosen.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BandAssignment
{
    internal BandAssignment(BandScheme scheme, Band band, decimal? score, BandChoice chosenBy, NotMeaningfulReason scoreReason, bool isOutsideScale)
    {
        Scheme = scheme;
        Band = band;
        Score = score;
        ChosenBy = chosenBy;
        ScoreReason = scoreReason;
        IsOutsideScale = isOutsideScale;
    }

    /// <summary>The scheme used.</summary>
    public BandScheme Scheme { get; }

    /// <summary>The band.</summary>
    public Band Band { get; }

    /// <summary>The score on the scheme's basis, unclamped; <see langword="null"/> when it is not meaningful.</summary>
    public decimal? Score { get; }

    /// <summary>Whether the band was chosen by the score, by the status, or as no data.</summary>
    public BandChoice ChosenBy { get; }

    /// <summary>Why the score is not meaningful, when the band was not chosen by it.</summary>
    public NotMeaningfulReason ScoreReason { get; }

    /// <summary>Whether the score lies outside the scheme's nominal scale (an OKR grade above 1).</summary>
    public bool IsOutsideScale { get; }

    /// <summary>Writes the band and why: "Xanh (tỷ lệ hoàn thành 126,9%)" / "Green (attainment 126.9%)".</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language) => EvaluationText.DescribeBand(this, language);

    /// <summary>Writes the band in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
