using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Growth;

/// <summary>
/// The change of an indicator's value from a base to a current value, in one stated <see cref="ChangeKind"/>:
/// an absolute change in the measure's unit (percentage points for a rate) or a relative change in percent.
/// It knows which way is better and writes itself as a sentence: "tăng 16,5 điểm phần trăm so với cùng kỳ năm
/// 2023", "up 22.8% (relative) on Q1 2023".
/// </summary>
/// <remarks>
/// <para>
/// The relative change divides by |base|, so that a negative base that rises reads as an increase: −4 → −2 is
/// +50%, −4 → −6 is −50% (the OECD convention; pandas' <c>pct_change</c> would give −50% and +50%). It is not
/// meaningful (<see cref="Amount"/> is <see langword="null"/>, <see cref="Reason"/> says why) when the base is zero
/// or when base and current have opposite signs. A move to zero is meaningful: 4 → 0 is −100%.
/// </para>
/// <para>
/// <see cref="Direction"/> and <see cref="Assessment"/> come from the two values themselves, so even a relative change
/// that is not meaningful (0 → 5) still says that the value rose and whether that is good.
/// </para>
/// <para>
/// Ranks are not handled here: a rank change ("tăng 29 bậc" for 40 → 11) counts places the other way round and
/// belongs to the ranking types. Yes/no values have no change. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class ValueChange : IFormattable
{
    private readonly LocalizedText? comparedWith;

    // The library's own label of the base, written in any language from the phrase book; null for a label given as text.

    private ValueChange(
        ChangeKind kind,
        decimal baseValue,
        decimal currentValue,
        decimal? amount,
        NotMeaningfulReason reason,
        Measure measure,
        Polarity polarity,
        int displayDecimals,
        LocalizedText? comparedWith)
    {
        Kind = kind;
        BaseValue = baseValue;
        CurrentValue = currentValue;
        Amount = amount;
        Reason = reason;
        Measure = measure;
        Polarity = polarity;
        DisplayDecimals = displayDecimals;
        this.comparedWith = comparedWith;
        Direction = GrowthMath.DirectionOf(baseValue, currentValue);
        Assessment = GrowthMath.Assess(Direction, polarity);
    }

    /// <summary>What <see cref="Amount"/> is expressed in.</summary>
    public ChangeKind Kind { get; }

    /// <summary>The value compared against (the earlier one).</summary>
    public decimal BaseValue { get; }

    /// <summary>The value compared (the later one).</summary>
    public decimal CurrentValue { get; }

    /// <summary>
    /// The signed change in <see cref="Kind"/>: points, units, or percent (22,8 for +22,8%); <see langword="null"/>
    /// when it is not meaningful. Never rounded.
    /// </summary>
    public decimal? Amount { get; }

    /// <summary>Whether <see cref="Amount"/> has a value.</summary>
    public bool IsMeaningful => Amount.HasValue;

    /// <summary>Why <see cref="Amount"/> has no value; <see cref="NotMeaningfulReason.None"/> when it has one.</summary>
    public NotMeaningfulReason Reason { get; }

    /// <summary>Which way the value moved.</summary>
    public ChangeDirection Direction { get; }

    /// <summary>Whether the move is an improvement, by the polarity.</summary>
    public ChangeAssessment Assessment { get; }

    /// <summary>The measure of the two values.</summary>
    public Measure Measure { get; }

    /// <summary>Which direction is better.</summary>
    public Polarity Polarity { get; }

    /// <summary>The decimals an absolute change is written with; a relative change is written with at least one.</summary>
    public int DisplayDecimals { get; }

    /// <summary>The label of what the base is ("cùng kỳ năm 2023" / "Q1 2023"), if known.</summary>
    public LocalizedText? ComparedWith => comparedWith;

    /// <summary>
    /// The absolute change of an indicator's value: percentage points for a rate (88,8% vs 72,3% is +16,5 points),
    /// the measure's unit otherwise.
    /// </summary>
    /// <param name="indicator">The indicator; its measure, polarity and display decimals are used.</param>
    /// <param name="baseValue">The earlier value.</param>
    /// <param name="currentValue">The later value.</param>
    /// <returns>The change; always meaningful.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The indicator is a rank or yes/no, or the difference overflows.</exception>
    public static ValueChange Absolute(Indicator indicator, decimal baseValue, decimal currentValue)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        Validate(indicator.Measure, indicator.Polarity, indicator.DisplayDecimals, nameof(indicator));
        return Absolute(indicator.Measure, indicator.Polarity, baseValue, currentValue, indicator.DisplayDecimals);
    }

    /// <summary>The absolute change of two values of a measure (see <see cref="Absolute(Indicator, decimal, decimal)"/>).</summary>
    /// <param name="measure">The measure; not a rank or yes/no.</param>
    /// <param name="polarity">Which direction is better.</param>
    /// <param name="baseValue">The earlier value.</param>
    /// <param name="currentValue">The later value.</param>
    /// <param name="displayDecimals">Decimals to write, 0 to <see cref="Indicator.MaximumDisplayDecimals"/>.</param>
    /// <returns>The change; always meaningful.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The measure is a rank or yes/no.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The polarity is undefined, the decimals out of range, or the difference overflows.</exception>
    public static ValueChange Absolute(Measure measure, Polarity polarity, decimal baseValue, decimal currentValue, int displayDecimals = 1)
    {
        Validate(measure, polarity, displayDecimals);
        var (amount, reason) = AmountOf(ChangeKind.Units, baseValue, currentValue);
        if (reason == NotMeaningfulReason.OutOfRange)
        {
            throw new ArgumentOutOfRangeException(nameof(currentValue), currentValue,
                string.Create(CultureInfo.InvariantCulture, $"The difference {currentValue} − {baseValue} is outside the range of decimal."));
        }

        return new(AbsoluteKind(measure), baseValue, currentValue, amount, reason, measure, polarity, displayDecimals, null);
    }

    /// <summary>
    /// The relative change in percent, (current − base) / |base| × 100: 72,3 → 88,8 is +22,82…%, −4 → −2 is +50%.
    /// Not meaningful for a zero base or opposite signs.
    /// </summary>
    /// <param name="indicator">The indicator; its measure, polarity and display decimals are used.</param>
    /// <param name="baseValue">The earlier value.</param>
    /// <param name="currentValue">The later value.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The indicator is a rank or yes/no.</exception>
    public static ValueChange Relative(Indicator indicator, decimal baseValue, decimal currentValue)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        Validate(indicator.Measure, indicator.Polarity, indicator.DisplayDecimals, nameof(indicator));
        return Relative(indicator.Measure, indicator.Polarity, baseValue, currentValue, indicator.DisplayDecimals);
    }

    /// <summary>The relative change of two values of a measure (see <see cref="Relative(Indicator, decimal, decimal)"/>).</summary>
    /// <param name="measure">The measure; not a rank or yes/no.</param>
    /// <param name="polarity">Which direction is better.</param>
    /// <param name="baseValue">The earlier value.</param>
    /// <param name="currentValue">The later value.</param>
    /// <param name="displayDecimals">Decimals to write, 0 to <see cref="Indicator.MaximumDisplayDecimals"/>; a percent gets at least one.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The measure is a rank or yes/no.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The polarity is undefined or the decimals out of range.</exception>
    public static ValueChange Relative(Measure measure, Polarity polarity, decimal baseValue, decimal currentValue, int displayDecimals = 1)
    {
        Validate(measure, polarity, displayDecimals);
        var (amount, reason) = AmountOf(ChangeKind.Percent, baseValue, currentValue);
        return new(ChangeKind.Percent, baseValue, currentValue, amount, reason, measure, polarity, displayDecimals, null);
    }

    /// <summary>
    /// Reads a stated change back to the base value it implies, for one reading of an ambiguous statement.
    /// "88,8%, tăng 16,5" read as <see cref="ChangeKind.PercentagePoints"/> implies a base of 72,3%; read as
    /// <see cref="ChangeKind.Percent"/> it implies 88,8 / 1,165 = 76,22…%.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="currentValue">The value stated.</param>
    /// <param name="statedAmount">The signed change stated (16,5 for "tăng 16,5").</param>
    /// <param name="kind">
    /// The reading: <see cref="ChangeKind.Percent"/>, or the indicator's absolute kind (percentage points for a
    /// rate, units otherwise).
    /// </param>
    /// <returns>The change, with <see cref="Amount"/> the stated amount and <see cref="BaseValue"/> the implied base.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The kind does not fit the measure (points for a count), the indicator is a rank or yes/no, or no base value
    /// can give the statement (a fall of 100% or more to a positive value; any relative change to zero but −100%); or
    /// the implied base passes decimal's range (<c>statedAmount</c>, with the values and the
    /// <see cref="OverflowException"/> as the inner exception).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static ValueChange FromStatement(Indicator indicator, decimal currentValue, decimal statedAmount, ChangeKind kind)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var measure = indicator.Measure;
        Validate(measure, indicator.Polarity, indicator.DisplayDecimals, nameof(indicator));
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Change kind {(int)kind} is not defined.");
        }

        if (kind != ChangeKind.Percent && kind != AbsoluteKind(measure))
        {
            throw new ArgumentException(
                $"A change of indicator '{indicator.Code}' ({measure}) is in {AbsoluteKind(measure)} or {ChangeKind.Percent}, not {kind}.", nameof(kind));
        }

        decimal baseValue;
        try
        {
            baseValue = kind == ChangeKind.Percent
                ? BaseImpliedByPercent(currentValue, statedAmount)
                : currentValue - statedAmount;
        }
        catch (OverflowException e)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"The base implied by a change of {statedAmount} ({kind}) to {currentValue} for indicator '{indicator.Code}' passes the range of decimal (±7,9 × 10^28)."),
                nameof(statedAmount),
                e);
        }

        return new(kind, baseValue, currentValue, statedAmount, NotMeaningfulReason.None, measure, indicator.Polarity, indicator.DisplayDecimals, null);
    }

    /// <summary>
    /// Both readings of a change stated without its unit, as in "88,8% (tăng 16,5% so với năm 2023)" for a rate:
    /// as percentage points (base 72,3%) and as percent (base 76,22…%).
    /// </summary>
    /// <param name="indicator">The indicator; a rate.</param>
    /// <param name="currentValue">The value stated.</param>
    /// <param name="statedAmount">The signed change stated.</param>
    /// <returns>The two readings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The indicator is not a rate, or no base can give the percent reading, or a reading's base passes decimal's range
    /// (<c>statedAmount</c>, as <see cref="FromStatement"/>).
    /// </exception>
    public static (ValueChange AsPercentagePoints, ValueChange AsPercent) ReadAmbiguous(Indicator indicator, decimal currentValue, decimal statedAmount)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.Measure.Kind != MeasureKind.Rate)
        {
            throw new ArgumentException(
                $"Indicator '{indicator.Code}' measures {indicator.Measure}; only a rate's change is ambiguous between points and percent.", nameof(indicator));
        }

        return (FromStatement(indicator, currentValue, statedAmount, ChangeKind.PercentagePoints),
                FromStatement(indicator, currentValue, statedAmount, ChangeKind.Percent));
    }

    /// <summary>The same change, labelled with what its base is ("cùng kỳ năm 2023" / "Q1 2023").</summary>
    /// <param name="comparedWith">The label of the base, written after "so với" / "on".</param>
    /// <returns>A new change with the label.</returns>
    /// <exception cref="ArgumentException"><paramref name="comparedWith"/> is <c>default</c>.</exception>
    public ValueChange WithComparison(LocalizedText comparedWith)
    {
        if (comparedWith == default)
        {
            throw new ArgumentException("A comparison label needs a text; default(LocalizedText) was given.", nameof(comparedWith));
        }

        return new(Kind, BaseValue, CurrentValue, Amount, Reason, Measure, Polarity, DisplayDecimals, comparedWith);
    }


    /// <summary>The change as <see cref="PercentagePoints"/>; only for a change of that kind.</summary>
    /// <returns>The points.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Kind"/> is not <see cref="ChangeKind.PercentagePoints"/>.</exception>
    public PercentagePoints ToPercentagePoints() => Kind == ChangeKind.PercentagePoints
        ? PercentagePoints.FromValue(Amount!.Value)
        : throw new InvalidOperationException($"This change is in {Kind}, not in percentage points.");

    /// <summary>
    /// Writes the change as a sentence with the display decimals: "tăng 16,5 điểm phần trăm so với cùng kỳ năm 2023",
    /// "giảm 2,0 điểm phần trăm", "tăng 22,8% (tương đối)"; "up 16.5 percentage points on Q1 2023"; "không tính được
    /// tỷ lệ thay đổi vì giá trị gốc bằng 0".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence, without a capital or a full stop so that it can be embedded.</returns>
    /// <remarks>
    /// A relative change of a rate is marked "(tương đối)" / "(relative)", so that "%" can never be mistaken for
    /// points. A relative change is written with at least one decimal.
    /// </remarks>
    public string Describe(Language language) =>
        Describe(language, Kind == ChangeKind.Percent ? Math.Max(1, DisplayDecimals) : DisplayDecimals);

    /// <summary>Writes the change as a sentence (see <see cref="Describe(Language)"/>) with the given decimals.</summary>
    /// <param name="language">The language.</param>
    /// <param name="decimals">Decimals to show, 0 to 28; rounding is for display only.</param>
    /// <returns>The sentence.</returns>
    public string Describe(Language language, int decimals)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 28);
        var comparison = GrowthText.Comparison(comparedWith?.In(language), language);
        if (Amount is not { } amount)
        {
            var reason = GrowthText.Reason(Reason, language);
            return language.Format(Kind == ChangeKind.Percent ? Phrase.ChangePercentNotComputed : Phrase.ChangeNotComputed, comparison, reason);
        }

        if (amount == 0m)
        {
            return language.Format(Phrase.ChangeUnchanged, comparison);
        }

        var size = Math.Abs(amount);
        var text = Kind == ChangeKind.Percent
            ? GrowthText.Percent(size, decimals, language)
            : Measure.FormatDifference(size, decimals, language);
        if (Kind == ChangeKind.Percent && Measure.Kind == MeasureKind.Rate)
        {
            text = language.Format(Phrase.ChangeRelativeOfRate, text);
        }

        return language.Format(amount > 0m ? Phrase.ChangeUp : Phrase.ChangeDown, text, comparison);
    }

    /// <summary>Writes the sentence in the current culture's language.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Writes the sentence.</summary>
    /// <param name="format">The measure formats (the table in docs/concepts.md, "Format strings"): <c>null</c>, empty or <c>G</c> for the display decimals; <c>N</c> and a digit count (<c>N2</c>) for that many.</param>
    /// <param name="formatProvider">A <see cref="Language"/> or culture; <see langword="null"/> for the current culture.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var language = Language.FromProvider(formatProvider);
        return NumericFormat.Decimals(format, "change") is { } decimals ? Describe(language, decimals) : Describe(language);
    }

    /// <summary>
    /// A change of an indicator already checked (a scorecard checks its catalog once, when it is built), labelled with its
    /// base. Unlike <see cref="Absolute(Indicator, decimal, decimal)"/>, a difference beyond the range of decimal is not
    /// thrown but stated (<see cref="NotMeaningfulReason.OutOfRange"/>), so one extreme row cannot stop a whole report.
    /// </summary>
    internal static ValueChange Checked(ChangeKind kind, Indicator indicator, decimal baseValue, decimal currentValue, LocalizedText? comparedWith)
    {
        var (amount, reason) = AmountOf(kind, baseValue, currentValue);
        return new(kind, baseValue, currentValue, amount, reason, indicator.Measure, indicator.Polarity, indicator.DisplayDecimals, comparedWith);
    }

    /// <summary>
    /// A change that is not computed, for a reason outside the two values (a base of another period kind the options
    /// refuse to compare with): no amount, the reason given, labelled with its base.
    /// </summary>
    internal static ValueChange NotComputed(ChangeKind kind, Indicator indicator, decimal baseValue, decimal currentValue, NotMeaningfulReason reason, LocalizedText? comparedWith) =>
        new(kind, baseValue, currentValue, null, reason, indicator.Measure, indicator.Polarity, indicator.DisplayDecimals, comparedWith);

    // The one computation of a change's amount: a percent of |base|, or a difference (points or the measure's unit);
    // a difference beyond decimal's range is OutOfRange, and the public Absolute turns that into its exception.
    private static (decimal? Amount, NotMeaningfulReason Reason) AmountOf(ChangeKind kind, decimal baseValue, decimal currentValue)
    {
        if (kind == ChangeKind.Percent)
        {
            var reason = GrowthMath.TryPercentChange(baseValue, currentValue, out var percent);
            return (reason == NotMeaningfulReason.None ? percent : null, reason);
        }

        try
        {
            return (currentValue - baseValue, NotMeaningfulReason.None);
        }
        catch (OverflowException)
        {
            return (null, NotMeaningfulReason.OutOfRange);
        }
    }

    internal static ChangeKind AbsoluteKind(Measure measure) =>
        measure.Kind == MeasureKind.Rate ? ChangeKind.PercentagePoints : ChangeKind.Units;

    internal static ValueChange Create(ChangeKind kind, decimal baseValue, decimal currentValue, Measure measure, Polarity polarity, int displayDecimals) =>
        kind == ChangeKind.Percent
            ? Relative(measure, polarity, baseValue, currentValue, displayDecimals)
            : Absolute(measure, polarity, baseValue, currentValue, displayDecimals);

    private static decimal BaseImpliedByPercent(decimal currentValue, decimal percent)
    {
        // current = base + |base| × p / 100: base (1 + p/100) when base > 0, base (1 − p/100) when base < 0.
        var factor = currentValue > 0m ? 1m + percent / 100m : 1m - percent / 100m;
        if (currentValue == 0m || factor <= 0m)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"No base value changes by {percent}% to {currentValue}: the base would be zero or of the opposite sign."),
                nameof(currentValue));
        }

        return currentValue / factor;
    }

    private static void Validate(Measure measure, Polarity polarity, int displayDecimals, string measureParamName = "measure")
    {
        ArgumentNullException.ThrowIfNull(measure, measureParamName);
        if (measure.Kind is MeasureKind.Rank or MeasureKind.YesNo)
        {
            throw new ArgumentException(
                measure.Kind == MeasureKind.Rank
                    ? "A rank changes by places counted the other way round (40 → 11 is 'tăng 29 bậc'); use the ranking types, not a value change."
                    : "A yes/no value has no change, only a status.",
                measureParamName);
        }

        if (!Enum.IsDefined(polarity))
        {
            throw new ArgumentOutOfRangeException(nameof(polarity), polarity, $"Polarity {(int)polarity} is not defined.");
        }

        if (displayDecimals is < 0 or > Indicator.MaximumDisplayDecimals)
        {
            throw new ArgumentOutOfRangeException(nameof(displayDecimals), displayDecimals,
                $"Display decimals must lie between 0 and {Indicator.MaximumDisplayDecimals}; {displayDecimals} was given.");
        }
    }
}
