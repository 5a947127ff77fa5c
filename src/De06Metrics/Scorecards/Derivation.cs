using De06Metrics.Indicators;
using De06Metrics.Measures;

namespace De06Metrics.Scorecards;

/// <summary>A unit's value derived from its children's by the indicator's roll-up rule, or why it could not be.</summary>
/// <param name="Value">The derived value; <see langword="null"/> when the children's values could not be combined.</param>
/// <param name="From">How many children's values went into it.</param>
/// <param name="Problem">Why the children's values could not be combined, for a developer (English), or <see langword="null"/>.</param>
/// <param name="Reason">
/// Why the children's values could not be combined, for a reader: <see cref="NotMeaningfulReason.ChildrenWithoutParts"/>
/// or <see cref="NotMeaningfulReason.OutOfRange"/>; <see cref="NotMeaningfulReason.None"/> when they were.
/// </param>
internal sealed record Derivation(MeasuredValue? Value, int From, string? Problem, NotMeaningfulReason Reason = NotMeaningfulReason.None)
{
    /// <summary>How firm the derived value is: the least firm of the children's values (a roll-up over an estimate is an estimate).</summary>
    public ValueStatus Status { get; init; }

    /// <summary>The children's values combined by the indicator's roll-up rule, or why they could not be.</summary>
    public static Derivation Of(Indicator indicator, IReadOnlyList<MeasuredValue> children)
    {
        try
        {
            return new(RollUp.Combine(indicator, children), children.Count, null);
        }
        catch (ArgumentException fault)
        {
            // The values fit the measure (the scorecard checked them when it was built), and the weights are the
            // children's denominators: what is left is a value without the parts its rule adds, or a sum past
            // decimal's range.
            var withoutParts = RollUp.NeedsParts(indicator) && children.Any(child => !child.HasParts);
            return new(null, 0, fault.Message, withoutParts ? NotMeaningfulReason.ChildrenWithoutParts : NotMeaningfulReason.OutOfRange);
        }
    }
}
