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
    /// <summary>
    /// Whether the value was computed by the indicator's formula from its parts' values (then <see cref="From"/> is the
    /// number of parts), rather than rolled up from the children.
    /// </summary>
    public bool IsComputed { get; init; }

    /// <summary>The value computed by a formula from its parts' values for one unit, or why there is none.</summary>
    public static Derivation Computed(IndicatorFormula formula, Measure measure, ReadOnlySpan<MeasuredValue?> parts)
    {
        var value = formula.Compute(measure, parts, out var reason);
        var problem = reason switch
        {
            NotMeaningfulReason.None => null,
            NotMeaningfulReason.MissingPart => $"a part of {formula} has no value for the unit and period.",
            NotMeaningfulReason.ZeroDenominator => $"the denominator of {formula} is zero.",
            NotMeaningfulReason.OutsideMeasure => $"the value of {formula} does not fit the measure {measure}.",
            _ => $"the value of {formula} lies beyond the range of decimal (±7,9 × 10^28).",
        };
        return new(value, parts.Length, problem, reason) { IsComputed = true };
    }

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
