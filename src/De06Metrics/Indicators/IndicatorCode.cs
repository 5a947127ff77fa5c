namespace De06Metrics.Indicators;

/// <summary>
/// The stable code of an indicator in a catalog, such as <c>DVC.ONLINE_RATE</c>. Compared ordinally and
/// case-sensitively. Immutable and thread-safe.
/// </summary>
public readonly struct IndicatorCode : IEquatable<IndicatorCode>, IComparable<IndicatorCode>, IComparable
{
    private readonly string? value;

    /// <summary>Creates a code.</summary>
    /// <param name="value">The code: not empty, without white space at either end.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or has white space at either end.</exception>
    public IndicatorCode(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (value.Trim().Length != value.Length)
        {
            throw new ArgumentException($"An indicator code has no white space at either end; '{value}' has.", nameof(value));
        }

        this.value = value;
    }

    /// <summary>The code text; empty only for <c>default</c>.</summary>
    public string Value => value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(IndicatorCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IndicatorCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Orders codes ordinally.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>The ordinal order.</returns>
    public int CompareTo(IndicatorCode other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        IndicatorCode other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare an indicator code with {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(IndicatorCode left, IndicatorCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(IndicatorCode left, IndicatorCode right) => !left.Equals(right);

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(IndicatorCode left, IndicatorCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(IndicatorCode left, IndicatorCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(IndicatorCode left, IndicatorCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(IndicatorCode left, IndicatorCode right) => left.CompareTo(right) >= 0;

    /// <summary>Returns the code text.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Value;
}
