using System.Collections.Immutable;
using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Scorecards;

public sealed partial class Scorecard
{
    /// <summary>
    /// The units over time the scorecard was built on, or <see langword="null"/> for a scorecard of one unit tree.
    /// With a timeline, each evaluation uses the tree in force on its own date, comparisons across a merger or a split
    /// are made on a restated base by default, and the lagging report names today's unit for a responsibility assigned
    /// to a unit that has gone.
    /// </summary>
    public UnitTimeline? Timeline { get; }

    /// <summary>
    /// Builds a scorecard whose units change over time, checking its data as a whole against the timeline: every
    /// figure names a unit in force on its last counted day, every target a unit in force at the end of its period.
    /// </summary>
    /// <param name="indicators">The indicator catalog.</param>
    /// <param name="timeline">The units over time: the initial tree and the mergers, splits, renames, transfers and abolitions since.</param>
    /// <param name="targets">The targets.</param>
    /// <param name="observations">The observations.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentNullException">An argument or an item is <see langword="null"/>.</exception>
    /// <exception cref="ScorecardException">The data has problems; all of them are listed.</exception>
    /// <remarks>
    /// <para>
    /// <b>Figures.</b> A figure is read in the units of its last counted day (<see cref="Observation.CountedTo"/>), as
    /// the timeline restates it. So Hà Giang's figures up to the second quarter of 2025 are sound, and so is a 2025
    /// figure of Hà Giang counted to 30 June 2025 ("tính đến ngày 30/6/2025"), the last day before the merger; a
    /// figure of Hà Giang for the third quarter of 2025 is a problem, naming the unit, the day, its validity and the
    /// unit that answers for it since.
    /// </para>
    /// <para>
    /// <b>Targets.</b> A target applies to its unit's value over the whole period, so its unit must be in force at the
    /// period's end: a 2025 target of Hà Giang is a problem (the library does not guess how two provinces' targets
    /// combine into the merged province's), while a target of Tuyên Quang assigned in January 2025, before the merger,
    /// is sound. Responsible units (lead and coordinating) may have gone since the assignment: that is what the
    /// lagging report carries over. They must be known to the timeline, and in force when the target's source was
    /// issued, if it gives a date.
    /// </para>
    /// </remarks>
    public static Scorecard Create(IEnumerable<Indicator> indicators, UnitTimeline timeline, IEnumerable<Target> targets, IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var (indicatorList, targetList, observationList) = Materialise(indicators, targets, observations);
        var problems = FindProblems(indicatorList, null, timeline, targetList, observationList);
        if (!problems.IsEmpty)
        {
            throw new ScorecardException(problems);
        }

        return new Scorecard(indicatorList, null, timeline, targetList, observationList);
    }

    /// <summary>
    /// Lists every problem in the data of a scorecard built on a timeline, without throwing (see
    /// <see cref="Create(IEnumerable{Indicator}, UnitTimeline, IEnumerable{Target}, IEnumerable{Observation})"/> for the rules).
    /// </summary>
    /// <param name="indicators">The indicator catalog.</param>
    /// <param name="timeline">The units over time.</param>
    /// <param name="targets">The targets.</param>
    /// <param name="observations">The observations.</param>
    /// <returns>The problems, in the order of the data; empty when the data is sound.</returns>
    /// <exception cref="ArgumentNullException">An argument or an item is <see langword="null"/>.</exception>
    public static ImmutableArray<ScorecardProblem> Validate(IEnumerable<Indicator> indicators, UnitTimeline timeline, IEnumerable<Target> targets, IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var (indicatorList, targetList, observationList) = Materialise(indicators, targets, observations);
        return FindProblems(indicatorList, null, timeline, targetList, observationList);
    }

    /// <summary>The unit tree in force on a date: the timeline's tree of that date, or <see cref="Units"/> for a scorecard of one tree.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The registry.</returns>
    public UnitRegistry UnitsOn(LocalDate date) => Timeline?.AsOf(date) ?? Units;

    private static UnitRegistry LatestUnits(UnitTimeline timeline, ImmutableArray<ReportingPeriod> periods)
    {
        LocalDate? latest = periods.IsEmpty ? null : periods.Max(period => period.End);
        if (!timeline.Events.IsEmpty)
        {
            var lastEvent = timeline.Events[^1].DateOn(timeline.Basis);
            latest = latest is { } end && end > lastEvent ? end : lastEvent;
        }

        return latest is { } date ? timeline.AsOf(date) : timeline.Initial;
    }

    /// <summary>What is wrong with the unit of a target or an observation, or <see langword="null"/> when it is in force on the day that counts.</summary>
    private static string? UnitProblem(UnitTimeline timeline, IndicatorKey key, LocalDate day, bool target)
    {
        var unit = key.Unit;
        if (!timeline.Contains(unit))
        {
            return $"the unit '{unit}' is not registered: the timeline has no such unit, neither in its initial tree nor created by an event.";
        }

        var validity = timeline.ValidityOf(unit);
        if (validity.Contains(day))
        {
            return null;
        }

        var when = target ? "the end of the target's period" : "the last day the figure counts";
        if (validity.Start is { } first && day < first)
        {
            return $"the unit '{unit}' is not in force on {Date(day)}, {when}: it exists only from {Date(first)} (it is in force {validity}).";
        }

        var last = validity.End!.Value;
        var heirs = timeline.ResponsibleFor(unit, last, day, key.Indicator);
        var now = heirs.HasSuccessor
            ? $"{string.Join(", ", heirs.Successors.Select(share => $"'{share.Unit}'"))} {(heirs.Successors.Length == 1 ? "answers" : "answer")} for it on that date"
            : $"no unit answers for it on that date: {heirs.Reason}";
        return target
            ? $"the unit '{unit}' is not in force on {Date(day)}, {when} (it is in force {validity}): a target applies to its unit's value over the whole period, so assign it to a unit of that date ({now}), or give it a period that ends by {Date(last)}."
            : $"the unit '{unit}' is not in force on {Date(day)}, {when} (it is in force {validity}): report the figure for a unit of that date ({now}), or count it to a day the unit was in force.";
    }

    /// <summary>What is wrong with a responsible unit, or <see langword="null"/>: units that have gone since are fine, the lagging report carries them over.</summary>
    private static string? ResponsibleUnitProblem(UnitTimeline timeline, UnitId unit, Target? target)
    {
        if (!timeline.Contains(unit))
        {
            return $"the responsible unit '{unit}' is not registered: the timeline has no such unit, neither in its initial tree nor created by an event.";
        }

        if (target?.Source is { IssuedOn: { } assigned } source && timeline.ValidityOf(unit).Start is { } first && assigned < first)
        {
            return $"the responsible unit '{unit}' exists only from {Date(first)}, after the target was assigned on {Date(assigned)} ({source}).";
        }

        return null;
    }

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
