using De06Metrics.Evaluation;
using De06Metrics.Tasks;

namespace De06Metrics.Reporting;

/// <summary>
/// The one palette of the library's tables, badges and charts: a fill colour per status, the colour of text written
/// on that fill, and the sign that tells the status without its colour (▲ exceeded, ✓ met, ≈ basically met, ✗ not
/// met, — no data or no target).
/// </summary>
/// <remarks>
/// Text on every fill has a contrast ratio of at least 4.5:1 (WCAG 2 level AA for normal text): white on the green,
/// dark amber, red and grey fills. A status is never shown by its colour alone: badges write its
/// name and sign, bars carry a <c>data-status</c> attribute and a tooltip. Stateless and thread-safe.
/// </remarks>
public static class ReportPalette
{
    /// <summary>Green: a target met or exceeded, or a task done on time.</summary>
    public const string MetFill = "#2e7d32";

    /// <summary>Amber: a target basically met (short of it, within the tolerance), or a task late or due soon.</summary>
    public const string CautionFill = "#8a5300";

    /// <summary>Red: a target not met, or a task overdue.</summary>
    public const string NotMetFill = "#c62828";

    /// <summary>Grey: nothing to judge (no data, an invalid evaluation, no target), or a task not yet due.</summary>
    public const string NeutralFill = "#616161";

    /// <summary>White: the text on every fill of the palette (badges, status cells).</summary>
    public const string LightText = "#ffffff";

    /// <summary>Near-black: the ink of charts and pages.</summary>
    public const string DarkText = "#212121";

    /// <summary>The fill colour of a target status.</summary>
    /// <param name="status">The status; <see langword="null"/> (no target) is grey.</param>
    /// <returns>A CSS hex colour such as <c>#2e7d32</c>.</returns>
    public static string Fill(TargetStatus? status) => Tone(status) switch
    {
        StatusTone.Exceeded or StatusTone.Met => MetFill,
        StatusTone.Caution => CautionFill,
        StatusTone.NotMet => NotMetFill,
        _ => NeutralFill,
    };

    /// <summary>The sign of a target status: ▲ exceeded, ✓ met, ≈ basically met, ✗ not met, — anything else.</summary>
    /// <param name="status">The status; <see langword="null"/> is no target.</param>
    /// <returns>One character.</returns>
    public static string Icon(TargetStatus? status) => Tone(status) switch
    {
        StatusTone.Exceeded => "▲",
        StatusTone.Met => "✓",
        StatusTone.Caution => "≈",
        StatusTone.NotMet => "✗",
        _ => "—",
    };

    /// <summary>
    /// The fill colour of a task's deadline status: green when done on time, amber when done late or due soon, red when
    /// overdue, grey when not yet due.
    /// </summary>
    /// <param name="status">The status.</param>
    /// <returns>A CSS hex colour.</returns>
    public static string Fill(DeadlineStatus status) => status switch
    {
        DeadlineStatus.DoneOnTime => MetFill,
        DeadlineStatus.DoneLate or DeadlineStatus.DueSoon => CautionFill,
        DeadlineStatus.Overdue => NotMetFill,
        _ => NeutralFill,
    };

    /// <summary>The sign of a task's deadline status: ✓ done (on time or late), ✗ overdue, ! due soon, … not yet due.</summary>
    /// <param name="status">The status.</param>
    /// <returns>One character.</returns>
    public static string Icon(DeadlineStatus status) => status switch
    {
        DeadlineStatus.DoneOnTime or DeadlineStatus.DoneLate => "✓",
        DeadlineStatus.Overdue => "✗",
        DeadlineStatus.DueSoon => "!",
        _ => "…",
    };

    /// <summary>
    /// The fill colour of where a figure stands on a containing period's plan: green ahead of or on schedule, red behind,
    /// grey without data; the same colours as a target's status.
    /// </summary>
    /// <param name="status">The schedule status.</param>
    /// <returns>A CSS colour.</returns>
    public static string Fill(ScheduleStatus status) => status switch
    {
        ScheduleStatus.AheadOfSchedule or ScheduleStatus.OnSchedule => MetFill,
        ScheduleStatus.BehindSchedule => NotMetFill,
        _ => NeutralFill,
    };

    /// <summary>The sign of a schedule status: ▲ ahead, ✓ on schedule, ✗ behind, — no data.</summary>
    /// <param name="status">The schedule status.</param>
    /// <returns>One character.</returns>
    public static string Icon(ScheduleStatus status) => status switch
    {
        ScheduleStatus.AheadOfSchedule => "▲",
        ScheduleStatus.OnSchedule => "✓",
        ScheduleStatus.BehindSchedule => "✗",
        _ => "—",
    };

    private static StatusTone Tone(TargetStatus? status) => status switch
    {
        TargetStatus.Exceeded => StatusTone.Exceeded,
        TargetStatus.Met => StatusTone.Met,
        TargetStatus.BasicallyMet => StatusTone.Caution,
        TargetStatus.NotMet => StatusTone.NotMet,
        _ => StatusTone.Neutral,
    };

    private enum StatusTone
    {
        Neutral,
        Exceeded,
        Met,
        Caution,
        NotMet,
    }
}
