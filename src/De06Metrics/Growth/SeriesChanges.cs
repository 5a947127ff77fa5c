using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Text;

namespace De06Metrics.Growth;

/// <summary>
/// Period-over-period changes along a series: each period against the same period a year earlier ("cùng kỳ") or
/// against the period before, paired through the period model, never by position.
/// </summary>
/// <remarks>
/// <para>
/// Every period of the series gets one result, in order. When the series has no value for the base period — the
/// first periods of a series, or a quarter that was never reported — the result is a gap
/// (<see cref="PeriodChange.IsGap"/>), not a comparison with whichever value happens to come before.
/// </para>
/// <para>
/// The comparison label comes from the base period: "cùng kỳ năm 2023" / "Q1 2023" for the same period last year
/// ("năm 2023" / "2023" for whole years), the base period's own label for the period before ("Quý IV/2023",
/// "tháng 12/2023" / "Q4 2023", "December 2023"). Vietnamese labels other than quarters are written with a small
/// letter, as they stand mid-sentence.
/// </para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class SeriesChanges
{
    /// <summary>Compares each period of a series with an earlier period of the same series.</summary>
    /// <param name="indicator">The indicator; not a rank or yes/no.</param>
    /// <param name="series">The values, in strictly increasing period order (<see cref="ReportingPeriod"/>'s order); each period once.</param>
    /// <param name="comparison">Which earlier period to compare with.</param>
    /// <param name="kind">
    /// <see cref="ChangeKind.Percent"/> for relative changes, or the indicator's absolute kind
    /// (<see cref="ChangeKind.PercentagePoints"/> for a rate, <see cref="ChangeKind.Units"/> otherwise).
    /// </param>
    /// <returns>One result per period, in the series' order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> or <paramref name="series"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The series is out of order or repeats a period, holds a <c>default</c> value, the kind does not fit the
    /// measure, or the indicator is a rank or yes/no.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="comparison"/> or <paramref name="kind"/> is not defined.</exception>
    public static IReadOnlyList<PeriodChange> Compare(Indicator indicator, IEnumerable<PeriodValue> series, PeriodComparison comparison, ChangeKind kind)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(series);
        if (!Enum.IsDefined(comparison))
        {
            throw new ArgumentOutOfRangeException(nameof(comparison), comparison, $"Period comparison {(int)comparison} is not defined.");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Change kind {(int)kind} is not defined.");
        }

        var measure = indicator.Measure;
        if (kind != ChangeKind.Percent && kind != ValueChange.AbsoluteKind(measure))
        {
            throw new ArgumentException(
                $"A change of indicator '{indicator.Code}' ({measure}) is in {ValueChange.AbsoluteKind(measure)} or {ChangeKind.Percent}, not {kind}.", nameof(kind));
        }

        // Validates the measure (no rank, no yes/no) once, before any pairing.
        _ = ValueChange.Absolute(indicator, 0m, 0m);

        var values = series.ToArray();
        EnsureOrdered(values, nameof(series));
        var byPeriod = values.ToDictionary(v => v.Period, v => v.Value);
        var results = new PeriodChange[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var current = values[i];
            var basePeriod = BasePeriodOf(current.Period, comparison);
            if (basePeriod is null || !byPeriod.TryGetValue(basePeriod, out var baseValue))
            {
                results[i] = new PeriodChange(current, comparison, basePeriod, null, null);
                continue;
            }

            var change = ValueChange.Create(kind, baseValue, current.Value, measure, indicator.Polarity, indicator.DisplayDecimals)
                .WithComparison(ComparisonLabel(basePeriod, comparison));
            results[i] = new PeriodChange(current, comparison, basePeriod, baseValue, change);
        }

        return Array.AsReadOnly(results);
    }

    /// <summary>
    /// Compares each observation with an earlier one of the same indicator and unit (see
    /// <see cref="Compare(Indicator, IEnumerable{PeriodValue}, PeriodComparison, ChangeKind)"/>). An observation
    /// counted to an "as of" date inside its period is compared as its period's value.
    /// </summary>
    /// <param name="indicator">The indicator; every observation must be of it.</param>
    /// <param name="observations">Observations of one unit, in strictly increasing period order.</param>
    /// <param name="comparison">Which earlier period to compare with.</param>
    /// <param name="kind">The kind of change.</param>
    /// <returns>One result per observation, in order.</returns>
    /// <exception cref="ArgumentNullException">An argument or an observation is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// An observation is of another indicator or unit, or any of the conditions of the other overload.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="comparison"/> or <paramref name="kind"/> is not defined.</exception>
    public static IReadOnlyList<PeriodChange> Compare(Indicator indicator, IEnumerable<Observation> observations, PeriodComparison comparison, ChangeKind kind)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(observations);
        var list = observations.ToArray();
        for (var i = 0; i < list.Length; i++)
        {
            var observation = list[i] ?? throw new ArgumentNullException(nameof(observations), $"Observation {i} is null.");
            if (observation.Indicator != indicator.Code)
            {
                throw new ArgumentException(
                    $"Observation {i} is of indicator '{observation.Indicator}', not '{indicator.Code}'.", nameof(observations));
            }

            if (observation.Unit != list[0].Unit)
            {
                throw new ArgumentException(
                    $"Observation {i} is of unit '{observation.Unit}', not '{list[0].Unit}': a series is of one unit.", nameof(observations));
            }
        }

        return Compare(indicator, list.Select(o => new PeriodValue(o.Period, o.Value.Value)), comparison, kind);
    }

    /// <summary>The label of a base period, written in whichever language it is read ("cùng kỳ năm 2023" / "Q1 2023").</summary>
    internal static LocalizedText ComparisonLabel(ReportingPeriod basePeriod, PeriodComparison comparison) =>
        new(language => ComparisonLabel(basePeriod, comparison, language));

    /// <summary>The label of a base period in a language: "cùng kỳ năm 2023", "năm 2023", "tháng 12/2023" / "Q1 2023".</summary>
    internal static string ComparisonLabel(ReportingPeriod basePeriod, PeriodComparison comparison, Language language)
    {
        if (comparison == PeriodComparison.SamePeriodLastYear)
        {
            var year = basePeriod.Year.ToString(CultureInfo.InvariantCulture);
            var phrase = basePeriod.Kind == PeriodKind.Year ? Phrase.ChangeBaseLastYear : Phrase.ChangeBaseSamePeriodLastYear;
            return language.Format(phrase, basePeriod.ToString(language), year);
        }

        return PeriodText.InSentence(basePeriod, language);
    }

    private static ReportingPeriod? BasePeriodOf(ReportingPeriod period, PeriodComparison comparison)
    {
        try
        {
            return comparison == PeriodComparison.SamePeriodLastYear ? period.SamePeriodLastYear() : period.Previous();
        }
        catch (InvalidOperationException)
        {
            // The base would fall before the supported range (1900): there is none to compare with.
            return null;
        }
    }

    private static void EnsureOrdered(PeriodValue[] values, string paramName)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] == default)
            {
                throw new ArgumentException($"Value {i} of the series is default(PeriodValue), which has no period.", paramName);
            }

            if (i == 0)
            {
                continue;
            }

            var (previous, current) = (values[i - 1].Period, values[i].Period);
            var order = current.CompareTo(previous);
            if (order == 0)
            {
                throw new ArgumentException(
                    $"Values {i - 1} and {i} are both for {current.ToString("I", null)}; each period may appear once.", paramName);
            }

            if (order < 0)
            {
                throw new ArgumentException(
                    $"Value {i} ({current.ToString("I", null)}) comes before value {i - 1} ({previous.ToString("I", null)}); give the series in period order.", paramName);
            }
        }
    }
}
