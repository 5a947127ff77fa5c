using System.Collections.Immutable;
using De06Metrics.Composite;

namespace De06Metrics.Serialization;

/// <summary>
/// What a read of a composite index file gives: the index and the uncertainty analysis's choices, when they were read
/// without a problem, and every problem found, with its location. An index with a problem is not built at all: an
/// index missing an indicator would weigh the others differently.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IndexReadResult
{
    internal IndexReadResult(MultiLevelIndex? index, UncertaintyAnalysis? uncertainty, ImmutableArray<DataProblem> problems)
    {
        Index = problems.IsEmpty ? index : null;
        Uncertainty = problems.IsEmpty ? uncertainty : null;
        Problems = problems;
    }

    /// <summary>The index; <see langword="null"/> when the file has a problem.</summary>
    public MultiLevelIndex? Index { get; }

    /// <summary>The choices of the uncertainty analysis; <see langword="null"/> when the file gives none, or has a problem.</summary>
    public UncertaintyAnalysis? Uncertainty { get; }

    /// <summary>Every problem found, ordered by line and column.</summary>
    public ImmutableArray<DataProblem> Problems { get; }

    /// <summary>Whether the file was read without a problem.</summary>
    public bool IsValid => Problems.IsEmpty;
}
