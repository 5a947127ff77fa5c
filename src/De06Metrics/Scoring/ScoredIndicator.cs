using De06Metrics.Indicators;

namespace De06Metrics.Scoring;

/// <summary>A sub-indicator of a points-based index: an indicator and the rule that scores it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScoredIndicator
{
    /// <summary>Creates a sub-indicator.</summary>
    /// <param name="indicator">The indicator; its values are read by its code.</param>
    /// <param name="rule">The rule; its polarity must be the indicator's.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The rule's polarity is not the indicator's.</exception>
    public ScoredIndicator(Indicator indicator, ScoringRule rule)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Polarity != indicator.Polarity)
        {
            throw new ArgumentException(
                $"Indicator '{indicator.Code}' is {indicator.Polarity}, but its rule scores {rule.Polarity}; polarity belongs to the indicator, so the two must agree.",
                nameof(rule));
        }

        Indicator = indicator;
        Rule = rule;
    }

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>The indicator's code.</summary>
    public IndicatorCode Code => Indicator.Code;

    /// <summary>The rule.</summary>
    public ScoringRule Rule { get; }

    /// <summary>The most points the sub-indicator can earn.</summary>
    public decimal MaximumPoints => Rule.MaximumPoints;

    /// <summary>Returns the code and the rule in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code}: {Rule}";
}
