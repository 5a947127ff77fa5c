namespace De06Metrics.Units;

/// <summary>
/// The stable identifier of a responsible unit, such as <c>HG</c> or <c>HG.CA</c>. Compared ordinally and
/// case-sensitively, so an identifier means exactly one thing. Immutable and thread-safe.
/// </summary>
public readonly struct UnitId : IEquatable<UnitId>, IComparable<UnitId>, IComparable
{
    private readonly string? value;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier: not empty, without leading or trailing white space.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or has white space at either end.</exception>
    public UnitId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (value.Trim().Length != value.Length)
        {
            throw new ArgumentException($"A unit id has no white space at either end; '{value}' has.", nameof(value));
        }

        this.value = value;
    }

    /// <summary>The identifier text; empty only for <c>default</c>.</summary>
    public string Value => value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(UnitId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UnitId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Orders identifiers ordinally.</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns>The ordinal order.</returns>
    public int CompareTo(UnitId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        UnitId other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a unit id with {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(UnitId left, UnitId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(UnitId left, UnitId right) => !left.Equals(right);

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(UnitId left, UnitId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(UnitId left, UnitId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(UnitId left, UnitId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(UnitId left, UnitId right) => left.CompareTo(right) >= 0;

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Value;
}
