using De06Metrics.Measures;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Indicators;

/// <summary>
/// An indicator in a catalog: its code, its names in Vietnamese and English, what it measures, which direction is
/// better, how many decimals it is shown with, how it rolls up across units, and who answers for it by default.
/// </summary>
/// <remarks>
/// The constructor rejects combinations that cannot be right: a rank that is "higher is better" (position 1 is the
/// best), a roll-up rule that cannot apply to the measure (a yes/no summed, a rank rolled up, a rate averaged without
/// its parts). Immutable and thread-safe.
/// </remarks>
public sealed class Indicator : IEquatable<Indicator>
{
    /// <summary>The most decimals an indicator may be shown with.</summary>
    public const int MaximumDisplayDecimals = 10;

    /// <summary>Creates an indicator.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="name">The name in Vietnamese and, where known, English.</param>
    /// <param name="measure">What the values are.</param>
    /// <param name="polarity">Which direction is better.</param>
    /// <param name="displayDecimals">Decimals to show, 0 to <see cref="MaximumDisplayDecimals"/>; 1 suits most rates ("88,8%").</param>
    /// <param name="rollUp">How child units' values combine; <see langword="null"/> picks the measure's natural rule (see remarks of <see cref="DefaultRollUp"/>).</param>
    /// <param name="responsibility">The units that answer for the indicator by default, if any.</param>
    /// <param name="accumulation">How its figures behave over time; <see langword="null"/> picks the measure's natural kind (see remarks of <see cref="DefaultAccumulation"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The code or name is <c>default</c>, or the polarity, roll-up rule or accumulation kind cannot apply to the measure.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined, or the decimals are out of range.</exception>
    public Indicator(
        IndicatorCode code,
        LocalizedText name,
        Measure measure,
        Polarity polarity,
        int displayDecimals = 1,
        RollUpRule? rollUp = null,
        Responsibility? responsibility = null,
        AccumulationKind? accumulation = null)
    {
        if (code == default)
        {
            throw new ArgumentException("An indicator needs a code; default(IndicatorCode) was given.", nameof(code));
        }

        if (name == default)
        {
            throw new ArgumentException($"Indicator '{code}' needs a name; default(LocalizedText) was given.", nameof(name));
        }

        ArgumentNullException.ThrowIfNull(measure);
        if (!Enum.IsDefined(polarity))
        {
            throw new ArgumentOutOfRangeException(nameof(polarity), polarity, $"Polarity {(int)polarity} is not defined.");
        }

        if (displayDecimals is < 0 or > MaximumDisplayDecimals)
        {
            throw new ArgumentOutOfRangeException(nameof(displayDecimals), displayDecimals,
                $"Indicator '{code}': display decimals must lie between 0 and {MaximumDisplayDecimals}; {displayDecimals} was given.");
        }

        if (measure.Kind == MeasureKind.Rank && polarity != Polarity.LowerIsBetter)
        {
            throw new ArgumentException($"Indicator '{code}' is a rank, where position 1 is best; its polarity must be {Polarity.LowerIsBetter}, not {polarity}.", nameof(polarity));
        }

        if (measure.Kind == MeasureKind.YesNo && polarity == Polarity.WithinBand)
        {
            throw new ArgumentException($"Indicator '{code}' is yes/no, which has no band; its polarity cannot be {polarity}.", nameof(polarity));
        }

        var rule = rollUp ?? DefaultRollUp(measure);
        if (!Enum.IsDefined(rule))
        {
            throw new ArgumentOutOfRangeException(nameof(rollUp), rule, $"Roll-up rule {(int)rule} is not defined.");
        }

        if (!CanRollUp(measure, rule))
        {
            throw new ArgumentException($"Indicator '{code}' measures {measure}, which cannot roll up by {rule}.", nameof(rollUp));
        }

        var kind = accumulation ?? DefaultAccumulation(measure);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(accumulation), kind, $"Indicator '{code}': accumulation kind {(int)kind} is not defined.");
        }

        if (!CanAccumulate(measure, kind))
        {
            throw new ArgumentException($"Indicator '{code}' measures {measure}, which cannot accumulate over time as {kind}.", nameof(accumulation));
        }

        Code = code;
        Name = name;
        Measure = measure;
        Polarity = polarity;
        DisplayDecimals = displayDecimals;
        RollUp = rule;
        Responsibility = responsibility;
        Accumulation = kind;
    }

    /// <summary>The stable code.</summary>
    public IndicatorCode Code { get; }

    /// <summary>The name in Vietnamese and, where known, English.</summary>
    public LocalizedText Name { get; }

    /// <summary>What the values are.</summary>
    public Measure Measure { get; }

    /// <summary>Which direction is better.</summary>
    public Polarity Polarity { get; }

    /// <summary>Decimals to show; values themselves are never rounded.</summary>
    public int DisplayDecimals { get; }

    /// <summary>How child units' values combine into their parent's value.</summary>
    public RollUpRule RollUp { get; }

    /// <summary>The units that answer for the indicator by default, if any; a target may name others.</summary>
    public Responsibility? Responsibility { get; }

    /// <summary>How the indicator's figures behave over time: how months combine into a quarter or a year, and how a figure meets a target of a longer period.</summary>
    public AccumulationKind Accumulation { get; }

    /// <summary>
    /// How the indicator is computed from others, or <see langword="null"/> for an indicator whose values are reported.
    /// See <see cref="DefinedAs"/>.
    /// </summary>
    public IndicatorFormula? Formula { get; private init; }

    /// <summary>
    /// This indicator, computed from others by a formula instead of reported: the loan per household from the loans
    /// outstanding and the borrowing households.
    /// </summary>
    /// <param name="formula">The formula.</param>
    /// <returns>An indicator equal to this one but for its formula.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="formula"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// A scorecard checks the formula when it is built: every part is in its catalog, the measure follows from the
    /// parts' measures (see <see cref="FormulaKind"/>), no formula refers to its own indicator, directly or through
    /// others, and no figure is reported for the computed indicator. Its value for a unit is computed from the parts'
    /// values for that unit, whether reported or rolled up, so a parent's value is computed from the parent's parts:
    /// the indicator's own <see cref="RollUp"/> rule is not used.
    /// </remarks>
    public Indicator DefinedAs(IndicatorFormula formula)
    {
        ArgumentNullException.ThrowIfNull(formula);
        return new Indicator(Code, Name, Measure, Polarity, DisplayDecimals, RollUp, Responsibility, Accumulation) { Formula = formula };
    }

    /// <summary>
    /// The natural roll-up of a measure: rates add numerators and denominators, counts and money sum, and scores,
    /// ranks and yes/no values do not roll up unless a rule is chosen.
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The rule.</returns>
    public static RollUpRule DefaultRollUp(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.Kind switch
        {
            MeasureKind.Rate => RollUpRule.AddNumeratorsAndDenominators,
            MeasureKind.Count or MeasureKind.Money => RollUpRule.Sum,
            _ => RollUpRule.None,
        };
    }

    /// <summary>Whether a roll-up rule can apply to a measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="rule">The rule.</param>
    /// <returns><see langword="true"/> when the rule makes sense for the measure.</returns>
    public static bool CanRollUp(Measure measure, RollUpRule rule)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return (measure.Kind, rule) switch
        {
            (_, RollUpRule.None) => true,
            (MeasureKind.Rank, _) => false,
            (MeasureKind.Rate or MeasureKind.Count, RollUpRule.AddNumeratorsAndDenominators) => true,
            (_, RollUpRule.AddNumeratorsAndDenominators) => false,
            (MeasureKind.Count or MeasureKind.Money, RollUpRule.Sum) => true,
            (_, RollUpRule.Sum) => false,
            (MeasureKind.YesNo, RollUpRule.WeightedMean) => false,
            _ => true,
        };
    }

    /// <summary>
    /// The natural accumulation of a measure over time: counts and money are flows, rates add their numerators and
    /// denominators, scores are averaged, and ranks and yes/no values are stocks (the last one stands).
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The kind.</returns>
    /// <remarks>
    /// A count or an amount that is a level (records in a database, a balance) or a running total (<c>lũy kế</c>) must
    /// say so: <see cref="AccumulationKind.Stock"/> or <see cref="AccumulationKind.CumulativeToDate"/>. A rate reported
    /// without its parts cannot be combined over time by default; choose <see cref="AccumulationKind.Stock"/> or,
    /// knowingly, <see cref="AccumulationKind.AverageOfLevels"/>.
    /// </remarks>
    public static AccumulationKind DefaultAccumulation(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.Kind switch
        {
            MeasureKind.Rate => AccumulationKind.RateFromParts,
            MeasureKind.Count or MeasureKind.Money => AccumulationKind.Flow,
            MeasureKind.Score => AccumulationKind.AverageOfLevels,
            _ => AccumulationKind.Stock,
        };
    }

    /// <summary>Whether an accumulation kind can apply to a measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="kind">The kind.</param>
    /// <returns>
    /// <see langword="true"/> when the kind makes sense for the measure: every measure may be a stock; flows and
    /// cumulative figures are counts or money; rates from parts are rates; averages are of anything but ranks and yes/no.
    /// </returns>
    public static bool CanAccumulate(Measure measure, AccumulationKind kind)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return (measure.Kind, kind) switch
        {
            (_, AccumulationKind.Stock) => true,
            (MeasureKind.Count or MeasureKind.Money, AccumulationKind.Flow or AccumulationKind.CumulativeToDate) => true,
            (MeasureKind.Rate, AccumulationKind.RateFromParts) => true,
            (MeasureKind.Rate or MeasureKind.Count or MeasureKind.Money or MeasureKind.Score, AccumulationKind.AverageOfLevels) => true,
            _ => false,
        };
    }

    /// <summary>Writes a value of this indicator with its measure and display decimals: "88,8%".</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string FormatValue(decimal value, Language language) => Measure.FormatValue(value, DisplayDecimals, language);

    /// <summary>Writes a difference of this indicator's values with its unit and display decimals: "18,8 điểm phần trăm".</summary>
    /// <param name="difference">The difference.</param>
    /// <param name="language">The language.</param>
    /// <param name="explicitPlusSign">Whether a positive difference gets a leading <c>+</c>.</param>
    /// <returns>The text.</returns>
    public string FormatDifference(decimal difference, Language language, bool explicitPlusSign = false) =>
        Measure.FormatDifference(difference, DisplayDecimals, language, explicitPlusSign);

    /// <summary>
    /// Writes a goal of this indicator in its unit, as a table cell shows it: "≥ 70%", "90% – 110%",
    /// "= 100 ± 0,5 điểm phần trăm" (a tolerance is a difference, in the measure's difference unit), "có".
    /// </summary>
    /// <param name="goal">The goal.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string FormatGoal(Goal goal, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return goal.Kind switch
        {
            TargetKind.AtLeast => language.Format(Phrase.GoalAtLeast, FormatSetValue(goal.Low, language)),
            TargetKind.AtMost => language.Format(Phrase.GoalAtMost, FormatSetValue(goal.Low, language)),
            TargetKind.Range => language.Format(Phrase.GoalRange, FormatSetValue(goal.Low, language), FormatSetValue(goal.High, language)),
            TargetKind.ExactWithinTolerance when goal.Tolerance != 0m =>
                language.Format(Phrase.GoalExactWithinTolerance, FormatSetValue(goal.Low, language), FormatTolerance(goal.Tolerance, language)),
            TargetKind.ExactWithinTolerance => language.Format(Phrase.GoalExact, FormatSetValue(goal.Low, language)),
            _ => language[goal.Low == 1m ? Phrase.Yes : Phrase.No],
        };
    }

    /// <summary>
    /// A set value (a target, a bound, a baseline) as written: with the decimals it has once trailing zeros are dropped,
    /// at most the display decimals (70 → "70%", 72,5 → "72,5%"). Measured values use <see cref="FormatValue"/>.
    /// </summary>
    internal string FormatSetValue(decimal value, Language language) =>
        Measure.FormatValue(value, Math.Min(DecimalsOf(value), DisplayDecimals), language);

    /// <summary>A tolerance, set too, with the decimals it has, in the measure's difference unit.</summary>
    internal string FormatTolerance(decimal tolerance, Language language) =>
        Measure.FormatDifference(tolerance, Math.Min(DecimalsOf(tolerance), 28), language);

    /// <summary>The decimals a value really has once trailing zeros are dropped: 70,0 has none, 0,25 has two.</summary>
    internal static int DecimalsOf(decimal value) => Measure.DecimalsOf(value);

    /// <inheritdoc />
    public bool Equals(Indicator? other) =>
        other is not null &&
        Code == other.Code &&
        Name == other.Name &&
        Measure.Equals(other.Measure) &&
        Polarity == other.Polarity &&
        DisplayDecimals == other.DisplayDecimals &&
        RollUp == other.RollUp &&
        Equals(Responsibility, other.Responsibility) &&
        Equals(Formula, other.Formula) &&
        Accumulation == other.Accumulation;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Indicator);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(HashCode.Combine(Code, Name, Measure, Polarity, DisplayDecimals, RollUp, Responsibility, Formula), Accumulation);

    /// <summary>Returns the code and Vietnamese name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} ({Name.Vietnamese})";
}
