using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Serialization;

internal sealed partial class ScorecardBuilder
{
    private readonly Dictionary<UnitId, (LocalDate? From, LocalDate? To)> validity = [];
    private readonly List<(SuccessionSpec Spec, RowAddress At)> successions = [];
    private bool timelineDeclared;

    /// <summary>Which date of each succession the timeline applies it on; operational unless the file says otherwise.</summary>
    public SuccessionDateBasis SuccessionDates { get; set; } = SuccessionDateBasis.Operational;

    /// <summary>Whether the file has a timeline: a list of successions (even empty), or units with a validity.</summary>
    private bool HasTimeline => timelineDeclared || successions.Count > 0 || validity.Count > 0;

    /// <summary>Notes that the file has a list of successions, so that the scorecard is built on a timeline even if the list is empty.</summary>
    public void DeclareTimeline() => timelineDeclared = true;

    /// <summary>
    /// Checks that the indicators a succession names are loaded (the readers check its units as they read them); a
    /// succession naming an unknown one is reported at that field and left out.
    /// </summary>
    public bool CheckReferences(SuccessionSpec spec, IFieldProblems sink)
    {
        var fine = true;
        foreach (var code in spec.Indicators.Where(code => !catalog.ContainsKey(code)))
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
    private UnitTimeline BuildTimeline()
    {
        var kept = Units.Units.ToDictionary(unit => unit.Id);
        var at = units.GroupBy(row => row.Item.Id).ToDictionary(group => group.Key, group => group.First().At);
        var initial = InitialTree(kept, at);

        (ResponsibleUnit Unit, LocalDate? From)? UnitOf(UnitId id) =>
            kept.TryGetValue(id, out var unit) ? (unit, validity.TryGetValue(id, out var stated) ? stated.From : null) : null;

        var events = new List<(SuccessionEvent Event, RowAddress At)>();
        foreach (var (spec, place) in successions.OrderBy(item => SuccessionDates == SuccessionDateBasis.Legal ? item.Spec.EffectiveOn : item.Spec.OperationalOn ?? item.Spec.EffectiveOn))
        {
            if (SuccessionRules.Event(spec, SuccessionDates, UnitOf, new Sink(this, place)) is { } e)
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
                    problems.Add(new DataProblem(place.Row, ItemRules.FirstSentence(exception.Message)));
                }
            }

            timeline = UnitTimeline.Create(initial, accepted, SuccessionDates);
        }

        CheckValidity(timeline, at);
        return timeline;
    }

    /// <summary>The units with no first day, each of whose parents is one too; a unit whose parent begins later cannot stand in the initial tree.</summary>
    private UnitRegistry InitialTree(Dictionary<UnitId, ResponsibleUnit> kept, Dictionary<UnitId, RowAddress> at)
    {
        var initial = kept.Values.Where(unit => !validity.TryGetValue(unit.Id, out var stated) || stated.From is null).ToList();
        while (true)
        {
            var ids = initial.Select(unit => unit.Id).ToHashSet();
            var misplaced = initial.Where(unit => unit.ParentId is { } parent && !ids.Contains(parent)).ToList();
            if (misplaced.Count == 0)
            {
                return UnitRegistry.Create(Units.Units.Where(unit => ids.Contains(unit.Id)));
            }

            foreach (var unit in misplaced)
            {
                var parent = unit.ParentId!.Value;
                var message = validity.TryGetValue(parent, out var stated) && stated.From is { } first
                    ? $"the parent unit exists only from {ValueText.FormatDate(first)} (its valid_from), but this unit has no valid_from, so it would stand in the initial tree before its parent."
                    : "the parent unit was left out of the initial tree because of its own problem.";
                problems.Add(new DataProblem(at[unit.Id].Of("parent"), message, at[unit.Id].NameOf("parent"), parent.Value));
                initial.Remove(unit);
            }
        }
    }

    private void CheckValidity(UnitTimeline timeline, Dictionary<UnitId, RowAddress> at)
    {
        foreach (var (id, stated) in validity)
        {
            if (!at.TryGetValue(id, out var place) || !Units.Contains(id))
            {
                continue;
            }

            if (!timeline.Contains(id))
            {
                problems.Add(new DataProblem(place.Of("valid_from"),
                    "no succession read creates the unit on this date (a merger into it, a split part it takes, or its establishment), so it is in no tree; a succession that would create it may have a problem of its own.",
                    place.NameOf("valid_from"), stated.From is { } from ? ValueText.FormatDate(from) : null));
                continue;
            }

            var actual = timeline.ValidityOf(id);
            if (stated.From is { } first && actual.Start != first)
            {
                problems.Add(new DataProblem(place.Of("valid_from"),
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
                problems.Add(new DataProblem(place.Of("valid_to"), why, place.NameOf("valid_to"), ValueText.FormatDate(last)));
            }
        }
    }

    /// <summary>Reports a succession's problems found while building the timeline, at the succession's item.</summary>
    private sealed class Sink(ScorecardBuilder builder, RowAddress at) : IFieldProblems
    {
        public void Fail(string field, string message) => builder.problems.Add(new DataProblem(at.Of(field), message, at.NameOf(field)));
    }
}
