using System.Globalization;
using De06Metrics.Evaluation;
using De06Metrics.Growth;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Timeline;

namespace De06Metrics.Serialization;

/// <summary>
/// The scorecard's options that change its results, as the files keep them: the JSON file's <c>options</c> object and
/// the CSV folder's settings. Only the options that differ from <see cref="ScorecardOptions.Default"/> are written, in
/// a fixed order, so that a file without them reads as the defaults and a file read and written again is the same.
/// The band scheme and the sentence templates (the host's presentation) and the publication day (asked per
/// evaluation, as the as-of day is) are not kept. Stateless.
/// </summary>
internal static class OptionRules
{
    /// <summary>Each option: its JSON name and its CSV setting, in the order they are written.</summary>
    public static readonly (string Json, string Csv)[] Names =
    [
        ("tolerance", "tolerance"),
        ("comparison", "comparison"),
        ("comparisonPeriod", "comparison_period"),
        ("deriveFromChildren", "derive_from_children"),
        ("acrossUnitChanges", "across_unit_changes"),
        ("figures", "figures"),
        ("requireNoteWhenNotMet", "require_note_when_not_met"),
        ("acrossPeriodKinds", "across_period_kinds"),
    ];

    public static readonly TokenSet<PeriodComparison> Comparisons = new(
        ("samePeriodLastYear", PeriodComparison.SamePeriodLastYear), ("previousPeriod", PeriodComparison.PreviousPeriod));

    public static readonly TokenSet<UnitChangeComparison> UnitChanges = new(
        ("restateBase", UnitChangeComparison.RestateBase), ("notComparable", UnitChangeComparison.NotComparable));

    public static readonly TokenSet<FigureChoice> Figures = new(
        ("evaluatedPeriod", FigureChoice.EvaluatedPeriod), ("latestAvailable", FigureChoice.LatestAvailable));

    public static readonly TokenSet<PeriodKindMismatch> PeriodKinds = new(
        ("flag", PeriodKindMismatch.Flag), ("allow", PeriodKindMismatch.Allow), ("refuse", PeriodKindMismatch.Refuse));

    /// <summary>The options that differ from the defaults, by JSON name, with their values: a decimal, a bool or a word.</summary>
    public static IEnumerable<(string Json, string Csv, object Value)> Written(ScorecardOptions options)
    {
        var defaults = ScorecardOptions.Default;
        if (options.Evaluation.Tolerance != defaults.Evaluation.Tolerance)
        {
            yield return Named(0, options.Evaluation.Tolerance);
        }

        if (options.Comparison != defaults.Comparison)
        {
            yield return Named(1, Comparisons.Format(options.Comparison));
        }

        if (options.ComparisonPeriod is { } period)
        {
            yield return Named(2, period.ToString("I", null));
        }

        if (options.DeriveFromChildren != defaults.DeriveFromChildren)
        {
            yield return Named(3, options.DeriveFromChildren);
        }

        if (options.AcrossUnitChanges != defaults.AcrossUnitChanges)
        {
            yield return Named(4, UnitChanges.Format(options.AcrossUnitChanges));
        }

        if (options.Figures != defaults.Figures)
        {
            yield return Named(5, Figures.Format(options.Figures));
        }

        if (options.RequireNoteWhenNotMet != defaults.RequireNoteWhenNotMet)
        {
            yield return Named(6, options.RequireNoteWhenNotMet);
        }

        if (options.AcrossPeriodKinds != defaults.AcrossPeriodKinds)
        {
            yield return Named(7, PeriodKinds.Format(options.AcrossPeriodKinds));
        }

        static (string, string, object) Named(int index, object value) => (Names[index].Json, Names[index].Csv, value);
    }

    /// <summary>A value as a CSV cell: a decimal with the file's separator, a bool as <c>true</c> or <c>false</c>, a word as it is.</summary>
    public static string CsvText(object value, bool decimalComma) => value switch
    {
        decimal number => decimalComma
            ? number.ToString(CultureInfo.InvariantCulture).Replace('.', ',')
            : number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => (string)value,
    };

    /// <summary>
    /// The options as they are read, each left out keeping its default; set one at a time by <see cref="TrySet"/>.
    /// </summary>
    public sealed class Spec
    {
        private decimal tolerance;
        private PeriodComparison comparison = PeriodComparison.SamePeriodLastYear;
        private ReportingPeriod? comparisonPeriod;
        private bool deriveFromChildren = true;
        private UnitChangeComparison acrossUnitChanges = UnitChangeComparison.RestateBase;
        private FigureChoice figures = FigureChoice.EvaluatedPeriod;
        private bool requireNote;
        private PeriodKindMismatch acrossPeriodKinds = PeriodKindMismatch.Flag;

        /// <summary>Whether any option was read.</summary>
        public bool Any { get; private set; }

        /// <summary>The options read; <see langword="null"/> when none was.</summary>
        public ScorecardOptions? ToOptions() => Any
            ? new ScorecardOptions(
                tolerance == 0m ? null : new EvaluationOptions(tolerance),
                comparison,
                comparisonPeriod,
                deriveFromChildren,
                acrossUnitChanges: acrossUnitChanges,
                figures: figures,
                requireNoteWhenNotMet: requireNote,
                acrossPeriodKinds: acrossPeriodKinds)
            : null;

        /// <summary>
        /// Sets the option of this index from text (a JSON string, number or literal, or a CSV cell), or says what was
        /// expected.
        /// </summary>
        public bool TrySet(int index, string text, out string expected)
        {
            text = text.Trim();
            expected = string.Empty;
            switch (index)
            {
                case 0:
                    expected = "a tolerance, a number not below 0 in the measure's own difference unit (0.5)";
                    if (text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c is '.' or ',') && text.Count(c => c is '.' or ',') <= 1 &&
                        decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                    {
                        tolerance = value;
                        return Set();
                    }

                    return false;
                case 1:
                    expected = Comparisons.Expected;
                    return Comparisons.TryParse(text, out comparison) && Set();
                case 2:
                    expected = "a period such as '2023', '2024-Q1' or 'Quý I/2024'";
                    var parsed = ReportingPeriodPattern.Vietnamese.Parse(text);
                    if (!parsed.Success)
                    {
                        parsed = ReportingPeriodPattern.Iso.Parse(text);
                    }

                    if (parsed.Success)
                    {
                        comparisonPeriod = parsed.Value;
                        return Set();
                    }

                    return false;
                case 3:
                    expected = "true or false";
                    return TryBool(text, ref deriveFromChildren) && Set();
                case 4:
                    expected = UnitChanges.Expected;
                    return UnitChanges.TryParse(text, out acrossUnitChanges) && Set();
                case 5:
                    expected = Figures.Expected;
                    return Figures.TryParse(text, out figures) && Set();
                case 6:
                    expected = "true or false";
                    return TryBool(text, ref requireNote) && Set();
                default:
                    expected = PeriodKinds.Expected;
                    return PeriodKinds.TryParse(text, out acrossPeriodKinds) && Set();
            }
        }

        private bool Set() => Any = true;

        private static bool TryBool(string text, ref bool value)
        {
            var yes = string.Equals(text, "true", StringComparison.OrdinalIgnoreCase);
            if (!yes && !string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            value = yes;
            return true;
        }
    }
}
