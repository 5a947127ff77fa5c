using De06Metrics.Indicators;
using De06Metrics.Measures;

namespace De06Metrics.Scorecards;

/// <summary>
/// A computed indicator's values for one period, for every unit of the evaluated tree, indexed by the unit's position:
/// the value, or why there is none, and how firm it is. The rows read their values from it, and share one
/// <see cref="Description"/> of how the values were computed, so that a million computed values are three arrays
/// rather than a million objects.
/// </summary>
/// <remarks>Filled once by the evaluation that makes it, then only read; thread-safe to read.</remarks>
internal sealed class ComputedColumn
{
    private const byte Empty = 0;
    private const byte HasValue = 1;
    private const byte NoValue = 2;

    private readonly IndicatorFormula formula;
    private readonly Measure measure;
    private readonly int length;

    // Made when the first unit gets a value or a reason: a base period with nothing in it costs no arrays.
    private decimal[]? values;
    private byte[]? states;
    private NotMeaningfulReason[]? reasons;
    private ValueStatus[]? statuses;

    /// <summary>A column of <paramref name="length"/> positions, none filled yet.</summary>
    /// <param name="formula">The formula.</param>
    /// <param name="measure">The computed indicator's measure.</param>
    /// <param name="parts">The parts' indicators, in the formula's order.</param>
    /// <param name="length">The number of units in the evaluated tree.</param>
    public ComputedColumn(IndicatorFormula formula, Measure measure, IReadOnlyList<Indicator> parts, int length)
    {
        this.formula = formula;
        this.measure = measure;
        this.length = length;
        Description = new Derivation(null, parts.Count, null)
        {
            IsComputed = true,
            FormulaParts = parts,
            Column = this,
        };
    }

    /// <summary>How every value of the column was computed: the formula's parts, shared by every row that reads from it.</summary>
    public Derivation Description { get; }

    /// <summary>Whether no part had a value for the unit at a position: the unit has no value and no reason, as with nothing reported.</summary>
    public bool IsEmpty(int position) => states is null || states[position] == Empty;

    /// <summary>The value at a position, or <see langword="null"/>.</summary>
    public MeasuredValue? ValueAt(int position) => states is not null && states[position] == HasValue ? MeasuredValue.Of(values![position]) : null;

    /// <summary>Why there is no value at a position, or <see cref="NotMeaningfulReason.None"/>.</summary>
    public NotMeaningfulReason ReasonAt(int position) => reasons is null ? NotMeaningfulReason.None : reasons[position];

    /// <summary>How firm the value at a position is (<see cref="ValueStatus.Reported"/> without a value).</summary>
    public ValueStatus StatusAt(int position) => statuses is null ? ValueStatus.Reported : statuses[position];

    /// <summary>Why there is no value at a position, for a developer (English), or <see langword="null"/>.</summary>
    public string? ProblemAt(int position) => Derivation.ProblemOf(formula, measure, ReasonAt(position));

    /// <summary>
    /// Computes the value at a position from its parts' values, every part having one: <see cref="ValueStatus.Derived"/>,
    /// or less firm when one of its parts is (an estimate stays an estimate).
    /// </summary>
    /// <param name="position">The unit's position.</param>
    /// <param name="parts">The parts' values for the unit, in the formula's order.</param>
    /// <param name="partsStatus">The least firm status of the parts' values.</param>
    public void Compute(int position, ReadOnlySpan<decimal> parts, ValueStatus partsStatus)
    {
        EnsureArrays();
        if (formula.Compute(measure, parts, out var reason) is { } value)
        {
            values![position] = value.Value;
            states![position] = HasValue;
            statuses![position] = ValueStatusExtensions.Later(ValueStatus.Derived, partsStatus);
        }
        else
        {
            states![position] = NoValue;
            reasons![position] = reason;
        }
    }

    /// <summary>Records that the unit at a position has a value for some of the parts but not for all: no value, <see cref="NotMeaningfulReason.MissingPart"/>.</summary>
    /// <param name="position">The unit's position.</param>
    public void MissingPart(int position)
    {
        EnsureArrays();
        states![position] = NoValue;
        reasons![position] = NotMeaningfulReason.MissingPart;
    }

    private void EnsureArrays()
    {
        if (states is null)
        {
            values = new decimal[length];
            states = new byte[length];
            reasons = new NotMeaningfulReason[length];
            statuses = new ValueStatus[length];
        }
    }
}
