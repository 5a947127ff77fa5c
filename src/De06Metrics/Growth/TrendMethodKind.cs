namespace De06Metrics.Growth;

/// <summary>How a trend line through a series is found (see <see cref="TrendMethod"/>).</summary>
public enum TrendMethodKind
{
    /// <summary>Ordinary least squares: every observation weighs the same.</summary>
    LeastSquares = 0,

    /// <summary>Weighted least squares with weights 1, 2, …, n from the oldest observation to the latest.</summary>
    LinearRecencyWeights = 1,

    /// <summary>Weighted least squares with weights r^(i − n + 1): the latest weighs 1, each older one 1/r as much.</summary>
    GeometricRecencyWeights = 2,

    /// <summary>
    /// The mean of the last k changes per year, carried forward from the latest value (Germany's sustainability
    /// strategy uses the last five annual changes).
    /// </summary>
    MeanOfLastChanges = 3,
}
