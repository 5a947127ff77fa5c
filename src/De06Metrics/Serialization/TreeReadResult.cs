using System.Collections.Immutable;
using De06Metrics.Scorecards;

namespace De06Metrics.Serialization;

/// <summary>
/// What a read of a scorecard tree gives: the tree, when it was read without a problem, and every problem found, with
/// its location. A tree with a problem is not built at all: a tree missing a node would weigh the others differently.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TreeReadResult
{
    internal TreeReadResult(ScorecardTree? tree, ImmutableArray<DataProblem> problems)
    {
        Tree = tree;
        Problems = problems;
    }

    /// <summary>The tree; <see langword="null"/> when the file has none, or has a problem.</summary>
    public ScorecardTree? Tree { get; }

    /// <summary>Every problem found, ordered by line and column.</summary>
    public ImmutableArray<DataProblem> Problems { get; }

    /// <summary>Whether the tree (or its absence) was read without a problem.</summary>
    public bool IsValid => Problems.IsEmpty;
}
