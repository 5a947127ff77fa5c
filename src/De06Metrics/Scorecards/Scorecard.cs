using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Scorecards;

/// <summary>
/// Everything one report needs, checked as a whole: an indicator catalog, the unit tree, the targets and the
/// observations. Every target and observation names a known indicator and unit, no key appears twice, and every
/// value and goal fits its indicator's measure.
/// </summary>
/// <remarks>
/// Build one with <see cref="Create(IEnumerable{Indicator}, UnitRegistry, IEnumerable{Target}, IEnumerable{Observation})"/>,
/// which lists every problem it finds in one <see cref="ScorecardException"/>, or ask
/// <see cref="Validate(IEnumerable{Indicator}, UnitRegistry, IEnumerable{Target}, IEnumerable{Observation})"/> for the
/// list without throwing. A scorecard whose units change over time (mergers, splits, abolitions) is built on a
/// <see cref="UnitTimeline"/> instead of one tree: see <see cref="Timeline"/>. Once built, a scorecard is immutable and
/// can be shared by any number of threads evaluating it at once.
/// </remarks>
public sealed class Scorecard
{
    private readonly FrozenDictionary<IndicatorCode, Indicator> indicatorsByCode;
    // Keyed by indicator and period first, so that evaluating one indicator in one period looks the slice up once
    // and then walks it by unit slot.
    private readonly Dictionary<(IndicatorCode, ReportingPeriod), UnitSlice<Target>> targetsBySlice;
    private readonly Dictionary<(IndicatorCode, ReportingPeriod), UnitSlice<Observation>> observationsBySlice;
    private readonly FrozenDictionary<IndicatorKey, Observation[]> vintages;
    private readonly HashSet<(IndicatorCode, ReportingPeriod)> slicesWithVintages;
    private readonly FrozenDictionary<IndicatorKey, RowNote> notesByKey;
    private readonly UnitRegistry? givenUnits;
    private Dictionary<IndicatorCode, ReportingPeriod[]>? observedPeriods;
    // For each computed indicator, the reported indicators it is computed from, directly or through others.
    private readonly FrozenDictionary<IndicatorCode, IndicatorCode[]> reportedPartsOf;
    // Trajectories by indicator and unit; the unit is default for the indicator's trajectory of every unit.
    private readonly FrozenDictionary<(IndicatorCode, UnitId), Trajectory> trajectoriesByKey = FrozenDictionary<(IndicatorCode, UnitId), Trajectory>.Empty;

    private Scorecard(
        ImmutableArray<Indicator> indicators,
        UnitRegistry? units,
        UnitTimeline? timeline,
        ImmutableArray<Target> targets,
        ImmutableArray<Observation> observations,
        ImmutableArray<RowNote> notes,
        Layout layout)
    {
        Indicators = indicators;
        Timeline = timeline;
        Targets = targets;
        Observations = observations;
        Notes = notes;
        givenUnits = units;
        indicatorsByCode = indicators.ToFrozenDictionary(indicator => indicator.Code);
        Slots = layout.Slots;
        targetsBySlice = layout.Targets.Marked == targets.Length ? layout.Targets.SlicesOf(targets.AsSpan()) : Slice(targets, target => target.Key, Slots);
        // Several vintages of one figure: the slices hold the latest, and the vintages are kept apart, oldest first.
        // The checks found whether any key repeats; when none does, the observations are sliced as the checks laid them out.
        if (layout.Observations is { } grid && grid.Marked == observations.Length && layout.Targets.Marked == targets.Length)
        {
            vintages = FrozenDictionary<IndicatorKey, Observation[]>.Empty;
            slicesWithVintages = [];
            observationsBySlice = grid.SlicesOf(observations.AsSpan());
            Periods = [.. grid.Periods.Union(layout.Targets.Periods).Order()];
        }
        else
        {
            vintages = Vintages(observations);
            slicesWithVintages = [.. vintages.Keys.Select(key => (key.Indicator, key.Period))];
            observationsBySlice = Slice(vintages.Count == 0 ? observations : [.. observations.Where(IsLatestVintage)], observation => observation.Key, Slots);
            Periods = [.. observations.Select(o => o.Period).Concat(targets.Select(t => t.Period)).Distinct().Order()];
        }

        notesByKey = notes.ToFrozenDictionary(note => note.Key);
        Units = units ?? LatestUnits(timeline!, Periods);
        reportedPartsOf = indicators.Where(indicator => indicator.Formula is not null)
            .ToFrozenDictionary(indicator => indicator.Code, indicator => ReportedParts(indicator.Code).ToArray());
    }

    // The same data with other notes, trajectories or closing rule: the slices are shared, not built again.
    private Scorecard(Scorecard source, ImmutableArray<RowNote> notes, ImmutableArray<ScorecardTrajectory> trajectories, DataClosingRule? dataClosingRule, ScorecardOptions? options = null)
    {
        Options = options ?? source.Options;
        Indicators = source.Indicators;
        Timeline = source.Timeline;
        Targets = source.Targets;
        Observations = source.Observations;
        Notes = notes;
        givenUnits = source.givenUnits;
        indicatorsByCode = source.indicatorsByCode;
        Slots = source.Slots;
        targetsBySlice = source.targetsBySlice;
        vintages = source.vintages;
        slicesWithVintages = source.slicesWithVintages;
        observationsBySlice = source.observationsBySlice;
        notesByKey = notes == source.Notes ? source.notesByKey : notes.ToFrozenDictionary(note => note.Key);
        Periods = source.Periods;
        Units = source.Units;
        reportedPartsOf = source.reportedPartsOf;
        observedPeriods = source.observedPeriods;
        Trajectories = trajectories;
        trajectoriesByKey = trajectories == source.Trajectories
            ? source.trajectoriesByKey
            : trajectories.ToFrozenDictionary(item => (item.Indicator, item.Unit ?? default), item => item.Trajectory);
        DataClosingRule = dataClosingRule;
    }

    // The reported indicators a computed one is computed from, through any computed parts (the formulas have no cycle).
    private IEnumerable<IndicatorCode> ReportedParts(IndicatorCode code) =>
        indicatorsByCode[code].Formula is { } formula ? formula.Parts.SelectMany(ReportedParts).Distinct() : [code];

    /// <summary>The indicator catalog, in the order given.</summary>
    public ImmutableArray<Indicator> Indicators { get; }

    /// <summary>
    /// The responsible units: the tree given, or for a scorecard built on a <see cref="Timeline"/>, the tree in force at
    /// the end of the latest period the data names (or after the timeline's last event, when that is later). Evaluations
    /// use the tree of their own date (<see cref="UnitsOn"/>).
    /// </summary>
    public UnitRegistry Units { get; }

    /// <summary>The targets, in the order given.</summary>
    public ImmutableArray<Target> Targets { get; }

    /// <summary>The observations, in the order given.</summary>
    public ImmutableArray<Observation> Observations { get; }

    /// <summary>The notes and statuses set by hand on rows, in the order given (see <see cref="WithNotes"/>).</summary>
    public ImmutableArray<RowNote> Notes { get; }

    /// <summary>
    /// The planned paths ("lộ trình") the rows are set against, in the order given (see <see cref="WithTrajectories"/>);
    /// empty when there are none.
    /// </summary>
    public ImmutableArray<ScorecardTrajectory> Trajectories { get; } = [];

    /// <summary>
    /// When the report's figures close (see <see cref="WithDataClosingRule"/>), which places each row's
    /// <see cref="ScorecardRow.DataWindow"/>; <see langword="null"/> when none is set.
    /// </summary>
    public DataClosingRule? DataClosingRule { get; }

    /// <summary>
    /// How the scorecard is evaluated when <see cref="Evaluate"/> is given no options (see <see cref="WithOptions"/>):
    /// its tolerance, the base it compares with, whether parents are derived from their children, and the rest.
    /// <see cref="ScorecardOptions.Default"/> unless set. The files keep those that change results (see the data format).
    /// </summary>
    public ScorecardOptions Options { get; } = ScorecardOptions.Default;

    /// <summary>Every period that a target or an observation names, in order.</summary>
    public ImmutableArray<ReportingPeriod> Periods { get; }

    /// <summary>
    /// The units over time the scorecard was built on, or <see langword="null"/> for a scorecard of one unit tree.
    /// With a timeline, each evaluation uses the tree in force on its own date, comparisons across a merger or a split
    /// are made on a restated base by default, and the lagging report names today's unit for a responsibility assigned
    /// to a unit that has gone.
    /// </summary>
    public UnitTimeline? Timeline { get; }

    /// <summary>Builds a scorecard, checking its data as a whole.</summary>
    /// <param name="indicators">The indicator catalog.</param>
    /// <param name="units">The responsible units.</param>
    /// <param name="targets">The targets.</param>
    /// <param name="observations">The observations.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentNullException">An argument or an item is <see langword="null"/>.</exception>
    /// <exception cref="ScorecardException">The data has problems; all of them are listed.</exception>
    public static Scorecard Create(IEnumerable<Indicator> indicators, UnitRegistry units, IEnumerable<Target> targets, IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(units);
        return Build(indicators, units, null, targets, observations);
    }

    /// <summary>Lists every problem in a scorecard's data without throwing.</summary>
    /// <param name="indicators">The indicator catalog.</param>
    /// <param name="units">The responsible units.</param>
    /// <param name="targets">The targets.</param>
    /// <param name="observations">The observations.</param>
    /// <returns>The problems, in the order of the data; empty when the data is sound.</returns>
    /// <exception cref="ArgumentNullException">An argument or an item is <see langword="null"/>.</exception>
    public static ImmutableArray<ScorecardProblem> Validate(IEnumerable<Indicator> indicators, UnitRegistry units, IEnumerable<Target> targets, IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(units);
        return Check(indicators, units, null, targets, observations);
    }

    /// <summary>
    /// Builds a scorecard whose units change over time, checking its data as a whole against the timeline: every
    /// figure names a unit in force on its last counted day, every target a unit in force at the end of its period.
    /// </summary>
    /// <param name="indicators">The indicator catalog.</param>
    /// <param name="timeline">The units over time: the initial tree and the mergers, splits, renames, transfers and abolitions since.</param>
    /// <param name="targets">The targets.</param>
    /// <param name="observations">The observations.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentNullException">An argument or an item is <see langword="null"/>.</exception>
    /// <exception cref="ScorecardException">The data has problems; all of them are listed.</exception>
    /// <remarks>
    /// <para>
    /// <b>Figures.</b> A figure is read in the units of its last counted day (<see cref="Observation.CountedTo"/>), as
    /// the timeline restates it. So Hà Giang's figures up to the second quarter of 2025 are sound, and so is a 2025
    /// figure of Hà Giang counted to 30 June 2025 ("tính đến ngày 30/6/2025"), the last day before the merger; a
    /// figure of Hà Giang for the third quarter of 2025 is a problem, naming the unit, the day, its validity and the
    /// unit that answers for it since.
    /// </para>
    /// <para>
    /// <b>Targets.</b> A target applies to its unit's value over the whole period, so its unit must be in force at the
    /// period's end: a 2025 target of Hà Giang is a problem (the library does not guess how two provinces' targets
    /// combine into the merged province's), while a target of Tuyên Quang assigned in January 2025, before the merger,
    /// is sound. Responsible units (lead and coordinating) may have gone since the assignment: that is what the
    /// lagging report carries over. They must be known to the timeline, and in force when the target's source was
    /// issued, if it gives a date.
    /// </para>
    /// </remarks>
    public static Scorecard Create(IEnumerable<Indicator> indicators, UnitTimeline timeline, IEnumerable<Target> targets, IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return Build(indicators, null, timeline, targets, observations);
    }

    /// <summary>
    /// Lists every problem in the data of a scorecard built on a timeline, without throwing (see
    /// <see cref="Create(IEnumerable{Indicator}, UnitTimeline, IEnumerable{Target}, IEnumerable{Observation})"/> for the rules).
    /// </summary>
    /// <param name="indicators">The indicator catalog.</param>
    /// <param name="timeline">The units over time.</param>
    /// <param name="targets">The targets.</param>
    /// <param name="observations">The observations.</param>
    /// <returns>The problems, in the order of the data; empty when the data is sound.</returns>
    /// <exception cref="ArgumentNullException">An argument or an item is <see langword="null"/>.</exception>
    public static ImmutableArray<ScorecardProblem> Validate(IEnumerable<Indicator> indicators, UnitTimeline timeline, IEnumerable<Target> targets, IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return Check(indicators, null, timeline, targets, observations);
    }

    /// <summary>The unit tree in force on a date: the timeline's tree of that date, or <see cref="Units"/> for a scorecard of one tree.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The registry.</returns>
    public UnitRegistry UnitsOn(LocalDate date) => Timeline?.AsOf(date) ?? Units;

    /// <summary>The indicator with a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="ArgumentException">No indicator has the code.</exception>
    public Indicator GetIndicator(IndicatorCode code) => indicatorsByCode.TryGetValue(code, out var indicator)
        ? indicator
        : throw new ArgumentException($"Indicator '{code}' is not in the catalog.", nameof(code));

    /// <summary>Finds an indicator without throwing.</summary>
    /// <param name="code">The code.</param>
    /// <param name="indicator">The indicator, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetIndicator(IndicatorCode code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Indicator? indicator) =>
        indicatorsByCode.TryGetValue(code, out indicator);

    /// <summary>
    /// The same scorecard with notes on its rows: comments, statuses set by hand, or both, one per indicator, unit and
    /// period. They replace the notes the scorecard had.
    /// </summary>
    /// <param name="notes">The notes.</param>
    /// <returns>The scorecard with the notes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="notes"/> or an item is <see langword="null"/>.</exception>
    /// <exception cref="ScorecardException">
    /// A note names an indicator not in the catalog or a unit the scorecard does not know, or two notes name the same
    /// row; all of them are listed.
    /// </exception>
    public Scorecard WithNotes(IEnumerable<RowNote> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var list = notes.ToImmutableArray();
        EnsureNoNull(list, nameof(notes));
        var problems = ImmutableArray.CreateBuilder<ScorecardProblem>();
        var keys = new HashSet<IndicatorKey>(list.Length);
        for (var i = 0; i < list.Length; i++)
        {
            var note = list[i];
            var item = new ItemName("note", i, note.Key).ToString();
            if (!indicatorsByCode.ContainsKey(note.Key.Indicator))
            {
                problems.Add(new(item, $"the indicator '{note.Key.Indicator}' is not in the catalog."));
            }

            if (Slots.SlotOf(note.Key.Unit) < 0)
            {
                problems.Add(new(item, $"the unit '{note.Key.Unit}' is not known to the scorecard."));
            }

            if (!keys.Add(note.Key))
            {
                problems.Add(new(item, "an earlier note has the same indicator, unit and period."));
            }
        }

        return problems.Count == 0
            ? new Scorecard(this, list, Trajectories, DataClosingRule)
            : throw new ScorecardException(problems.ToImmutable());
    }

    /// <summary>
    /// The same scorecard with planned paths ("lộ trình"): each row of an indicator that has one sets its figure
    /// against the milestone of its period's year (<see cref="ScorecardRow.TrajectoryCheck"/>). They replace the
    /// trajectories the scorecard had.
    /// </summary>
    /// <param name="trajectories">
    /// The trajectories: at most one per indicator for every unit, and at most one per indicator and unit.
    /// </param>
    /// <returns>The scorecard with the trajectories.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trajectories"/> or an item is <see langword="null"/>.</exception>
    /// <exception cref="ScorecardException">
    /// A trajectory names an indicator not in the catalog, or one whose polarity differs from the catalog's, or a unit
    /// the scorecard does not know, or two trajectories name the same indicator and unit; all of them are listed.
    /// </exception>
    /// <remarks>
    /// A trajectory of one unit takes precedence over its indicator's trajectory of every unit. A row whose period's
    /// year lies outside its trajectory, or whose period spans two years, has no check.
    /// </remarks>
    public Scorecard WithTrajectories(IEnumerable<ScorecardTrajectory> trajectories)
    {
        ArgumentNullException.ThrowIfNull(trajectories);
        var list = trajectories.ToImmutableArray();
        EnsureNoNull(list, nameof(trajectories));
        var problems = ImmutableArray.CreateBuilder<ScorecardProblem>();
        var keys = new HashSet<(IndicatorCode, UnitId)>(list.Length);
        for (var i = 0; i < list.Length; i++)
        {
            var item = list[i];
            var name = string.Create(CultureInfo.InvariantCulture, $"trajectory {i} ({item.Indicator}{(item.Unit is { } u ? " " + u : string.Empty)})");
            if (!indicatorsByCode.TryGetValue(item.Indicator, out var indicator))
            {
                problems.Add(new(name, $"the indicator '{item.Indicator}' is not in the catalog."));
            }
            else if (indicator.Polarity != item.Trajectory.Indicator.Polarity)
            {
                problems.Add(new(name, $"the trajectory's indicator is {item.Trajectory.Indicator.Polarity}, but the catalog's '{item.Indicator}' is {indicator.Polarity}."));
            }

            if (item.Unit is { } unit && Slots.SlotOf(unit) < 0)
            {
                problems.Add(new(name, $"the unit '{unit}' is not known to the scorecard."));
            }

            if (!keys.Add((item.Indicator, item.Unit ?? default)))
            {
                problems.Add(new(name, item.Unit is null
                    ? "an earlier trajectory has the same indicator for every unit."
                    : "an earlier trajectory has the same indicator and unit."));
            }
        }

        return problems.Count == 0
            ? new Scorecard(this, Notes, list, DataClosingRule)
            : throw new ScorecardException(problems.ToImmutable());
    }

    /// <summary>
    /// The same scorecard with a rule for when its figures close ("thời gian chốt số liệu"): each row then carries the
    /// window of days its period's figures cover (<see cref="ScorecardRow.DataWindow"/>); under
    /// <see cref="Periods.DataClosingRule.Decree09"/>, Quý I/2024 covers 15/12/2023 to 14/3/2024.
    /// </summary>
    /// <param name="rule">The rule, or <see langword="null"/> for none.</param>
    /// <returns>The scorecard with the rule.</returns>
    public Scorecard WithDataClosingRule(DataClosingRule? rule) => new(this, Notes, Trajectories, rule);

    /// <summary>
    /// The same scorecard evaluated by default with these options (<see cref="Options"/>): <see cref="Evaluate"/> uses
    /// them when it is given none. The data is shared, not checked again.
    /// </summary>
    /// <param name="options">The options; <see langword="null"/> for <see cref="ScorecardOptions.Default"/>.</param>
    /// <returns>The scorecard with the options.</returns>
    public Scorecard WithOptions(ScorecardOptions? options) => new(this, Notes, Trajectories, DataClosingRule, options ?? ScorecardOptions.Default);

    /// <summary>
    /// The trajectory a row of an indicator and a unit is set against: the unit's own, else the indicator's for every
    /// unit; <see langword="null"/> when there is none.
    /// </summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The trajectory, or <see langword="null"/>.</returns>
    public Trajectory? FindTrajectory(IndicatorCode indicator, UnitId unit) =>
        trajectoriesByKey.Count == 0
            ? null
            : trajectoriesByKey.GetValueOrDefault((indicator, unit)) ?? trajectoriesByKey.GetValueOrDefault((indicator, default(UnitId)));

    /// <summary>The note on a row, or <see langword="null"/>.</summary>
    /// <param name="key">The indicator, unit and period.</param>
    /// <returns>The note, or <see langword="null"/>.</returns>
    public RowNote? FindNote(IndicatorKey key) => notesByKey.GetValueOrDefault(key);

    /// <summary>Every vintage of a figure, the earliest published first; empty when none was reported.</summary>
    /// <param name="key">The indicator, unit and period.</param>
    /// <returns>The vintages; one for a figure published once.</returns>
    public ImmutableArray<Observation> VintagesOf(IndicatorKey key) =>
        vintages.TryGetValue(key, out var all) ? [.. all] : FindObservation(key) is { } one ? [one] : [];

    /// <summary>The observation for a key (its latest vintage), or <see langword="null"/> when none was reported (no data).</summary>
    /// <param name="key">The indicator, unit and period.</param>
    /// <returns>The observation, or <see langword="null"/>.</returns>
    public Observation? FindObservation(IndicatorKey key) =>
        observationsBySlice.TryGetValue((key.Indicator, key.Period), out var slice) ? slice.Find(Slots.SlotOf(key.Unit)) : null;

    /// <summary>The target for a key, or <see langword="null"/> when none was assigned.</summary>
    /// <param name="key">The indicator, unit and period.</param>
    /// <returns>The target, or <see langword="null"/>.</returns>
    public Target? FindTarget(IndicatorKey key) =>
        targetsBySlice.TryGetValue((key.Indicator, key.Period), out var slice) ? slice.Find(Slots.SlotOf(key.Unit)) : null;

    /// <summary>A slot for every unit the scorecard's data may name; observations and targets are stored by slot.</summary>
    internal UnitSlots Slots { get; }

    /// <summary>The observations of one indicator in one period, by unit slot; empty when there are none.</summary>
    internal UnitSlice<Observation> ObservationsOf(IndicatorCode indicator, ReportingPeriod period) =>
        observationsBySlice.GetValueOrDefault((indicator, period)) ?? UnitSlice<Observation>.Empty;

    /// <summary>The periods in which one indicator has observations, in order; empty when it has none.</summary>
    /// <remarks>
    /// Worked out for every indicator on the first call, once for every thread. A computed indicator has the periods
    /// in which any indicator it is computed from has observations.
    /// </remarks>
    internal ReadOnlySpan<ReportingPeriod> ObservedPeriodsOf(IndicatorCode indicator) =>
        (observedPeriods ?? LazyInitializer.EnsureInitialized(ref observedPeriods, () =>
        {
            var periods = observationsBySlice.Keys
                .GroupBy(key => key.Item1, key => key.Item2)
                .ToDictionary(group => group.Key, group => group.Order().ToArray());
            foreach (var (computed, parts) in reportedPartsOf)
            {
                periods[computed] = [.. parts.SelectMany(part => periods.GetValueOrDefault(part) ?? []).Distinct().Order()];
            }

            return periods;
        }))
        .GetValueOrDefault(indicator) ?? [];

    /// <summary>
    /// Whether one unit has figures of one indicator in more than one period ending on or before a day: what a chart
    /// over time needs. Looked up in the slices by period, never by scanning the observations.
    /// </summary>
    internal bool HasFiguresOverTime(IndicatorCode indicator, UnitId unit, LocalDate upTo)
    {
        var slot = Slots.SlotOf(unit);
        if (slot < 0)
        {
            return false;
        }

        var found = 0;
        // A computed indicator's periods are its parts', where it has no observations of its own: it finds none.
        foreach (var period in ObservedPeriodsOf(indicator))
        {
            if (period.End <= upTo && ObservationsOf(indicator, period).Find(slot) is not null && ++found > 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether some figure of one indicator in one period has several vintages.</summary>
    internal bool HasVintagesIn(IndicatorCode indicator, ReportingPeriod period) =>
        slicesWithVintages.Count > 0 && slicesWithVintages.Contains((indicator, period));

    /// <summary>
    /// The vintage of a figure in force on a day (the latest published on or before it; a vintage without a date
    /// counts as published from the start), or the latest when no day is given; and the vintage before it.
    /// </summary>
    /// <param name="latest">The figure's latest vintage, as the slices hold it.</param>
    /// <param name="publishedOn">The day, or <see langword="null"/>.</param>
    /// <returns>The vintage (<see langword="null"/> when none was published by the day) and the one before it.</returns>
    internal (Observation? Vintage, Observation? Earlier) VintageOn(Observation latest, LocalDate? publishedOn)
    {
        if (!vintages.TryGetValue(latest.Key, out var all))
        {
            return (publishedOn is { } day && latest.PublishedOn > day ? null : latest, null);
        }

        var index = all.Length - 1;
        while (index >= 0 && publishedOn is { } date && all[index].PublishedOn > date)
        {
            index--;
        }

        return index < 0 ? (null, null) : (all[index], index > 0 ? all[index - 1] : null);
    }

    /// <summary>The note on a row, when the scorecard has notes.</summary>
    internal RowNote? NoteOf(IndicatorCode indicator, UnitId unit, ReportingPeriod period) =>
        notesByKey.Count == 0 ? null : notesByKey.GetValueOrDefault(new IndicatorKey(indicator, unit, period));

    /// <summary>Whether one indicator has an observation or a target in a period; for a computed one, whether a part has an observation.</summary>
    internal bool HasDataIn(IndicatorCode indicator, ReportingPeriod period) =>
        HasObservationsIn(indicator, period) || targetsBySlice.ContainsKey((indicator, period));

    /// <summary>Whether one indicator has observations in a period; for a computed one, whether any indicator it is computed from has.</summary>
    internal bool HasObservationsIn(IndicatorCode indicator, ReportingPeriod period)
    {
        if (!reportedPartsOf.TryGetValue(indicator, out var parts))
        {
            return observationsBySlice.ContainsKey((indicator, period));
        }

        foreach (var part in parts)
        {
            if (observationsBySlice.ContainsKey((part, period)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether one indicator has an observation or a target in a period, counting only the figures published on or
    /// before a day when one is given (<see cref="ScorecardOptions.PublishedOn"/>).
    /// </summary>
    internal bool HasDataIn(IndicatorCode indicator, ReportingPeriod period, LocalDate? publishedOn) =>
        HasObservationsIn(indicator, period, publishedOn) || targetsBySlice.ContainsKey((indicator, period));

    /// <summary>
    /// Whether one indicator (for a computed one, any indicator it is computed from) has observations in a period that
    /// were published on or before a day; without a day, whether it has any.
    /// </summary>
    internal bool HasObservationsIn(IndicatorCode indicator, ReportingPeriod period, LocalDate? publishedOn)
    {
        if (publishedOn is not { } day)
        {
            return HasObservationsIn(indicator, period);
        }

        if (!reportedPartsOf.TryGetValue(indicator, out var parts))
        {
            return AnyPublishedBy(indicator, period, day);
        }

        foreach (var part in parts)
        {
            if (AnyPublishedBy(part, period, day))
            {
                return true;
            }
        }

        return false;
    }

    // Whether some figure of one reported indicator in a period has a vintage published on or before the day.
    private bool AnyPublishedBy(IndicatorCode indicator, ReportingPeriod period, LocalDate day)
    {
        if (!observationsBySlice.TryGetValue((indicator, period), out var slice))
        {
            return false;
        }

        foreach (var latest in slice.Items)
        {
            if (VintageOn(latest, day).Vintage is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The targets of one indicator in one period, by unit slot; empty when there are none.</summary>
    internal UnitSlice<Target> TargetsOf(IndicatorCode indicator, ReportingPeriod period) =>
        targetsBySlice.GetValueOrDefault((indicator, period)) ?? UnitSlice<Target>.Empty;

    // The figures published more than once, each with its vintages ordered by publication (a vintage without a date
    // first); the scorecard has refused two vintages of one figure on the same day, or without a date.
    private static FrozenDictionary<IndicatorKey, Observation[]> Vintages(ImmutableArray<Observation> observations)
    {
        var seen = new HashSet<IndicatorKey>(observations.Length);
        HashSet<IndicatorKey>? repeated = null;
        foreach (var observation in observations)
        {
            if (!seen.Add(observation.Key))
            {
                (repeated ??= []).Add(observation.Key);
            }
        }

        return repeated is null
            ? FrozenDictionary<IndicatorKey, Observation[]>.Empty
            : observations.Where(observation => repeated.Contains(observation.Key))
                .GroupBy(observation => observation.Key)
                .ToFrozenDictionary(group => group.Key, group => group.OrderBy(observation => observation.PublishedOn).ToArray());
    }

    private bool IsLatestVintage(Observation observation) =>
        !vintages.TryGetValue(observation.Key, out var all) || ReferenceEquals(all[^1], observation);

    private static Dictionary<(IndicatorCode, ReportingPeriod), UnitSlice<T>> Slice<T>(ImmutableArray<T> items, Func<T, IndicatorKey> keyOf, UnitSlots slots)
        where T : class
    {
        var grouped = new Dictionary<(IndicatorCode, ReportingPeriod), (List<int> Slots, List<T> Items)>();
        foreach (var item in items)
        {
            var key = keyOf(item);
            if (!grouped.TryGetValue((key.Indicator, key.Period), out var slice))
            {
                grouped[(key.Indicator, key.Period)] = slice = ([], []);
            }

            slice.Slots.Add(slots.SlotOf(key.Unit));
            slice.Items.Add(item);
        }

        return grouped.ToDictionary(pair => pair.Key, pair => UnitSlice<T>.Create([.. pair.Value.Slots], [.. pair.Value.Items]));
    }

    /// <summary>
    /// Evaluates every indicator for every unit in a period: the value (reported, or derived from the unit's children
    /// by the indicator's roll-up rule), the target and its evaluation, the change against an earlier period, the rank
    /// among peers, and time-elapsed progress for figures counted to a date before the period's end.
    /// </summary>
    /// <param name="period">The period to evaluate.</param>
    /// <param name="asOf">
    /// The date figures without an as-of date of their own were counted to, when the period is not yet over;
    /// <see langword="null"/> when they cover the whole period.
    /// </param>
    /// <param name="options">How to evaluate; <see langword="null"/> for the scorecard's own <see cref="Options"/> (<see cref="ScorecardOptions.Default"/> unless set).</param>
    /// <returns>The result, one row per indicator and unit that has a value or a target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> lies outside <paramref name="period"/>.</exception>
    /// <remarks>
    /// For a scorecard built on a <see cref="Timeline"/>, the rows are those of the units in force on
    /// <paramref name="asOf"/>, or at the period's end (<see cref="ScorecardResult.Units"/>); a unit that changed since
    /// the base period (merged, split, a function moved) is compared with its base restated into those units, or, as
    /// <see cref="ScorecardOptions.AcrossUnitChanges"/> says, flagged as not comparable (see
    /// <see cref="ScorecardRow.ComparisonBase"/>). A scorecard of one tree is evaluated exactly as before.
    /// </remarks>
    public ScorecardResult Evaluate(ReportingPeriod period, LocalDate? asOf = null, ScorecardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (asOf is { } date && !period.Contains(date))
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), date,
                string.Create(CultureInfo.InvariantCulture, $"The as-of date {date:uuuu-MM-dd} lies outside the period {period.ToString(null, CultureInfo.InvariantCulture)}."));
        }

        return new ScorecardEvaluator(this, period, asOf, options ?? Options).Evaluate();
    }

    /// <summary>Builds a scorecard on a tree (<paramref name="units"/>) or a timeline, throwing every problem of its data at once.</summary>
    private static Scorecard Build(IEnumerable<Indicator> indicators, UnitRegistry? units, UnitTimeline? timeline, IEnumerable<Target> targets, IEnumerable<Observation> observations)
    {
        var (indicatorList, targetList, observationList) = Materialise(indicators, targets, observations);
        var problems = FindProblems(indicatorList, units, timeline, targetList, observationList, out var layout);
        if (!problems.IsEmpty)
        {
            throw new ScorecardException(problems);
        }

        var scorecard = new Scorecard(indicatorList, units, timeline, targetList, observationList, [], layout);
        layout.Targets.Release();
        layout.Observations?.Release();
        return scorecard;
    }

    /// <summary>Every problem of a scorecard's data on a tree (<paramref name="units"/>) or a timeline.</summary>
    private static ImmutableArray<ScorecardProblem> Check(IEnumerable<Indicator> indicators, UnitRegistry? units, UnitTimeline? timeline, IEnumerable<Target> targets, IEnumerable<Observation> observations)
    {
        var (indicatorList, targetList, observationList) = Materialise(indicators, targets, observations);
        return FindProblems(indicatorList, units, timeline, targetList, observationList, out _);
    }

    private static UnitRegistry LatestUnits(UnitTimeline timeline, ImmutableArray<ReportingPeriod> periods)
    {
        LocalDate? latest = periods.IsEmpty ? null : periods.Max(period => period.End);
        if (!timeline.Events.IsEmpty)
        {
            var lastEvent = timeline.Events[^1].DateOn(timeline.Basis);
            latest = latest is { } end && end > lastEvent ? end : lastEvent;
        }

        return latest is { } date ? timeline.AsOf(date) : timeline.Initial;
    }

    private static (ImmutableArray<Indicator>, ImmutableArray<Target>, ImmutableArray<Observation>) Materialise(
        IEnumerable<Indicator> indicators, IEnumerable<Target> targets, IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(observations);
        var indicatorList = indicators.ToImmutableArray();
        var targetList = targets.ToImmutableArray();
        var observationList = observations.ToImmutableArray();
        EnsureNoNull(indicatorList, nameof(indicators));
        EnsureNoNull(targetList, nameof(targets));
        EnsureNoNull(observationList, nameof(observations));
        return (indicatorList, targetList, observationList);
    }

    private static void EnsureNoNull<T>(ImmutableArray<T> items, string paramName)
        where T : class
    {
        var index = items.IndexOf(null!);
        if (index >= 0)
        {
            throw new ArgumentNullException(paramName, $"Item {index} is null.");
        }
    }

    private static ImmutableArray<ScorecardProblem> FindProblems(
        ImmutableArray<Indicator> indicators,
        UnitRegistry? units,
        UnitTimeline? timeline,
        ImmutableArray<Target> targets,
        ImmutableArray<Observation> observations,
        out Layout layout)
    {
        var problems = ImmutableArray.CreateBuilder<ScorecardProblem>();
        var catalog = new Dictionary<IndicatorCode, Indicator>(indicators.Length);
        var indicatorIndex = new Dictionary<IndicatorCode, int>(indicators.Length);
        for (var i = 0; i < indicators.Length; i++)
        {
            var indicator = indicators[i];
            var item = new ItemName("indicator", i, indicator.Code);
            if (!catalog.TryAdd(indicator.Code, indicator))
            {
                problems.Add(new(item.ToString(), $"the code '{indicator.Code}' is used by an earlier indicator too."));
            }
            else
            {
                indicatorIndex.Add(indicator.Code, indicatorIndex.Count);
            }

            CheckResponsibility(indicator.Responsibility, units, timeline, null, item, problems);
        }

        CheckFormulas(indicators, catalog, problems);

        // Keys are told apart by their slice and unit slot where the indicator and unit are known, and by the key
        // itself (a rare item with a problem) where not: two keys that differ in kind can never be equal.
        var slots = timeline is null ? UnitSlots.Of(units!) : UnitSlots.Of(timeline);
        var targetGrid = new KeyGrid(indicatorIndex, slots.Count, targets.Length);
        var targetRun = default(KeyRun);
        var observationRun = default(KeyRun);
        HashSet<IndicatorKey>? looseTargetKeys = null;
        // Money may be negative, so a reported amount and its target can be further apart than decimal holds, and the
        // evaluation would refuse the row; every other measure is never negative, so its margin always fits.
        var moneyGoals = new Dictionary<IndicatorKey, Goal>();
        for (var i = 0; i < targets.Length; i++)
        {
            var target = targets[i];
            var item = new ItemName("target", i, target.Key);
            var indicator = CheckKey(target.Key, target.Period.End, catalog, units, timeline, slots, item, problems, ref targetRun, out var slot);
            var firstTime = indicator is not null && slot >= 0
                ? targetGrid.TryMark(i, target.Key.Indicator, target.Key.Period, slot)
                : (looseTargetKeys ??= []).Add(target.Key);
            if (!firstTime)
            {
                problems.Add(new(item.ToString(), "an earlier target has the same indicator, unit and period."));
            }

            if (indicator is not null && CheckGoal(target.Goal, indicator, item, problems) && indicator.Measure.Kind == MeasureKind.Money)
            {
                moneyGoals.TryAdd(target.Key, target.Goal);
            }

            CheckResponsibility(target.Responsibility, units, timeline, target, item, problems);
        }

        // Until a key is repeated, keys are marked in a grid; the first repeat (vintages, or a mistake) turns to a
        // dictionary of every key so far with the day its figure was published, and the grid is given up.
        KeyGrid? observationGrid = new(indicatorIndex, slots.Count, observations.Length);
        HashSet<IndicatorKey>? looseObservationKeys = null;
        Dictionary<IndicatorKey, LocalDate?>? observationKeys = null;
        HashSet<(IndicatorKey, LocalDate?)>? vintageDays = null;
        for (var i = 0; i < observations.Length; i++)
        {
            var observation = observations[i];
            var item = new ItemName("observation", i, observation.Key);
            var indicator = CheckKey(observation.Key, observation.CountedTo, catalog, units, timeline, slots, item, problems, ref observationRun, out var slot);
            if (observationKeys is null)
            {
                var firstTime = indicator is not null && slot >= 0
                    ? observationGrid!.TryMark(i, observation.Key.Indicator, observation.Key.Period, slot)
                    : (looseObservationKeys ??= []).Add(observation.Key);
                if (!firstTime)
                {
                    observationGrid = null;
                    observationKeys = new Dictionary<IndicatorKey, LocalDate?>(observations.Length);
                    for (var j = 0; j < i; j++)
                    {
                        observationKeys.TryAdd(observations[j].Key, observations[j].PublishedOn);
                    }
                }
            }

            if (observationKeys is not null && !observationKeys.TryAdd(observation.Key, observation.PublishedOn))
            {
                // Vintages: a figure published again, each time with the day it was published.
                var first = observationKeys[observation.Key];
                vintageDays ??= [];
                vintageDays.Add((observation.Key, first));
                if (first is null && observation.PublishedOn is null)
                {
                    problems.Add(new(item.ToString(), "an earlier observation has the same indicator, unit and period."));
                }
                else if (first is null || observation.PublishedOn is null)
                {
                    problems.Add(new(item.ToString(), "an earlier observation has the same indicator, unit and period; give each vintage of a figure the day it was published (publishedOn)."));
                }
                else if (!vintageDays.Add((observation.Key, observation.PublishedOn)))
                {
                    problems.Add(new(item.ToString(), string.Create(CultureInfo.InvariantCulture,
                        $"an earlier observation has the same indicator, unit and period, published on the same day ({observation.PublishedOn:uuuu-MM-dd}).")));
                }
            }

            if (indicator?.Formula is { } formula)
            {
                problems.Add(new(item.ToString(), $"the indicator '{indicator.Code}' is computed by its formula ({formula}), so no figure is reported for it."));
            }
            else if (indicator is not null && !indicator.Measure.Accepts(observation.Value, out var reason))
            {
                problems.Add(new(item.ToString(), $"the value {observation.Value} does not fit {indicator.Measure}: {reason}."));
            }
            else if (moneyGoals.TryGetValue(observation.Key, out var goal))
            {
                CheckMargin(observation.Value.Value, goal, item, problems);
            }
        }

        layout = new Layout(slots, targetGrid, observationGrid);
        return problems.ToImmutable();
    }

    /// <summary>
    /// How the checks found the items laid out: the unit slots, and the targets' and observations' slices, so that
    /// the scorecard is indexed without looking a key up again. The observations' grid is null when a key repeats.
    /// </summary>
    private sealed record Layout(UnitSlots Slots, KeyGrid Targets, KeyGrid? Observations);

    // Every part of a formula is in the catalog, the measure follows from the parts', and no formula refers to its own
    // indicator, directly or through others: the chain is named, "A → B → A".
    private static void CheckFormulas(ImmutableArray<Indicator> indicators, Dictionary<IndicatorCode, Indicator> catalog, ImmutableArray<ScorecardProblem>.Builder problems)
    {
        for (var i = 0; i < indicators.Length; i++)
        {
            var indicator = indicators[i];
            if (indicator.Formula is not { } formula)
            {
                continue;
            }

            var item = new ItemName("indicator", i, indicator.Code).ToString();
            var missing = formula.Parts.Where(part => !catalog.ContainsKey(part)).ToList();
            foreach (var part in missing)
            {
                problems.Add(new(item, $"the formula names '{part}', which is not in the catalog."));
            }

            if (missing.Count == 0 && formula.MeasureProblem(indicator.Measure, [.. formula.Parts.Select(part => catalog[part].Measure)]) is { } measureProblem)
            {
                problems.Add(new(item, $"the formula {formula}: {measureProblem}"));
            }

            if (CycleThrough(indicator.Code, catalog) is { } cycle)
            {
                problems.Add(new(item, $"the formula refers to its own indicator: {string.Join(" → ", cycle)}."));
            }
        }
    }

    // The shortest chain of formulas from an indicator back to itself ("A → B → A"), or null when there is none.
    private static List<IndicatorCode>? CycleThrough(IndicatorCode start, Dictionary<IndicatorCode, Indicator> catalog)
    {
        var cameFrom = new Dictionary<IndicatorCode, IndicatorCode>();
        var queue = new Queue<IndicatorCode>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var code = queue.Dequeue();
            if (!catalog.TryGetValue(code, out var indicator) || indicator.Formula is not { } formula)
            {
                continue;
            }

            foreach (var part in formula.Parts)
            {
                if (part == start)
                {
                    var chain = new List<IndicatorCode> { start };
                    for (var at = code; at != start; at = cameFrom[at])
                    {
                        chain.Insert(1, at);
                    }

                    chain.Add(start);
                    return chain;
                }

                if (cameFrom.TryAdd(part, code))
                {
                    queue.Enqueue(part);
                }
            }
        }

        return null;
    }

    private static Indicator? CheckKey(
        IndicatorKey key,
        LocalDate day,
        Dictionary<IndicatorCode, Indicator> catalog,
        UnitRegistry? units,
        UnitTimeline? timeline,
        UnitSlots slots,
        ItemName item,
        ImmutableArray<ScorecardProblem>.Builder problems,
        ref KeyRun run,
        out int slot)
    {
        // Items come in runs of one unit and one indicator: the unit's slot and the indicator are looked up when the
        // text naming them is another string than the item's before.
        if (run.Unit is null || !ReferenceEquals(run.Unit, key.Unit.Value))
        {
            run.Slot = slots.SlotOf(key.Unit);
            run.Unit = key.Unit.Value;
        }

        slot = run.Slot;
        var unitProblem = timeline is null
            ? slot >= 0 ? null : $"the unit '{key.Unit}' is not registered."
            : ScorecardTimelineRules.UnitProblem(timeline, key, day, item.IsTarget);
        if (unitProblem is not null)
        {
            problems.Add(new(item.ToString(), unitProblem));
        }

        if (run.Indicator is { } last && ReferenceEquals(run.Code, key.Indicator.Value))
        {
            return last;
        }

        if (catalog.TryGetValue(key.Indicator, out var indicator))
        {
            run.Code = key.Indicator.Value;
            run.Indicator = indicator;
            return indicator;
        }

        problems.Add(new(item.ToString(), $"the indicator '{key.Indicator}' is not in the catalog."));
        return null;
    }

    /// <summary>The unit and indicator of the item before, by the strings that named them, with what they were found to be.</summary>
    private struct KeyRun
    {
        public string? Unit;
        public int Slot;
        public string? Code;
        public Indicator? Indicator;
    }

    private static bool CheckGoal(Goal goal, Indicator indicator, ItemName item, ImmutableArray<ScorecardProblem>.Builder problems)
    {
        // One rule book for goals: the evaluator's own check, so the scorecard accepts exactly what can be evaluated.
        try
        {
            Evaluation.GoalRules.EnsureFits(indicator, goal, nameof(goal));
            return true;
        }
        catch (ArgumentException fault)
        {
            problems.Add(new(item.ToString(), FirstSentence(fault.Message)));
            return false;
        }
    }

    private static void CheckMargin(decimal actual, Goal goal, ItemName item, ImmutableArray<ScorecardProblem>.Builder problems)
    {
        // The evaluator's own margin rule: what passes decimal's range here is what evaluating the row would refuse.
        if (!Evaluation.GoalRules.MarginFits(goal, actual))
        {
            problems.Add(new(item.ToString(), string.Create(CultureInfo.InvariantCulture,
                $"the value {actual} is further from its target's goal {goal} than decimal's range (±7,9 × 10^28) holds, so the margin cannot be computed.")));
        }
    }

    private static string FirstSentence(string message)
    {
        // ArgumentException appends " (Parameter 'goal')"; the problem names its item instead.
        var end = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }

    private static void CheckResponsibility(
        Responsibility? responsibility, UnitRegistry? units, UnitTimeline? timeline, Target? target, ItemName item, ImmutableArray<ScorecardProblem>.Builder problems)
    {
        if (responsibility is null)
        {
            return;
        }

        foreach (var unit in responsibility.All)
        {
            var unitProblem = timeline is null
                ? units!.Contains(unit) ? null : $"the responsible unit '{unit}' is not registered."
                : ScorecardTimelineRules.ResponsibleUnitProblem(timeline, unit, target);
            if (unitProblem is not null)
            {
                problems.Add(new(item.ToString(), unitProblem));
            }
        }
    }

    // Names an item only when a problem is found: most items have none, and writing a key's period label is not free.
    // The key is held as it is, not as an object, so that naming millions of sound items allocates nothing.
    private readonly struct ItemName
    {
        private readonly string kind;
        private readonly int index;
        private readonly IndicatorKey key;
        private readonly IndicatorCode code;

        public ItemName(string kind, int index, IndicatorKey key) => (this.kind, this.index, this.key) = (kind, index, key);

        public ItemName(string kind, int index, IndicatorCode code) => (this.kind, this.index, this.code) = (kind, index, code);

        public bool IsTarget => kind == "target";

        public override string ToString() => code == default
            ? string.Create(CultureInfo.InvariantCulture, $"{kind} {index} ({key})")
            : string.Create(CultureInfo.InvariantCulture, $"{kind} {index} ({code})");
    }
}
