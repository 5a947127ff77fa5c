using System.Globalization;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Evaluation;

/// <summary>
/// A ratio that is either a value (0,515 for 17 of 33) or "not meaningful" with the reason (a zero target), never
/// infinity, NaN or a silent zero.
/// </summary>
/// <remarks>Immutable and thread-safe. <c>default</c> is "not meaningful: no data".</remarks>
public readonly struct RatioOutcome : IEquatable<RatioOutcome>
{
    private readonly decimal value;
    private readonly NotMeaningfulReason reason;
    private readonly bool meaningful;

    private RatioOutcome(decimal value, NotMeaningfulReason reason, bool meaningful)
    {
        this.value = value;
        this.reason = reason;
        this.meaningful = meaningful;
    }

    /// <summary>Whether the ratio has a value.</summary>
    public bool IsMeaningful => meaningful;

    /// <summary>The ratio as a fraction of one (1 is 100%).</summary>
    /// <exception cref="InvalidOperationException">The ratio is not meaningful; see <see cref="Reason"/>.</exception>
    public decimal Value => meaningful
        ? value
        : throw new InvalidOperationException($"The ratio is not meaningful ({Reason}); check IsMeaningful first.");

    /// <summary>The ratio, or <see langword="null"/> when it is not meaningful.</summary>
    public decimal? ValueOrNull => meaningful ? value : null;

    /// <summary>Why the ratio is not meaningful; <see cref="NotMeaningfulReason.None"/> when it is.</summary>
    public NotMeaningfulReason Reason => meaningful ? NotMeaningfulReason.None : reason == NotMeaningfulReason.None ? NotMeaningfulReason.NoData : reason;

    /// <summary>A meaningful ratio.</summary>
    /// <param name="value">The ratio as a fraction of one.</param>
    /// <returns>The outcome.</returns>
    public static RatioOutcome Of(decimal value) => new(value, NotMeaningfulReason.None, meaningful: true);

    /// <summary>A ratio that is not meaningful.</summary>
    /// <param name="reason">Why; not <see cref="NotMeaningfulReason.None"/>.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is <see cref="NotMeaningfulReason.None"/> or undefined.</exception>
    public static RatioOutcome NotMeaningful(NotMeaningfulReason reason)
    {
        if (reason == NotMeaningfulReason.None || !Enum.IsDefined(reason))
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, $"A ratio that is not meaningful needs a reason; {reason} is not one.");
        }

        return new(0m, reason, meaningful: false);
    }

    /// <summary>Gets the ratio when it is meaningful.</summary>
    /// <param name="ratio">The ratio, or zero when not meaningful.</param>
    /// <returns><see langword="true"/> when the ratio is meaningful.</returns>
    public bool TryGetValue(out decimal ratio)
    {
        ratio = value;
        return meaningful;
    }

    /// <summary>Writes the ratio as a percent ("51,5%"), or why it is not meaningful ("không có ý nghĩa: chỉ tiêu bằng 0").</summary>
    /// <param name="decimals">Decimals of the percent; rounding is for display only.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Format(int decimals, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return meaningful
            ? language.FormatNumber(value * 100m, decimals) + "%"
            : language.Format(Phrase.RatioNotMeaningful, EvaluationText.Reason(Reason, language));
    }

    /// <inheritdoc />
    public bool Equals(RatioOutcome other) => meaningful == other.meaningful && (meaningful ? value == other.value : Reason == other.Reason);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RatioOutcome other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => meaningful ? value.GetHashCode() : HashCode.Combine(Reason);

    /// <summary>Equality of value, or of reason when not meaningful.</summary>
    /// <param name="left">The first outcome.</param>
    /// <param name="right">The second outcome.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(RatioOutcome left, RatioOutcome right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first outcome.</param>
    /// <param name="right">The second outcome.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(RatioOutcome left, RatioOutcome right) => !left.Equals(right);

    /// <summary>Writes the ratio in invariant form ("0.515…") or "n.m. (ZeroTarget)".</summary>
    /// <returns>The text, for diagnostics.</returns>
    public override string ToString() => meaningful ? value.ToString(CultureInfo.InvariantCulture) : $"n.m. ({Reason})";
}
