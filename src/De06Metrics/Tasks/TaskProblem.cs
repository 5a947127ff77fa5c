namespace De06Metrics.Tasks;

/// <summary>One thing wrong in a task list: the task's code and what is wrong with it.</summary>
/// <remarks>Immutable and thread-safe; equal when both parts are equal.</remarks>
public sealed class TaskProblem : IEquatable<TaskProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">The code of the task with the problem.</param>
    /// <param name="message">What is wrong, as a sentence.</param>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    public TaskProblem(string code, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Code = code;
        Message = message;
    }

    /// <summary>The code of the task with the problem.</summary>
    public string Code { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(TaskProblem? other) =>
        other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal) && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TaskProblem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Message);

    /// <summary>Returns "MH.01: message".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code}: {Message}";
}
