using System.Collections.Immutable;
using System.Globalization;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;

namespace De06Metrics.Scorecards;

/// <summary>One lagging indicator of one unit: the row, why it lags, and how severe that is.</summary>
/// <remarks>
/// <para>
/// Severity is the largest of: the shortfall against the target (1 − attainment; 1 when attainment is not
/// meaningful), the shortfall against the time-elapsed plan (gap ÷ expected value), the distance from the trajectory's
/// milestone when off track (|gap| ÷ |milestone|; 1 when the milestone is zero), the relative decline against the
/// earlier period (as a fraction), and 1 for no data; multiplied by (1 + the share of the period elapsed at the day the
/// row's progress was counted to: its plan's or schedule's day, else the figure's as-of date, else the period's end).
/// So a gap matters twice as much when no time is left to close it.
/// </para>
/// <para>
/// For a scorecard built on a timeline, a responsibility that names a unit no longer in force on the report's date is
/// carried over to that date's units (<see cref="CarriedOver"/>), and the item says which unit it was assigned to.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class LaggingItem
{
    private readonly Func<UnitId, LocalizedText> nameOf;
    private readonly UnitTimeline? timeline;

    internal LaggingItem(
        ScorecardRow row, LaggingReasons reasons, decimal severity, Func<UnitId, LocalizedText> nameOf, ResponsibilityMapping? carriedOver, UnitTimeline? timeline = null,
        ImmutableArray<TreeNode> groups = default)
    {
        Groups = groups.IsDefault ? [] : groups;
        this.nameOf = nameOf;
        this.timeline = timeline;
        Row = row;
        Reasons = reasons;
        Severity = severity;
        CarriedOver = carriedOver;
    }

    /// <summary>The evaluated row.</summary>
    public ScorecardRow Row { get; }

    /// <summary>Why the item lags.</summary>
    public LaggingReasons Reasons { get; }

    /// <summary>How severe the lag is; larger is worse (see remarks).</summary>
    public decimal Severity { get; }

    /// <summary>
    /// The row's responsibility carried over to the units of the report's date, when it names a unit no longer in force
    /// then; <see langword="null"/> when every unit it names is in force, or the scorecard has no timeline.
    /// </summary>
    public ResponsibilityMapping? CarriedOver { get; }

    /// <summary>
    /// The groups of the scorecard's weighted tree the indicator belongs to, outermost first (an area, then an objective):
    /// empty when the report was drawn without a tree (<see cref="ScorecardResult.Lagging()"/>) or the tree does not hold
    /// the indicator.
    /// </summary>
    public ImmutableArray<TreeNode> Groups { get; }

    /// <summary>
    /// The item's place in the weighted tree: "thuộc lĩnh vực Dịch vụ công trực tuyến, mục tiêu Thanh toán trực tuyến" /
    /// "under Online public services (area), Online payment (objective)"; empty when it has none (see <see cref="Groups"/>).
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The clause, or an empty string.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string DescribePlace(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Groups.IsEmpty
            ? string.Empty
            : language.Format(Phrase.LaggingTreePlace, string.Join(", ", Groups.Select(group => group.Place(language))));
    }

    /// <summary>
    /// Who answers for the item on the report's date: the carried-over responsibility, or the row's own when nothing
    /// was carried over or no lead could be chosen (see <see cref="ResponsibilityMapping.Reason"/>).
    /// </summary>
    public Responsibility Responsibility => CarriedOver?.Mapped ?? Row.Responsibility;

    /// <summary>
    /// The item as a line of the report: the row's sentence, the reasons, and the coordinating units:
    /// "Mô hình đã triển khai đạt 17/33 mô hình (51,5%; chưa đạt chỉ tiêu, còn thiếu 16 mô hình); phối hợp: Sở Tư pháp". A
    /// reason the sentence does not state (a host's template without <c>{details}</c>) follows it after a dash: "— chưa đạt chỉ tiêu",
    /// "— chậm so với lộ trình: thấp hơn mốc 84,0% năm 2024".
    /// A responsibility carried over says which units it was assigned to: "…; giao cho Sở Thông tin và Truyền thông, nay
    /// là Sở Khoa học và Công nghệ; phối hợp: Sở Tài chính (giao cho Sở Kế hoạch và Đầu tư, nay là Sở Tài chính)", and names the coordinating
    /// units that have no successor ("không còn phối hợp: Huyện Sơn Dương (đã giải thể từ 1/7/2025, không có đơn vị kế thừa)").
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The line.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);

        // A reason the row's own sentence already states is not said twice: the sentence says "không có số liệu", the
        // verdict "chưa đạt chỉ tiêu", the schedule "chậm tiến độ" and the change "giảm …" whenever its template has
        // room for details; a host's template without {details} leaves them to this list.
        var sentence = Row.Describe(language);
        var details = Row.Narrative.For(language, Row.Indicator.Measure.Kind == Measures.MeasureKind.Rank).Contains("{details}", StringComparison.Ordinal);
        var reasons = new List<string>();
        if (Reasons.HasFlag(LaggingReasons.NotMet) && !(Row.Evaluation is { Actual: not null } && details))
        {
            reasons.Add(language[Phrase.LaggingNotMet]);
        }

        if (Reasons.HasFlag(LaggingReasons.BehindSchedule) && !details)
        {
            reasons.Add(language[Phrase.LaggingBehindSchedule]);
        }

        // Off the trajectory: "chậm so với lộ trình: thấp hơn mốc 84,0% năm 2024", when the sentence has no room for it.
        if (Reasons.HasFlag(LaggingReasons.OffTrack) && !details && Row.TrajectoryCheck is { } check)
        {
            reasons.Add(language.Format(
                check.Gap > 0m ? Phrase.LaggingOffTrackAbove : Phrase.LaggingOffTrackBelow,
                Row.Indicator.FormatValue(check.Milestone.Value, language),
                check.Milestone.Year.ToString(CultureInfo.InvariantCulture)));
        }

        if (Reasons.HasFlag(LaggingReasons.Declining) && !(Row.DescribeChange(language).Length > 0 && details))
        {
            reasons.Add(language[Phrase.LaggingDeclining]);
        }

        var assigned = string.Empty;
        if (CarriedOver is { } carried)
        {
            if (carried.Mapped is { } mapped && mapped.Lead != carried.Original.Lead)
            {
                assigned = "; " + CarriedText.AssignedNow(nameOf(carried.Original.Lead).In(language), nameOf(mapped.Lead).In(language), language);
            }
            else if (carried.Mapped is null && timeline is not null)
            {
                assigned = "; " + language.Format(Phrase.ScorecardAssignedTo, nameOf(carried.Original.Lead).In(language), CarriedText.NoSuccessor(timeline, carried.Lead, language));
            }
        }

        var coordinating = Responsibility.Coordinating;
        var partners = coordinating.IsEmpty
            ? string.Empty
            : "; " + language.Format(Phrase.ScorecardWith, Names(coordinating, language));
        var replaced = (CarriedOver?.Coordinating ?? []).Where(succession => succession.HasSuccessor && !succession.IsUnchanged).ToList();
        if (replaced.Count > 0)
        {
            partners += " (" + string.Join("; ", replaced.Select(succession =>
                CarriedText.AssignedNow(nameOf(succession.Unit).In(language), Names(succession.Successors.Select(share => share.Unit), language), language))) + ")";
        }

        foreach (var gone in CarriedOver?.NoLongerCoordinating ?? [])
        {
            var why = timeline is null ? gone.Reason : CarriedText.NoSuccessor(timeline, gone, language);
            partners += "; " + language.Format(Phrase.ScorecardNoLongerCoordinating, nameOf(gone.Unit).In(language), why);
        }

        var unstated = reasons.Count == 0 ? string.Empty : " — " + string.Join(", ", reasons);
        var place = Groups.IsEmpty ? string.Empty : "; " + DescribePlace(language);
        return $"{sentence}{unstated}{place}{assigned}{partners}";
    }

    private string Names(IEnumerable<UnitId> units, Language language) => string.Join(", ", units.Select(id => nameOf(id).In(language)));

    /// <summary>Returns the English line and the severity.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Severity:0.###}] {Describe(Language.English)}");
}
