using System.Globalization;
using System.Runtime.InteropServices;

namespace De06Metrics.Evaluation;

/// <summary>
/// What a batch evaluation found besides its per-row results: how many rows there were, how many reached each grade
/// (exceeded, met, basically met, not met), how many had no data, and how many were invalid, with the index of the
/// first invalid row.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly struct BatchSummary : IEquatable<BatchSummary>
{
    private BatchSummary(int count, int noDataCount, int invalidCount, int firstInvalidIndex, int exceeded, int met, int basicallyMet, int notMet)
    {
        Count = count;
        NoDataCount = noDataCount;
        InvalidCount = invalidCount;
        FirstInvalidIndex = invalidCount == 0 ? null : firstInvalidIndex;
        ExceededCount = exceeded;
        MetCount = met;
        BasicallyMetCount = basicallyMet;
        NotMetCount = notMet;
    }

    /// <summary>The rows better than their target beyond the tolerance.</summary>
    public int ExceededCount { get; }

    /// <summary>The rows on their target or better within the tolerance.</summary>
    public int MetCount { get; }

    /// <summary>The rows short of their target by no more than the tolerance ("cơ bản đạt").</summary>
    public int BasicallyMetCount { get; }

    /// <summary>The rows short of their target beyond the tolerance.</summary>
    public int NotMetCount { get; }

    // Counting the written statuses afterwards is a vectorised pass over bytes: cheaper than counting in the row loop.
    internal static BatchSummary Of(ReadOnlySpan<TargetStatus> statuses)
    {
        var bytes = MemoryMarshal.AsBytes(statuses);
        var invalid = bytes.Count((byte)TargetStatus.Invalid);
        return new BatchSummary(
            statuses.Length,
            bytes.Count((byte)TargetStatus.NoData),
            invalid,
            invalid == 0 ? -1 : bytes.IndexOf((byte)TargetStatus.Invalid),
            bytes.Count((byte)TargetStatus.Exceeded),
            bytes.Count((byte)TargetStatus.Met),
            bytes.Count((byte)TargetStatus.BasicallyMet),
            bytes.Count((byte)TargetStatus.NotMet));
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
        Count == other.Count && NoDataCount == other.NoDataCount && InvalidCount == other.InvalidCount && FirstInvalidIndex == other.FirstInvalidIndex &&
        ExceededCount == other.ExceededCount && MetCount == other.MetCount && BasicallyMetCount == other.BasicallyMetCount && NotMetCount == other.NotMetCount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BatchSummary other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Count, NoDataCount, InvalidCount, FirstInvalidIndex, ExceededCount, MetCount, BasicallyMetCount, NotMetCount);

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
        $"{Count} rows: {ExceededCount} exceeded, {MetCount} met, {BasicallyMetCount} basically met, {NotMetCount} not met, {NoDataCount} without data, {InvalidCount} invalid{(FirstInvalidIndex is { } first ? $" (first at {first})" : string.Empty)}");
}
