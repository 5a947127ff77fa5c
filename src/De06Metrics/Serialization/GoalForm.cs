namespace De06Metrics.Serialization;

/// <summary>How a goal is named in a file.</summary>
internal enum GoalForm
{
    AtLeast,
    AtMost,
    Between,
    Exactly,
    Yes,
    No,
}
