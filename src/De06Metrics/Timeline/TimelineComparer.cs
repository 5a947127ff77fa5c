using System.Collections.Immutable;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>
/// Compares a unit's figure with a base period like with like across the timeline's changes (see
/// <see cref="UnitTimeline.Compare"/>): the base as reported when the unit did not change, restated into the later
/// units when it did, or not comparable, with the reason.
/// </summary>
internal static class TimelineComparer
{
    /// <summary>Compares one unit's figure with a base period like with like (see <see cref="UnitTimeline.Compare"/>).</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="indicator">The indicator; not a rank nor a yes/no value.</param>
    /// <param name="current">The figure compared.</param>
    /// <param name="basePeriod">The base period; it ends before <paramref name="current"/>'s last counted day.</param>
    /// <param name="observations">The reported figures of the base period.</param>
    /// <param name="comparison">Restate the base, or flag a change across a change of the unit as not comparable.</param>
    /// <returns>The change with its base.</returns>
    public static RestatedChange Compare(UnitTimeline timeline, Indicator indicator, Observation current, ReportingPeriod basePeriod, IEnumerable<Observation> observations, UnitChangeComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(basePeriod);
        ArgumentNullException.ThrowIfNull(observations);
        if (!Enum.IsDefined(comparison))
        {
            throw new ArgumentOutOfRangeException(nameof(comparison), comparison, $"Comparison {(int)comparison} is not defined.");
        }

        if (indicator.Measure.Kind is MeasureKind.Rank or MeasureKind.YesNo)
        {
            throw new ArgumentException(
                indicator.Measure.Kind == MeasureKind.Rank
                    ? $"Indicator '{indicator.Code}' is a rank, which is not restated: restate the ranked values, rank them in today's field, and compare the ranks with RankChange."
                    : $"Indicator '{indicator.Code}' is a yes/no value, which has no change.",
                nameof(indicator));
        }

        if (current.Indicator != indicator.Code)
        {
            throw new ArgumentException($"The figure compared ({current}) is of indicator '{current.Indicator}', not '{indicator.Code}'.", nameof(current));
        }

        if (!indicator.Measure.Accepts(current.Value, out var misfit))
        {
            throw new ArgumentException($"The figure compared ({current}) does not fit indicator '{indicator.Code}': {misfit}.", nameof(current));
        }

        var unitsAsOf = current.CountedTo;
        if (!timeline.Contains(current.Unit) || !timeline.IsInForce(current.Unit, unitsAsOf))
        {
            var why = timeline.Contains(current.Unit) ? $"it is in force {timeline.ValidityOf(current.Unit)}" : "the timeline does not know it";
            throw new ArgumentException($"The figure compared ({current}) is for '{current.Unit}', which is not in force on {TimelineText.Date(unitsAsOf)}, its last counted day ({why}).", nameof(current));
        }

        if (basePeriod.End >= unitsAsOf)
        {
            throw new ArgumentException(
                $"The base period {TimelineText.Period(basePeriod)} ends on {TimelineText.Date(basePeriod.End)}, not before {TimelineText.Date(unitsAsOf)}, the last day the figure compared counts.",
                nameof(basePeriod));
        }

        var list = observations.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(observations), $"Observation {i} is null.");
            }
        }

        var figures = new BaseFigures(timeline, indicator, basePeriod, unitsAsOf, () => list);
        var own = figures.ByUnit.TryGetValue(current.Unit, out var figure) && timeline.IsInForce(current.Unit, basePeriod.End) ? figure.Value : (MeasuredValue?)null;
        var @base = BaseFor(timeline, current.Unit, comparison, own, figures);
        var kind = current.Period.Kind == basePeriod.Kind && TrySamePeriodLastYear(current.Period) is { } lastYear && lastYear.Equals(basePeriod)
            ? PeriodComparison.SamePeriodLastYear
            : PeriodComparison.PreviousPeriod;
        string ComparedWith(Language language) => @base.Label(SeriesChanges.ComparisonLabel(basePeriod, kind, language), language);
        if (@base.Value is not { } then)
        {
            return new RestatedChange(current, @base, ComparedWith, null, null);
        }

        var change = ValueChange.Absolute(indicator, then.Value, current.Value.Value).WithComparison(new LocalizedText(ComparedWith));
        var relative = ValueChange.Relative(indicator, then.Value, current.Value.Value).WithComparison(new LocalizedText(ComparedWith));
        return new RestatedChange(current, @base, ComparedWith, change, relative);
    }

    /// <summary>
    /// The base of one unit's comparison: as reported when the unit did not change between the base period's end and
    /// <see cref="BaseFigures.UnitsAsOf"/>, restated when it did (unless turned off), not comparable with a reason otherwise.
    /// </summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="unit">The unit, in force on the figures' units date.</param>
    /// <param name="comparison">Whether to restate.</param>
    /// <param name="unchangedBase">The base to use when the unit did not change: its own figure, reported or derived.</param>
    /// <param name="figures">The base period's figures and their restatement, worked out when first needed.</param>
    public static ComparisonBase BaseFor(UnitTimeline timeline, UnitId unit, UnitChangeComparison comparison, MeasuredValue? unchangedBase, BaseFigures figures)
    {
        var indicator = figures.Indicator;
        var basePeriod = figures.Period;
        var unitsAsOf = figures.UnitsAsOf;
        var baseEnd = basePeriod.End;
        var changes = baseEnd < unitsAsOf ? timeline.ChangesBetween(unit, baseEnd, unitsAsOf, indicator.Code)
            : baseEnd > unitsAsOf ? timeline.ChangesBetween(unit, unitsAsOf, baseEnd, indicator.Code)
            : [];
        var existed = timeline.IsInForce(unit, baseEnd);
        if (indicator.Measure.Kind == MeasureKind.Rank)
        {
            var sameField = changes.IsEmpty && existed && FieldAround(timeline, unit, baseEnd).IsSameFieldAs(FieldAround(timeline, unit, unitsAsOf));
            return sameField
                ? Base(BaseValueBasis.AsReported, unchangedBase, null, unchangedBase, NotMeaningfulReason.None, [])
                : Base(BaseValueBasis.NotComparable, existed ? OwnFigure() : null, null, existed ? OwnFigure() : null, NotMeaningfulReason.RankFieldChanged, changes);
        }

        if (changes.IsEmpty)
        {
            return Base(BaseValueBasis.AsReported, unchangedBase, null, unchangedBase, NotMeaningfulReason.None, []);
        }

        var asReported = existed ? OwnFigure() : null;
        if (comparison == UnitChangeComparison.NotComparable || baseEnd >= unitsAsOf)
        {
            return Base(BaseValueBasis.NotComparable, asReported, null, null, NotMeaningfulReason.UnitsChanged, changes);
        }

        var restated = figures.Restatement.Find(unit, basePeriod) ?? new RestatedObservation(
            indicator.Code, unit, basePeriod, baseEnd, unitsAsOf, null, RestatementIssue.NoData,
            $"No reported figure for {TimelineText.Period(basePeriod)} counted to {TimelineText.Date(baseEnd)} flows into '{unit}' as of {TimelineText.Date(unitsAsOf)}.",
            [], []);
        return restated.Value is { } value
            ? Base(BaseValueBasis.Restated, asReported, restated, value, NotMeaningfulReason.None, changes)
            : Base(BaseValueBasis.NotComparable, asReported, restated, null, ReasonFor(restated.Issue), changes);

        MeasuredValue? OwnFigure() => figures.ByUnit.TryGetValue(unit, out var own) ? own.Value : null;

        ComparisonBase Base(BaseValueBasis basis, MeasuredValue? reported, RestatedObservation? restatement, MeasuredValue? compared, NotMeaningfulReason reason, ImmutableArray<SuccessionEvent> events) =>
            new(timeline, indicator, unit, basePeriod, unitsAsOf, basis, reported, restatement, compared, reason, events);
    }

    /// <summary>The words for why a base could not be restated, from the restatement's own reason.</summary>
    private static NotMeaningfulReason ReasonFor(RestatementIssue issue) => issue switch
    {
        RestatementIssue.None => NotMeaningfulReason.None,
        RestatementIssue.NoData => NotMeaningfulReason.MissingBase,
        RestatementIssue.MissingPredecessorFigures => NotMeaningfulReason.MergedBaseIncomplete,
        RestatementIssue.MissingParts => NotMeaningfulReason.BaseWithoutParts,
        RestatementIssue.DoesNotRollUp => NotMeaningfulReason.BaseDoesNotCombine,
        RestatementIssue.CannotApportion => NotMeaningfulReason.BaseCannotBeApportioned,
        RestatementIssue.NotCarried => NotMeaningfulReason.BaseNotCarried,
        RestatementIssue.RankNotRestated => NotMeaningfulReason.RankFieldChanged,
        _ => NotMeaningfulReason.UnitsChanged,
    };

    private static UnitField FieldAround(UnitTimeline timeline, UnitId unit, LocalDate date)
    {
        var member = timeline.AsOf(date)[unit];
        return timeline.FieldOf(member.Kind, member.ParentId, date);
    }

    private static ReportingPeriod? TrySamePeriodLastYear(ReportingPeriod period)
    {
        try
        {
            return period.SamePeriodLastYear();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
