using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Evaluation;

/// <summary>
/// A value judged against its target: the margin in the measure's own unit, the attainment ratio, the status, and,
/// when asked for, the progress from a baseline and a band. It keeps its inputs and the rule applied, and writes
/// itself as a sentence in Vietnamese or English.
/// </summary>
/// <remarks>
/// <para>
/// 88,8% against a target of at least 70%: margin +18,8 percentage points, attainment 126,9%, status exceeded;
/// "đạt 88,8%, vượt chỉ tiêu 18,8 điểm phần trăm (chỉ tiêu 70%)".
/// 17 of 33 models against at least 33: margin −16 models, attainment 51,5%, status not met.
/// </para>
/// <para>
/// Conventions: the margin is signed so that positive is better (for lower-is-better, being under the target is a
/// positive margin); for a range or exact goal it is zero inside the band and minus the distance to the nearest bound
/// outside. The status rule is stated on <see cref="TargetStatus"/>. Nothing is clamped or rounded: rounding happens
/// only when text is written, with the indicator's display decimals. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class TargetEvaluation : IFormattable
{
    private TargetEvaluation(Indicator indicator, Goal goal, MeasuredValue? actual, decimal? baseline, EvaluationOptions options)
    {
        Indicator = indicator;
        Goal = goal;
        Actual = actual;
        Baseline = baseline;
        Tolerance = options.Tolerance;
        if (actual is { } given)
        {
            var (deviation, margin) = GoalRules.Margin(goal, given.Value);
            Deviation = deviation;
            Margin = goal.Kind == TargetKind.YesNo ? null : margin;
            Status = GoalRules.Judge(goal, given.Value, margin, options.Tolerance);
        }
        else
        {
            Status = TargetStatus.NoData;
        }

        if (baseline is { } start)
        {
            GapClosure = GapClosure.Evaluate(indicator, goal, start, actual);
        }

        Band = options.Bands?.Classify(this);
    }

    /// <summary>The indicator, with its measure, polarity and display decimals.</summary>
    public Indicator Indicator { get; }

    /// <summary>The goal the value was judged against.</summary>
    public Goal Goal { get; }

    /// <summary>The rule applied: the kind of the goal (see <see cref="TargetStatus"/> for each rule).</summary>
    public TargetKind Rule => Goal.Kind;

    /// <summary>The reported value, or <see langword="null"/> for no data.</summary>
    public MeasuredValue? Actual { get; }

    /// <summary>The baseline, when progress from one was asked for.</summary>
    public decimal? Baseline { get; }

    /// <summary>The tolerance applied, in the measure's own difference unit.</summary>
    public decimal Tolerance { get; }

    /// <summary>The band scheme used, if any.</summary>
    public BandScheme? BandScheme => Band?.Scheme;

    /// <summary>The status.</summary>
    public TargetStatus Status { get; }

    /// <summary>
    /// The margin in the measure's own difference unit (percentage points for a rate), positive when better than the
    /// target; <see langword="null"/> for no data and for yes/no goals.
    /// </summary>
    public decimal? Margin { get; }

    /// <summary>
    /// The raw signed difference: actual minus the target, or minus the nearest bound of a band (zero inside it);
    /// <see langword="null"/> for no data. Unlike <see cref="Margin"/>, it does not follow polarity.
    /// </summary>
    public decimal? Deviation { get; }

    /// <summary>
    /// Actual / target, or target / actual when lower is better; not meaningful for a zero or negative target, a zero
    /// or negative actual when lower is better, ranges, exact and yes/no goals, and no data; and not meaningful
    /// (<see cref="NotMeaningfulReason.OutOfRange"/>) when the ratio passes decimal's range (10^27 against a target of 10^−20).
    /// </summary>
    /// <remarks>Computed when read: most rows of a large scorecard never need it, and a decimal division is not free.</remarks>
    public RatioOutcome Attainment => GoalRules.Attainment(Goal, Actual?.Value);

    /// <summary>The margin divided by the size of the target (the Microsoft-style status score; see <see cref="ScoreBasis.StatusScore"/>).</summary>
    /// <remarks>Computed when read, like <see cref="Attainment"/>; not meaningful (<see cref="NotMeaningfulReason.OutOfRange"/>) past decimal's range.</remarks>
    public RatioOutcome RelativeMargin => GoalRules.RelativeMargin(Goal, Margin);

    /// <summary>The progress from the baseline, when one was given.</summary>
    public GapClosure? GapClosure { get; }

    /// <summary>The band, when a band scheme was given.</summary>
    public BandAssignment? Band { get; }

    /// <summary>Evaluates a value against a goal.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="goal">
    /// The goal. It must fit the indicator: at least with higher-is-better, at most with lower-is-better, a range or
    /// exact value with within-band, yes/no with a yes/no measure.
    /// </param>
    /// <param name="actual">The reported value (<c>MeasuredValue.FromCountOfTotal(17, 33)</c>), or <see langword="null"/> for no data.</param>
    /// <param name="options">The tolerance and band scheme; <see langword="null"/> for <see cref="EvaluationOptions.Default"/>.</param>
    /// <param name="baseline">A baseline to measure progress from (at-least and at-most goals only), if any.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The goal does not fit the indicator, a baseline is given for a band or yes/no goal, or the margin between the
    /// actual and the goal passes decimal's range (<c>actual</c>).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The goal, the actual or the baseline does not fit the measure.</exception>
    public static TargetEvaluation Evaluate(Indicator indicator, Goal goal, MeasuredValue? actual, EvaluationOptions? options = null, decimal? baseline = null)
    {
        GoalRules.EnsureFits(indicator, goal, nameof(goal));
        if (actual is { } given)
        {
            indicator.Measure.EnsureAccepts(given, nameof(actual));
        }

        return EvaluateChecked(indicator, goal, actual, options, baseline);
    }

    /// <summary>Evaluates a goal and a value already known to fit the indicator (a scorecard checks them once, when it is built).</summary>
    internal static TargetEvaluation EvaluateChecked(Indicator indicator, Goal goal, MeasuredValue? actual, EvaluationOptions? options = null, decimal? baseline = null)
    {
        try
        {
            return new(indicator, goal, actual, baseline, options ?? EvaluationOptions.Default);
        }
        catch (OverflowException e)
        {
            throw MarginOutOfRange(indicator, goal, actual, e);
        }
    }

    /// <summary>
    /// The status alone, as <see cref="Status"/> would give it, without building the evaluation: a scorecard states every
    /// row's status at once and builds the evaluation only when a row is asked for it.
    /// </summary>
    internal static TargetStatus StatusChecked(Indicator indicator, Goal goal, MeasuredValue? actual, EvaluationOptions options)
    {
        if (actual is not { } given)
        {
            return TargetStatus.NoData;
        }

        try
        {
            var (_, margin) = GoalRules.Margin(goal, given.Value);
            return GoalRules.Judge(goal, given.Value, margin, options.Tolerance);
        }
        catch (OverflowException e)
        {
            throw MarginOutOfRange(indicator, goal, actual, e);
        }
    }

    // Money may be negative, so actual − target can pass ±7,9 × 10^28; there is no margin to report then.
    private static ArgumentException MarginOutOfRange(Indicator indicator, Goal goal, MeasuredValue? actual, OverflowException fault) => new(
        $"Evaluating {actual?.ToString() ?? "no value"} against {goal} for indicator '{indicator.Code}' passes the range of decimal (±7,9 × 10^28): the margin cannot be computed.",
        nameof(actual),
        fault);

    /// <summary>
    /// Evaluates a plain value against a goal, with no tolerance, band scheme or baseline: a shorthand for the other
    /// overload with <c>MeasuredValue.Of(actual)</c>, which takes the settings.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="goal">The goal; it must fit the indicator (see the other overload).</param>
    /// <param name="actual">The reported value in the measure's unit (88,8 for 88,8%), or <see langword="null"/> for no data.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The goal does not fit the indicator.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The goal or the actual does not fit the measure.</exception>
    public static TargetEvaluation Evaluate(Indicator indicator, Goal goal, decimal? actual) =>
        Evaluate(indicator, goal, actual is { } a ? MeasuredValue.Of(a) : null);

    /// <summary>
    /// Writes the result as a sentence: "đạt 88,8%, vượt chỉ tiêu 18,8 điểm phần trăm (chỉ tiêu 70%)" /
    /// "88.8%, 18.8 percentage points above the 70% target". Numbers use the indicator's display decimals; a target is
    /// written with the decimals it has, at most the display decimals.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public string Describe(Language language) => EvaluationText.Describe(this, language);

    /// <summary>
    /// States the rule applied: "vượt chỉ tiêu khi cao hơn chỉ tiêu quá 0 điểm phần trăm; …" /
    /// "exceeded when more than 0 percentage points above the target; …".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The rule in words.</returns>
    public string DescribeRule(Language language) => EvaluationText.DescribeRule(this, language);

    /// <summary>
    /// The verdict alone, without the actual, for a sentence that states the actual itself:
    /// "vượt chỉ tiêu 18,8 điểm phần trăm" / "18.8 percentage points above the 70% target"; "không có số liệu" / "no data".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The clause.</returns>
    public string DescribeVerdict(Language language) => EvaluationText.Verdict(this, language);

    /// <summary>Writes the sentence in the current culture's language.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Writes the sentence (<c>null</c> or <c>G</c>) or the rule (<c>R</c>).</summary>
    /// <param name="format"><c>null</c>, <c>G</c> or <c>R</c>.</param>
    /// <param name="formatProvider">A <see cref="Language"/> or culture; <see langword="null"/> for the current culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is none of those above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var language = Language.FromProvider(formatProvider);
        return format switch
        {
            null or "" or "G" => Describe(language),
            "R" => DescribeRule(language),
            _ => throw new FormatException($"Unknown evaluation format '{format}'; expected G or R."),
        };
    }
}
