using System.Collections.Immutable;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>
/// The base of a comparison across the units' history: whether the unit changed between the base period and the
/// compared one, the base as reported, the base restated into the later units with the figures it came from, and the
/// value actually compared against, or why there is none.
/// </summary>
/// <remarks>
/// <para>
/// Tuyên Quang's third quarter of 2025 against the third quarter of 2024: the province absorbed Hà Giang on 1 July
/// 2025, so <see cref="Basis"/> is <see cref="BaseValueBasis.Restated"/>, <see cref="AsReported"/> is the old Tuyên
/// Quang's own rate, <see cref="Restated"/> adds Hà Giang's and Tuyên Quang's numerators and denominators, and
/// <see cref="Value"/> is that restated rate. A province that did not change has <see cref="BaseValueBasis.AsReported"/>
/// and its own figure.
/// </para>
/// <para>
/// When the base cannot be restated (a predecessor's figure is missing, rates without parts, an abolished unit's own
/// figure) or restatement is turned off, <see cref="Basis"/> is <see cref="BaseValueBasis.NotComparable"/>,
/// <see cref="Value"/> is <see langword="null"/> and <see cref="Reason"/> says why; the figure as reported is still
/// given. Ranks are never restated: a rank across a change of its field keeps the rank as reported in
/// <see cref="Value"/>, so that both ranks can be shown, and is flagged with
/// <see cref="NotMeaningfulReason.RankFieldChanged"/>.
/// </para>
/// <para>Made by <see cref="UnitTimeline.Compare"/> and by scorecards that carry a timeline. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ComparisonBase
{
    private readonly UnitTimeline timeline;

    internal ComparisonBase(
        UnitTimeline timeline,
        Indicator indicator,
        UnitId unit,
        ReportingPeriod basePeriod,
        LocalDate unitsAsOf,
        BaseValueBasis basis,
        MeasuredValue? asReported,
        RestatedObservation? restated,
        MeasuredValue? value,
        NotMeaningfulReason reason,
        ImmutableArray<SuccessionEvent> changes)
    {
        this.timeline = timeline;
        Indicator = indicator;
        Unit = unit;
        BasePeriod = basePeriod;
        UnitsAsOf = unitsAsOf;
        Basis = basis;
        AsReported = asReported;
        Restated = restated;
        Value = value;
        Reason = reason;
        Changes = changes;
    }

    /// <summary>The indicator compared.</summary>
    public Indicator Indicator { get; }

    /// <summary>The unit compared, as it stands on <see cref="UnitsAsOf"/>.</summary>
    public UnitId Unit { get; }

    /// <summary>The base period.</summary>
    public ReportingPeriod BasePeriod { get; }

    /// <summary>The date whose units the comparison is made in: the compared period's end, or its as-of date.</summary>
    public LocalDate UnitsAsOf { get; }

    /// <summary>Whether the base is as reported, restated, or not comparable.</summary>
    public BaseValueBasis Basis { get; }

    /// <summary>
    /// The unit's own base figure as reported (or derived from its children), when the unit was in force at the base
    /// period's end and had one; <see langword="null"/> otherwise (a unit created since, or a gap).
    /// </summary>
    public MeasuredValue? AsReported { get; }

    /// <summary>
    /// The base restated into the units of <see cref="UnitsAsOf"/>, with the reported figures it combines
    /// (<see cref="RestatedObservation.Contributions"/>) or the reason it could not be; <see langword="null"/> when
    /// nothing was restated (the unit did not change, restatement was turned off, or the figure is a rank).
    /// </summary>
    public RestatedObservation? Restated { get; }

    /// <summary>
    /// The value compared against: <see cref="AsReported"/> when the unit did not change, the restated value when it
    /// did; <see langword="null"/> when the comparison is not meaningful, except for a rank, which keeps the rank as
    /// reported so that both ranks can be shown (flagged, never subtracted).
    /// </summary>
    public MeasuredValue? Value { get; }

    /// <summary>Why there is no comparison; <see cref="NotMeaningfulReason.None"/> when there is one.</summary>
    public NotMeaningfulReason Reason { get; }

    /// <summary>
    /// The events between the two periods that changed what the unit's figures cover (see
    /// <see cref="UnitTimeline.ChangesBetween"/>); empty when <see cref="Basis"/> is <see cref="BaseValueBasis.AsReported"/>.
    /// </summary>
    public ImmutableArray<SuccessionEvent> Changes { get; }

    /// <summary>Whether a change can be computed against the base: it is as reported or restated.</summary>
    public bool IsComparable => Basis != BaseValueBasis.NotComparable;

    /// <summary>Whether the base was restated into the later units.</summary>
    public bool IsRestated => Basis == BaseValueBasis.Restated;

    /// <summary>
    /// The label of the base a change is written against, saying when it was restated: "cùng kỳ năm 2024 (số liệu
    /// quy đổi theo đơn vị hiện nay)" / "Q3 2024 (restated to current units)"; the label unchanged otherwise.
    /// </summary>
    /// <param name="label">The label of the base period ("cùng kỳ năm 2024" / "Q3 2024").</param>
    /// <returns>The label.</returns>
    /// <remarks>"Current units" are those of <see cref="UnitsAsOf"/>, the compared period's, which are today's for a current report.</remarks>
    public LocalizedText Label(LocalizedText label) => IsRestated
        ? new LocalizedText(language => language.Format(Phrase.TimelineRestatedLabel, label.In(language)))
        : label;

    /// <summary>The label of the base in a language (see <see cref="Label(LocalizedText)"/>), from the base period's label.</summary>
    internal string Label(string label, Language language) =>
        IsRestated ? language.Format(Phrase.TimelineRestatedLabel, label) : label;

    /// <summary>
    /// The base in words: "số liệu quý III/2024 quy đổi theo đơn vị hiện nay, cộng gộp Tỉnh Hà Giang, Tỉnh Tuyên
    /// Quang" / "Q3 2024 restated to current units, combining Hà Giang Province, Tuyên Quang Province"; "số liệu quý
    /// III/2024 như đã báo cáo"; or, when not comparable, "không so sánh được với quý III/2024 vì …".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The clause, without a capital or a full stop.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <remarks>Units are named as they last stood; a share below 1 is written after its unit ("Xã A (60%)").</remarks>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var period = PeriodText.InSentence(BasePeriod, language);
        return Basis switch
        {
            BaseValueBasis.AsReported => language.Format(Phrase.TimelineBaseAsReported, period),
            BaseValueBasis.Restated => language.Format(Phrase.TimelineBaseRestated, period, Sources(language)),
            _ => NotComparable(period, language),
        };
    }

    /// <summary>"không so sánh được với {label} vì {reason}" / "not comparable with {label} because {reason}".</summary>
    internal string NotComparable(LocalizedText label, Language language) => NotComparable(label.In(language), language);

    /// <inheritdoc cref="NotComparable(LocalizedText, Language)"/>
    internal string NotComparable(string label, Language language) =>
        language.Format(Phrase.TimelineBaseNotComparable, label, Reason.Describe(language));

    /// <summary>Describes the base in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);

    private string Sources(Language language) => string.Join(language[Phrase.TimelineSourceSeparator], (Restated?.Contributions ?? []).Select(contribution =>
    {
        var name = timeline.NameOf(contribution.Original.Unit, language);
        return contribution.Share == 1m ? name : language.Format(Phrase.TimelineSourceShare, name, language.FormatNumber(contribution.Share * 100m, 0));
    }).Distinct()); // a computed indicator's base combines each unit's figures of every part: the unit is named once
}
