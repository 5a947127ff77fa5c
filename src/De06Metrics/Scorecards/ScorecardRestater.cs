using System.Collections.Immutable;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Scorecards;

/// <summary>
/// The units-over-time side of an evaluation, made only for a scorecard built on a timeline: for each row, whether
/// the unit changed since the base period and, if so, its base restated into the units of the evaluated date (or
/// the reason it cannot be). A scorecard without a timeline never makes one, so it pays nothing for it.
/// </summary>
/// <remarks>
/// The base period's figures are taken in the tree of the base period's end, where the units that have gone since
/// still stand: the figures reported for them (as published on <see cref="ScorecardOptions.PublishedOn"/> when the
/// options name a day), and for a unit without one, the roll-up of its children when the options derive values. They are restated once per indicator, and only when a unit that changed asks.
/// </remarks>
internal sealed class ScorecardRestater
{
    private readonly Scorecard scorecard;
    private readonly UnitTimeline timeline;
    private readonly ReportingPeriod basePeriod;
    private readonly LocalDate unitsAsOf;
    private readonly ScorecardOptions options;
    private BaseFigures? figures;
    // A computed indicator's parts' figures, kept apart from the indicator's own so that they do not displace them.
    private Dictionary<IndicatorCode, BaseFigures>? partFigures;

    private ScorecardRestater(Scorecard scorecard, UnitTimeline timeline, ReportingPeriod basePeriod, LocalDate unitsAsOf, ScorecardOptions options)
    {
        this.scorecard = scorecard;
        this.timeline = timeline;
        this.basePeriod = basePeriod;
        this.unitsAsOf = unitsAsOf;
        this.options = options;
    }

    public static ScorecardRestater? For(Scorecard scorecard, ReportingPeriod period, LocalDate? asOf, ReportingPeriod? basePeriod, ScorecardOptions options) =>
        scorecard.Timeline is { } timeline && basePeriod is not null
            ? new ScorecardRestater(scorecard, timeline, basePeriod, asOf ?? period.End, options)
            : null;

    /// <summary>The label a change is written against: the period's, with "(số liệu quy đổi …)" when the base was restated.</summary>
    public static LocalizedText? Label(ComparisonBase comparisonBase, LocalizedText? comparedWith) =>
        comparedWith is { } label ? comparisonBase.Label(label) : null;

    /// <summary>The base of one row; <paramref name="unchangedBase"/> is the unit's base as the evaluator found it, used when the unit did not change.</summary>
    public ComparisonBase BaseOf(Indicator indicator, UnitId unit, MeasuredValue? unchangedBase)
    {
        if (figures is null || !ReferenceEquals(figures.Indicator, indicator))
        {
            figures = new BaseFigures(timeline, indicator, basePeriod, unitsAsOf, () => BaseObservations(indicator));
        }

        var found = TimelineComparer.BaseFor(timeline, unit, options.AcrossUnitChanges, unchangedBase, figures);
        return indicator.Formula is { } formula && found is { Basis: BaseValueBasis.NotComparable, Restated.Issue: RestatementIssue.NoData }
            ? ComputedBase(indicator, formula, unit, found) ?? found
            : found;
    }

    // A computed indicator is never reported, so a unit that changed finds no figure of it to restate: its base is
    // computed by its formula from its parts' bases, each restated by its own rule (the loans and the households of the
    // merged communes added up), never from the predecessors' own ratios averaged. None when a part has no restated base;
    // the base then stays as found, without a figure. Not comparable, for the formula's reason, when the restated parts
    // give no value (a zero denominator).
    private ComparisonBase? ComputedBase(Indicator indicator, IndicatorFormula formula, UnitId unit, ComparisonBase found)
    {
        var values = new MeasuredValue?[formula.Parts.Length];
        var contributions = ImmutableArray.CreateBuilder<RestatementContribution>();
        var events = ImmutableArray<SuccessionEvent>.Empty;
        for (var p = 0; p < values.Length; p++)
        {
            var part = scorecard.GetIndicator(formula.Parts[p]);
            var partBase = part.Formula is { } partFormula
                ? ComputedBase(part, partFormula, unit, found)
                : TimelineComparer.BaseFor(timeline, unit, options.AcrossUnitChanges, null, FiguresOfPart(part));
            if (partBase is not { Basis: BaseValueBasis.Restated, Value: { } value, Restated: { } restated })
            {
                return null;
            }

            values[p] = value;
            contributions.AddRange(restated.Contributions);
            events = events.IsEmpty ? restated.Events : events;
        }

        if (formula.Compute(indicator.Measure, values, out var reason) is not { } computed)
        {
            // The parts were restated but the formula gives no value from them (their households add up to none): the
            // base is not comparable for the formula's reason, not for a want of data.
            return new ComparisonBase(timeline, indicator, unit, basePeriod, unitsAsOf, BaseValueBasis.NotComparable, found.AsReported, found.Restated, null,
                reason, found.Changes);
        }

        var restatedBase = new RestatedObservation(indicator.Code, unit, basePeriod, basePeriod.End, unitsAsOf, computed, RestatementIssue.None, null,
            contributions.ToImmutable(), events);
        return new ComparisonBase(timeline, indicator, unit, basePeriod, unitsAsOf, BaseValueBasis.Restated, found.AsReported, restatedBase, computed,
            NotMeaningfulReason.None, found.Changes);
    }

    private BaseFigures FiguresOfPart(Indicator part)
    {
        partFigures ??= [];
        if (!partFigures.TryGetValue(part.Code, out var found))
        {
            found = new BaseFigures(timeline, part, basePeriod, unitsAsOf, () => BaseObservations(part));
            partFigures.Add(part.Code, found);
        }

        return found;
    }

    private List<Observation> BaseObservations(Indicator indicator)
    {
        var tree = timeline.AsOf(basePeriod.End);
        // As published on the options' day: of each figure the vintage in force then; one published after it is not seen.
        var list = new List<Observation>();
        foreach (var latest in scorecard.ObservationsOf(indicator.Code, basePeriod).Items)
        {
            if ((options.PublishedOn is null ? latest : scorecard.VintageOn(latest, options.PublishedOn).Vintage) is { } vintage)
            {
                list.Add(vintage);
            }
        }

        if (!options.DeriveFromChildren || indicator.RollUp == RollUpRule.None)
        {
            return list;
        }

        // Children before parents, as the evaluator derives them, but in the tree of the base period.
        var values = new Dictionary<UnitId, MeasuredValue>();
        foreach (var observation in list)
        {
            values[observation.Unit] = observation.Value;
        }

        var order = tree.Roots.SelectMany(root => tree.DescendantsOf(root.Id).Prepend(root)).Reverse();
        foreach (var unit in order)
        {
            if (values.ContainsKey(unit.Id))
            {
                continue;
            }

            var children = tree.ChildrenOf(unit.Id).Select(child => values.TryGetValue(child.Id, out var value) ? value : (MeasuredValue?)null).OfType<MeasuredValue>().ToList();
            if (children.Count == 0)
            {
                continue;
            }

            try
            {
                if (RollUp.Combine(indicator, children) is { } derived)
                {
                    values[unit.Id] = derived;
                    list.Add(new Observation(indicator.Code, unit.Id, basePeriod, derived));
                }
            }
            catch (ArgumentException)
            {
                // The evaluator reports a roll-up that cannot be made on the row itself; here the unit simply has no base.
            }
        }

        return list;
    }
}
