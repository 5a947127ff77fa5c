using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Serialization;

/// <summary>
/// The rules that turn an item's fields, once read from text or JSON, into the library's values. Shared by every
/// format so that a CSV row and a JSON object mean exactly the same. Each rule reports what is wrong by field and
/// returns <see langword="null"/> rather than guessing.
/// </summary>
internal static class ItemRules
{
    public static Measure? Measure(MeasureForm form, LocalizedText? countUnit, string? countUnitSingular, Currency? currency, MoneyScale? scale, decimal? maximum, IFieldProblems problems)
    {
        var fine = true;
        Forbid(countUnit.HasValue && form != MeasureForm.Count, "count_unit_vi", "only a count has a count unit.");
        Forbid(countUnitSingular is not null && !countUnit.HasValue && form == MeasureForm.Count, "count_unit_en_singular", "a singular needs the count unit it is the singular of.");
        Forbid(countUnitSingular is not null && form != MeasureForm.Count, "count_unit_en_singular", "only a count has a count unit.");
        Forbid(currency.HasValue && form != MeasureForm.Money, "currency", "only money has a currency.");
        Forbid(scale.HasValue && form != MeasureForm.Money, "money_scale", "only money has a money scale.");
        Forbid(maximum.HasValue && form != MeasureForm.Score, "max_score", "only a score has a maximum.");
        Forbid(form == MeasureForm.Money && !currency.HasValue, "currency", "money needs a currency (an ISO 4217 code such as VND).");
        Forbid(form == MeasureForm.Score && !maximum.HasValue, "max_score", "a score needs its maximum.");
        if (!fine)
        {
            return null;
        }

        switch (form)
        {
            case MeasureForm.Rate:
                return Measures.Measure.Rate;
            case MeasureForm.RateAboveWhole:
                return Measures.Measure.RateAboveWhole;
            case MeasureForm.Count:
                return Measures.Measure.Count(countUnit, countUnitSingular);
            case MeasureForm.Money:
                return Measures.Measure.Money(currency!.Value, scale ?? MoneyScale.Units);
            case MeasureForm.Rank:
                return Measures.Measure.Rank;
            case MeasureForm.YesNo:
                return Measures.Measure.YesNo;
            default:
                if (maximum <= 0m)
                {
                    problems.Fail("max_score", "a score's maximum must be positive.");
                    return null;
                }

                return Measures.Measure.Score(maximum!.Value);
        }

        void Forbid(bool wrong, string field, string message)
        {
            if (wrong)
            {
                problems.Fail(field, message);
                fine = false;
            }
        }
    }

    public static Goal? Goal(GoalForm form, decimal? value, decimal? high, decimal? tolerance, IFieldProblems problems)
    {
        var fine = true;
        var needsValue = form is not (GoalForm.Yes or GoalForm.No);
        Require(needsValue == value.HasValue, "value", needsValue ? "this goal needs a value." : "a yes/no goal takes no value.");
        Require((form == GoalForm.Between) == high.HasValue, "high", form == GoalForm.Between ? "a 'between' goal needs its high bound." : "only a 'between' goal has a high bound.");
        Require(form == GoalForm.Exactly || !tolerance.HasValue, "tolerance", "only an 'exactly' goal has a tolerance.");
        if (!fine)
        {
            return null;
        }

        switch (form)
        {
            case GoalForm.AtLeast:
                return Indicators.Goal.AtLeast(value!.Value);
            case GoalForm.AtMost:
                return Indicators.Goal.AtMost(value!.Value);
            case GoalForm.Yes:
                return Indicators.Goal.Yes();
            case GoalForm.No:
                return Indicators.Goal.No();
            case GoalForm.Between when value > high:
                problems.Fail("high", string.Create(CultureInfo.InvariantCulture, $"the high bound lies below the low bound {value}."));
                return null;
            case GoalForm.Between:
                return Indicators.Goal.Between(value!.Value, high!.Value);
            default:
                if (tolerance < 0m)
                {
                    problems.Fail("tolerance", "a tolerance cannot be negative.");
                    return null;
                }

                return Indicators.Goal.Exactly(value!.Value, tolerance ?? 0m);
        }

        void Require(bool right, string field, string message)
        {
            if (!right)
            {
                problems.Fail(field, message);
                fine = false;
            }
        }
    }

    /// <summary>
    /// An observation's value: a plain value, or a numerator and denominator whose meaning the indicator's measure
    /// gives (a rate's part and whole, a count and its total, a rank and its field).
    /// </summary>
    /// <summary>The words of a declared money scale, after <see cref="ScaleKey"/>; whether each names the đồng.</summary>
    private static readonly Dictionary<string, (MoneyScale Scale, bool Dong)> ScaleWords = new(StringComparer.Ordinal)
    {
        ["đồng"] = (MoneyScale.Units, true), ["vnd"] = (MoneyScale.Units, true),
        ["nghìn đồng"] = (MoneyScale.Thousands, true), ["ngàn đồng"] = (MoneyScale.Thousands, true),
        ["thousand vnd"] = (MoneyScale.Thousands, true), ["vnd thousand"] = (MoneyScale.Thousands, true),
        ["triệu đồng"] = (MoneyScale.Millions, true), ["million vnd"] = (MoneyScale.Millions, true), ["vnd million"] = (MoneyScale.Millions, true),
        ["tỷ đồng"] = (MoneyScale.Billions, true), ["tỉ đồng"] = (MoneyScale.Billions, true),
        ["billion vnd"] = (MoneyScale.Billions, true), ["vnd billion"] = (MoneyScale.Billions, true),
        ["nghìn tỷ đồng"] = (MoneyScale.Trillions, true), ["ngàn tỷ đồng"] = (MoneyScale.Trillions, true),
        ["trillion vnd"] = (MoneyScale.Trillions, true), ["vnd trillion"] = (MoneyScale.Trillions, true),
        ["units"] = (MoneyScale.Units, false), ["thousands"] = (MoneyScale.Thousands, false), ["millions"] = (MoneyScale.Millions, false),
        ["billions"] = (MoneyScale.Billions, false), ["trillions"] = (MoneyScale.Trillions, false),
    };

    /// <summary>
    /// An amount written at a declared scale ("2527" with "tỷ đồng"), in whole currency units (2 527 000 000 000),
    /// exactly; the amount itself when no scale is declared. A scale on anything but money, an unknown scale, a scale in
    /// đồng on another currency and a product too large for a <see langword="decimal"/> are problems of the field
    /// <paramref name="field"/> (or <paramref name="valueField"/> for the product).
    /// </summary>
    public static decimal? Scaled(Indicator indicator, decimal? amount, string? scale, IFieldProblems problems, string field = "scale", string valueField = "value")
    {
        if (scale is null || amount is not { } value)
        {
            return amount;
        }

        if (indicator.Measure.Kind != MeasureKind.Money)
        {
            problems.Fail(field, $"a scale applies to money only; {indicator.Code} is not measured in money.");
            return null;
        }

        if (!ScaleWords.TryGetValue(ScaleKey(scale), out var declared))
        {
            problems.Fail(field, $"unknown scale '{scale}': use đồng, nghìn đồng, triệu đồng, tỷ đồng or nghìn tỷ đồng; VND, thousand VND, million VND, "
                + "billion VND or trillion VND; or units, thousands, millions, billions or trillions of the indicator's currency.");
            return null;
        }

        if (declared.Dong && indicator.Measure.Currency != Currency.Vnd)
        {
            problems.Fail(field, $"the scale '{scale}' is in đồng, but {indicator.Code} is in {indicator.Measure.Currency.Code}; use units, thousands, millions, billions or trillions.");
            return null;
        }

        try
        {
            return checked(value * Measures.Measure.FactorOf(declared.Scale));
        }
        catch (OverflowException)
        {
            problems.Fail(valueField, $"{value.ToString(CultureInfo.InvariantCulture)} {scale} is too large an amount to hold exactly.");
            return null;
        }
    }

    /// <summary>
    /// A goal whose amounts are written at a declared scale ("at least 3000" with "tỷ đồng"): its value, high bound and
    /// tolerance each taken to whole currency units as <see cref="Scaled"/> takes an amount, then the goal built from
    /// them; <see langword="null"/> when a problem was reported.
    /// </summary>
    public static Goal? ScaledGoal(Indicator indicator, GoalForm form, decimal? value, decimal? high, decimal? tolerance, string scale, IFieldProblems problems, string prefix)
    {
        // One problem for a scale that does not apply, not one per amount.
        var scaledValue = Scaled(indicator, value, scale, problems, prefix + "scale", prefix + "value");
        if (value is not null && scaledValue is null)
        {
            return null;
        }

        var scaledHigh = Scaled(indicator, high, scale, problems, prefix + "scale", prefix + "high");
        var scaledTolerance = Scaled(indicator, tolerance, scale, problems, prefix + "scale", prefix + "tolerance");
        return (high is not null && scaledHigh is null) || (tolerance is not null && scaledTolerance is null)
            ? null
            : Goal(form, scaledValue, scaledHigh, scaledTolerance, problems);
    }

    /// <summary>A scale's words compared: lower case, composed Unicode, single spaces.</summary>
    private static string ScaleKey(string scale) =>
        string.Join(' ', scale.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static MeasuredValue? Value(Indicator indicator, decimal? value, decimal? numerator, decimal? denominator, IFieldProblems problems)
    {
        if (numerator.HasValue != denominator.HasValue)
        {
            problems.Fail(numerator.HasValue ? "denominator" : "numerator", "a numerator and a denominator are given together or not at all.");
            return null;
        }

        if (!numerator.HasValue)
        {
            if (value is { } plain)
            {
                return MeasuredValue.Of(plain);
            }

            problems.Fail("value", "the value is empty; give a value, or a numerator and a denominator.");
            return null;
        }

        if (value.HasValue)
        {
            problems.Fail("value", "give a value, or a numerator and a denominator, not both: the value follows from the parts.");
            return null;
        }

        try
        {
            return indicator.Measure.Kind switch
            {
                MeasureKind.Rate => MeasuredValue.FromRateParts(numerator!.Value, denominator!.Value),
                MeasureKind.Count => MeasuredValue.FromCountOfTotal(numerator!.Value, denominator!.Value),
                MeasureKind.Rank => MeasuredValue.FromRank(numerator!.Value, denominator!.Value),
                _ => Refuse(),
            };
        }
        catch (ArgumentOutOfRangeException exception)
        {
            problems.Fail(exception.ParamName is "denominator" or "fieldSize" or "total" ? "denominator" : "numerator", FirstSentence(exception.Message));
            return null;
        }

        MeasuredValue? Refuse()
        {
            problems.Fail("numerator", $"indicator '{indicator.Code}' measures {indicator.Measure}, whose values have no numerator and denominator.");
            return null;
        }
    }

    /// <summary>
    /// The parts to write for a value: the value alone, or its numerator and denominator when reading them back by the
    /// measure's rule gives the same value.
    /// </summary>
    public static (decimal? Value, decimal? Numerator, decimal? Denominator) Parts(Indicator? indicator, MeasuredValue value)
    {
        if (!value.HasParts)
        {
            return (value.Value, null, null);
        }

        var rebuilt = indicator?.Measure.Kind switch
        {
            MeasureKind.Rate => MeasuredValue.FromRateParts(value.Numerator!.Value, value.Denominator!.Value),
            MeasureKind.Count or MeasureKind.Rank when value.Numerator <= value.Denominator => MeasuredValue.FromCountOfTotal(value.Numerator!.Value, value.Denominator!.Value),
            _ => (MeasuredValue?)null,
        };
        if (rebuilt != value)
        {
            throw new ArgumentException(
                $"The value {value} of indicator '{indicator?.Code}' ({indicator?.Measure}) cannot be written: its parts do not give it back by the measure's rule.",
                nameof(value));
        }

        return (null, value.Numerator, value.Denominator);
    }

    /// <summary>The message of an argument exception without the "(Parameter …)" and "Actual value was …" lines .NET appends.</summary>
    /// <summary>
    /// A measure per something else ("triệu đồng/hộ", "lượt/1.000 người"): the measure itself when no per unit is given.
    /// Fields: <c>per_unit_vi</c>, <c>per_unit_en</c>, <c>per_unit_en_singular</c>, <c>per_quantity</c>.
    /// </summary>
    public static Measure? Per(Measure measure, LocalizedText? unit, string? englishSingular, decimal? quantity, IFieldProblems problems)
    {
        if (unit is null)
        {
            if (englishSingular is not null || quantity is not null)
            {
                problems.Fail(englishSingular is not null ? "per_unit_en_singular" : "per_quantity", "needs the unit the measure is per (per_unit_vi).");
                return null;
            }

            return measure;
        }

        if (measure.Kind is not (MeasureKind.Count or MeasureKind.Money))
        {
            problems.Fail("per_unit_vi", "only a count or money can be per something else.");
            return null;
        }

        if (quantity is <= 0m)
        {
            problems.Fail("per_quantity", "a measure is per a positive quantity of something.");
            return null;
        }

        return measure.Per(unit.Value, englishSingular, quantity ?? 1m);
    }

    /// <summary>
    /// The formula of a computed indicator, or <see langword="null"/> for a reported one (no formula and no parts).
    /// Fields: <c>formula</c> (ratio, share, difference, sum) and <c>formula_parts</c> (the indicators' codes).
    /// </summary>
    public static IndicatorFormula? Formula(FormulaKind? kind, IReadOnlyList<string>? parts, IFieldProblems problems)
    {
        if (kind is null)
        {
            if (parts is { Count: > 0 })
            {
                problems.Fail("formula", "the indicators a value is computed from need a formula: ratio, share, difference or sum.");
            }

            return null;
        }

        var count = parts?.Count ?? 0;
        if (kind == FormulaKind.Sum ? count < 2 : count != 2)
        {
            var expected = kind == FormulaKind.Sum ? "two indicators or more" : "exactly two indicators";
            problems.Fail("formula_parts", string.Create(CultureInfo.InvariantCulture,
                $"a {Tokens.Formulas.Format(kind.Value)} is computed from {expected}; {count} {(count == 1 ? "was" : "were")} given."));
            return null;
        }

        var codes = parts!.Select(part => new IndicatorCode(part)).ToArray();
        return kind switch
        {
            FormulaKind.Ratio => IndicatorFormula.Ratio(codes[0], codes[1]),
            FormulaKind.Share => IndicatorFormula.Share(codes[0], codes[1]),
            FormulaKind.Difference => IndicatorFormula.Difference(codes[0], codes[1]),
            _ => IndicatorFormula.Sum(codes),
        };
    }

    public static string FirstSentence(string message)
    {
        var end = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        var line = message.IndexOf('\n', StringComparison.Ordinal);
        var cut = (end, line) switch
        {
            (< 0, < 0) => message.Length,
            (< 0, _) => line,
            (_, < 0) => end,
            _ => Math.Min(end, line),
        };
        return message[..cut].TrimEnd();
    }
}
