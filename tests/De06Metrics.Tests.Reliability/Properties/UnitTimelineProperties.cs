using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Tests.Reliability.Support;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace De06Metrics.Tests.Reliability.Properties;

/// <summary>
/// What a timeline must satisfy for any valid history (<see cref="TimelineHistory"/>): its tree on every date is the
/// one the events describe, with only units in force; a unit's versions follow each other day by day and its
/// successors are in force from the day after it ends; restating rates by parts conserves every numerator and
/// denominator; a mapped responsibility names only units in force; and the order the events are listed in does not matter.
/// </summary>
[Properties(Replay = Seeds.Replay, MaxTest = Seeds.Cases)]
public class UnitTimelineProperties
{
    private static readonly Indicator Online = new(
        TimelineHistory.Restated, new LocalizedText("Tỷ lệ hồ sơ trực tuyến", "Online dossier rate"), Measure.Rate, Polarity.HigherIsBetter);

    [Property]
    public Property The_tree_as_of_any_date_is_the_one_the_events_describe_and_holds_exactly_the_units_in_force() =>
        Prop.ForAll(Arb.From(Generators.Timeline), history =>
        {
            var timeline = history.Build();
            for (var i = 0; i < history.Trees.Length; i++)
            {
                var (from, expected) = history.Trees[i];
                var dates = new List<LocalDate> { from };
                if (i + 1 < history.Trees.Length)
                {
                    dates.Add(history.Trees[i + 1].Date.PlusDays(-1));
                }

                foreach (var date in dates)
                {
                    var tree = timeline.AsOf(date);
                    var inForce = timeline.KnownUnits.Where(id => timeline.IsInForce(id, date)).ToHashSet();
                    if (!tree.Units.ToHashSet().SetEquals(expected) || !inForce.SetEquals(tree.Units.Select(unit => unit.Id)))
                    {
                        return false.Label($"{date}: timeline [{string.Join(", ", tree.Units)}], in force [{string.Join(", ", inForce)}], events describe [{string.Join(", ", expected)}]");
                    }
                }
            }

            return true.Label(history.ToString());
        });

    [Property]
    public Property Versions_follow_each_other_day_by_day_and_successors_are_in_force_from_the_day_after_a_unit_ends() =>
        Prop.ForAll(Arb.From(Generators.Timeline), history =>
        {
            var timeline = history.Build();
            foreach (var id in timeline.KnownUnits)
            {
                var versions = timeline.VersionsOf(id);
                for (var v = 1; v < versions.Length; v++)
                {
                    if (versions[v - 1].Validity.End is not { } end || versions[v].Validity.Start != end.PlusDays(1) || versions[v].StartedBy != versions[v - 1].EndedBy)
                    {
                        return false.Label($"'{id}': version {versions[v - 1]} then {versions[v]}");
                    }
                }

                var validity = timeline.ValidityOf(id);
                if (validity != new ValidityInterval(versions[0].Validity.Start, versions[^1].Validity.End))
                {
                    return false.Label($"'{id}': validity {validity}, versions {string.Join(", ", versions)}");
                }

                if (validity.End is { } last)
                {
                    var dayAfter = last.PlusDays(1);
                    foreach (var link in timeline.Links.Where(link => link.Predecessor == id && link.Date == dayAfter))
                    {
                        var successor = timeline.ValidityOf(link.Successor);
                        var isNew = !timeline.IsInForce(link.Successor, last);
                        if (!successor.Contains(dayAfter) || (isNew && successor.Start != dayAfter))
                        {
                            return false.Label($"'{id}' ends {last}; its successor '{link.Successor}' ({link.Event}) is in force {successor}");
                        }
                    }
                }

                var successors = timeline.SuccessorsOf(id);
                var predecessors = timeline.PredecessorsOf(id);
                if (!successors.Select(link => link.Date).SequenceEqual(successors.Select(link => link.Date).Order())
                    || !predecessors.Select(link => link.Date).SequenceEqual(predecessors.Select(link => link.Date).OrderDescending()))
                {
                    return false.Label($"'{id}': successors [{string.Join("; ", successors)}], predecessors [{string.Join("; ", predecessors)}]");
                }
            }

            foreach (var link in timeline.Links)
            {
                var predecessor = timeline.ValidityOf(link.Predecessor);
                var endedThen = predecessor.End == link.Date.PlusDays(-1);
                var continues = predecessor.Contains(link.Date) && link.Event is UnitSplit { Continues: true } split && split.Unit == link.Predecessor;
                if (!timeline.IsInForce(link.Successor, link.Date) || !(endedThen || continues))
                {
                    return false.Label($"link {link}: predecessor in force {predecessor}, successor {timeline.ValidityOf(link.Successor)}");
                }
            }

            return true.Label(history.ToString());
        });

    /// <summary>
    /// Every unit in force on a day reports a rate by its parts; restated onto the units of a later day, each figure
    /// is the sum of the parts it took (numerator and denominator × share), each reported figure is taken whole (its
    /// shares add up to 1, over the figures restated and those that pass to no unit), so no numerator or denominator
    /// is created or lost; and every restated figure is for a unit in force on that later day.
    /// </summary>
    [Property]
    public Property Restating_rates_by_parts_conserves_every_numerator_and_denominator() =>
        Prop.ForAll(Arb.From(
            from history in Generators.TimelineWithShares
            from countedDay in Gen.Choose(-1, Days(history.FirstDate, history.LastDate) + 30)
            from laterDays in Gen.Frequency((2, Gen.Constant(10_000)), (1, Gen.Choose(0, 400)))
            from seed in Gen.Choose(0, int.MaxValue)
            select (history, countedTo: history.FirstDate.PlusDays(countedDay), laterDays, seed)), input =>
        {
            var (history, countedTo, laterDays, seed) = input;
            var timeline = history.Build();
            var unitsAsOf = countedTo.PlusDays(Math.Min(laterDays, Days(countedTo, history.LastDate) + 1));
            var random = new Random(seed);
            var period = ReportingPeriod.ForMonth(countedTo.Year, countedTo.Month);
            var observations = history.TreeOn(countedTo).Select(unit =>
            {
                var denominator = random.Next(1, 10_000);
                return new Observation(Online.Code, unit.Id, period, MeasuredValue.FromRateParts(random.Next(0, denominator + 1), denominator), countedTo);
            }).ToList();

            var restatement = timeline.Restate(Online, observations, unitsAsOf);
            var taken = observations.ToDictionary(o => o, _ => 0m);
            foreach (var figure in restatement.Figures)
            {
                foreach (var contribution in figure.Contributions)
                {
                    taken[contribution.Original] += contribution.Share;
                }

                if (!figure.IsRestated)
                {
                    if (figure.Issue != RestatementIssue.NotCarried || figure.Reason is null)
                    {
                        return false.Label($"{figure} ({figure.Issue}): {figure.Reason}");
                    }

                    continue;
                }

                var numerator = figure.Contributions.Sum(c => c.Original.Value.Numerator!.Value * c.Share);
                var denominator = figure.Contributions.Sum(c => c.Original.Value.Denominator!.Value * c.Share);
                if (figure.Value!.Value != MeasuredValue.FromRateParts(numerator, denominator) || !timeline.IsInForce(figure.Unit, unitsAsOf))
                {
                    return false.Label($"{figure} is not the sum of its parts {numerator}/{denominator}, or '{figure.Unit}' is not in force on {unitsAsOf}");
                }
            }

            var lost = taken.Where(pair => pair.Value != 1m).ToList();
            return (lost.Count == 0 && restatement.Reported.Length == observations.Count)
                .Label($"counted to {countedTo}, as of {unitsAsOf}: taken other than once: {string.Join("; ", lost.Select(pair => $"{pair.Key} × {pair.Value}"))}; {history}");
        });

    [Property]
    public Property A_mapped_responsibility_names_only_units_in_force_on_the_day_it_is_mapped_to() =>
        Prop.ForAll(Arb.From(
            from history in Generators.Timeline
            from assignedDay in Gen.Choose(-1, Days(history.FirstDate, history.LastDate))
            from laterDays in Gen.Choose(0, 800)
            from seed in Gen.Choose(0, int.MaxValue)
            from indicator in Gen.Elements<IndicatorCode?>(null, TimelineHistory.Restated, TimelineHistory.Other)
            select (history, assignedOn: history.FirstDate.PlusDays(assignedDay), laterDays, seed, indicator)), input =>
        {
            var (history, assignedOn, laterDays, seed, indicator) = input;
            var timeline = history.Build();
            var asOf = assignedOn.PlusDays(laterDays);
            var random = new Random(seed);
            var units = history.TreeOn(assignedOn).Select(unit => unit.Id).OrderBy(_ => random.Next()).ToList();
            var responsibility = new Responsibility(units[0], units.Skip(1).Take(random.Next(4)));

            var mapping = timeline.MapResponsibility(responsibility, assignedOn, asOf, indicator);
            var named = mapping.Mapped is { } mapped ? [mapped.Lead, .. mapped.Coordinating] : new List<UnitId>();
            var successors = new[] { mapping.Lead }.Concat(mapping.Coordinating).SelectMany(s => s.Successors).ToList();
            var shares = mapping.Lead.Successors.Select(s => s.Share).ToList();
            var consistent =
                named.All(id => timeline.IsInForce(id, asOf))
                && successors.All(s => timeline.IsInForce(s.Unit, asOf))
                && (mapping.Mapped is null || !mapping.Mapped.Coordinating.Contains(mapping.Mapped.Lead))
                && (mapping.IsMapped || mapping.Reason is not null)
                && (shares.Any(share => share is null) || shares.Sum(share => share!.Value) <= 1m);
            return consistent.Label($"{responsibility} assigned {assignedOn}, as of {asOf} ({indicator}): {mapping}; lead {mapping.Lead}; {history}");
        });

    [Property]
    public Property The_order_the_events_are_listed_in_does_not_matter() =>
        Prop.ForAll(Arb.From(Generators.Timeline.SelectMany(h => Gen.Shuffle(h.Events.ToArray()).Select(shuffled => (h, shuffled)))), input =>
        {
            var (history, shuffled) = input;
            var timeline = history.Build();
            var other = UnitTimeline.Create(history.Initial, shuffled);
            foreach (var (date, _) in history.Trees)
            {
                if (!timeline.AsOf(date).Units.ToHashSet().SetEquals(other.AsOf(date).Units))
                {
                    return false.Label($"{date}: [{string.Join(", ", timeline.AsOf(date).Units)}] vs [{string.Join(", ", other.AsOf(date).Units)}]");
                }
            }

            return timeline.Links.Select(link => link.ToString()).ToHashSet().SetEquals(other.Links.Select(link => link.ToString()))
                .Label($"links [{string.Join("; ", timeline.Links)}] vs [{string.Join("; ", other.Links)}]");
        });

    private static int Days(LocalDate from, LocalDate to) => Period.DaysBetween(from, to);
}
