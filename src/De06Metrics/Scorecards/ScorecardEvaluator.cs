using System.Collections.Immutable;
using De06Metrics.Evaluation;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Ranking;
using De06Metrics.Text;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Scorecards;

/// <summary>Evaluates one period of a scorecard; one instance per call, so it may keep per-call state.</summary>
/// <remarks>
/// Units are addressed by their position in the registry, so per-indicator work runs over arrays: children before
/// parents for roll-ups, and peer groups (same kind, same parent) worked out once for every indicator.
/// </remarks>
internal sealed partial class ScorecardEvaluator
{
    private readonly Scorecard scorecard;
    private readonly ReportingPeriod period;
    private readonly LocalDate? asOf;
    private readonly ScorecardOptions options;
    private readonly ImmutableArray<ResponsibleUnit> units;
    private readonly int[] bottomUp;
    private readonly int[][] childrenOf;
    private readonly int[][] peerGroups;
    private readonly Responsibility[] selfResponsibility;

    public ScorecardEvaluator(Scorecard scorecard, ReportingPeriod period, LocalDate? asOf, ScorecardOptions options)
    {
        this.scorecard = scorecard;
        this.period = period;
        this.asOf = asOf;
        this.options = options;
        var registry = scorecard.UnitsOn(asOf ?? period.End); // units over time: the tree of the evaluated date; Units without a timeline
        units = registry.Units;
        var indexOf = new Dictionary<UnitId, int>(units.Length);
        for (var i = 0; i < units.Length; i++)
        {
            indexOf[units[i].Id] = i;
        }

        childrenOf = [.. units.Select(unit => registry.ChildrenOf(unit.Id).Select(child => indexOf[child.Id]).ToArray())];

        // Children before parents: the reverse of a depth-first pre-order walk of the whole forest.
        bottomUp = [.. registry.Roots.SelectMany(root => registry.DescendantsOf(root.Id).Prepend(root)).Select(unit => indexOf[unit.Id]).Reverse()];
        selfResponsibility = [.. units.Select(unit => new Responsibility(unit.Id))];
        peerGroups = [.. Enumerable.Range(0, units.Length).GroupBy(i => (units[i].Kind, units[i].ParentId)).Select(group => group.ToArray()).Where(group => group.Length > 1)];
    }

    public ScorecardResult Evaluate()
    {
        var basePeriod = options.BasePeriodFor(period);
        var comparedWith = basePeriod is null ? (LocalizedText?)null : SeriesChanges.ComparisonLabel(
            basePeriod, options.ComparisonPeriod is null ? options.Comparison : PeriodComparison.PreviousPeriod);
        var rows = ImmutableArray.CreateBuilder<ScorecardRow>();
        var current = new UnitValue[units.Length];
        var previous = new UnitValue[units.Length];
        var peerRanks = new FieldRank?[units.Length];
        var restater = Restater.For(scorecard, period, asOf, basePeriod, options); // units over time; null without a timeline
        foreach (var indicator in scorecard.Indicators)
        {
            ValuesFor(indicator, period, current);
            if (basePeriod is not null)
            {
                ValuesFor(indicator, basePeriod, previous);
            }

            RankPeers(indicator, current, peerRanks);
            var targets = scorecard.TargetsOf(indicator.Code, period);
            for (var i = 0; i < units.Length; i++)
            {
                var target = targets.Count == 0 ? null : targets.GetValueOrDefault(units[i].Id);
                var value = current[i];
                if (value.IsEmpty && target is null)
                {
                    continue;
                }

                var baseValue = basePeriod is null ? null : previous[i].Actual;
                rows.Add(Row(indicator, i, value, target, basePeriod, baseValue, comparedWith, peerRanks[i], restater?.BaseOf(indicator, units[i].Id, baseValue)));
            }
        }

        return new ScorecardResult(scorecard, period, basePeriod, asOf, options, rows.ToImmutable());
    }

    private ScorecardRow Row(
        Indicator indicator,
        int unitIndex,
        UnitValue value,
        Target? target,
        ReportingPeriod? basePeriod,
        MeasuredValue? baseValue,
        LocalizedText? comparedWith,
        FieldRank? peerRank,
        ComparisonBase? comparisonBase)
    {
        // Units over time: a unit that changed since the base period is compared on its restated base, or not at all.
        (baseValue, comparedWith) = comparisonBase is null ? (baseValue, comparedWith) : (comparisonBase.Value, Restater.Label(comparisonBase, comparedWith));
        var unit = units[unitIndex];
        var actual = value.Actual;
        var evaluation = target is null ? null : TargetEvaluation.EvaluateChecked(indicator, target.Goal, actual, options.Evaluation);
        var schedule = target is null ? null : Schedule(indicator, target, value.Reported?.AsOf ?? asOf, actual);

        ValueChange? change = null, relative = null;
        RankChange? rankChange = null;
        if (actual is { } now && baseValue is { } then)
        {
            if (indicator.Measure.Kind == MeasureKind.Rank)
            {
                rankChange = now.HasParts && then.HasParts
                    ? RankChange.Between(new FieldRank((int)then.Value, (int)then.Denominator!.Value), new FieldRank((int)now.Value, (int)now.Denominator!.Value))
                    : null;
                rankChange = comparisonBase is { IsComparable: false } && rankChange is { } moved ? RankChange.AcrossFields(moved.Previous, moved.Current) : rankChange;
            }
            else if (indicator.Measure.Kind != MeasureKind.YesNo)
            {
                change = ValueChange.Absolute(indicator, then.Value, now.Value);
                relative = ValueChange.Relative(indicator, then.Value, now.Value);
                if (comparedWith is { } label)
                {
                    change = change.WithComparison(label);
                    relative = relative.WithComparison(label);
                }
            }
        }

        var responsibility = target?.Responsibility ?? indicator.Responsibility ?? selfResponsibility[unitIndex];
        return new ScorecardRow(
            indicator, unit, period, value.Reported, value.Derived, value.DerivedFrom, value.Problem, target, evaluation, schedule,
            basePeriod, baseValue, change, relative, rankChange, peerRank, responsibility, options.Narrative)
        {
            ComparisonBase = comparisonBase,
            BaseLabel = comparedWith,
        };
    }

    // Linear time-elapsed progress applies to what accumulates over the period: counts and money.
    private static ScheduleProgress? Schedule(Indicator indicator, Target target, LocalDate? countedTo, MeasuredValue? actual) =>
        countedTo is { } date &&
        date < target.Period.End &&
        target.Period.Contains(date) &&
        indicator.Measure.Kind is MeasureKind.Count or MeasureKind.Money &&
        target.Goal.Kind is TargetKind.AtLeast or TargetKind.AtMost
            ? ScheduleProgress.Evaluate(indicator, target.Goal, target.Period, date, actual?.Value)
            : null;

    private void ValuesFor(Indicator indicator, ReportingPeriod of, UnitValue[] values)
    {
        var reported = scorecard.ObservationsOf(indicator.Code, of);
        var derive = options.DeriveFromChildren && indicator.RollUp != RollUpRule.None;
        var children = new List<MeasuredValue>();
        foreach (var i in bottomUp)
        {
            var observation = reported.Count == 0 ? null : reported.GetValueOrDefault(units[i].Id);
            MeasuredValue? derived = null;
            string? problem = null;
            var from = 0;
            if (derive && childrenOf[i].Length > 0)
            {
                children.Clear();
                foreach (var child in childrenOf[i])
                {
                    if (values[child].Actual is { } childValue)
                    {
                        children.Add(childValue);
                    }
                }

                if (children.Count > 0)
                {
                    try
                    {
                        derived = RollUp.Combine(indicator, children);
                        from = children.Count;
                    }
                    catch (ArgumentException fault)
                    {
                        problem = fault.Message;
                    }
                }
            }

            values[i] = new UnitValue(observation, derived, from, problem);
        }
    }

    private void RankPeers(Indicator indicator, UnitValue[] values, FieldRank?[] ranks)
    {
        Array.Clear(ranks);
        if (indicator.Polarity == Polarity.WithinBand || indicator.Measure.Kind is MeasureKind.Rank or MeasureKind.YesNo)
        {
            return;
        }

        var options = new RankOptions(indicator.Polarity, TieMethod.Min);
        var members = new List<int>();
        var scores = new List<decimal>();
        var positions = new decimal[units.Length];
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

            var ranked = positions.AsSpan(0, members.Count);
            Ranks.Compute(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scores), ranked, options);
            for (var k = 0; k < members.Count; k++)
            {
                ranks[members[k]] = new FieldRank((int)ranked[k], members.Count);
            }
        }
    }

    private readonly record struct UnitValue(Observation? Reported, MeasuredValue? Derived, int DerivedFrom, string? Problem)
    {
        public MeasuredValue? Actual => Reported?.Value ?? Derived;

        public bool IsEmpty => Reported is null && Derived is null && Problem is null;
    }
}
