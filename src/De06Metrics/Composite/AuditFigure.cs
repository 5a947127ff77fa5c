using System.Globalization;
using De06Metrics.Text;

namespace De06Metrics.Composite;

/// <summary>
/// One statistic of an audit or an uncertainty analysis: a <see cref="double"/> value, or the reason it is not
/// meaningful (a constant indicator, too few units, a dimension of one indicator). Never NaN or infinity.
/// </summary>
/// <remarks>
/// Statistics are computed in <see cref="double"/> (MathNet.Numerics): they describe the data, they are not published
/// index values, and correlations, eigenvalues and variances do not need 28 digits. Immutable and thread-safe.
/// </remarks>
public readonly struct AuditFigure : IEquatable<AuditFigure>
{
    private AuditFigure(double? value, LocalizedText? reason)
    {
        Value = value;
        Reason = reason;
    }

    /// <summary>The value; <see langword="null"/> when not meaningful.</summary>
    public double? Value { get; }

    /// <summary>Why there is no value; <see langword="null"/> when there is one.</summary>
    public LocalizedText? Reason { get; }

    /// <summary>Whether there is a value.</summary>
    public bool IsMeaningful => Value.HasValue;

    /// <summary>Writes the value with <paramref name="decimals"/> decimals in the language, or the reason.</summary>
    /// <param name="language">The language.</param>
    /// <param name="decimals">The decimals shown.</param>
    /// <returns>The text.</returns>
    public string ToString(Language language, int decimals = 3)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Value is { } value ? language.FormatNumber((decimal)Math.Round(value, decimals), decimals) : Reason!.Value.In(language);
    }

    /// <inheritdoc />
    public bool Equals(AuditFigure other) => Nullable.Equals(Value, other.Value) && Nullable.Equals(Reason, other.Reason);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AuditFigure other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Reason);

    /// <summary>Returns the value (invariant culture) or the reason in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value is { } value ? value.ToString("R", CultureInfo.InvariantCulture) : Reason!.Value.In(Language.English);

    /// <summary>Whether two figures are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AuditFigure left, AuditFigure right) => left.Equals(right);

    /// <summary>Whether two figures differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(AuditFigure left, AuditFigure right) => !left.Equals(right);

    internal static AuditFigure Of(double value) => double.IsFinite(value)
        ? new AuditFigure(value, null)
        : throw new InvalidOperationException($"A statistic came out as {value}; the guards before it should have said why it is not meaningful.");

    internal static AuditFigure NotMeaningful(LocalizedText reason) => new(null, reason);
}
