using System.Collections.Immutable;
using System.Globalization;
using De06Metrics.Evaluation;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Ranking;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Scorecards;

/// <summary>Evaluates one period of a scorecard; one instance per call, so it may keep per-call state.</summary>
/// <remarks>
/// Units are addressed by their position in the tree of the evaluated date, so per-indicator work runs over arrays:
/// children before parents for roll-ups, and peer groups (same kind, same parent) worked out once for every indicator.
/// Each position maps to the unit's slot in the scorecard, where its observations and targets are found.
/// </remarks>
internal sealed class ScorecardEvaluator
{
    private readonly Scorecard scorecard;
    private readonly ReportingPeriod period;
    private readonly LocalDate? asOf;
    private readonly ScorecardOptions options;
    private readonly UnitRegistry registry;
    private readonly ImmutableArray<ResponsibleUnit> units;
    private readonly int[] bottomUp;
    private readonly int[][] childrenOf;
    private readonly int[][] peerGroups;
    private readonly Responsibility[] selfResponsibility;
    private readonly int[] slotOf;

    // Working memory reused for every indicator of the call: the evaluator is not shared between threads.
    private readonly Observation?[] observed;
    private readonly Target?[] targeted;
    private readonly List<MeasuredValue> children = [];
    private readonly LocalDate? publishedOn;
    private readonly List<int> members = [];
    private readonly List<decimal> scores = [];
    private readonly decimal[] peerRankBuffer;
    // Computed indicators: each part's values for a period, worked out once per evaluation and shared by every formula
    // that uses it (ten ratios over one denominator roll the denominator up once), and each formula's part indicators.
    private readonly Dictionary<(IndicatorCode, ReportingPeriod), UnitValue[]> partValues = [];
    private readonly Dictionary<IndicatorCode, Indicator[]> partIndicators = [];
    private readonly Dictionary<(IndicatorCode, ReportingPeriod), PartColumn> partColumns = [];

    public ScorecardEvaluator(Scorecard scorecard, ReportingPeriod period, LocalDate? asOf, ScorecardOptions options)
    {
        this.scorecard = scorecard;
        this.period = period;
        this.asOf = asOf;
        this.options = options;
        publishedOn = options.PublishedOn;
        registry = scorecard.UnitsOn(asOf ?? period.End); // units over time: the tree of the evaluated date; Units without a timeline
        units = registry.Units;
        slotOf = [.. units.Select(unit => scorecard.Slots.SlotOf(unit.Id))];
        childrenOf = [.. units.Select(unit => registry.ChildrenOf(unit.Id).Select(child => registry.PositionOf(child.Id)).ToArray())];

        // Children before parents: the reverse of a depth-first pre-order walk of the whole forest.
        bottomUp = [.. registry.Roots.SelectMany(root => registry.DescendantsOf(root.Id).Prepend(root)).Select(unit => registry.PositionOf(unit.Id)).Reverse()];
        selfResponsibility = [.. units.Select(unit => new Responsibility(unit.Id))];
        observed = new Observation?[scorecard.Slots.Count];
        targeted = new Target?[scorecard.Slots.Count];
        peerGroups = [.. Enumerable.Range(0, units.Length).GroupBy(i => (units[i].Kind, units[i].ParentId)).Select(group => group.ToArray()).Where(group => group.Length > 1)];
        peerRankBuffer = new decimal[peerGroups.Length == 0 ? 0 : peerGroups.Max(group => group.Length)];
    }

    public ScorecardResult Evaluate()
    {
        var latest = options.Figures == FigureChoice.LatestAvailable;
        var evaluatedBase = options.BasePeriodFor(period);
        var contexts = new Dictionary<(ReportingPeriod, ReportingPeriod?), RowContext>();
        var restaters = new Dictionary<ReportingPeriod, ScorecardRestater?>();
        var basesOfPeriod = new Dictionary<ReportingPeriod, int>();
        var rows = ImmutableArray.CreateBuilder<ScorecardRow>(RowsAtMost());
        var current = new UnitValue[units.Length];
        var previous = new UnitValue[units.Length];
        var peerRanks = new FieldRank?[units.Length];
        foreach (var indicator in scorecard.Indicators)
        {
            // Latest available figures: an indicator with nothing in the period shows its latest earlier figures.
            var rowPeriod = period;
            if (latest && !scorecard.HasDataIn(indicator.Code, period, publishedOn))
            {
                if (LatestObservedBefore(indicator, period) is not { } earlier)
                {
                    continue;
                }

                rowPeriod = earlier;
            }

            var basePeriod = latest ? BaseFor(indicator, rowPeriod) : evaluatedBase;
            if (!contexts.TryGetValue((rowPeriod, basePeriod), out var context))
            {
                context = new RowContext(rowPeriod, basePeriod, Label(rowPeriod, basePeriod), options, WindowOf(rowPeriod));
                contexts.Add((rowPeriod, basePeriod), context);
            }

            var comparedWith = context.ComparedWith;
            // The report's date lies inside the evaluated period; an earlier period's figures are counted to its end.
            var rowAsOf = rowPeriod.Equals(period) ? asOf : null;
            ValuesFor(indicator, rowPeriod, current);
            if (basePeriod is not null)
            {
                ValuesFor(indicator, basePeriod, previous);
            }
            else
            {
                Array.Clear(previous);
            }

            // Units over time: one restater per base period, made only for a scorecard built on a timeline.
            ScorecardRestater? restater = null;
            if (basePeriod is not null && !restaters.TryGetValue(basePeriod, out restater))
            {
                restater = ScorecardRestater.For(scorecard, period, asOf, basePeriod, options);
                restaters.Add(basePeriod, restater);
            }

            Array.Clear(targeted);
            scorecard.TargetsOf(indicator.Code, rowPeriod).ScatterInto(targeted);
            var containingPeriods = ContainingTargetPeriods(indicator, rowPeriod);
            SetAsideUnjudgeable(indicator, current);
            RankPeers(indicator, current, peerRanks);
            for (var i = 0; i < units.Length; i++)
            {
                var target = targeted[slotOf[i]];
                var value = current[i];
                if (value.IsEmpty && target is null)
                {
                    continue;
                }

                // A figure dated after the evaluation's as-of day was not known on that day: shown, never judged.
                var datedAfterAsOf = rowAsOf is { } evaluatedOn && value.Reported?.AsOf is { } dated && dated > evaluatedOn;
                var actual = datedAfterAsOf ? null : value.Actual;
                // A figure without a date of its own, as of a day before its period ends, is not judged against the
                // target of the whole period: nothing says it was known then. Its progress to that day still is.
                var beforePeriodEnd = !datedAfterAsOf && target is not null && value.Actual is not null && value.Reported?.AsOf is null &&
                    rowAsOf is { } notEndedOn && notEndedOn < rowPeriod.End;
                var status = target is null ? (TargetStatus?)null : TargetEvaluation.StatusChecked(indicator, target.Goal, beforePeriodEnd ? null : actual, options.Evaluation);
                var schedule = target is null || datedAfterAsOf ? null : Schedule(indicator, target, value.Reported?.AsOf ?? rowAsOf, actual, slotOf[i]);
                // Targets of a containing period: a quarter's figure against the plan of its year, when the quarter has none of its own.
                var planShare = target is null && !value.IsEmpty && !datedAfterAsOf ? PlanShareOf(indicator, containingPeriods, rowPeriod, slotOf[i], actual, value.Reported?.AsOf ?? rowAsOf) : null;
                var responsibility = target?.Responsibility ?? indicator.Responsibility ?? selfResponsibility[i];
                // Units over time: a unit that changed since the base period is compared on its restated base, or not at all.
                var comparisonBase = restater?.BaseOf(indicator, units[i].Id, previous[i].Actual);
                var baseStatus = comparisonBase is { Basis: BaseValueBasis.Restated } ? RestatedStatus(previous[i].Status, comparisonBase) : previous[i].Status;
                // A computed indicator's restated base was computed from its parts' restated figures: the row names the formula.
                var baseDerivation = comparisonBase is { Basis: BaseValueBasis.Restated } && indicator.Formula is not null
                    ? previous[i].Derived ?? new Derivation(null, partIndicators[indicator.Code].Length, null) { IsComputed = true, FormulaParts = partIndicators[indicator.Code] }
                    : previous[i].Derived;
                rows.Add(new ScorecardRow(
                    context, i, indicator, units[i], value.Reported, value.Derived, target, status, schedule,
                    previous[i].Reported, baseDerivation, peerRanks[i], responsibility)
                {
                    ComparisonBase = comparisonBase,
                    BaseLabel = comparisonBase is null ? null : ScorecardRestater.Label(comparisonBase, comparedWith),
                    IsEarlierFigure = !rowPeriod.Equals(period),
                    ValueStatus = value.Status,
                    BaseStatus = previous[i].Actual is null && baseDerivation is not { IsComputed: true } && comparisonBase is not { Basis: BaseValueBasis.Restated, Value: not null }
                        ? ValueStatus.Reported
                        : baseStatus,
                    Revises = value.Reported is null ? null : value.Earlier,
                    Note = scorecard.NoteOf(indicator.Code, units[i].Id, rowPeriod),
                    PlanShare = planShare,
                    IsDatedAfterAsOf = datedAfterAsOf,
                    IsBeforePeriodEnd = beforePeriodEnd,
                    EvaluatedAsOf = rowAsOf,
                    TrajectoryCheck = actual is { } figure ? TrajectoryCheckOf(indicator, units[i].Id, rowPeriod, figure.Value) : null,
                });
                if (latest && basePeriod is not null && rowPeriod.Equals(period))
                {
                    basesOfPeriod[basePeriod] = basesOfPeriod.GetValueOrDefault(basePeriod) + 1;
                }
            }
        }

        // Latest available figures: the base most of the evaluated period's rows are compared with (the later on a tie).
        var resultBase = latest
            ? basesOfPeriod.OrderByDescending(pair => pair.Value).ThenByDescending(pair => pair.Key).Select(pair => pair.Key).FirstOrDefault()
            : evaluatedBase;
        return new ScorecardResult(scorecard, registry, period, resultBase, asOf, options, rows.DrainToImmutable())
        {
            ComparedWith = resultBase is null ? null : Label(period, resultBase),
        };
    }

    // The window of days a period's figures cover under the scorecard's closing rule; none without a rule, or for a
    // period that is not made of whole months under a closing day.
    /// <summary>
    /// The status of a restated base: restated, or less firm when a figure it was restated from was (an estimate of a
    /// predecessor makes the restated base an estimate too).
    /// </summary>
    private static ValueStatus RestatedStatus(ValueStatus own, ComparisonBase restated)
    {
        var status = ValueStatusExtensions.Later(own, ValueStatus.Restated);
        if (restated.Restated is { } observation)
        {
            foreach (var contribution in observation.Contributions)
            {
                status = ValueStatusExtensions.Later(status, contribution.Original.Status);
            }
        }

        return status;
    }

    private DataWindow? WindowOf(ReportingPeriod rowPeriod)
    {
        if (scorecard.DataClosingRule is not { } rule)
        {
            return null;
        }

        try
        {
            return DataWindow.Of(rowPeriod, rule);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // A figure against the milestone of its period's year, when the row has a trajectory that covers that year and the
    // period lies within one year.
    private TrajectoryCheck? TrajectoryCheckOf(Indicator indicator, UnitId unit, ReportingPeriod rowPeriod, decimal figure)
    {
        if (scorecard.FindTrajectory(indicator.Code, unit) is not { } trajectory ||
            rowPeriod.Year < trajectory.Baseline.Year || rowPeriod.Year > trajectory.Target.Year ||
            (rowPeriod.Kind == PeriodKind.Custom && rowPeriod.Start.Year != rowPeriod.End.Year))
        {
            return null;
        }

        return trajectory.Check(figure, rowPeriod);
    }

    // The label of a base period in a sentence: "cùng kỳ năm 2023" when it is the same period a year earlier and the
    // options compare with that, else the period itself ("năm 2023", "Quý IV/2023").
    private LocalizedText? Label(ReportingPeriod rowPeriod, ReportingPeriod? basePeriod)
    {
        if (basePeriod is null)
        {
            return null;
        }

        var kind = options.Figures == FigureChoice.LatestAvailable
            ? options.Comparison == PeriodComparison.SamePeriodLastYear && basePeriod.Equals(NamedBase(rowPeriod)) ? PeriodComparison.SamePeriodLastYear : PeriodComparison.PreviousPeriod
            : options.ComparisonPeriod is null ? options.Comparison : PeriodComparison.PreviousPeriod;
        return SeriesChanges.ComparisonLabel(basePeriod, kind);
    }

    // Latest available figures: the period the options name, when the indicator has figures there; else the latest
    // period before the row's that has them; else none.
    private ReportingPeriod? BaseFor(Indicator indicator, ReportingPeriod rowPeriod)
    {
        if (rowPeriod.Equals(period) && options.ComparisonPeriod is { } chosen)
        {
            return chosen;
        }

        return NamedBase(rowPeriod) is { } named && scorecard.HasObservationsIn(indicator.Code, named, publishedOn)
            ? named
            : LatestObservedBefore(indicator, rowPeriod);
    }

    // The period the options' comparison names for a period, or none before the supported range.
    private ReportingPeriod? NamedBase(ReportingPeriod of)
    {
        try
        {
            return options.Comparison == PeriodComparison.SamePeriodLastYear ? of.SamePeriodLastYear() : of.Previous();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    // The latest period that ends before a period starts and has observations of the indicator (the latest by end,
    // then the longest: the year 2023 before the fourth quarter of 2023 when both end on 31 December); as published on
    // the options' day, a period whose figures were all published after it has none.
    private ReportingPeriod? LatestObservedBefore(Indicator indicator, ReportingPeriod of)
    {
        ReportingPeriod? found = null;
        foreach (var observed in scorecard.ObservedPeriodsOf(indicator.Code))
        {
            if (observed.End < of.Start && (found is null || observed.End > found.End || (observed.End == found.End && observed.Start < found.Start)) &&
                (publishedOn is null || scorecard.HasObservationsIn(indicator.Code, observed, publishedOn)))
            {
                found = observed;
            }
        }

        return found;
    }

    // A value rolled up from the children can lie further from its target than decimal holds (money may be negative),
    // which no reported figure can: the scorecard refuses one when it is built. Such a value is set aside as out of range,
    // with the reason, so that the row says why it has no value instead of the whole evaluation failing; it is then
    // neither judged nor ranked.
    private void SetAsideUnjudgeable(Indicator indicator, UnitValue[] values)
    {
        if (indicator.Measure.Kind != MeasureKind.Money)
        {
            return;
        }

        for (var i = 0; i < units.Length; i++)
        {
            if (values[i] is { Reported: null, Derived: not null, Actual: { } derived } && targeted[slotOf[i]] is { } target &&
                !GoalRules.MarginFits(target.Goal, derived.Value))
            {
                var problem = string.Create(CultureInfo.InvariantCulture,
                    $"the value rolled up from the children, {derived.Value}, is further from the target's goal {target.Goal} than decimal's range (±7,9 × 10^28) holds, so it cannot be judged.");
                values[i] = values[i] with { Derived = new Derivation(null, 0, problem, NotMeaningfulReason.OutOfRange) };
            }
        }
    }

    // Room for every row there can be saves the copies of a growing list: for each indicator, no more than the units,
    // nor than its figures, targets and parents (whose values may be derived). Sparse data gets a small list.
    private int RowsAtMost()
    {
        var parents = childrenOf.Count(children => children.Length > 0);
        long rows = 0;
        foreach (var indicator in scorecard.Indicators)
        {
            var items = scorecard.ObservationsOf(indicator.Code, period).Count + scorecard.TargetsOf(indicator.Code, period).Count;
            rows += indicator.Formula is null ? Math.Min(units.Length, items + (options.DeriveFromChildren ? parents : 0)) : units.Length;
        }

        return (int)Math.Min(rows, Array.MaxLength);
    }

    // The periods, shortest first, that contain a row's period, are longer, and hold targets of the indicator.
    private List<ReportingPeriod>? ContainingTargetPeriods(Indicator indicator, ReportingPeriod rowPeriod)
    {
        List<ReportingPeriod>? found = null;
        foreach (var candidate in scorecard.Periods)
        {
            if (candidate.Contains(rowPeriod) && candidate.LengthInDays > rowPeriod.LengthInDays && scorecard.TargetsOf(indicator.Code, candidate).Count > 0)
            {
                (found ??= []).Add(candidate);
            }
        }

        found?.Sort((a, b) => a.LengthInDays.CompareTo(b.LengthInDays));
        return found;
    }

    // The figure against the target of the shortest containing period that has one for the unit, the plan's days counted
    // to the figure's own as-of day, else the evaluation's (which lies inside the row's period), else the period's end.
    private PlanShare? PlanShareOf(Indicator indicator, List<ReportingPeriod>? containingPeriods, ReportingPeriod rowPeriod, int slot, MeasuredValue? actual, LocalDate? countedTo)
    {
        if (containingPeriods is null)
        {
            return null;
        }

        foreach (var candidate in containingPeriods)
        {
            if (scorecard.TargetsOf(indicator.Code, candidate).Find(slot) is { } target)
            {
                // A plan meant to start from the previous closing value, with none to be found, is not counted from zero instead.
                return StartOf(indicator, target, slot) is { } start
                    ? PlanShare.EvaluateFromStart(indicator, target.Goal, target.Period, rowPeriod, actual, start, evaluation: options.Evaluation, asOf: countedTo)
                    : target.Start is { IsPrevious: true } && indicator.Accumulation is AccumulationKind.Stock or AccumulationKind.CumulativeToDate
                        ? PlanShare.WithoutStart(indicator, target.Goal, target.Period, rowPeriod, actual, countedTo)
                        : PlanShare.Evaluate(indicator, target.Goal, target.Period, rowPeriod, actual, evaluation: options.Evaluation, asOf: countedTo);
            }
        }

        return null;
    }

    // Linear time-elapsed progress applies to what accumulates over the period: counts and money; a stock's or a
    // cumulative figure's plan runs from its start, when the target has one and the target lies beyond it.
    private ScheduleVariance? Schedule(Indicator indicator, Target target, LocalDate? countedTo, MeasuredValue? actual, int slot)
    {
        if (countedTo is not { } date ||
            date >= target.Period.End ||
            !target.Period.Contains(date) ||
            indicator.Measure.Kind is not (MeasureKind.Count or MeasureKind.Money) ||
            target.Goal.Kind is not (TargetKind.AtLeast or TargetKind.AtMost))
        {
            return null;
        }

        var start = StartOf(indicator, target, slot) is { Value: { } value } &&
            GoalRules.Sign(indicator.Polarity) * (target.Goal.Value - value) > 0m
            ? new ScheduleOptions(startValue: value)
            : null;
        return ScheduleVariance.Evaluate(indicator, target.Goal, target.Period.ToDateInterval(), date, actual?.Value, start);
    }

    // The start of a stock's or a cumulative figure's plan: the stated one, or the previous period's closing value (the
    // latest observation of the indicator and unit whose period ends before the target's starts, dated at that
    // period's end, or at its as-of date); none for a flow, without a start, or when no earlier figure is found.
    private PlanStart? StartOf(Indicator indicator, Target target, int slot)
    {
        if (target.Start is not { } start || indicator.Accumulation is not (AccumulationKind.Stock or AccumulationKind.CumulativeToDate))
        {
            return null;
        }

        if (!start.IsPrevious)
        {
            return start;
        }

        Observation? found = null;
        foreach (var observedPeriod in scorecard.ObservedPeriodsOf(indicator.Code))
        {
            if (observedPeriod.End < target.Period.Start && (found is null || observedPeriod.End > found.Period.End) &&
                scorecard.ObservationsOf(indicator.Code, observedPeriod).Find(slot) is { } observation)
            {
                found = observation;
            }
        }

        return found is null ? null : PlanStart.Stated(found.Value.Value, found.AsOf ?? found.Period.End);
    }

    private void ValuesFor(Indicator indicator, ReportingPeriod of, UnitValue[] values)
    {
        if (indicator.Formula is { } formula)
        {
            ComputedValuesFor(indicator, formula, of, values);
            return;
        }

        Array.Clear(observed);
        scorecard.ObservationsOf(indicator.Code, of).ScatterInto(observed);
        var derive = options.DeriveFromChildren && indicator.RollUp != RollUpRule.None;
        // Vintages: the one in force on the day asked, or the latest, and the one it revised.
        var vintages = publishedOn is not null || scorecard.HasVintagesIn(indicator.Code, of);
        foreach (var i in bottomUp)
        {
            var observation = observed[slotOf[i]];
            Observation? earlier = null;
            if (vintages && observation is { } latest)
            {
                (observation, earlier) = scorecard.VintageOn(latest, publishedOn);
            }

            Derivation? derivation = null;
            if (derive && childrenOf[i].Length > 0)
            {
                children.Clear();
                var childStatus = ValueStatus.Reported;
                foreach (var child in childrenOf[i])
                {
                    if (values[child].Actual is { } childValue)
                    {
                        children.Add(childValue);
                        childStatus = childStatus.LeastFirm(values[child].Status);
                    }
                }

                if (children.Count > 0)
                {
                    derivation = Derivation.Of(indicator, children) with { Status = childStatus };
                }
            }

            values[i] = new UnitValue(observation, derivation, earlier, i);
        }
    }

    // A computed indicator's value for each unit, from its parts' values for that unit (reported, or rolled up from the
    // unit's children by each part's own rule): a parent's ratio is its summed parts' ratio, never a mean of ratios. A
    // unit where no part has a value has no value, as an indicator with nothing reported; one where some part has
    // none says so (MissingPart). A computed value is derived, or as little firm as its least firm part.
    private void ComputedValuesFor(Indicator indicator, IndicatorFormula formula, ReportingPeriod of, UnitValue[] values)
    {
        if (!partIndicators.TryGetValue(indicator.Code, out var parts))
        {
            parts = [.. formula.Parts.Select(scorecard.GetIndicator)];
            partIndicators.Add(indicator.Code, parts);
        }

        var partsOf = new PartColumn[parts.Length];
        for (var p = 0; p < parts.Length; p++)
        {
            partsOf[p] = PartColumnFor(parts[p], of);
        }

        // One column per indicator and period holds every unit's value; the rows read from it at their positions.
        var column = new ComputedColumn(formula, indicator.Measure, parts, units.Length);
        var description = column.Description;
        Span<decimal> partsOfUnit = parts.Length <= 16 ? stackalloc decimal[parts.Length] : new decimal[parts.Length];
        for (var i = 0; i < units.Length; i++)
        {
            var present = 0;
            var status = ValueStatus.Reported;
            for (var p = 0; p < partsOf.Length; p++)
            {
                var part = partsOf[p];
                if (part.Has[i])
                {
                    present++;
                    partsOfUnit[p] = part.Values[i];
                    var partStatus = part.Statuses[i];
                    status = ValueStatusExtensions.Later(status, partStatus);
                }
            }

            if (present == 0)
            {
                values[i] = default;
                continue;
            }

            if (present < partsOf.Length)
            {
                column.MissingPart(i);
            }
            else
            {
                column.Compute(i, partsOfUnit, status);
            }

            values[i] = new UnitValue(null, description, null, i);
        }
    }

    // A part's values for a period as plain arrays, made once per evaluation from its values and kept for every
    // formula after it: ten ratios over one denominator read it ten times.
    private PartColumn PartColumnFor(Indicator part, ReportingPeriod of)
    {
        if (!partColumns.TryGetValue((part.Code, of), out var column))
        {
            var values = PartValuesFor(part, of);
            column = new PartColumn(new bool[values.Length], new decimal[values.Length], new ValueStatus[values.Length]);
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i].Actual is { } value)
                {
                    column.Has[i] = true;
                    column.Values[i] = value.Value;
                    column.Statuses[i] = values[i].Status;
                }
            }

            partColumns.Add((part.Code, of), column);
        }

        return column;
    }

    // A part's values for a period, worked out on first use in the evaluation and kept for every formula after it.
    private UnitValue[] PartValuesFor(Indicator part, ReportingPeriod of)
    {
        if (!partValues.TryGetValue((part.Code, of), out var values))
        {
            values = new UnitValue[units.Length];
            ValuesFor(part, of, values);
            partValues.Add((part.Code, of), values);
        }

        return values;
    }

    private void RankPeers(Indicator indicator, UnitValue[] values, FieldRank?[] ranks)
    {
        Array.Clear(ranks);
        if (indicator.Polarity == Polarity.WithinBand || indicator.Measure.Kind is MeasureKind.Rank or MeasureKind.YesNo)
        {
            return;
        }

        var options = new RankOptions(indicator.Polarity, TieMethod.Min);
        foreach (var group in peerGroups)
        {
            members.Clear();
            scores.Clear();
            foreach (var i in group)
            {
                if (values[i].Actual is { } value)
                {
                    members.Add(i);
                    scores.Add(value.Value);
                }
            }

            if (members.Count < 2)
            {
                continue;
            }

            var ranked = peerRankBuffer.AsSpan(0, members.Count);
            Ranks.Compute(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scores), ranked, options);
            for (var k = 0; k < members.Count; k++)
            {
                ranks[members[k]] = new FieldRank((int)ranked[k], members.Count);
            }
        }
    }

    // A part's values for one period by position: whether the unit has one, the value, and its status.
    private sealed record PartColumn(bool[] Has, decimal[] Values, ValueStatus[] Statuses);

    // Position: the unit's position in the evaluated tree, where a computed value is read from its column.
    private readonly record struct UnitValue(Observation? Reported, Derivation? Derived, Observation? Earlier, int Position)
    {
        public MeasuredValue? Actual => Reported?.Value ?? Derived?.ValueAt(Position);

        // A later vintage of a reported figure is a revision; an estimate published again stays an estimate.
        public ValueStatus Status => Reported is { } reported
            ? Earlier is not null && reported.Status == ValueStatus.Reported ? ValueStatus.Revised : reported.Status
            : Derived is { } derived && derived.ValueAt(Position) is not null ? derived.StatusAt(Position) : ValueStatus.Reported;

        public bool IsEmpty => Reported is null && Derived is null;
    }
}
