using System.Collections.Immutable;
using De06Metrics.Evaluation;
using De06Metrics.Growth;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Scorecards;

/// <summary>
/// What lags, sent back to the units that own it: for each lead unit ("chủ trì"), the indicators not met, behind
/// schedule, off their trajectory, declining against the earlier period, or without data, most severe first, with the
/// coordinating units ("phối hợp") named on each item.
/// </summary>
/// <remarks>
/// <para>
/// A row off its trajectory (<see cref="ScorecardRow.TrajectoryCheck"/> off track: short of the milestone of its
/// period's year) lags with <see cref="LaggingReasons.OffTrack"/> even when its own target is met or it has none: the
/// year's milestone is a commitment of its own, as a plan's expected share is.
/// </para>
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

    /// <summary>
    /// How many items a view lists under each lead unit before it counts the rest ("và 15 chỉ tiêu khác" / "and 15
    /// more"): the terminal, Markdown, HTML and notebook views. The workbook and the CSV results keep every item.
    /// </summary>
    public const int ListedPerLead = 10;

    /// <summary>
    /// The lagging report of a result, section by section, for a report too large to hold whole: the sections and their
    /// order are those of <see cref="ScorecardResult.Lagging()"/>, and each section's items, read through
    /// <see cref="LaggingSection.EnumerateItems"/>, are made as they are read and not kept.
    /// </summary>
    /// <param name="result">The evaluated scorecard.</param>
    /// <param name="tree">The scorecard's weighted tree, which places each item in its area and objective; <see langword="null"/> for none.</param>
    /// <returns>
    /// The sections, made when first read: one pass over the rows in order keeps, for each lagging row, its position
    /// and severity and nothing of its text. Each enumeration makes the pass again.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static IEnumerable<LaggingSection> Stream(ScorecardResult result, ScorecardTree? tree = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return StreamSections(result, tree);
    }

    internal static LaggingReport From(ScorecardResult result, ScorecardTree? tree) =>
        new(result, [.. StreamSections(result, tree).Select(section => section.Whole())]);

    private static IEnumerable<LaggingSection> StreamSections(ScorecardResult result, ScorecardTree? tree)
    {
        var registry = result.Units;
        var timeline = result.Scorecard.Timeline;
        var reportDate = result.AsOf ?? result.Period.End;
        var rows = result.Rows;

        // One pass over the rows in order: per lead, the position and severity of each lagging row, in row order.
        var byLead = new Dictionary<UnitId, Held>();
        var gone = new List<UnitId>();
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            var reasons = ReasonsOf(row);
            if (reasons == LaggingReasons.None)
            {
                continue;
            }

            var carried = result.CarryOver(row);
            var lead = (carried?.Mapped ?? row.Responsibility).Lead;
            if (!byLead.TryGetValue(lead, out var held))
            {
                held = new Held();
                byLead.Add(lead, held);
                if (!registry.Contains(lead))
                {
                    gone.Add(lead);
                }
            }

            held.Rows.Add(new Entry(i, SeverityOf(row, reasons)));
            held.Succession ??= carried?.Lead;
        }

        foreach (var unit in registry.Units)
        {
            if (byLead.TryGetValue(unit.Id, out var held))
            {
                yield return Section(unit, held, null, null);
            }
        }

        // Leads that have gone with no single successor keep their own sections, after the others, saying why; so do
        // leads that come into force only after the report's date.
        foreach (var lead in gone)
        {
            var held = byLead[lead];
            yield return Section(timeline!.VersionsOf(lead)[^1].Unit, held, held.Succession, held.Succession is null ? reportDate : null);
        }

        LaggingSection Section(ResponsibleUnit lead, Held held, UnitSuccession? succession, LocalDate? notYetOn)
        {
            // Most severe first; among equals, row order.
            var entries = held.Rows.ToArray();
            Array.Sort(entries, static (a, b) => b.Severity.CompareTo(a.Severity) is var bySeverity and not 0 ? bySeverity : a.Row.CompareTo(b.Row));
            return new LaggingSection(lead, entries.Length, () => Items(entries), succession, timeline, notYetOn);
        }

        IEnumerable<LaggingItem> Items(Entry[] entries)
        {
            Func<UnitId, LocalizedText> nameOf = result.NameOf;
            foreach (var entry in entries)
            {
                var row = rows[entry.Row];
                yield return new LaggingItem(
                    row, ReasonsOf(row), entry.Severity, nameOf, result.CarryOver(row), timeline, tree?.GroupsOf(row.Indicator.Code) ?? []);
            }
        }
    }

    /// <summary>
    /// The lines of <see cref="Describe(Language)"/> for sections as <see cref="Stream"/> gives them, made as they are
    /// read: a heading per lead unit, then its items numbered; with <paramref name="listedPerLead"/>, at most that many
    /// items per lead unit, then a line that counts the rest ("  và 15 chỉ tiêu khác").
    /// </summary>
    internal static IEnumerable<string> DescribeLines(IEnumerable<LaggingSection> sections, Language language, int? listedPerLead)
    {
        var any = false;
        foreach (var section in sections)
        {
            any = true;
            yield return section.Describe(language);
            var number = 0;
            foreach (var item in section.EnumerateItems())
            {
                if (number == listedPerLead)
                {
                    break;
                }

                yield return $"  {++number}. {item.Describe(language)}";
            }

            if (section.Count > number)
            {
                yield return "  " + DescribeMore(section.Count - number, language);
            }
        }

        if (!any)
        {
            yield return language[Phrase.ScorecardNothingLags];
        }
    }

    /// <summary>The line that counts the items a capped list leaves out: "và 15 chỉ tiêu khác" / "and 15 more".</summary>
    internal static string DescribeMore(int more, Language language) => language.Format(Phrase.HtmlReportLaggingMore, language.FormatNumber(more, 0));

    /// <summary>Writes the report as plain text: a heading per lead unit, one line per item.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text; a single line saying nothing lags when the report is empty.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return string.Join(Environment.NewLine, DescribeLines(Sections, language, null));
    }

    internal static LaggingReasons ReasonsOf(ScorecardRow row)
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

        // Off the trajectory lags whatever the target says: a row met on its target but short of its year's milestone.
        if (row.TrajectoryCheck is { Status: TrajectoryStatus.OffTrack })
        {
            reasons |= LaggingReasons.OffTrack;
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

        // Off the trajectory: the distance from the milestone on the milestone (1 when the milestone is zero).
        if (reasons.HasFlag(LaggingReasons.OffTrack) && row.TrajectoryCheck is { } check)
        {
            gap = Math.Max(gap, check.Milestone.Value == 0m ? 1m : Math.Abs(check.Gap) / Math.Abs(check.Milestone.Value));
        }

        if (reasons.HasFlag(LaggingReasons.Declining))
        {
            gap = Math.Max(gap, row.RelativeChange is { Amount: { } percent } ? Math.Abs(percent) / 100m : 0.1m);
        }

        // Time elapsed to the day the row's progress was counted to: its plan's or schedule's day (the figure's own date,
        // else the evaluation's as-of day), else the figure's date, else the period's end.
        var countedTo = row.PlanShare?.CountedTo ?? row.Schedule?.AsOf ?? row.AsOf ?? row.Period.End;
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

    private readonly record struct Entry(int Row, decimal Severity);

    private sealed class Held
    {
        public List<Entry> Rows { get; } = [];

        public UnitSuccession? Succession { get; set; }
    }
}
