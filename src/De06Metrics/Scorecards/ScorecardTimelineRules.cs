using De06Metrics.Indicators;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Scorecards;

/// <summary>
/// The rules a scorecard's data keeps against a unit timeline: every figure names a unit in force on its last counted
/// day, every target a unit in force at the end of its period, every responsible unit one the timeline knows (see
/// <see cref="Scorecard.Create(IEnumerable{Indicator}, UnitTimeline, IEnumerable{Target}, IEnumerable{Observation})"/>).
/// Each rule gives the problem's text, or <see langword="null"/> when the item keeps it.
/// </summary>
internal static class ScorecardTimelineRules
{
    /// <summary>What is wrong with the unit of a target or an observation, or <see langword="null"/> when it is in force on the day that counts.</summary>
    public static string? UnitProblem(UnitTimeline timeline, IndicatorKey key, LocalDate day, bool target)
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
    public static string? ResponsibleUnitProblem(UnitTimeline timeline, UnitId unit, Target? target)
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
