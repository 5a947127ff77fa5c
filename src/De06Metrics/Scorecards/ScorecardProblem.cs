namespace De06Metrics.Scorecards;

/// <summary>
/// One thing wrong with a scorecard's data: which item (an indicator, a unit, a target or an observation, by its
/// position and key) and what is wrong with it. Immutable and thread-safe.
/// </summary>
public sealed class ScorecardProblem : IEquatable<ScorecardProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="item">The item, such as <c>observation 3 (DVC.ONLINE HG Q1 2024)</c>.</param>
    /// <param name="message">What is wrong, as a sentence.</param>
    /// <exception cref="ArgumentException">A text is empty.</exception>
    public ScorecardProblem(string item, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(item);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Item = item;
        Message = message;
    }

    /// <summary>The item the problem is about.</summary>
    public string Item { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(ScorecardProblem? other) =>
        other is not null && string.Equals(Item, other.Item, StringComparison.Ordinal) && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScorecardProblem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Item, Message);

    /// <summary>Returns "item: message".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Item}: {Message}";
}
