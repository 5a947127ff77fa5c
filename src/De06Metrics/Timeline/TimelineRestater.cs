using System.Collections.Immutable;
using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>
/// Restates reported figures into the units of a chosen date (see <see cref="UnitTimeline.Restate"/>): carries each
/// batch of figures through the timeline's events, combines what flows into one unit by the indicator's roll-up, takes
/// a split part's share, and says why a figure cannot be restated.
/// </summary>
internal static class TimelineRestater
{
    /// <summary>Expresses reported figures of one indicator in the units in force on a date (see <see cref="UnitTimeline.Restate"/>).</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="indicator">The indicator of every figure.</param>
    /// <param name="observations">The reported figures, each read in the units of its last counted day.</param>
    /// <param name="unitsAsOf">The date whose units to express the figures in.</param>
    /// <returns>The figures side by side, with the reason for each that cannot be restated.</returns>
    public static Restatement Restate(UnitTimeline timeline, Indicator indicator, IEnumerable<Observation> observations, LocalDate unitsAsOf)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(observations);
        var reported = observations.ToImmutableArray();
        var seen = new Dictionary<(UnitId, ReportingPeriod, LocalDate), int>();
        for (var i = 0; i < reported.Length; i++)
        {
            var observation = reported[i] ?? throw new ArgumentNullException(nameof(observations), $"Observation {i} is null.");
            if (observation.Indicator != indicator.Code)
            {
                throw new ArgumentException($"Observation {i} ({observation}) is of indicator '{observation.Indicator}', not '{indicator.Code}'.", nameof(observations));
            }

            if (!indicator.Measure.Accepts(observation.Value, out var reason))
            {
                throw new ArgumentException($"Observation {i} ({observation}) does not fit indicator '{indicator.Code}': {reason}.", nameof(observations));
            }

            if (!timeline.Contains(observation.Unit))
            {
                throw new ArgumentException($"Observation {i} ({observation}) is for unit '{observation.Unit}', which the timeline does not know.", nameof(observations));
            }

            if (!seen.TryAdd((observation.Unit, observation.Period, observation.CountedTo), i))
            {
                throw new ArgumentException(
                    $"Observations {seen[(observation.Unit, observation.Period, observation.CountedTo)]} and {i} are both for '{observation.Unit}' in {TimelineText.Period(observation.Period)} counted to {TimelineText.Date(observation.CountedTo)}.",
                    nameof(observations));
            }
        }

        var figures = new List<RestatedObservation>();
        var batches = reported
            .GroupBy(observation => (observation.Period, observation.CountedTo))
            .OrderBy(group => group.Key.Period.Start)
            .ThenBy(group => group.Key.Period.End)
            .ThenBy(group => group.Key.CountedTo);
        foreach (var batch in batches)
        {
            var context = new Batch(indicator, batch.Key.Period, batch.Key.CountedTo, unitsAsOf, batch.ToDictionary(observation => observation.Unit));
            RestateBatch(timeline, context, figures);
        }

        return new Restatement(indicator, unitsAsOf, reported, [.. figures]);
    }

    /// <summary>The figure of one unit for one period in the units of a chosen date (see <see cref="UnitTimeline.RestateFor"/>).</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="observations">Reported figures; those of other periods are ignored.</param>
    /// <param name="unit">The unit, in force on <paramref name="unitsAsOf"/>.</param>
    /// <param name="period">The period.</param>
    /// <param name="unitsAsOf">The date whose units to use.</param>
    /// <param name="countedTo">The last day counted; <see langword="null"/> for the period's end.</param>
    /// <returns>The restated figure, or one with <see cref="RestatementIssue.NoData"/> when no figure flows into the unit.</returns>
    public static RestatedObservation RestateFor(UnitTimeline timeline, Indicator indicator, IEnumerable<Observation> observations, UnitId unit, ReportingPeriod period, LocalDate unitsAsOf, LocalDate? countedTo)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(period);
        if (!timeline.IsInForce(unit, unitsAsOf))
        {
            throw new ArgumentException($"Unit '{unit}' is not in force on {TimelineText.Date(unitsAsOf)} (it is in force {timeline.ValidityOf(unit)}); ask for a unit of that date.", nameof(unit));
        }

        var restatement = Restate(timeline, indicator, observations.Where(observation => observation is null || observation.Period.Equals(period)), unitsAsOf);
        var day = countedTo ?? period.End;
        return restatement.Find(unit, period, day) ?? new RestatedObservation(
            indicator.Code, unit, period, day, unitsAsOf, null, RestatementIssue.NoData,
            $"No reported figure for {TimelineText.Period(period)} counted to {TimelineText.Date(day)} flows into '{unit}' as of {TimelineText.Date(unitsAsOf)}.",
            [], []);
    }

    private static void RestateBatch(UnitTimeline timeline, Batch batch, List<RestatedObservation> figures)
    {
        var when = $"{TimelineText.Period(batch.Period)} counted to {TimelineText.Date(batch.CountedTo)}";
        if (batch.Indicator.Measure.Kind == MeasureKind.Rank)
        {
            foreach (var observation in batch.ByUnit.Values)
            {
                figures.Add(Problem(batch, observation.Unit, RestatementIssue.RankNotRestated,
                    $"'{observation.Unit}' ranks {observation.Value} in {when}; a rank is a position in its field and is not carried into other units: restate the ranked values and rank them again in the field as of {TimelineText.Date(batch.UnitsAsOf)}.",
                    [Whole(observation, [])], []));
            }

            return;
        }

        var inForce = new Dictionary<UnitId, Observation>();
        foreach (var (id, observation) in batch.ByUnit)
        {
            if (timeline.IsInForce(id, batch.CountedTo))
            {
                inForce[id] = observation;
            }
            else
            {
                figures.Add(Problem(batch, id, RestatementIssue.UnitNotInForce,
                    $"'{id}' is reported for {when}, but it is not in force on {TimelineText.Date(batch.CountedTo)} (it is in force {timeline.ValidityOf(id)}).",
                    [Whole(observation, [])], []));
            }
        }

        if (batch.UnitsAsOf < batch.CountedTo)
        {
            RestateBackwards(timeline, batch, inForce, when, figures);
            return;
        }

        var drops = new List<FlowDrop>();
        var seeds = timeline.AsOf(batch.CountedTo).Units.Select(unit => unit.Id);
        var state = SuccessionFlow.Propagate(timeline, seeds, batch.CountedTo, batch.UnitsAsOf, FlowPurpose.Figures, batch.Indicator.Code, drops);
        var carried = new HashSet<UnitId>();
        var holders = timeline.AsOf(batch.UnitsAsOf).Units.Select(unit => unit.Id).Where(state.ContainsKey);
        foreach (var holder in holders)
        {
            var holding = state[holder];
            var origins = holding.Pieces
                .GroupBy(piece => piece.Origin)
                .Select(group => group.ToList())
                .Select(pieces => (
                    Origin: pieces[0].Origin,
                    Share: pieces.Sum(piece => piece.Share!.Value),
                    Events: pieces.Count == 1 ? pieces[0].Route : timeline.OrderEvents(pieces.SelectMany(piece => piece.Route))))
                .ToList();
            var available = origins.Where(origin => inForce.ContainsKey(origin.Origin)).ToList();
            if (available.Count == 0)
            {
                continue;
            }

            carried.UnionWith(available.Select(origin => origin.Origin));
            var events = holding.Events;
            var missing = origins.Where(origin => !inForce.ContainsKey(origin.Origin)).Select(origin => origin.Origin).ToList();
            if (missing.Count > 0)
            {
                var partial = available.Select(origin => new RestatementContribution(inForce[origin.Origin], origin.Share, null, origin.Events)).ToImmutableArray();
                figures.Add(Problem(batch, holder, RestatementIssue.MissingPredecessorFigures,
                    $"'{holder}' as of {TimelineText.Date(batch.UnitsAsOf)} covers {TimelineText.Units(origins.Select(origin => origin.Origin))} as they stood on {TimelineText.Date(batch.CountedTo)}, " +
                    $"but no figure was given for {TimelineText.Units(missing)} in {when}; a part is not the whole.",
                    partial, events));
                continue;
            }

            figures.Add(Combine(batch, holder, available.Select(origin => (inForce[origin.Origin], origin.Share, origin.Events)).ToList(), events));
        }

        var lastDrops = new Dictionary<UnitId, FlowDrop>();
        foreach (var d in drops)
        {
            lastDrops[d.Origin] = d;
        }

        foreach (var (id, observation) in inForce.Where(pair => !carried.Contains(pair.Key)))
        {
            var drop = lastDrops.GetValueOrDefault(id);
            figures.Add(Problem(batch, id, RestatementIssue.NotCarried,
                $"The figure of '{id}' for {when} passes to no unit as of {TimelineText.Date(batch.UnitsAsOf)}: {drop?.Reason ?? "no unit of that date covers it"}.",
                [Whole(observation, drop is null ? [] : [drop.Event])], drop is null ? [] : [drop.Event]));
        }

        // A figure carried in part (split with shares, one part later abolished) lists the part that passes to no unit
        // too, so that its shares add up to the whole figure and nothing is lost unsaid.
        foreach (var (id, partDrops) in drops.Where(d => carried.Contains(d.Origin) && inForce.ContainsKey(d.Origin)).GroupBy(d => d.Origin).Select(g => (g.Key, g.ToList())))
        {
            var observation = inForce[id];
            var share = partDrops.Sum(d => d.Share!.Value);
            var events = timeline.OrderEvents(partDrops.Select(d => d.Event));
            figures.Add(Problem(batch, id, RestatementIssue.NotCarried,
                string.Create(CultureInfo.InvariantCulture,
                    $"A share of {share} of the figure of '{id}' for {when} passes to no unit as of {TimelineText.Date(batch.UnitsAsOf)}: {string.Join("; ", partDrops.Select(d => d.Reason))}."),
                [new RestatementContribution(observation, share, Apportion(batch.Indicator, observation, share, out _), events)], events));
        }
    }

    private static void RestateBackwards(UnitTimeline timeline, Batch batch, Dictionary<UnitId, Observation> inForce, string when, List<RestatedObservation> figures)
    {
        foreach (var (id, observation) in inForce)
        {
            var changes = timeline.IsInForce(id, batch.UnitsAsOf)
                ? timeline.ChangesBetween(id, batch.UnitsAsOf, batch.CountedTo, batch.Indicator.Code)
                : [];
            if (timeline.IsInForce(id, batch.UnitsAsOf) && changes.IsEmpty)
            {
                figures.Add(new RestatedObservation(batch.Indicator.Code, id, batch.Period, batch.CountedTo, batch.UnitsAsOf, observation.Value,
                    RestatementIssue.None, null, [Whole(observation, [])], []));
                continue;
            }

            var why = changes.IsEmpty
                ? $"'{id}' is not in force on {TimelineText.Date(batch.UnitsAsOf)} (it is in force {timeline.ValidityOf(id)})"
                : $"'{id}' changed in between (by the {string.Join("; ", changes)})";
            figures.Add(Problem(batch, id, RestatementIssue.EarlierUnits,
                $"The figure of '{id}' for {when} cannot be expressed in the units of the earlier date {TimelineText.Date(batch.UnitsAsOf)}: {why}, and a combined figure cannot be split back.",
                [Whole(observation, [])], changes));
        }
    }

    private static RestatedObservation Combine(Batch batch, UnitId holder, List<(Observation Original, decimal Share, ImmutableArray<SuccessionEvent> Events)> parts, ImmutableArray<SuccessionEvent> events)
    {
        var contributions = ImmutableArray.CreateBuilder<RestatementContribution>(parts.Count);
        var problems = new List<string>();
        foreach (var (original, share, route) in parts)
        {
            var taken = Apportion(batch.Indicator, original, share, out var problem);
            contributions.Add(new RestatementContribution(original, share, taken, route));
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        var built = contributions.MoveToImmutable();
        if (problems.Count > 0)
        {
            return Problem(batch, holder, RestatementIssue.CannotApportion, string.Join(" ", problems), built, events);
        }

        var values = built.Select(contribution => contribution.Value!.Value).ToList();
        if (values.Count == 1)
        {
            return new RestatedObservation(batch.Indicator.Code, holder, batch.Period, batch.CountedTo, batch.UnitsAsOf, values[0], RestatementIssue.None, null, built, events);
        }

        var indicator = batch.Indicator;
        var sources = TimelineText.Units(built.Select(contribution => contribution.Original.Unit));
        if (indicator.RollUp == RollUpRule.None)
        {
            return Problem(batch, holder, RestatementIssue.DoesNotRollUp,
                $"Indicator '{indicator.Code}' does not roll up, so the figures of {sources} cannot be combined into '{holder}'; its figure for {TimelineText.Period(batch.Period)} must be reported directly.",
                built, events);
        }

        if (indicator.RollUp is RollUpRule.AddNumeratorsAndDenominators or RollUpRule.WeightedMean)
        {
            var bare = built.Where(contribution => !contribution.Value!.Value.HasParts).ToList();
            if (bare.Count > 0)
            {
                return Problem(batch, holder, RestatementIssue.MissingParts,
                    $"'{holder}' combines {sources}, but {string.Join(", ", bare.Select(c => $"'{c.Original.Unit}' ({c.Original.Value})"))} " +
                    $"{(bare.Count == 1 ? "has" : "have")} no numerator and denominator; indicator '{indicator.Code}' combines by its parts ({indicator.RollUp}), never by averaging percentages.",
                    built, events);
            }
        }

        var combined = RollUp.Combine(indicator, values)!.Value;
        return new RestatedObservation(indicator.Code, holder, batch.Period, batch.CountedTo, batch.UnitsAsOf, combined, RestatementIssue.None, null, built, events);
    }

    private static MeasuredValue? Apportion(Indicator indicator, Observation original, decimal share, out string? problem)
    {
        problem = null;
        var value = original.Value;
        if (share == 1m)
        {
            return value;
        }

        switch (indicator.Measure.Kind)
        {
            case MeasureKind.Count or MeasureKind.Money when value.HasParts:
                return MeasuredValue.FromCountOfTotal(value.Numerator!.Value * share, value.Denominator!.Value * share);
            case MeasureKind.Count or MeasureKind.Money:
                return MeasuredValue.Of(value.Value * share);
            case MeasureKind.Rate when value.HasParts:
                return MeasuredValue.FromRateParts(value.Numerator!.Value * share, value.Denominator!.Value * share);
            case MeasureKind.Rate:
                problem = string.Create(CultureInfo.InvariantCulture,
                    $"'{original.Unit}' has a rate of {value.Value}% with no numerator and denominator, so its share {share} cannot be taken.");
                return null;
            default:
                problem = string.Create(CultureInfo.InvariantCulture,
                    $"'{original.Unit}' has a {indicator.Measure.Kind} value ({value.Value}), which cannot be divided by a share ({share}).");
                return null;
        }
    }

    private static RestatementContribution Whole(Observation observation, ImmutableArray<SuccessionEvent> events) => new(observation, 1m, observation.Value, events);

    private static RestatedObservation Problem(Batch batch, UnitId unit, RestatementIssue issue, string reason, ImmutableArray<RestatementContribution> contributions, ImmutableArray<SuccessionEvent> events) =>
        new(batch.Indicator.Code, unit, batch.Period, batch.CountedTo, batch.UnitsAsOf, null, issue, reason, contributions, events);

    private sealed record Batch(Indicator Indicator, ReportingPeriod Period, LocalDate CountedTo, LocalDate UnitsAsOf, Dictionary<UnitId, Observation> ByUnit);
}
