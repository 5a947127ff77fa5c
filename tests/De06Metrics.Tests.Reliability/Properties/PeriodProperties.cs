using De06Metrics.Periods;
using De06Metrics.Tests.Reliability.Support;
using De06Metrics.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace De06Metrics.Tests.Reliability.Properties;

/// <summary>Stepping between periods and writing then reading their labels lose nothing, for every kind of period.</summary>
[Properties(Replay = Seeds.Replay, MaxTest = Seeds.Cases)]
public class PeriodProperties
{
    /// <summary>
    /// Previous and Next undo each other, with one documented exception: a year-to-date (or custom period) ending on
    /// 28 February of a leap year. Stepping a year keeps a month's last day the last day (docs/periods.md), so both
    /// 28/2/2024 and 29/2/2024 step back to 28/2/2023, and 28/2/2023 steps forward to 29/2/2024 only.
    /// </summary>
    [Property]
    public Property Next_undoes_Previous_and_Previous_undoes_Next() =>
        Prop.ForAll(Arb.From(Generators.Period), period =>
        {
            var expected = IsLeapFebruary28YearToDate(period) ? ReportingPeriod.YearToDate(period.End.PlusDays(1)) : period;
            var back = Step(period, p => p.Previous()) is { } previous ? previous.Next() : expected;
            var forth = Step(period, p => p.Next()) is { } next ? next.Previous() : expected;
            return (back.Equals(expected) && forth.Equals(expected)).Label($"{period:I}: Next(Previous) = {back:I}, Previous(Next) = {forth:I}");
        });

    [Property]
    public Property Previous_comes_before_and_Next_after_without_overlap() =>
        Prop.ForAll(Arb.From(Generators.Period), period =>
        {
            var previous = Step(period, p => p.Previous());
            var next = Step(period, p => p.Next());
            // A year-to-date steps a whole year (its neighbours all start on 1 January), so only order is asked of it.
            var disjoint = period.Kind == PeriodKind.YearToDate
                || ((previous is null || previous.End < period.Start) && (next is null || next.Start > period.End));
            return ((previous is null || previous.CompareTo(period) < 0) && (next is null || next.CompareTo(period) > 0) && disjoint)
                .Label($"{previous:I} < {period:I} < {next:I}");
        });

    [Property]
    public Property Every_label_reads_back_as_the_same_period_in_Vietnamese_English_and_the_ISO_form() =>
        Prop.ForAll(Arb.From(Generators.Period), period =>
        {
            string[] labels = [period.ToString(Language.Vietnamese), period.ToString(Language.English), period.ToString("I", null),
                ReportingPeriodPattern.Vietnamese.Format(period), ReportingPeriodPattern.English.Format(period), ReportingPeriodPattern.Iso.Format(period)];
            foreach (var label in labels)
            {
                var parsed = ReportingPeriodPattern.Vietnamese.Parse(label);
                if (!parsed.Success || !parsed.Value.Equals(period) || !ReportingPeriod.TryParse(label, out var tried) || !tried.Equals(period))
                {
                    return false.Label($"'{label}' of {period:I} read back as {(parsed.Success ? parsed.Value.ToString("I", null) : parsed.Exception.Message)}");
                }
            }

            return true.ToProperty();
        });

    [Property]
    public Property Elapsed_days_grow_one_a_day_from_0_before_the_start_to_the_length_at_the_end() =>
        Prop.ForAll(Arb.From(Generators.Period), Arb.From(Gen.Choose(-400, 400)), (period, offset) =>
        {
            if (period.Start.Year == ReportingPeriod.MinYear || period.End.Year == ReportingPeriod.MaxYear)
            {
                return true.ToProperty(); // NodaTime's range ends near 9999; the edges are covered by the hostile-input catalogue.
            }

            var asOf = period.Start.PlusDays(offset);
            var elapsed = period.ElapsedDays(asOf);
            var expected = Math.Clamp(offset + 1, 0, period.LengthInDays);
            var fraction = period.ElapsedFraction(asOf);
            return (elapsed == expected && fraction == (decimal)expected / period.LengthInDays && fraction is >= 0m and <= 1m
                    && period.DaysRemaining(asOf) == period.LengthInDays - expected)
                .Label($"{period:I} as of {asOf}: {elapsed} days, fraction {fraction}");
        });

    private static ReportingPeriod? Step(ReportingPeriod period, Func<ReportingPeriod, ReportingPeriod> step)
    {
        try
        {
            return step(period);
        }
        catch (InvalidOperationException) when (period.Start.Year <= ReportingPeriod.MinYear + 1 || period.End.Year >= ReportingPeriod.MaxYear - 1)
        {
            return null; // no neighbour outside 1900–9999; anywhere else the exception is a failure
        }
    }

    private static bool IsLeapFebruary28YearToDate(ReportingPeriod period) =>
        period.Kind == PeriodKind.YearToDate && period.End.Month == 2 && period.End.Day == 28 && CalendarSystem.Iso.IsLeapYear(period.End.Year);
}
