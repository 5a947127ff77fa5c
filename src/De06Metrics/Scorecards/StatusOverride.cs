using De06Metrics.Evaluation;

namespace De06Metrics.Scorecards;

/// <summary>
/// A target status set by hand for one row, with the reason and who set it. It is shown beside the status the
/// evaluation computes, never in its place.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when every field is equal.</remarks>
public sealed class StatusOverride : IEquatable<StatusOverride>
{
    /// <summary>Creates a status set by hand.</summary>
    /// <param name="status">The status: <see cref="TargetStatus.Exceeded"/>, <see cref="TargetStatus.Met"/>, <see cref="TargetStatus.BasicallyMet"/> or <see cref="TargetStatus.NotMet"/>.</param>
    /// <param name="reason">Why it is set; not empty.</param>
    /// <param name="setBy">Who set it (a person, an office); not empty.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not one of the four judged statuses.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> or <paramref name="setBy"/> is empty or white space.</exception>
    public StatusOverride(TargetStatus status, string reason, string setBy)
    {
        if (status is not (TargetStatus.Exceeded or TargetStatus.Met or TargetStatus.BasicallyMet or TargetStatus.NotMet))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status,
                $"A status set by hand is {TargetStatus.Exceeded}, {TargetStatus.Met}, {TargetStatus.BasicallyMet} or {TargetStatus.NotMet}; {status} is not a verdict.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(setBy);
        Status = status;
        Reason = reason;
        SetBy = setBy;
    }

    /// <summary>The status set by hand.</summary>
    public TargetStatus Status { get; }

    /// <summary>Why it is set.</summary>
    public string Reason { get; }

    /// <summary>Who set it.</summary>
    public string SetBy { get; }

    /// <inheritdoc />
    public bool Equals(StatusOverride? other) =>
        other is not null && Status == other.Status &&
        string.Equals(Reason, other.Reason, StringComparison.Ordinal) && string.Equals(SetBy, other.SetBy, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StatusOverride);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, Reason, SetBy);

    /// <summary>"status set by Sở Tư pháp: Met (…)", in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Text.Language.English);

    /// <summary>The status set by hand as a clause: "Sở Tư pháp đánh giá lại: Đạt (lý do)" / "reassessed by …: Met (…)".</summary>
    /// <param name="language">The language.</param>
    /// <returns>The clause.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string Describe(Text.Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Format(Text.Phrase.RowStatusOverride, SetBy, Status.Describe(language), Reason);
    }

    /// <summary>
    /// A status cell: the computed status (or where a figure stands on its plan) and, beside it, a status set by hand,
    /// joined by "; ". Either may be absent; a status set by hand never takes the computed one's place.
    /// </summary>
    /// <param name="computed">The computed status's text, or <see langword="null"/> or empty when there is none.</param>
    /// <param name="setByHand">The status set by hand, or <see langword="null"/>.</param>
    /// <param name="language">The language.</param>
    /// <returns>The cell's text, empty when both are absent.</returns>
    internal static string BesideComputed(string? computed, StatusOverride? setByHand, Text.Language language)
    {
        var set = setByHand?.Describe(language);
        return string.IsNullOrEmpty(computed) ? set ?? string.Empty
            : set is null ? computed
            : $"{computed}; {set}";
    }
}
