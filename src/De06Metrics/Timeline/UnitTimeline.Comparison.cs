using System.Collections.Immutable;
using System.Globalization;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

public sealed partial class UnitTimeline
{
    /// <summary>
    /// Compares one unit's figure with a base period like with like: when the unit changed in between (Tuyên Quang
    /// absorbing Hà Giang), the base is restated into the units of the figure's date, a rate adding its predecessors'
    /// numerators and denominators; the change is then computed by <see cref="ValueChange"/> on that base and labelled
    /// "(số liệu quy đổi theo đơn vị hiện nay)" / "(restated to current units)".
    /// </summary>
    /// <param name="indicator">The indicator; not a rank (re-rank restated values instead) nor a yes/no value.</param>
    /// <param name="current">The figure compared; its unit must be in force on its last counted day, whose units the comparison is made in.</param>
    /// <param name="basePeriod">The base period; it ends before <paramref name="current"/>'s last counted day.</param>
    /// <param name="observations">
    /// The reported figures of the base period, of every unit that may flow into <paramref name="current"/>'s unit
    /// (figures of other periods are ignored). A figure counted to a day inside the period is read as the period's
    /// figure when its unit is still in force at the period's end.
    /// </param>
    /// <param name="comparison">Restate the base (the default), or flag a change across a change of the unit as not comparable.</param>
    /// <returns>
    /// The change with its base: as reported when the unit did not change; restated, with the figures it combines;
    /// or not comparable, with the reason (a predecessor's figure missing, rates without parts, restatement turned off…),
    /// never a change computed on figures that cover different things.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument or an observation is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The indicator is a rank or yes/no; <paramref name="current"/> is of another indicator, does not fit it, or names
    /// a unit the timeline does not know or that is not in force on its last counted day; the base period does not end
    /// before that day; a base figure is refused as by <see cref="Restate"/>, or two are given for one unit.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="comparison"/> is not defined.</exception>
    /// <remarks>
    /// <para>
    /// With Q3 2024 rates of 3.900/6.000 for Hà Giang and 5.250/7.000 for Tuyên Quang and 11.200/14.000 (80%) for the
    /// merged Tuyên Quang in Q3 2025, the base is 9.150/13.000 = 70,38…% and the change +9,62 percentage points; the
    /// old Tuyên Quang alone (75%) would have shown +5. <see cref="RestatedChange.Base"/> keeps the 75% as
    /// <see cref="ComparisonBase.AsReported"/> beside the restated base.
    /// </para>
    /// <para>Ranks compare only within the same field: restate the ranked values, rank them in today's field, and use <c>RankChange.Between</c>.</para>
    /// </remarks>
    public RestatedChange Compare(Indicator indicator, Observation current, ReportingPeriod basePeriod, IEnumerable<Observation> observations, UnitChangeComparison comparison = UnitChangeComparison.RestateBase)
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
        if (!Contains(current.Unit) || !IsInForce(current.Unit, unitsAsOf))
        {
            var why = Contains(current.Unit) ? $"it is in force {ValidityOf(current.Unit)}" : "the timeline does not know it";
            throw new ArgumentException($"The figure compared ({current}) is for '{current.Unit}', which is not in force on {TimelineText.Date(unitsAsOf)}, its last counted day ({why}).", nameof(current));
        }

        if (basePeriod.End >= unitsAsOf)
        {
            throw new ArgumentException(
                $"The base period {Label(basePeriod)} ends on {TimelineText.Date(basePeriod.End)}, not before {TimelineText.Date(unitsAsOf)}, the last day the figure compared counts.",
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

        var figures = new BaseFigures(this, indicator, basePeriod, unitsAsOf, () => list);
        var own = figures.ByUnit.TryGetValue(current.Unit, out var figure) && IsInForce(current.Unit, basePeriod.End) ? figure.Value : (MeasuredValue?)null;
        var @base = BaseFor(current.Unit, comparison, own, figures);
        var kind = current.Period.Kind == basePeriod.Kind && TrySamePeriodLastYear(current.Period) is { } lastYear && lastYear.Equals(basePeriod)
            ? PeriodComparison.SamePeriodLastYear
            : PeriodComparison.PreviousPeriod;
        string ComparedWith(Language language) => @base.Label(SeriesChanges.ComparisonLabel(basePeriod, kind, language), language);
        if (@base.Value is not { } then)
        {
            return new RestatedChange(current, @base, ComparedWith, null, null);
        }

        var change = ValueChange.Absolute(indicator, then.Value, current.Value.Value).WithComparisonWritten(ComparedWith);
        var relative = ValueChange.Relative(indicator, then.Value, current.Value.Value).WithComparisonWritten(ComparedWith);
        return new RestatedChange(current, @base, ComparedWith, change, relative);
    }

    /// <summary>
    /// The base of one unit's comparison: as reported when the unit did not change between the base period's end and
    /// <see cref="BaseFigures.UnitsAsOf"/>, restated when it did (unless turned off), not comparable with a reason otherwise.
    /// </summary>
    /// <param name="unit">The unit, in force on the figures' units date.</param>
    /// <param name="comparison">Whether to restate.</param>
    /// <param name="unchangedBase">The base to use when the unit did not change: its own figure, reported or derived.</param>
    /// <param name="figures">The base period's figures and their restatement, worked out when first needed.</param>
    internal ComparisonBase BaseFor(UnitId unit, UnitChangeComparison comparison, MeasuredValue? unchangedBase, BaseFigures figures)
    {
        var indicator = figures.Indicator;
        var basePeriod = figures.Period;
        var unitsAsOf = figures.UnitsAsOf;
        var baseEnd = basePeriod.End;
        var changes = baseEnd < unitsAsOf ? ChangesBetween(unit, baseEnd, unitsAsOf, indicator.Code)
            : baseEnd > unitsAsOf ? ChangesBetween(unit, unitsAsOf, baseEnd, indicator.Code)
            : [];
        var existed = IsInForce(unit, baseEnd);
        if (indicator.Measure.Kind == MeasureKind.Rank)
        {
            var sameField = changes.IsEmpty && existed && FieldAround(unit, baseEnd).IsSameFieldAs(FieldAround(unit, unitsAsOf));
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
            $"No reported figure for {Label(basePeriod)} counted to {TimelineText.Date(baseEnd)} flows into '{unit}' as of {TimelineText.Date(unitsAsOf)}.",
            [], []);
        return restated.Value is { } value
            ? Base(BaseValueBasis.Restated, asReported, restated, value, NotMeaningfulReason.None, changes)
            : Base(BaseValueBasis.NotComparable, asReported, restated, null, ReasonFor(restated.Issue), changes);

        MeasuredValue? OwnFigure() => figures.ByUnit.TryGetValue(unit, out var own) ? own.Value : null;

        ComparisonBase Base(BaseValueBasis basis, MeasuredValue? reported, RestatedObservation? restatement, MeasuredValue? compared, NotMeaningfulReason reason, ImmutableArray<SuccessionEvent> events) =>
            new(this, indicator, unit, basePeriod, unitsAsOf, basis, reported, restatement, compared, reason, events);
    }

    /// <summary>The name a unit last had: its name while in force, or as it stood when it ended; its id when the timeline does not know it.</summary>
    internal LocalizedText NameOf(UnitId id) => versions.TryGetValue(id, out var list) ? list[^1].Unit.Name : new LocalizedText(id.Value);

    /// <summary>The name a unit last had in a language (see <see cref="NameOf(UnitId)"/>).</summary>
    internal string NameOf(UnitId id, Language language) => versions.TryGetValue(id, out var list) ? list[^1].Unit.Name.In(language) : id.Value;

    /// <summary>The words for why a base could not be restated, from the restatement's own reason.</summary>
    internal static NotMeaningfulReason ReasonFor(RestatementIssue issue) => issue switch
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

    private UnitField FieldAround(UnitId unit, LocalDate date)
    {
        var member = AsOf(date)[unit];
        return FieldOf(member.Kind, member.ParentId, date);
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
