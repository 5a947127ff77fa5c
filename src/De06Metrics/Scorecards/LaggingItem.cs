using System.Globalization;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Scorecards;

/// <summary>One lagging indicator of one unit: the row, why it lags, and how severe that is.</summary>
/// <remarks>
/// <para>
/// Severity is the largest of: the shortfall against the target (1 − attainment; 1 when attainment is not
/// meaningful), the shortfall against the time-elapsed plan (gap ÷ expected value), the relative decline against the
/// earlier period (as a fraction), and 1 for no data; multiplied by (1 + the share of the period elapsed at the
/// figure's as-of date, 1 when it covers the whole period). So a gap matters twice as much when no time is left to close it.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class LaggingItem
{
    private readonly UnitRegistry units;

    internal LaggingItem(ScorecardRow row, LaggingReasons reasons, decimal severity, UnitRegistry units)
    {
        this.units = units;
        Row = row;
        Reasons = reasons;
        Severity = severity;
    }

    /// <summary>The evaluated row.</summary>
    public ScorecardRow Row { get; }

    /// <summary>Why the item lags.</summary>
    public LaggingReasons Reasons { get; }

    /// <summary>How severe the lag is; larger is worse (see remarks).</summary>
    public decimal Severity { get; }

    /// <summary>
    /// The item as a line of the report: the row's sentence, the reasons, and the coordinating units:
    /// "Mô hình đã triển khai đạt 17/33 mô hình (51,5%) (chưa đạt chỉ tiêu, còn thiếu 16 mô hình) — chưa đạt chỉ tiêu; phối hợp: Sở Tư pháp".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The line.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var vi = language == Language.Vietnamese;
        var reasons = new List<string>();
        if (Reasons.HasFlag(LaggingReasons.NoData))
        {
            reasons.Add(vi ? "không có số liệu" : "no data");
        }

        if (Reasons.HasFlag(LaggingReasons.NotMet))
        {
            reasons.Add(vi ? "chưa đạt chỉ tiêu" : "target not met");
        }

        if (Reasons.HasFlag(LaggingReasons.BehindSchedule))
        {
            reasons.Add(vi ? "chậm tiến độ" : "behind schedule");
        }

        if (Reasons.HasFlag(LaggingReasons.Declining))
        {
            reasons.Add(vi ? "giảm so với kỳ so sánh" : "declining");
        }

        var coordinating = Row.Responsibility.Coordinating;
        var partners = coordinating.IsEmpty
            ? string.Empty
            : (vi ? "; phối hợp: " : "; with: ") + string.Join(", ", coordinating.Select(id => units.TryGet(id, out var unit) ? unit.Name.In(language) : id.Value));
        return $"{Row.Describe(language)} — {string.Join(", ", reasons)}{partners}";
    }

    /// <summary>Returns the English line and the severity.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Severity:0.###}] {Describe(Language.English)}");
}
