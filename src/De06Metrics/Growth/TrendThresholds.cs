using System.Globalization;

namespace De06Metrics.Growth;

/// <summary>
/// The bounds for judging a trend without a numeric target, on the growth per year in percent taken in the better
/// direction (d · CAGR, d = −1 when lower is better): at least <see cref="Good"/> is good, at least
/// <see cref="Fair"/> is fair, at least <see cref="Limited"/> is limited, anything lower is a deterioration. The
/// default is open-sdg's: 1,5%, 0,5% and 0 a year.
/// </summary>
/// <remarks>
/// Near a natural limit (a rate that cannot pass 100%), <see cref="ScaledBy"/> shrinks the bounds above zero, as
/// <see cref="TrendAssessment.Assess(Indicators.Indicator, DatedValue, DatedValue, TrendThresholds?, YearCounting, decimal?)"/>
/// does for an indicator with a limit. Immutable and thread-safe.
/// </remarks>
public sealed class TrendThresholds : IEquatable<TrendThresholds>
{
    /// <summary>Creates a set of bounds.</summary>
    /// <param name="good">The least growth per year, in percent, that is good.</param>
    /// <param name="fair">The least growth per year, in percent, that is fair; below <paramref name="good"/>.</param>
    /// <param name="limited">
    /// The least growth per year, in percent, that is limited rather than a deterioration; below
    /// <paramref name="fair"/>. 0 by default: any movement the wrong way is a deterioration.
    /// </param>
    /// <exception cref="ArgumentException">The bounds do not fall strictly: good &gt; fair &gt; limited.</exception>
    public TrendThresholds(decimal good, decimal fair, decimal limited = 0m)
    {
        if (fair >= good)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The fair bound {fair}% must be below the good bound {good}%."), nameof(fair));
        }

        if (limited >= fair)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The limited bound {limited}% must be below the fair bound {fair}%."), nameof(limited));
        }

        Good = good;
        Fair = fair;
        Limited = limited;
    }

    /// <summary>Good from 1,5% a year, fair from 0,5%, limited from 0, deterioration below 0 (open-sdg).</summary>
    public static TrendThresholds Default { get; } = new(1.5m, 0.5m);

    /// <summary>The least growth per year, in percent, that is good.</summary>
    public decimal Good { get; }

    /// <summary>The least growth per year, in percent, that is fair.</summary>
    public decimal Fair { get; }

    /// <summary>The least growth per year, in percent, that is limited; below it is a deterioration.</summary>
    public decimal Limited { get; }

    /// <summary>The category of a growth per year already taken in the better direction; each bound belongs to the band above it.</summary>
    /// <param name="betterGrowthPercent">d · CAGR in percent.</param>
    /// <returns><see cref="TrendCategory.Good"/>, <see cref="TrendCategory.Fair"/>, <see cref="TrendCategory.Limited"/> or <see cref="TrendCategory.Deterioration"/>.</returns>
    public TrendCategory Categorize(decimal betterGrowthPercent) =>
        betterGrowthPercent >= Good ? TrendCategory.Good
        : betterGrowthPercent >= Fair ? TrendCategory.Fair
        : betterGrowthPercent >= Limited ? TrendCategory.Limited
        : TrendCategory.Deterioration;

    /// <summary>
    /// The bounds with every bound above zero multiplied by <paramref name="factor"/>; bounds at or below zero, which
    /// stand for movement the wrong way, are kept. With a factor of 0 every positive bound becomes 0, so that holding
    /// a value at its limit is good.
    /// </summary>
    /// <param name="factor">The factor, from 0 to 1.</param>
    /// <returns>The scaled bounds; this instance when the factor is 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is outside [0, 1].</exception>
    public TrendThresholds ScaledBy(decimal factor)
    {
        if (factor is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor,
                string.Create(CultureInfo.InvariantCulture, $"A scaling factor lies from 0 to 1; {factor} was given."));
        }

        return factor == 1m ? this : new(Scale(Good, factor), Scale(Fair, factor), Limited, validated: true);
    }

    /// <inheritdoc />
    public bool Equals(TrendThresholds? other) => other is not null && Good == other.Good && Fair == other.Fair && Limited == other.Limited;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TrendThresholds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Good, Fair, Limited);

    /// <summary>Writes the bounds in invariant form: <c>good ≥ 1.5%, fair ≥ 0.5%, limited ≥ 0%</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"good ≥ {Good}%, fair ≥ {Fair}%, limited ≥ {Limited}%");

    // Scaled bounds may meet (a factor of 0 makes good, fair and limited all 0): the bands between them are then empty,
    // and a value on the bound belongs to the band above it, as everywhere.
    private TrendThresholds(decimal good, decimal fair, decimal limited, bool validated)
    {
        _ = validated;
        Good = good;
        Fair = fair;
        Limited = limited;
    }

    private static decimal Scale(decimal bound, decimal factor) => bound > 0m ? bound * factor : bound;
}
