using De06Metrics.Text;

namespace De06Metrics.Scoring;

/// <summary>One sub-indicator's score within a sheet: the sub-indicator and what its rule gave.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SubIndicatorScore
{
    internal SubIndicatorScore(ScoredIndicator item, RuleScore score)
    {
        Item = item;
        Score = score;
    }

    /// <summary>The sub-indicator.</summary>
    public ScoredIndicator Item { get; }

    /// <summary>The rule's result: input, points, status, the step applied.</summary>
    public RuleScore Score { get; }

    /// <summary>The points, or <see langword="null"/> when not scored.</summary>
    public decimal? Points => Score.Points;

    /// <summary>Whether the value was scored.</summary>
    public ScoreStatus Status => Score.Status;

    /// <summary>
    /// Says the score as a sentence, the value written in the indicator's measure: "TTTT.1 (Tỷ lệ thanh toán trực
    /// tuyến): 60,0% dưới ngưỡng 80,0% → 60 × 10 / 80 = 7,5 trên 10 điểm".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var indicator = Item.Indicator;
        return $"{indicator.Code} ({indicator.Name.In(language)}): {Score.Describe(language, indicator.FormatValue)}";
    }

    /// <summary>Returns the sentence in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
