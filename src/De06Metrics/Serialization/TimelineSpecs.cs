using De06Metrics.Indicators;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Serialization;

/// <summary>
/// The timeline part of a file a <see cref="ScorecardBuilder"/> gathers: the units' stated validity and the successions
/// read, each with its place in the file; then the <see cref="UnitTimeline"/> built from them, every problem found on
/// the way reported at its item. Owned by the builder, which gives it the indicators it knows and the list of problems.
/// </summary>
/// <param name="isKnown">Whether an indicator is in the catalog read.</param>
/// <param name="report">Where a problem goes.</param>
internal sealed class TimelineSpecs(Func<IndicatorCode, bool> isKnown, Action<DataProblem> report)
{
    private readonly Dictionary<UnitId, (LocalDate? From, LocalDate? To)> validity = [];
    private readonly List<(SuccessionSpec Spec, RowAddress At)> successions = [];
    private bool timelineDeclared;

    /// <summary>Which date of each succession the timeline applies it on; operational unless the file says otherwise.</summary>
    public SuccessionDateBasis SuccessionDates { get; set; } = SuccessionDateBasis.Operational;

    /// <summary>Whether the file has a timeline: a list of successions (even empty), or units with a validity.</summary>
    public bool HasTimeline => timelineDeclared || successions.Count > 0 || validity.Count > 0;

    /// <summary>Notes that the file has a list of successions, so that the scorecard is built on a timeline even if the list is empty.</summary>
    public void DeclareTimeline() => timelineDeclared = true;

    /// <summary>Notes a unit's stated validity; the first unit read with an id keeps it.</summary>
    public void AddValidity(UnitId unit, LocalDate? validFrom, LocalDate? validTo) => validity.TryAdd(unit, (validFrom, validTo));

    /// <summary>
    /// Checks that the indicators a succession names are loaded (the readers check its units as they read them); a
    /// succession naming an unknown one is reported at that field and left out.
    /// </summary>
    public bool CheckReferences(SuccessionSpec spec, IFieldProblems sink)
    {
        var fine = true;
        foreach (var code in spec.Indicators.Where(code => !isKnown(code)))
        {
            sink.Fail("indicators", $"the indicator '{code}' is not in the catalog.");
            fine = false;
        }

        return fine;
    }

    public void AddSuccession(SuccessionSpec spec, RowAddress at) => successions.Add((spec, at));

    /// <summary>
    /// Builds the timeline: the initial tree of the units with no first day, then every succession that fits it, in
    /// date order; a succession that contradicts the tree or the others is reported at its item and left out. Then
    /// each unit's stated validity is checked against the timeline's.
    /// </summary>
    /// <param name="units">The registry of the units that fit the tree.</param>
    /// <param name="rows">Every unit read, in file order, with its place.</param>
    public UnitTimeline Build(UnitRegistry units, IReadOnlyList<(ResponsibleUnit Item, RowAddress At)> rows)
    {
        var kept = units.Units.ToDictionary(unit => unit.Id);
        var at = rows.GroupBy(row => row.Item.Id).ToDictionary(group => group.Key, group => group.First().At);
        var initial = InitialTree(units, kept, at);

        (ResponsibleUnit Unit, LocalDate? From)? UnitOf(UnitId id) =>
            kept.TryGetValue(id, out var unit) ? (unit, validity.TryGetValue(id, out var stated) ? stated.From : null) : null;

        var events = new List<(SuccessionEvent Event, RowAddress At)>();
        foreach (var (spec, place) in successions.OrderBy(item => SuccessionDates == SuccessionDateBasis.Legal ? item.Spec.EffectiveOn : item.Spec.OperationalOn ?? item.Spec.EffectiveOn))
        {
            if (SuccessionRules.Event(spec, SuccessionDates, UnitOf, new Sink(report, place)) is { } e)
            {
                events.Add((e, place));
            }
        }

        UnitTimeline timeline;
        try
        {
            timeline = UnitTimeline.Create(initial, events.Select(item => item.Event), SuccessionDates);
        }
        catch (ArgumentException)
        {
            // One at a time, to find every succession that does not fit: each is reported at its item and left out.
            var accepted = new List<SuccessionEvent>();
            foreach (var (e, place) in events)
            {
                try
                {
                    UnitTimeline.Create(initial, [.. accepted, e], SuccessionDates);
                    accepted.Add(e);
                }
                catch (ArgumentException exception)
                {
                    report(new DataProblem(place.Row, ItemRules.FirstSentence(exception.Message)));
                }
            }

            timeline = UnitTimeline.Create(initial, accepted, SuccessionDates);
        }

        CheckValidity(units, timeline, at);
        return timeline;
    }

    /// <summary>The units with no first day, each of whose parents is one too; a unit whose parent begins later cannot stand in the initial tree.</summary>
    private UnitRegistry InitialTree(UnitRegistry units, Dictionary<UnitId, ResponsibleUnit> kept, Dictionary<UnitId, RowAddress> at)
    {
        var initial = kept.Values.Where(unit => !validity.TryGetValue(unit.Id, out var stated) || stated.From is null).ToList();
        while (true)
        {
            var ids = initial.Select(unit => unit.Id).ToHashSet();
            var misplaced = initial.Where(unit => unit.ParentId is { } parent && !ids.Contains(parent)).ToList();
            if (misplaced.Count == 0)
            {
                return UnitRegistry.Create(units.Units.Where(unit => ids.Contains(unit.Id)));
            }

            foreach (var unit in misplaced)
            {
                var parent = unit.ParentId!.Value;
                var message = validity.TryGetValue(parent, out var stated) && stated.From is { } first
                    ? $"the parent unit exists only from {ValueText.FormatDate(first)} (its valid_from), but this unit has no valid_from, so it would stand in the initial tree before its parent."
                    : "the parent unit was left out of the initial tree because of its own problem.";
                report(new DataProblem(at[unit.Id].Of("parent"), message, at[unit.Id].NameOf("parent"), parent.Value));
                initial.Remove(unit);
            }
        }
    }

    private void CheckValidity(UnitRegistry units, UnitTimeline timeline, Dictionary<UnitId, RowAddress> at)
    {
        foreach (var (id, stated) in validity)
        {
            if (!at.TryGetValue(id, out var place) || !units.Contains(id))
            {
                continue;
            }

            if (!timeline.Contains(id))
            {
                report(new DataProblem(place.Of("valid_from"),
                    "no succession read creates the unit on this date (a merger into it, a split part it takes, or its establishment), so it is in no tree; a succession that would create it may have a problem of its own.",
                    place.NameOf("valid_from"), stated.From is { } from ? ValueText.FormatDate(from) : null));
                continue;
            }

            var actual = timeline.ValidityOf(id);
            if (stated.From is { } first && actual.Start != first)
            {
                report(new DataProblem(place.Of("valid_from"),
                    actual.Start is { } start
                        ? $"the successions create the unit on {ValueText.FormatDate(start)}, not on this date."
                        : "the unit is in the initial tree, since no succession creates it; leave valid_from out.",
                    place.NameOf("valid_from"), ValueText.FormatDate(first)));
            }

            if (stated.To is { } last && actual.End != last)
            {
                var why = actual.End is { } end
                    ? $"the successions end the unit on {ValueText.FormatDate(end)} (by the {timeline.VersionsOf(id)[^1].EndedBy}), not on this date."
                    : "no succession ends the unit: it is still in force.";
                report(new DataProblem(place.Of("valid_to"), why, place.NameOf("valid_to"), ValueText.FormatDate(last)));
            }
        }
    }

    /// <summary>Reports a succession's problems found while building the timeline, at the succession's item.</summary>
    private sealed class Sink(Action<DataProblem> report, RowAddress at) : IFieldProblems
    {
        public void Fail(string field, string message) => report(new DataProblem(at.Of(field), message, at.NameOf(field)));

        public DataLocation Item => at.Row;

        // The timeline's checks report every problem they find; none follows from another here.
        public void LeaveOut()
        {
        }
    }
}
