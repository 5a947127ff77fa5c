using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

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

    /// <summary>Why a formula gave no value, for a developer (English), or <see langword="null"/> when it gave one.</summary>
    /// <param name="formula">The formula.</param>
    /// <param name="measure">The computed indicator's measure.</param>
    /// <param name="reason">Why the formula gave no value.</param>
    public static string? ProblemOf(IndicatorFormula formula, Measure measure, NotMeaningfulReason reason) => reason switch
    {
        NotMeaningfulReason.None => null,
        NotMeaningfulReason.MissingPart => $"a part of {formula} has no value for the unit and period.",
        NotMeaningfulReason.ZeroDenominator => $"the denominator of {formula} is zero.",
        NotMeaningfulReason.OutsideMeasure => $"the value of {formula} does not fit the measure {measure}.",
        _ => $"the value of {formula} lies beyond the range of decimal (±7,9 × 10^28).",
    };

    /// <summary>
    /// For a computed indicator's values, the column that holds them, one per unit; then this derivation describes
    /// them all (<see cref="IsComputed"/>, <see cref="FormulaParts"/>) and each unit's value, reason and status are
    /// read from the column at its position (<see cref="ValueAt"/>). <see langword="null"/> for a value of its own.
    /// </summary>
    public ComputedColumn? Column { get; init; }

    /// <summary>The value for the unit at a position: from <see cref="Column"/> when there is one, else <see cref="Value"/>.</summary>
    public MeasuredValue? ValueAt(int position) => Column is { } column ? column.ValueAt(position) : Value;

    /// <summary>Why there is no value for the unit at a position, for a reader.</summary>
    public NotMeaningfulReason ReasonAt(int position) => Column is { } column ? column.ReasonAt(position) : Reason;

    /// <summary>Why there is no value for the unit at a position, for a developer, or <see langword="null"/>.</summary>
    public string? ProblemAt(int position) => Column is { } column ? column.ProblemAt(position) : Problem;

    /// <summary>How firm the value for the unit at a position is.</summary>
    public ValueStatus StatusAt(int position) => Column is { } column ? column.StatusAt(position) : Status;

    /// <summary>For a computed value, the parts' indicators in the formula's order; else <see langword="null"/>.</summary>
    public IReadOnlyList<Indicator>? FormulaParts { get; init; }

    /// <summary>
    /// For a computed value, how it was computed, in words: "tính theo công thức: Dư nợ cho vay tín chấp ÷ Hộ khách
    /// hàng vay", with the parts' status when it is less firm than derived ("…, từ số liệu ước tính của chỉ tiêu thành
    /// phần"); <see langword="null"/> for a value rolled up from the children.
    /// </summary>
    /// <param name="indicator">The computed indicator.</param>
    /// <param name="status">The computed value's status.</param>
    /// <param name="language">The language.</param>
    /// <param name="fromRestated">
    /// Whether the value was computed from its parts' figures restated into today's units (a merged unit's base):
    /// "tính theo công thức: …, từ số liệu của chỉ tiêu thành phần đã quy đổi theo đơn vị hiện nay".
    /// </param>
    public string? DescribeComputation(Indicator indicator, ValueStatus status, Language language, bool fromRestated = false)
    {
        if (!IsComputed || FormulaParts is not { } parts || indicator.Formula is not { } formula)
        {
            return null;
        }

        string Name(int index) => parts[index].Name.In(language);
        var words = formula.Kind switch
        {
            FormulaKind.Ratio when indicator.Measure.PerQuantity != 1m => language.Format(Phrase.FormulaRatioPer, Name(0), Name(1),
                language.FormatNumber(indicator.Measure.PerQuantity, Math.Min(Measure.DecimalsOf(indicator.Measure.PerQuantity), 10))),
            FormulaKind.Ratio => language.Format(Phrase.FormulaRatio, Name(0), Name(1)),
            FormulaKind.Share => language.Format(Phrase.FormulaShare, Name(0), Name(1)),
            FormulaKind.Difference => language.Format(Phrase.FormulaDifference, Name(0), Name(1)),
            _ => Enumerable.Range(1, parts.Count - 1).Aggregate(Name(0), (sum, index) => language.Format(Phrase.FormulaSum, sum, Name(index))),
        };
        return fromRestated ? language.Format(Phrase.ProvenanceComputedFromRestated, words)
            : status is ValueStatus.Derived or ValueStatus.Reported
            ? language.Format(Phrase.ProvenanceComputedAs, words)
            : language.Format(Phrase.ProvenanceComputedFrom, words, status.Describe(language));
    }

    /// <summary>
    /// How firm the derived value is: the least firm of the children's values (a roll-up over an estimate is an
    /// estimate); for a computed value, <see cref="ValueStatus.Derived"/> or the least firm of its parts' when that is less firm.
    /// </summary>
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
