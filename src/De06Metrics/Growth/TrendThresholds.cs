using System.Globalization;

namespace De06Metrics.Growth;

/// <summary>
/// The bounds for judging a trend without a numeric target, on the growth per year in percent taken in the better
/// direction (d · CAGR, d = −1 when lower is better): at least <see cref="Good"/> is good, at least
/// <see cref="Fair"/> is fair, anything lower is poor. The default is 1,5% and 0,5% a year.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TrendThresholds : IEquatable<TrendThresholds>
{
    /// <summary>Creates a set of bounds.</summary>
    /// <param name="good">The least growth per year, in percent, that is good.</param>
    /// <param name="fair">The least growth per year, in percent, that is fair; below <paramref name="good"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="fair"/> is not below <paramref name="good"/>.</exception>
    public TrendThresholds(decimal good, decimal fair)
    {
        if (fair >= good)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The fair bound {fair}% must be below the good bound {good}%."), nameof(fair));
        }

        Good = good;
        Fair = fair;
    }

    /// <summary>Good from 1,5% a year, fair from 0,5% a year.</summary>
    public static TrendThresholds Default { get; } = new(1.5m, 0.5m);

    /// <summary>The least growth per year, in percent, that is good.</summary>
    public decimal Good { get; }

    /// <summary>The least growth per year, in percent, that is fair.</summary>
    public decimal Fair { get; }

    /// <summary>The category of a growth per year already taken in the better direction; each bound belongs to the band above it.</summary>
    /// <param name="betterGrowthPercent">d · CAGR in percent.</param>
    /// <returns><see cref="TrendCategory.Good"/>, <see cref="TrendCategory.Fair"/> or <see cref="TrendCategory.Poor"/>.</returns>
    public TrendCategory Categorize(decimal betterGrowthPercent) =>
        betterGrowthPercent >= Good ? TrendCategory.Good
        : betterGrowthPercent >= Fair ? TrendCategory.Fair
        : TrendCategory.Poor;

    /// <inheritdoc />
    public bool Equals(TrendThresholds? other) => other is not null && Good == other.Good && Fair == other.Fair;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TrendThresholds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Good, Fair);

    /// <summary>Writes the bounds in invariant form: <c>good ≥ 1.5%, fair ≥ 0.5%</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"good ≥ {Good}%, fair ≥ {Fair}%");
}
