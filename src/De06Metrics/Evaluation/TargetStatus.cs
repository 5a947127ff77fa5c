namespace De06Metrics.Evaluation;

/// <summary>Where a value stands against its target.</summary>
/// <remarks>
/// <para>
/// The rule, with the margin <c>m</c> signed so that positive is better (see <see cref="TargetEvaluation.Margin"/>) and
/// the caller's tolerance <c>τ ≥ 0</c> in the measure's own unit:
/// </para>
/// <list type="bullet">
/// <item>at-least and at-most targets: <see cref="Exceeded"/> when <c>m &gt; τ</c>; <see cref="Met"/> when
/// <c>0 ≤ m ≤ τ</c>; <see cref="BasicallyMet"/> when <c>−τ ≤ m &lt; 0</c>; <see cref="NotMet"/> when <c>m &lt; −τ</c>.
/// With <c>τ = 0</c>, 88,8% against at least 70% is exceeded, 70% is met and 69,9% is not met; with <c>τ = 1</c>
/// point, 69,5% is basically met.</item>
/// <item>range and exact targets: <see cref="Met"/> inside the band, <see cref="BasicallyMet"/> outside it but within
/// <c>τ</c> of it, else <see cref="NotMet"/>; they are never exceeded, since there is nothing beyond a band to
/// reach.</item>
/// <item>yes/no targets: <see cref="Met"/> when the answer is the one asked for, else <see cref="NotMet"/>.</item>
/// </list>
/// <para>
/// Without a tolerance nothing is basically met: a value is met or not. The values are a byte so that batch results
/// pack densely; <see cref="Invalid"/> occurs only in batches. The numeric order is not an order of merit.
/// </para>
/// </remarks>
public enum TargetStatus : byte
{
    /// <summary>No value was reported ("không có số liệu"); never read as zero.</summary>
    NoData = 0,

    /// <summary>The target is not met, beyond the tolerance ("chưa đạt chỉ tiêu").</summary>
    NotMet = 1,

    /// <summary>The target is met, within the tolerance either side ("đạt chỉ tiêu").</summary>
    Met = 2,

    /// <summary>The value is better than the target by more than the tolerance ("vượt chỉ tiêu").</summary>
    Exceeded = 3,

    /// <summary>
    /// Batch results only: the row could not be evaluated (a NaN or infinite target or an infinite actual in the
    /// <see cref="double"/> path; a margin beyond the range of <see cref="decimal"/> in the decimal path).
    /// </summary>
    Invalid = 4,
    /// <summary>
    /// The value falls short of the target, but by no more than the tolerance ("cơ bản đạt"): distinct from
    /// <see cref="Met"/>, as Vietnamese periodic reports grade it.
    /// </summary>
    BasicallyMet = 5,
}
