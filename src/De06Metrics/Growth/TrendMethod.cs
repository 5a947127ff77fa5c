using System.Globalization;

namespace De06Metrics.Growth;

/// <summary>
/// How a trend is fitted to a series and carried to a target date: least squares (plain or favouring recent
/// observations, as ESCAP's anticipated-progress method does) or the mean of the last few changes (Germany).
/// </summary>
/// <remarks>
/// <para>The least-squares methods project the fitted line: value(x) = a + b·x, x in years since the first observation.</para>
/// <para>
/// <see cref="MeanOfLastChanges"/> takes the latest k + 1 observations (fewer if the series is shorter), uses
/// b = (y_last − y_first) / (x_last − x_first) over them, which for yearly data is the mean of the k yearly changes,
/// and projects value(x) = y_last + b·(x − x_last).
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class TrendMethod : IEquatable<TrendMethod>
{
    private TrendMethod(TrendMethodKind kind, decimal ratio, int changeCount)
    {
        Kind = kind;
        Ratio = ratio;
        ChangeCount = changeCount;
    }

    /// <summary>Ordinary least squares.</summary>
    public static TrendMethod LeastSquares { get; } = new(TrendMethodKind.LeastSquares, 0m, 0);

    /// <summary>Least squares with weights 1, 2, …, n from the oldest observation to the latest.</summary>
    public static TrendMethod LinearRecencyWeights { get; } = new(TrendMethodKind.LinearRecencyWeights, 0m, 0);

    /// <summary>Germany's method: the mean of the last five changes per year, carried forward.</summary>
    public static TrendMethod MeanOfLastFiveChanges { get; } = new(TrendMethodKind.MeanOfLastChanges, 0m, 5);

    /// <summary>What kind of method this is.</summary>
    public TrendMethodKind Kind { get; }

    /// <summary>For <see cref="TrendMethodKind.GeometricRecencyWeights"/>, how many times each observation weighs its predecessor; otherwise 0.</summary>
    public decimal Ratio { get; }

    /// <summary>For <see cref="TrendMethodKind.MeanOfLastChanges"/>, how many changes are averaged; otherwise 0.</summary>
    public int ChangeCount { get; }

    /// <summary>Least squares with weights growing geometrically with recency: each observation weighs <paramref name="ratio"/> times its predecessor.</summary>
    /// <param name="ratio">The growth of the weights; above 1 (1 would be plain least squares).</param>
    /// <returns>The method.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ratio"/> is not above 1.</exception>
    public static TrendMethod GeometricRecencyWeights(decimal ratio)
    {
        if (ratio <= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(ratio), ratio,
                string.Create(CultureInfo.InvariantCulture, $"Recency weights must grow: the ratio must be above 1; {ratio} was given."));
        }

        return new(TrendMethodKind.GeometricRecencyWeights, ratio, 0);
    }

    /// <summary>The mean of the last <paramref name="count"/> changes per year, carried forward from the latest value.</summary>
    /// <param name="count">How many changes; at least 1.</param>
    /// <returns>The method.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1.</exception>
    public static TrendMethod MeanOfLastChanges(int count)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"At least one change is needed; {count} was given.");
        }

        return new(TrendMethodKind.MeanOfLastChanges, 0m, count);
    }

    /// <inheritdoc />
    public bool Equals(TrendMethod? other) =>
        other is not null && Kind == other.Kind && Ratio == other.Ratio && ChangeCount == other.ChangeCount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TrendMethod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Ratio, ChangeCount);

    /// <summary>Names the method: <c>LeastSquares</c>, <c>GeometricRecencyWeights(2)</c>, <c>MeanOfLastChanges(5)</c>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Kind switch
    {
        TrendMethodKind.GeometricRecencyWeights => string.Create(CultureInfo.InvariantCulture, $"{Kind}({Ratio})"),
        TrendMethodKind.MeanOfLastChanges => string.Create(CultureInfo.InvariantCulture, $"{Kind}({ChangeCount})"),
        _ => Kind.ToString(),
    };
}
