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
internal sealed class ScorecardEvaluator(Scorecard scorecard, ReportingPeriod period, LocalDate? asOf, ScorecardOptions options)
{
    // Children before parents: the reverse of a depth-first pre-order walk of the whole forest.
    private readonly ImmutableArray<ResponsibleUnit> bottomUp =
        [.. scorecard.Units.Roots.SelectMany(root => scorecard.Units.DescendantsOf(root.Id).Prepend(root)).Reverse()];

    public ScorecardResult Evaluate()
    {
        var basePeriod = options.BasePeriodFor(period);
        var comparedWith = basePeriod is null ? (LocalizedText?)null : SeriesChanges.ComparisonLabel(
            basePeriod, options.ComparisonPeriod is null ? options.Comparison : PeriodComparison.PreviousPeriod);
        var rows = ImmutableArray.CreateBuilder<ScorecardRow>();
        foreach (var indicator in scorecard.Indicators)
        {
            var current = ValuesFor(indicator, period);
            var previous = basePeriod is null ? null : ValuesFor(indicator, basePeriod);
            var peerRanks = PeerRanks(indicator, current);
            foreach (var unit in scorecard.Units.Units)
            {
                var target = scorecard.FindTarget(new IndicatorKey(indicator.Code, unit.Id, period));
                var value = current.GetValueOrDefault(unit.Id);
                if (value.Reported is null && value.Derived is null && value.Problem is null && target is null)
                {
                    continue;
                }

                var baseValue = previous?.GetValueOrDefault(unit.Id).Actual;
                rows.Add(Row(indicator, unit, value, target, basePeriod, baseValue, comparedWith, peerRanks));
            }
        }

        return new ScorecardResult(scorecard, period, basePeriod, asOf, options, rows.ToImmutable());
    }

    private ScorecardRow Row(
        Indicator indicator,
        ResponsibleUnit unit,
        UnitValue value,
        Target? target,
        ReportingPeriod? basePeriod,
        MeasuredValue? baseValue,
        LocalizedText? comparedWith,
        Dictionary<UnitId, FieldRank> peerRanks)
    {
        var actual = value.Actual;
        var evaluation = target is null ? null : TargetEvaluation.Evaluate(indicator, target.Goal, actual, options.Evaluation);
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

        var responsibility = target?.Responsibility ?? indicator.Responsibility ?? new Responsibility(unit.Id);
        return new ScorecardRow(
            indicator, unit, period, value.Reported, value.Derived, value.DerivedFrom, value.Problem, target, evaluation, schedule,
            basePeriod, baseValue, change, relative, rankChange, peerRanks.TryGetValue(unit.Id, out var rank) ? rank : null,
            responsibility, options.Narrative);
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

    private Dictionary<UnitId, UnitValue> ValuesFor(Indicator indicator, ReportingPeriod of)
    {
        var values = new Dictionary<UnitId, UnitValue>();
        var derive = options.DeriveFromChildren && indicator.RollUp != RollUpRule.None;
        foreach (var unit in bottomUp)
        {
            var reported = scorecard.FindObservation(new IndicatorKey(indicator.Code, unit.Id, of));
            MeasuredValue? derived = null;
            string? problem = null;
            var from = 0;
            if (derive)
            {
                var children = scorecard.Units.ChildrenOf(unit.Id)
                    .Select(child => values.GetValueOrDefault(child.Id).Actual)
                    .OfType<MeasuredValue>()
                    .ToArray();
                if (children.Length > 0)
                {
                    try
                    {
                        derived = RollUp.Combine(indicator, children);
                        from = children.Length;
                    }
                    catch (ArgumentException fault)
                    {
                        problem = fault.Message;
                    }
                }
            }

            if (reported is not null || derived is not null || problem is not null)
            {
                values[unit.Id] = new UnitValue(reported, derived, from, problem);
            }
        }

        return values;
    }

    private Dictionary<UnitId, FieldRank> PeerRanks(Indicator indicator, Dictionary<UnitId, UnitValue> values)
    {
        var ranks = new Dictionary<UnitId, FieldRank>();
        if (indicator.Polarity == Polarity.WithinBand || indicator.Measure.Kind is MeasureKind.Rank or MeasureKind.YesNo)
        {
            return ranks;
        }

        var peerGroups = scorecard.Units.Units
            .Where(unit => values.GetValueOrDefault(unit.Id).Actual is not null)
            .GroupBy(unit => (unit.Kind, unit.ParentId));
        foreach (var peers in peerGroups)
        {
            if (peers.Count() < 2)
            {
                continue;
            }

            var scores = peers.Select(unit => KeyValuePair.Create(unit.Id, (decimal?)values[unit.Id].Actual!.Value.Value));
            var ranking = Ranks.ByUnit(scores, new RankOptions(indicator.Polarity, TieMethod.Min));
            foreach (var (unit, rank) in ranking.InRankOrder)
            {
                ranks[unit] = rank;
            }
        }

        return ranks;
    }

    private readonly record struct UnitValue(Observation? Reported, MeasuredValue? Derived, int DerivedFrom, string? Problem)
    {
        public MeasuredValue? Actual => Reported?.Value ?? Derived;
    }
}
