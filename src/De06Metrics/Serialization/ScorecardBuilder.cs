using System.Collections.Immutable;
using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scorecards;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Serialization;

/// <summary>
/// Gathers the items a reader has read, each with its place in the file, and the problems found on the way; then
/// checks them as a whole (the unit tree, and <see cref="Scorecard.Validate(IEnumerable{Indicator}, UnitRegistry, IEnumerable{Target}, IEnumerable{Observation})"/>), maps every problem back to its item's
/// place, leaves the items with problems out, and builds the scorecard of the rest. Not thread-safe: one per read.
/// </summary>
internal sealed class ScorecardBuilder
{
    private readonly List<DataProblem> problems = [];
    private readonly List<(ResponsibleUnit Item, RowAddress At)> units = [];
    private readonly List<(Indicator Item, RowAddress At)> indicators = [];
    private readonly Dictionary<IndicatorCode, Indicator> catalog = [];
    private readonly List<(Target Item, RowAddress At)> targets = [];
    // An observation and its place are kept apart, the place compactly: a scorecard may hold millions of them.
    private readonly ObservationList observations = new();
    private readonly AddressList observationPlaces = new();
    private readonly List<(RowNote Item, RowAddress At)> notes = [];
    private readonly List<(ScorecardTrajectory Item, RowAddress At)> trajectories = [];
    private UnitRegistry? registry;

    // Root causes: a table not read, or a unit or indicator left out with its own problem. An item that names one is
    // left out too, and counted against it rather than listed: the cause comes first, not buried under what follows.
    private readonly Dictionary<UnitId, DataLocation> unitsLeftOut = [];
    private readonly Dictionary<IndicatorCode, DataLocation> indicatorsLeftOut = [];
    private readonly Dictionary<DataLocation, Consequences> consequences = [];
    private DataLocation? unitsNotRead;
    private DataLocation? indicatorsNotRead;

    /// <summary>Creates a builder with nothing read.</summary>
    public ScorecardBuilder() => Timeline = new TimelineSpecs(catalog.ContainsKey, problems.Add);

    /// <summary>The units' validity and the successions read, from which the scorecard's timeline is built.</summary>
    public TimelineSpecs Timeline { get; }

    public void Report(DataProblem problem) => problems.Add(problem);

    public void AddUnit(ResponsibleUnit unit, RowAddress at, LocalDate? validFrom = null, LocalDate? validTo = null)
    {
        if (registry is not null)
        {
            throw new InvalidOperationException("Units are read before indicators, targets and observations.");
        }

        units.Add((unit, at));
        if (validFrom.HasValue || validTo.HasValue)
        {
            Timeline.AddValidity(unit.Id, validFrom, validTo);
        }
    }

    /// <summary>The registry of every unit that fits the tree; the first call closes the list of units.</summary>
    public UnitRegistry Units => registry ??= CompleteUnits();

    public void AddIndicator(Indicator indicator, RowAddress at)
    {
        indicators.Add((indicator, at));
        catalog.TryAdd(indicator.Code, indicator);
    }

    /// <summary>The catalog's indicator of a code, without reporting anything when there is none.</summary>
    public bool TryGetIndicator(IndicatorCode code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Indicator? indicator) =>
        catalog.TryGetValue(code, out indicator);

    public void AddTarget(Target target, RowAddress at) => targets.Add((target, at));

    public void AddObservation(Observation observation, RowAddress at)
    {
        observations.Add(observation);
        observationPlaces.Add(at);
    }

    /// <summary>Adds a note on a row (its indicator and unit already checked by <see cref="CheckReferences"/>).</summary>
    public void AddNote(RowNote note, RowAddress at) => notes.Add((note, at));

    /// <summary>Adds a trajectory (its indicator and unit already checked by <see cref="CheckIndicator"/> and <see cref="CheckUnit"/>).</summary>
    public void AddTrajectory(ScorecardTrajectory trajectory, RowAddress at) => trajectories.Add((trajectory, at));

    /// <summary>When the scorecard's figures close, as the file sets it; <see langword="null"/> when it sets none.</summary>
    public Periods.DataClosingRule? DataClosing { get; set; }

    /// <summary>The scorecard's options as the file declares them; <see langword="null"/> for the defaults.</summary>
    public Scorecards.ScorecardOptions? Options { get; set; }

    /// <summary>Records that the units could not be read at all, for the reason reported at <paramref name="cause"/>.</summary>
    public void UnitsNotRead(DataLocation cause) => unitsNotRead ??= cause;

    /// <summary>Records that the indicators could not be read at all, for the reason reported at <paramref name="cause"/>.</summary>
    public void IndicatorsNotRead(DataLocation cause) => indicatorsNotRead ??= cause;

    /// <summary>Records that a unit's item was left out with a problem, reported at <paramref name="item"/>.</summary>
    public void UnitLeftOut(UnitId id, DataLocation item) => unitsLeftOut.TryAdd(id, item);

    /// <summary>Records that an indicator's item was left out with a problem, reported at <paramref name="item"/>.</summary>
    public void IndicatorLeftOut(IndicatorCode code, DataLocation item) => indicatorsLeftOut.TryAdd(code, item);

    /// <summary>
    /// Checks that a unit an item names is registered. When it is not, the item fails at the field, or, when the unit
    /// was left out with a problem of its own or the units were not read, is left out and counted against that cause.
    /// </summary>
    public bool CheckUnit(UnitId id, string field, IFieldProblems sink)
    {
        if (Units.Contains(id))
        {
            return true;
        }

        if (FollowsFromUnit(id, sink))
        {
            sink.LeaveOut();
        }
        else
        {
            sink.Fail(field, $"the unit '{id}' is not registered.");
        }

        return false;
    }

    /// <summary>
    /// Whether a unit that is not registered was left out with a problem of its own, or the units were not read; if
    /// so, counts the item against that cause.
    /// </summary>
    public bool FollowsFromUnit(UnitId id, IFieldProblems sink) => FollowsFromUnit(id, () => sink.Item);

    private bool FollowsFromUnit(UnitId id, Func<DataLocation> item)
    {
        if (unitsLeftOut.TryGetValue(id, out var row))
        {
            Count(row, item(), "naming this unit were left out with it");
            return true;
        }

        if (unitsNotRead is { } cause)
        {
            Count(cause, item(), "naming a unit were left out, since the units were not read");
            return true;
        }

        return false;
    }

    private bool FollowsFromIndicator(IndicatorCode code, Func<DataLocation> item)
    {
        if (indicatorsLeftOut.TryGetValue(code, out var row))
        {
            Count(row, item(), "naming this indicator were left out with it");
            return true;
        }

        if (indicatorsNotRead is { } cause)
        {
            Count(cause, item(), "naming an indicator were left out, since the indicators were not read");
            return true;
        }

        return false;
    }

    /// <summary>Counts an item against a cause, once however many of its fields name the cause.</summary>
    private void Count(DataLocation cause, DataLocation item, string what)
    {
        if (!consequences.TryGetValue(cause, out var counted))
        {
            counted = new Consequences(what);
            consequences[cause] = counted;
        }

        if (counted.Last != item)
        {
            counted.Last = item;
            counted.Items++;
        }
    }

    /// <summary>
    /// Checks that a target's or an observation's indicator and unit are known. An item naming an unknown one cannot be
    /// used (an observation's parts cannot even be read without its indicator's measure), so it is reported here, at
    /// its field, rather than by <see cref="Scorecard.Validate(IEnumerable{Indicator}, UnitRegistry, IEnumerable{Target}, IEnumerable{Observation})"/>.
    /// </summary>
    public Indicator? CheckReferences(IndicatorCode code, UnitId unit, IFieldProblems sink)
    {
        var unitKnown = CheckUnit(unit, "unit", sink);
        var indicator = CheckIndicator(code, sink);
        return unitKnown ? indicator : null;
    }

    /// <summary>
    /// Checks that an indicator an item names is in the catalog. When it is not, the item fails at its indicator, or,
    /// when the indicator was left out with a problem of its own or the indicators were not read, is left out and
    /// counted against that cause.
    /// </summary>
    public Indicator? CheckIndicator(IndicatorCode code, IFieldProblems sink)
    {
        if (catalog.TryGetValue(code, out var indicator))
        {
            return indicator;
        }

        if (FollowsFromIndicator(code, () => sink.Item))
        {
            sink.LeaveOut();
        }
        else
        {
            sink.Fail("indicator", $"the indicator '{code}' is not in the catalog.");
        }

        return null;
    }

    public ScorecardReadResult Build(IReadOnlyList<string> fileOrder)
    {
        var unitRegistry = Units;
        var timeline = Timeline.HasTimeline ? Timeline.Build(unitRegistry, units) : null;
        // The lists are not changed: a retry below makes new ones without the items left out.
        var indicatorRows = indicators;
        var targetRows = targets;
        // The observations are paired with their places only when a problem needs them.
        List<(Observation Item, RowAddress At)>? observationRows = null;
        IEnumerable<Observation> ObservationItems() => observationRows is null ? observations.ToImmutableArray() : observationRows.Select(row => row.Item);
        List<(Observation Item, RowAddress At)> PairedObservations()
        {
            var rows = new List<(Observation Item, RowAddress At)>(observations.Count);
            for (var i = 0; i < observations.Count; i++)
            {
                rows.Add((observations[i], observationPlaces[i]));
            }

            return rows;
        }

        while (true)
        {
            // Sound data, the usual case, is checked once: Create checks it and says what is wrong when it is not.
            ImmutableArray<ScorecardProblem> found;
            try
            {
                var scorecard = timeline is null
                    ? Scorecard.Create(indicatorRows.Select(row => row.Item), unitRegistry, targetRows.Select(row => row.Item), ObservationItems())
                    : Scorecard.Create(indicatorRows.Select(row => row.Item), timeline, targetRows.Select(row => row.Item), ObservationItems());
                return new ScorecardReadResult(WithTrajectories(WithNotes(scorecard)).WithDataClosingRule(DataClosing).WithOptions(Options), Sorted(fileOrder));
            }
            catch (ScorecardException exception)
            {
                found = exception.Problems;
            }

            observationRows ??= PairedObservations();

            var dropIndicators = new HashSet<int>();
            var listed = new HashSet<IndicatorCode>();
            var dropTargets = new HashSet<int>();
            var dropObservations = new HashSet<int>();
            foreach (var problem in found)
            {
                var (kind, index) = ItemOf(problem);
                switch (kind)
                {
                    case "indicator" when index < indicatorRows.Count:
                        var row = indicatorRows[index];
                        if (CausedBy(problem) is not { } unit || !FollowsFromUnit(unit, () => row.At.Row))
                        {
                            problems.Add(Locate(problem, row.At, row.Item.Responsibility, null));
                            listed.Add(row.Item.Code);
                        }

                        dropIndicators.Add(index);
                        break;
                    case "target" when index < targetRows.Count:
                        problems.Add(Locate(problem, targetRows[index].At, targetRows[index].Item.Responsibility, null));
                        dropTargets.Add(index);
                        break;
                    case "observation" when index < observationRows.Count:
                        problems.Add(Locate(problem, observationRows[index].At, null, observationRows[index].Item.Value));
                        dropObservations.Add(index);
                        break;
                    default:
                        // A problem this reader cannot place still stops the item list from being trusted: report it on the file.
                        problems.Add(new DataProblem(new DataLocation(fileOrder.Count > 0 ? fileOrder[0] : "scorecard"), problem.ToString()));
                        return new ScorecardReadResult(Scorecard.Create([], UnitRegistry.Empty, [], []), Sorted(fileOrder));
                }
            }

            var droppedIndicators = dropIndicators.Select(i => indicatorRows[i]).ToList();
            indicatorRows = [.. indicatorRows.Where((_, i) => !dropIndicators.Contains(i))];
            targetRows = [.. targetRows.Where((_, i) => !dropTargets.Contains(i))];
            observationRows = [.. observationRows.Where((_, i) => !dropObservations.Contains(i))];

            // Items of an indicator that was left out go with it, each saying why.
            var remaining = indicatorRows.Select(row => row.Item.Code).ToHashSet();
            var gone = droppedIndicators.Where(row => !remaining.Contains(row.Item.Code)).GroupBy(row => row.Item.Code).ToDictionary(g => g.Key, g => g.First().At.Row);
            foreach (var (code, where) in gone.Where(pair => !listed.Contains(pair.Key)))
            {
                // Left out only for what follows from another cause: its items are counted against that cause too.
                indicatorsLeftOut.TryAdd(code, where);
            }

            targetRows = [.. targetRows.Where(row => !LeftWithIndicator(row.Item.Indicator, row.At))];
            observationRows = [.. observationRows.Where(row => !LeftWithIndicator(row.Item.Indicator, row.At))];

            bool LeftWithIndicator(IndicatorCode code, RowAddress at)
            {
                if (!gone.TryGetValue(code, out var where))
                {
                    return false;
                }

                if (!listed.Contains(code) && FollowsFromIndicator(code, () => at.Row))
                {
                    return true;
                }

                problems.Add(new DataProblem(at.Of("indicator"), $"left out with its indicator, which has a problem at {where}.", at.NameOf("indicator"), code.Value));
                return true;
            }
        }

    }

    // The notes on rows, each named once; a note whose indicator was left out goes with it, saying why.
    private Scorecard WithNotes(Scorecard scorecard)
    {
        if (notes.Count == 0)
        {
            return scorecard;
        }

        var kept = new List<RowNote>(notes.Count);
        var keys = new HashSet<IndicatorKey>();
        foreach (var (note, at) in notes)
        {
            if (!scorecard.TryGetIndicator(note.Key.Indicator, out _))
            {
                problems.Add(new DataProblem(at.Of("indicator"), "left out with its indicator, which has a problem.", at.NameOf("indicator"), note.Key.Indicator.Value));
            }
            else if (!keys.Add(note.Key))
            {
                problems.Add(new DataProblem(at.Of("period"), "an earlier note has the same indicator, unit and period.", at.NameOf("period"), null));
            }
            else
            {
                kept.Add(note);
            }
        }

        try
        {
            return scorecard.WithNotes(kept);
        }
        catch (ScorecardException exception)
        {
            // The reader checked each note's indicator and unit; what is left is reported, and the notes are left out.
            foreach (var problem in exception.Problems)
            {
                problems.Add(new DataProblem(notes[0].At.Row, problem.ToString()));
            }

            return scorecard;
        }
    }

    // The trajectories, one per indicator for every unit and one per indicator and unit; one whose indicator was left
    // out goes with it, saying why, and one whose catalog indicator differs from its own is refused at its indicator.
    private Scorecard WithTrajectories(Scorecard scorecard)
    {
        if (trajectories.Count == 0)
        {
            return scorecard;
        }

        var kept = new List<ScorecardTrajectory>(trajectories.Count);
        var keys = new HashSet<(IndicatorCode, UnitId?)>();
        foreach (var (trajectory, at) in trajectories)
        {
            if (!scorecard.TryGetIndicator(trajectory.Indicator, out var indicator))
            {
                problems.Add(new DataProblem(at.Of("indicator"), "left out with its indicator, which has a problem.", at.NameOf("indicator"), trajectory.Indicator.Value));
            }
            else if (!keys.Add((trajectory.Indicator, trajectory.Unit)))
            {
                problems.Add(new DataProblem(
                    at.Of(trajectory.Unit is null ? "indicator" : "unit"),
                    trajectory.Unit is null ? "an earlier trajectory has the same indicator for every unit." : "an earlier trajectory has the same indicator and unit.",
                    at.NameOf(trajectory.Unit is null ? "indicator" : "unit"),
                    trajectory.Unit is { } unit ? unit.Value : trajectory.Indicator.Value));
            }
            else if (!ReferenceEquals(indicator, trajectory.Trajectory.Indicator) && indicator.Polarity != trajectory.Trajectory.Indicator.Polarity)
            {
                problems.Add(new DataProblem(at.Of("indicator"), "the trajectory's indicator differs from the catalog's.", at.NameOf("indicator"), trajectory.Indicator.Value));
            }
            else
            {
                kept.Add(trajectory);
            }
        }

        try
        {
            return scorecard.WithTrajectories(kept);
        }
        catch (ScorecardException exception)
        {
            // The reader checked each trajectory's indicator and unit; what is left is reported, and the trajectories are left out.
            foreach (var problem in exception.Problems)
            {
                problems.Add(new DataProblem(trajectories[0].At.Row, problem.ToString()));
            }

            return scorecard;
        }
    }

    private ImmutableArray<DataProblem> Sorted(IReadOnlyList<string> fileOrder)
    {
        var notes = new HashSet<DataProblem>(ReferenceEqualityComparer.Instance);
        foreach (var (cause, counted) in consequences)
        {
            var note = new DataProblem(cause, string.Create(CultureInfo.InvariantCulture,
                $"{counted.Items} {(counted.Items == 1 ? "item" : "items")} of the other tables {counted.What}; they are not listed one by one."));
            notes.Add(note);
            problems.Add(note);
        }

        consequences.Clear();

        int FileRank(DataProblem problem)
        {
            var rank = -1;
            for (var i = 0; i < fileOrder.Count && rank < 0; i++)
            {
                rank = string.Equals(fileOrder[i], problem.Location.File, StringComparison.Ordinal) ? i : -1;
            }

            return rank < 0 ? fileOrder.Count : rank;
        }

        // A note counting what follows from a cause comes after the cause's own problems on its line.
        return [.. problems.OrderBy(FileRank).ThenBy(p => p.Location.Line ?? 0).ThenBy(notes.Contains).ThenBy(p => p.Location.Column ?? 0)];
    }

    /// <summary>The unit a problem of <see cref="Scorecard.Validate(IEnumerable{Indicator}, UnitRegistry, IEnumerable{Target}, IEnumerable{Observation})"/> says is not registered, if that is what it says.</summary>
    private static UnitId? CausedBy(ScorecardProblem problem) =>
        problem.Message.StartsWith("the responsible unit '", StringComparison.Ordinal) &&
        problem.Message.EndsWith("' is not registered.", StringComparison.Ordinal) && Quoted(problem.Message) is { Length: > 0 } id
            ? new UnitId(id)
            : null;

    private static (string Kind, int Index) ItemOf(ScorecardProblem problem)
    {
        // Scorecard names items "indicator 3 (CODE)", "target 0 (…)", "observation 12 (…)": kind, then position.
        var parts = problem.Item.Split(' ', 3);
        return parts.Length >= 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? (parts[0], index)
            : (string.Empty, -1);
    }

    private static DataProblem Locate(ScorecardProblem problem, RowAddress at, Responsibility? responsibility, MeasuredValue? value)
    {
        var message = problem.Message;
        var quoted = Quoted(message);
        var field = message switch
        {
            _ when message.StartsWith("the code '", StringComparison.Ordinal) => "code",
            _ when message.StartsWith("the formula names '", StringComparison.Ordinal) => "formula_parts",
            _ when message.StartsWith("the formula", StringComparison.Ordinal) => "formula",
            _ when message.StartsWith("the unit '", StringComparison.Ordinal) => "unit",
            _ when message.StartsWith("the indicator '", StringComparison.Ordinal) => "indicator",
            _ when message.StartsWith("the responsible unit '", StringComparison.Ordinal) =>
                responsibility is not null && string.Equals(responsibility.Lead.Value, quoted, StringComparison.Ordinal) ? "lead" : "coordinating",
            _ when message.StartsWith("the value ", StringComparison.Ordinal) => value is { HasParts: true } ? "numerator" : "value",
            _ when message.StartsWith("the goal ", StringComparison.OrdinalIgnoreCase) || message.StartsWith("indicator '", StringComparison.Ordinal) => "goal",
            _ => null,
        };
        if (field is null)
        {
            return new DataProblem(at.Row, message);
        }

        var shown = field is "value" or "numerator" or "goal" ? null : quoted;
        return new DataProblem(at.Of(field), message, at.NameOf(field), shown);
    }

    private static string? Quoted(string message)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        return end < 0 ? null : message[(start + 1)..end];
    }

    private UnitRegistry CompleteUnits()
    {
        // The tree is checked here rather than by UnitRegistry.Create, which stops at the first fault: every unit
        // that cannot stand in the tree is reported, and the registry is built from the rest.
        var first = new Dictionary<UnitId, RowAddress>();
        var kept = new List<(ResponsibleUnit Item, RowAddress At)>();
        foreach (var row in units)
        {
            if (first.TryGetValue(row.Item.Id, out var earlier))
            {
                problems.Add(new DataProblem(row.At.Of("id"), $"the unit id is already used at {earlier.Row}.", row.At.NameOf("id"), row.Item.Id.Value));
                continue;
            }

            first[row.Item.Id] = row.At;
            kept.Add(row);
        }

        while (true)
        {
            var ids = kept.Select(row => row.Item.Id).ToHashSet();
            var orphans = kept.Where(row => row.Item.ParentId is { } parent && !ids.Contains(parent)).ToList();
            foreach (var (unit, at) in orphans)
            {
                var parent = unit.ParentId!.Value;
                var message = first.TryGetValue(parent, out var place)
                    ? $"the parent unit was left out because of its own problem at {place.Row}."
                    : "the parent unit is not registered.";
                problems.Add(new DataProblem(at.Of("parent"), message, at.NameOf("parent"), parent.Value));
            }

            var cycle = orphans.Count == 0 ? FindCycle(kept) : [];
            foreach (var (unit, at) in cycle)
            {
                var path = string.Join(" → ", cycle.Select(row => row.Item.Id).Append(cycle[0].Item.Id));
                problems.Add(new DataProblem(at.Of("parent"), $"the units' parents form a cycle: {path}.", at.NameOf("parent"), unit.ParentId!.Value.Value));
            }

            if (orphans.Count == 0 && cycle.Count == 0)
            {
                return UnitRegistry.Create(kept.Select(row => row.Item));
            }

            foreach (var (unit, at) in orphans.Concat(cycle))
            {
                unitsLeftOut.TryAdd(unit.Id, at.Row);
            }

            var removed = orphans.Concat(cycle).Select(row => row.Item.Id).ToHashSet();
            kept.RemoveAll(row => removed.Contains(row.Item.Id));
        }
    }

    private static List<(ResponsibleUnit Item, RowAddress At)> FindCycle(List<(ResponsibleUnit Item, RowAddress At)> rows)
    {
        var byId = rows.ToDictionary(row => row.Item.Id);
        var acyclic = new HashSet<UnitId>();
        foreach (var start in rows)
        {
            var chain = new List<UnitId>();
            for (UnitId? current = start.Item.Id; current is { } id && !acyclic.Contains(id); current = byId[id].Item.ParentId)
            {
                var at = chain.IndexOf(id);
                if (at >= 0)
                {
                    return [.. chain.Skip(at).Select(unit => byId[unit])];
                }

                chain.Add(id);
            }

            acyclic.UnionWith(chain);
        }

        return [];
    }

    /// <summary>The items counted against one cause, and what they are.</summary>
    private sealed class Consequences(string what)
    {
        public string What { get; } = what;

        public int Items { get; set; }

        public DataLocation Last { get; set; }
    }
}
