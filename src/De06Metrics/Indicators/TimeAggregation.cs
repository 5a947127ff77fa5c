using System.Collections.Immutable;
using System.Globalization;
using De06Metrics.Measures;
using De06Metrics.Periods;

namespace De06Metrics.Indicators;

/// <summary>
/// Combines one indicator's figures of sub-periods into the figure of the period they make up, by the indicator's
/// <see cref="AccumulationKind"/>: months into a quarter, half-year, year or year to date, quarters into a half-year or
/// a year. The counterpart over time of <see cref="RollUp"/> over units.
/// </summary>
/// <remarks>
/// <para>The rules, for sub-period figures <c>v₁ … vₙ</c> in order:</para>
/// <list type="bullet">
/// <item><see cref="AccumulationKind.Flow"/>: <c>v₁ + … + vₙ</c> (10 + 20 + 30 = 60); a count of a total keeps its parts when every figure has them.</item>
/// <item><see cref="AccumulationKind.Stock"/> and <see cref="AccumulationKind.CumulativeToDate"/>: <c>vₙ</c>, the last.</item>
/// <item><see cref="AccumulationKind.RateFromParts"/>: <c>Σ numerators / Σ denominators</c> (45/50 and 40/50 give 85/100).</item>
/// <item><see cref="AccumulationKind.AverageOfLevels"/>: <c>(v₁ + … + vₙ) / n</c>, each sub-period counting once.</item>
/// </list>
/// <para>
/// A figure is never formed from part of its sub-periods: when one it needs is missing, the result has no value and
/// names the missing sub-periods (<see cref="TimeAggregate.Missing"/>). Stateless and thread-safe.
/// </para>
/// </remarks>
public static class TimeAggregation
{
    /// <summary>
    /// The sub-periods of kind <paramref name="subPeriodKind"/> that make up a period, in order: the three months of a
    /// quarter, the nine months of <c>9 tháng năm 2024</c>, the four quarters of a year.
    /// </summary>
    /// <param name="period">A quarter, half-year, year or year to date ending on the last day of a month (of a quarter, for quarters).</param>
    /// <param name="subPeriodKind"><see cref="PeriodKind.Month"/> or <see cref="PeriodKind.Quarter"/>.</param>
    /// <returns>The sub-periods, tiling the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The period is not made of whole sub-periods of that kind (a month of quarters, a year to date ending mid-month, a custom interval), or the kind is neither months nor quarters.</exception>
    public static ImmutableArray<ReportingPeriod> SubPeriods(ReportingPeriod period, PeriodKind subPeriodKind)
    {
        var (first, count) = Tiling(period, subPeriodKind);
        var builder = ImmutableArray.CreateBuilder<ReportingPeriod>(count);
        for (var i = 0; i < count; i++)
        {
            builder.Add(subPeriodKind == PeriodKind.Month
                ? ReportingPeriod.CreateMonth(period.Year, first + i)
                : ReportingPeriod.CreateQuarter(period.Year, first + i));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>
    /// Combines the figures of a period's sub-periods, given in order, one per sub-period (see <see cref="SubPeriods"/>),
    /// <see langword="null"/> where there is no figure.
    /// </summary>
    /// <param name="indicator">The indicator, whose accumulation kind applies.</param>
    /// <param name="period">The period to form.</param>
    /// <param name="subPeriodKind"><see cref="PeriodKind.Month"/> or <see cref="PeriodKind.Quarter"/>.</param>
    /// <param name="values">One figure per sub-period, in order; each must fit the indicator's measure.</param>
    /// <returns>The figure of the period, or why there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> or <paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The period is not made of whole sub-periods of that kind; there are not as many values as sub-periods; a value
    /// does not fit the measure (the message names the sub-period); or a sum passes decimal's range.
    /// </exception>
    public static TimeAggregate Aggregate(Indicator indicator, ReportingPeriod period, PeriodKind subPeriodKind, ReadOnlySpan<MeasuredValue?> values)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var (first, count) = Tiling(period, subPeriodKind);
        if (values.Length != count)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{period.ToString(null, CultureInfo.InvariantCulture)} has {count} sub-periods of kind {subPeriodKind}, but {values.Length} values were given."),
                nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value && !indicator.Measure.Accepts(value, out var problem))
            {
                throw new ArgumentException(
                    $"The value of {SubPeriod(period.Year, subPeriodKind, first + i).ToString(null, CultureInfo.InvariantCulture)} ({value}) does not fit indicator '{indicator.Code}': {problem}.",
                    nameof(values));
            }
        }

        var reason = CombineChecked(indicator, values, out var combined);
        var missing = ImmutableArray<ReportingPeriod>.Empty;
        if (reason == NotMeaningfulReason.SubPeriodsMissing)
        {
            var builder = ImmutableArray.CreateBuilder<ReportingPeriod>();
            var needsAll = NeedsEverySubPeriod(indicator.Accumulation);
            for (var i = needsAll ? 0 : values.Length - 1; i < values.Length; i++)
            {
                if (values[i] is null)
                {
                    builder.Add(SubPeriod(period.Year, subPeriodKind, first + i));
                }
            }

            missing = builder.ToImmutable();
        }

        return new TimeAggregate(indicator, period, subPeriodKind, combined, reason, missing);
    }

    /// <summary>
    /// Combines many rows of sub-period figures at once, without allocating: row <c>r</c>'s figures are
    /// <c>values[r × subPeriods .. (r + 1) × subPeriods]</c>, in order, and its result goes to <c>results[r]</c> with
    /// its reason in <c>reasons[r]</c>.
    /// </summary>
    /// <param name="indicator">The indicator, whose accumulation kind applies to every row.</param>
    /// <param name="subPeriods">How many sub-periods each row has (12 months of a year, 3 of a quarter); at least 1.</param>
    /// <param name="values">The figures, row after row; <see langword="null"/> where there is no figure. They are trusted to fit the measure.</param>
    /// <param name="results">Receives each row's figure, <see langword="null"/> when there is none.</param>
    /// <param name="reasons">Receives each row's reason, <see cref="NotMeaningfulReason.None"/> when there is a figure.</param>
    /// <returns>How many rows have no figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="subPeriods"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">The spans' lengths do not match, or a sum passes decimal's range.</exception>
    public static int AggregateBatch(Indicator indicator, int subPeriods, ReadOnlySpan<MeasuredValue?> values, Span<MeasuredValue?> results, Span<NotMeaningfulReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentOutOfRangeException.ThrowIfLessThan(subPeriods, 1);
        if (values.Length % subPeriods != 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{values.Length} values do not make whole rows of {subPeriods} sub-periods."), nameof(values));
        }

        var rows = values.Length / subPeriods;
        if (results.Length != rows)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"There are {rows} rows, but room for {results.Length} results."), nameof(results));
        }

        if (reasons.Length != rows)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"There are {rows} rows, but room for {reasons.Length} reasons."), nameof(reasons));
        }

        var incomplete = 0;
        for (var r = 0; r < rows; r++)
        {
            var reason = CombineChecked(indicator, values.Slice(r * subPeriods, subPeriods), out var combined);
            results[r] = combined;
            reasons[r] = reason;
            if (reason != NotMeaningfulReason.None)
            {
                incomplete++;
            }
        }

        return incomplete;
    }

    /// <summary>
    /// A sub-period's own flow from cumulative figures (<c>lũy kế</c>): the cumulative figure minus the one of the
    /// sub-period before (February 25, March 40: March's own flow is 15).
    /// </summary>
    /// <param name="indicator">An indicator whose figures are <see cref="AccumulationKind.CumulativeToDate"/>.</param>
    /// <param name="previous">The cumulative figure of the sub-period before, or <see langword="null"/> for the first of the year, whose own flow is its cumulative figure.</param>
    /// <param name="current">The cumulative figure of the sub-period.</param>
    /// <returns>The own flow.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The indicator is not cumulative to date, or the cumulative count fell (a count's own flow cannot be negative).</exception>
    public static MeasuredValue OwnFlow(Indicator indicator, MeasuredValue? previous, MeasuredValue current)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.Accumulation != AccumulationKind.CumulativeToDate)
        {
            throw new ArgumentException($"Indicator '{indicator.Code}' is {indicator.Accumulation}, not cumulative to date, so its figures are not differences of running totals.", nameof(indicator));
        }

        var flow = current.Value - (previous?.Value ?? 0m);
        if (flow < 0m && indicator.Measure.Kind == MeasureKind.Count)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Indicator '{indicator.Code}': the cumulative count fell from {previous?.Value} to {current.Value}, so the own flow would be negative ({flow})."),
                nameof(current));
        }

        return MeasuredValue.Of(flow);
    }

    /// <summary>Whether the kind needs every sub-period's figure (flows, rates from parts, averages) or only the last (stocks, cumulative figures).</summary>
    internal static bool NeedsEverySubPeriod(AccumulationKind kind) =>
        kind is not (AccumulationKind.Stock or AccumulationKind.CumulativeToDate);

    private static NotMeaningfulReason CombineChecked(Indicator indicator, ReadOnlySpan<MeasuredValue?> values, out MeasuredValue? combined)
    {
        try
        {
            return Combine(indicator.Accumulation, indicator.Measure.Kind, values, out combined);
        }
        catch (OverflowException e)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Combining {values.Length} figures of indicator '{indicator.Code}' as {indicator.Accumulation} passes the range of decimal (±7,9 × 10^28)."),
                nameof(values), e);
        }
    }

    private static NotMeaningfulReason Combine(AccumulationKind kind, MeasureKind measure, ReadOnlySpan<MeasuredValue?> values, out MeasuredValue? combined)
    {
        combined = null;
        if (!NeedsEverySubPeriod(kind))
        {
            if (values[^1] is not { } last)
            {
                return NotMeaningfulReason.SubPeriodsMissing;
            }

            combined = last;
            return NotMeaningfulReason.None;
        }

        decimal total = 0m, numerator = 0m, denominator = 0m;
        var allParts = true;
        foreach (var item in values)
        {
            if (item is not { } value)
            {
                return NotMeaningfulReason.SubPeriodsMissing;
            }

            total += value.Value;
            if (value.HasParts)
            {
                numerator += value.Numerator!.Value;
                denominator += value.Denominator!.Value;
            }
            else
            {
                allParts = false;
            }
        }

        switch (kind)
        {
            case AccumulationKind.RateFromParts:
                if (!allParts)
                {
                    return NotMeaningfulReason.SubPeriodsWithoutParts;
                }

                combined = MeasuredValue.FromRateParts(numerator, denominator);
                return NotMeaningfulReason.None;
            case AccumulationKind.Flow:
                // A count of a total keeps its parts when every figure has them, as across units.
                combined = allParts && measure == MeasureKind.Count ? MeasuredValue.FromCountOfTotal(total, denominator) : MeasuredValue.Of(total);
                return NotMeaningfulReason.None;
            default:
                combined = MeasuredValue.Of(total / values.Length);
                return NotMeaningfulReason.None;
        }
    }

    private static ReportingPeriod SubPeriod(int year, PeriodKind kind, int ordinal) =>
        kind == PeriodKind.Month ? ReportingPeriod.CreateMonth(year, ordinal) : ReportingPeriod.CreateQuarter(year, ordinal);

    // The first sub-period's ordinal and how many there are.
    private static (int First, int Count) Tiling(ReportingPeriod period, PeriodKind subPeriodKind)
    {
        ArgumentNullException.ThrowIfNull(period);
        var months = subPeriodKind switch
        {
            PeriodKind.Month => 1,
            PeriodKind.Quarter => 3,
            _ => throw new ArgumentException($"Figures combine over months or quarters; {subPeriodKind} was given.", nameof(subPeriodKind)),
        };
        // A month is no period of months, nor a quarter one of quarters: each is its own figure.
        var longer = period.Kind is PeriodKind.Year or PeriodKind.HalfYear or PeriodKind.YearToDate ||
            (period.Kind == PeriodKind.Quarter && subPeriodKind == PeriodKind.Month);
        var tiled = longer && period.Start.Day == 1 && ReportingPeriod.IsLastDayOfMonth(period.End) &&
            (period.Start.Month - 1) % months == 0 && period.End.Month % months == 0;
        if (!tiled)
        {
            throw new ArgumentException(
                $"{period.ToString(null, CultureInfo.InvariantCulture)} ({period.Kind}) is not made of whole {(months == 1 ? "months" : "quarters")} longer than itself.",
                nameof(period));
        }

        return ((period.Start.Month - 1) / months + 1, (period.End.Month - period.Start.Month + 1) / months);
    }
}
