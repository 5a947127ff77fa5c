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
    private readonly List<(Observation Item, RowAddress At)> observations = [];
    private UnitRegistry? registry;

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

    public void AddTarget(Target target, RowAddress at) => targets.Add((target, at));

    public void AddObservation(Observation observation, RowAddress at) => observations.Add((observation, at));

    /// <summary>
    /// Checks that a target's or an observation's indicator and unit are known. An item naming an unknown one cannot be
    /// used (an observation's parts cannot even be read without its indicator's measure), so it is reported here, at
    /// its field, rather than by <see cref="Scorecard.Validate(IEnumerable{Indicator}, UnitRegistry, IEnumerable{Target}, IEnumerable{Observation})"/>.
    /// </summary>
    public Indicator? CheckReferences(IndicatorCode code, UnitId unit, IFieldProblems sink)
    {
        if (!Units.Contains(unit))
        {
            sink.Fail("unit", $"the unit '{unit}' is not registered.");
        }

        if (catalog.TryGetValue(code, out var indicator))
        {
            return Units.Contains(unit) ? indicator : null;
        }

        sink.Fail("indicator", $"the indicator '{code}' is not in the catalog.");
        return null;
    }

    public ScorecardReadResult Build(IReadOnlyList<string> fileOrder)
    {
        var unitRegistry = Units;
        var timeline = Timeline.HasTimeline ? Timeline.Build(unitRegistry, units) : null;
        var indicatorRows = indicators.ToList();
        var targetRows = targets.ToList();
        var observationRows = observations.ToList();
        while (true)
        {
            // Sound data, the usual case, is checked once: Create checks it and says what is wrong when it is not.
            ImmutableArray<ScorecardProblem> found;
            try
            {
                var scorecard = timeline is null
                    ? Scorecard.Create(indicatorRows.Select(row => row.Item), unitRegistry, targetRows.Select(row => row.Item), observationRows.Select(row => row.Item))
                    : Scorecard.Create(indicatorRows.Select(row => row.Item), timeline, targetRows.Select(row => row.Item), observationRows.Select(row => row.Item));
                return new ScorecardReadResult(scorecard, Sorted(fileOrder));
            }
            catch (ScorecardException exception)
            {
                found = exception.Problems;
            }

            var dropIndicators = new HashSet<int>();
            var dropTargets = new HashSet<int>();
            var dropObservations = new HashSet<int>();
            foreach (var problem in found)
            {
                var (kind, index) = ItemOf(problem);
                switch (kind)
                {
                    case "indicator" when index < indicatorRows.Count:
                        problems.Add(Locate(problem, indicatorRows[index].At, indicatorRows[index].Item.Responsibility, null));
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
            targetRows = [.. targetRows.Where(row => !LeftWithIndicator(row.Item.Indicator, row.At))];
            observationRows = [.. observationRows.Where(row => !LeftWithIndicator(row.Item.Indicator, row.At))];

            bool LeftWithIndicator(IndicatorCode code, RowAddress at)
            {
                if (!gone.TryGetValue(code, out var where))
                {
                    return false;
                }

                problems.Add(new DataProblem(at.Of("indicator"), $"left out with its indicator, which has a problem at {where}.", at.NameOf("indicator"), code.Value));
                return true;
            }
        }

    }

    private ImmutableArray<DataProblem> Sorted(IReadOnlyList<string> fileOrder)
    {
        int FileRank(DataProblem problem)
        {
            var rank = -1;
            for (var i = 0; i < fileOrder.Count && rank < 0; i++)
            {
                rank = string.Equals(fileOrder[i], problem.Location.File, StringComparison.Ordinal) ? i : -1;
            }

            return rank < 0 ? fileOrder.Count : rank;
        }

        return [.. problems.OrderBy(FileRank).ThenBy(p => p.Location.Line ?? 0).ThenBy(p => p.Location.Column ?? 0)];
    }

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
}
