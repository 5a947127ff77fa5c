using System.Globalization;

namespace De06Metrics.Evaluation;

/// <summary>
/// What a batch evaluation found besides its per-row results: how many rows there were, how many had no data, and how
/// many were invalid, with the index of the first invalid row.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly struct BatchSummary : IEquatable<BatchSummary>
{
    internal BatchSummary(int count, int noDataCount, int invalidCount, int firstInvalidIndex)
    {
        Count = count;
        NoDataCount = noDataCount;
        InvalidCount = invalidCount;
        FirstInvalidIndex = invalidCount == 0 ? null : firstInvalidIndex;
    }

    /// <summary>The number of rows.</summary>
    public int Count { get; }

    /// <summary>The rows with no actual (status <see cref="TargetStatus.NoData"/>).</summary>
    public int NoDataCount { get; }

    /// <summary>The rows that could not be evaluated (status <see cref="TargetStatus.Invalid"/>).</summary>
    public int InvalidCount { get; }

    /// <summary>The index of the first invalid row, or <see langword="null"/> when every row is valid.</summary>
    public int? FirstInvalidIndex { get; }

    /// <summary>Whether any row is invalid.</summary>
    public bool HasInvalidRows => InvalidCount > 0;

    /// <inheritdoc />
    public bool Equals(BatchSummary other) =>
        Count == other.Count && NoDataCount == other.NoDataCount && InvalidCount == other.InvalidCount && FirstInvalidIndex == other.FirstInvalidIndex;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BatchSummary other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Count, NoDataCount, InvalidCount, FirstInvalidIndex);

    /// <summary>Equality.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(BatchSummary left, BatchSummary right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(BatchSummary left, BatchSummary right) => !left.Equals(right);

    /// <summary>Writes the counts.</summary>
    /// <returns>The text, for diagnostics.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Count} rows, {NoDataCount} without data, {InvalidCount} invalid{(FirstInvalidIndex is { } first ? $" (first at {first})" : string.Empty)}");
}
