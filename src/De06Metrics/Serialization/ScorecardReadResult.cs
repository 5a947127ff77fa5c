using System.Collections.Immutable;
using De06Metrics.Scorecards;

namespace De06Metrics.Serialization;

/// <summary>
/// What a read gives: the scorecard of every item that was read without a problem, and every problem found, with
/// its location. An item with a problem is left out and listed, never dropped silently or given a default.
/// </summary>
/// <remarks>
/// The caller decides whether to go on with a partial scorecard: <see cref="EnsureValid"/> is the strict mode.
/// Immutable and thread-safe.
/// </remarks>
public sealed class ScorecardReadResult
{
    internal ScorecardReadResult(Scorecard scorecard, ImmutableArray<DataProblem> problems)
    {
        Scorecard = scorecard;
        Problems = problems;
    }

    /// <summary>The scorecard of every item read without a problem; it holds all the data when <see cref="Problems"/> is empty.</summary>
    public Scorecard Scorecard { get; }

    /// <summary>Every problem found, ordered by file, line and column.</summary>
    public ImmutableArray<DataProblem> Problems { get; }

    /// <summary>Whether the files had no problem, so that <see cref="Scorecard"/> holds everything in them.</summary>
    public bool IsValid => Problems.IsEmpty;

    /// <summary>The scorecard, when the files had no problem at all (the strict mode).</summary>
    /// <returns><see cref="Scorecard"/>.</returns>
    /// <exception cref="ScorecardException">The files had problems; every one is listed, item by location.</exception>
    public Scorecard EnsureValid() => IsValid
        ? Scorecard
        : throw new ScorecardException(Problems.Select(problem => new ScorecardProblem(
            problem.Field is null ? problem.Location.ToString() : $"{problem.Location} {problem.Field}",
            problem.Value is null ? problem.Message : $"'{problem.Value}': {problem.Message}")));
}
