namespace De06Metrics.Measures;

/// <summary>A currency, identified by its ISO 4217 code. Immutable and thread-safe.</summary>
public readonly struct Currency : IEquatable<Currency>
{
    private readonly string? code;

    /// <summary>Creates a currency from its three-letter ISO 4217 code.</summary>
    /// <param name="code">Three ASCII letters, such as <c>VND</c>; stored in upper case.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not three ASCII letters.</exception>
    public Currency(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != 3 || !code.All(char.IsAsciiLetter))
        {
            throw new ArgumentException($"A currency code is three ASCII letters (ISO 4217); '{code}' is not.", nameof(code));
        }

        this.code = code.ToUpperInvariant();
    }

    /// <summary>The Vietnamese đồng (VND), written "đồng" in both languages.</summary>
    public static Currency Vnd { get; } = new("VND");

    /// <summary>The United States dollar (USD).</summary>
    public static Currency Usd { get; } = new("USD");

    /// <summary>The ISO 4217 code, such as <c>VND</c>; <c>XXX</c> (no currency) for <c>default</c>.</summary>
    public string Code => code ?? "XXX";

    /// <inheritdoc />
    public bool Equals(Currency other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Compares two currencies by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when the codes are equal.</returns>
    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    /// <summary>Compares two currencies by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);

    /// <summary>Returns the ISO code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
