using System.Collections.Immutable;
using De06Metrics.Evaluation;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Scorecards;

/// <summary>
/// What lags, sent back to the units that own it: for each lead unit ("chủ trì"), the indicators not met, behind
/// schedule, declining against the earlier period, or without data, most severe first, with the coordinating units
/// ("phối hợp") named on each item.
/// </summary>
/// <remarks>
/// <para>
/// Sections follow the order of the units the result was evaluated in (<see cref="ScorecardResult.Units"/>); a unit
/// with nothing lagging has no section.
/// </para>
/// <para>
/// For a scorecard built on a <see cref="UnitTimeline"/>, a responsibility that names a unit no longer in force on the
/// report's date (its as-of date, or the period's end) is carried over to that date's units
/// (<see cref="UnitTimeline.MapResponsibility"/>): the item goes under the successor's section and says which unit
/// it was assigned to ("giao cho Sở Thông tin và Truyền thông, nay là Sở Khoa học và Công nghệ"). A lead with no
/// single successor (abolished with nobody named, or split into several units) keeps a section of its own, after the
/// others, that says why (<see cref="LaggingSection.LeadSuccession"/>).
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class LaggingReport
{
    private LaggingReport(ScorecardResult result, ImmutableArray<LaggingSection> sections)
    {
        Result = result;
        Sections = sections;
    }

    /// <summary>The result the report was drawn from.</summary>
    public ScorecardResult Result { get; }

    /// <summary>One section per lead unit with something lagging.</summary>
    public ImmutableArray<LaggingSection> Sections { get; }

    /// <summary>Every item, in section order.</summary>
    public IEnumerable<LaggingItem> Items => Sections.SelectMany(section => section.Items);

    /// <summary>Whether nothing lags.</summary>
    public bool IsEmpty => Sections.IsEmpty;

    internal static LaggingReport From(ScorecardResult result, ScorecardTree? tree)
    {
        var registry = result.Units;
        var timeline = result.Scorecard.Timeline;
        var reportDate = result.AsOf ?? result.Period.End;
        Func<UnitId, LocalizedText> nameOf = result.NameOf;
        var items = result.Rows
            .Select(row => (Row: row, Reasons: ReasonsOf(row)))
            .Where(item => item.Reasons != LaggingReasons.None)
            .Select(item => new LaggingItem(
                item.Row, item.Reasons, SeverityOf(item.Row, item.Reasons), nameOf, result.CarryOver(item.Row), timeline, tree?.GroupsOf(item.Row.Indicator.Code) ?? []))
            .ToList();
        var byLead = items.ToLookup(item => item.Responsibility.Lead);
        var sections = registry.Units
            .Where(unit => byLead.Contains(unit.Id))
            .Select(unit => new LaggingSection(unit, [.. byLead[unit.Id].OrderByDescending(item => item.Severity)], null, timeline, null))
            .ToList();

        // Leads that have gone with no single successor keep their own sections, after the others, saying why; so do
        // leads that come into force only after the report's date.
        foreach (var lead in items.Select(item => item.Responsibility.Lead).Where(lead => !registry.Contains(lead)).Distinct())
        {
            var held = byLead[lead].ToList();
            var succession = held.Select(item => item.CarriedOver?.Lead).FirstOrDefault(lead => lead is not null);
            sections.Add(new LaggingSection(
                timeline!.VersionsOf(lead)[^1].Unit, [.. held.OrderByDescending(item => item.Severity)], succession, timeline, succession is null ? reportDate : null));
        }

        return new LaggingReport(result, [.. sections]);
    }

    /// <summary>Writes the report as plain text: a heading per lead unit, one line per item.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text; a single line saying nothing lags when the report is empty.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (IsEmpty)
        {
            return language[Phrase.ScorecardNothingLags];
        }

        var lines = new List<string>();
        foreach (var section in Sections)
        {
            lines.Add(section.Describe(language));
            lines.AddRange(section.Items.Select((item, i) => $"  {i + 1}. {item.Describe(language)}"));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static LaggingReasons ReasonsOf(ScorecardRow row)
    {
        var reasons = LaggingReasons.None;
        if (row.Target is not null && row.Actual is null)
        {
            reasons |= LaggingReasons.NoData;
        }

        if (row.Status == TargetStatus.NotMet)
        {
            reasons |= LaggingReasons.NotMet;
        }

        if (row.IsBehindSchedule)
        {
            reasons |= LaggingReasons.BehindSchedule;
        }

        if (row.IsDeclining)
        {
            reasons |= LaggingReasons.Declining;
        }

        return reasons;
    }

    private static decimal SeverityOf(ScorecardRow row, LaggingReasons reasons)
    {
        var gap = 0m;
        if (reasons.HasFlag(LaggingReasons.NoData))
        {
            gap = 1m;
        }

        if (reasons.HasFlag(LaggingReasons.NotMet))
        {
            gap = Math.Max(gap, row.Evaluation!.Attainment.TryGetValue(out var attainment) ? Math.Max(0m, 1m - attainment) : 1m);
        }

        if (reasons.HasFlag(LaggingReasons.BehindSchedule) && row.Schedule is { ExpectedValue: > 0m, Gap: { } shortfall } schedule)
        {
            gap = Math.Max(gap, Math.Abs(shortfall) / schedule.ExpectedValue);
        }

        // Behind the share of a containing period's plan expected by now: the shortfall on what was expected.
        if (reasons.HasFlag(LaggingReasons.BehindSchedule) && row.PlanShare is { ExpectedValue: { } expected and > 0m, Actual: { } reached })
        {
            gap = Math.Max(gap, Math.Abs(expected - reached.Value) / expected);
        }

        if (reasons.HasFlag(LaggingReasons.Declining))
        {
            gap = Math.Max(gap, row.RelativeChange is { Amount: { } percent } ? Math.Abs(percent) / 100m : 0.1m);
        }

        var countedTo = row.AsOf ?? row.Period.End;
        var elapsed = row.Period.ElapsedFraction(countedTo);
        return gap * (1m + elapsed);
    }

    /// <summary>
    /// Carries a row's responsibility over to the units of the report's date when it names a unit no longer in force
    /// then (a department merged, a district abolished); <see langword="null"/> when every unit it names is in force,
    /// or the scorecard has no timeline.
    /// </summary>
    /// <remarks>
    /// The assignment date is the target's source date when the responsibility is the target's and its source gives one,
    /// else the start of the row's period; it is moved to the first day all the named units existed, and no later than
    /// the report's date, so that a responsibility is always followed from a day its units stood.
    /// </remarks>
    internal static ResponsibilityMapping? Carry(UnitTimeline? timeline, UnitRegistry units, ScorecardRow row, LocalDate reportDate)
    {
        var responsibility = row.Responsibility;
        if (timeline is null || responsibility.All.All(units.Contains))
        {
            return null;
        }

        // A unit that comes into force only after the report's date has no successor to map to: the item stays with it.
        if (responsibility.All.Any(unit => timeline.ValidityOf(unit).Start is { } first && first > reportDate))
        {
            return null;
        }

        var assignedOn = row.Target is { Responsibility: not null, Source.IssuedOn: { } issued } ? issued : row.Period.Start;
        foreach (var unit in responsibility.All)
        {
            if (timeline.ValidityOf(unit).Start is { } first && first > assignedOn)
            {
                assignedOn = first;
            }
        }

        if (assignedOn > reportDate)
        {
            assignedOn = reportDate;
        }

        return timeline.MapResponsibility(responsibility, assignedOn, reportDate, row.Indicator.Code);
    }
}
