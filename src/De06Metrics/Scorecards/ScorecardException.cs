using System.Collections.Immutable;

namespace De06Metrics.Scorecards;

/// <summary>A scorecard's data has problems; every one found is listed, not only the first.</summary>
public sealed class ScorecardException : ArgumentException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">The problems; at least one.</param>
    public ScorecardException(IEnumerable<ScorecardProblem> problems)
        : this(problems, null)
    {
    }

    /// <summary>Creates the exception from the problems found in one argument.</summary>
    /// <param name="problems">The problems; at least one.</param>
    /// <param name="paramName">The argument that carried the bad data.</param>
    public ScorecardException(IEnumerable<ScorecardProblem> problems, string? paramName)
        : this(problems?.ToImmutableArray() ?? throw new ArgumentNullException(nameof(problems)), paramName)
    {
    }

    private ScorecardException(ImmutableArray<ScorecardProblem> problems, string? paramName)
        : base(Describe(problems), paramName) => Problems = problems;

    /// <summary>Creates the exception with a message only; prefer the constructor that lists the problems.</summary>
    public ScorecardException()
        : this([], null)
    {
    }

    /// <summary>Creates the exception with a message only; prefer the constructor that lists the problems.</summary>
    /// <param name="message">The message.</param>
    public ScorecardException(string message)
        : base(message) => Problems = [];

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ScorecardException(string message, Exception innerException)
        : base(message, innerException) => Problems = [];

    /// <summary>Every problem found, in the order of the data.</summary>
    public ImmutableArray<ScorecardProblem> Problems { get; }

    private static string Describe(ImmutableArray<ScorecardProblem> problems) => problems.Length switch
    {
        0 => "The scorecard's data has problems.",
        1 => $"The scorecard's data has a problem: {problems[0]}",
        _ => $"The scorecard's data has {problems.Length} problems:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Select(p => "- " + p))}",
    };
}
