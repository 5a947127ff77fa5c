namespace De06Metrics.Cli.Output;

/// <summary>How a row is coloured in the terminal and marked in HTML.</summary>
internal enum RowStatus
{
    /// <summary>No status: the row is data, not an evaluation.</summary>
    None,

    /// <summary>The target is met.</summary>
    Met,

    /// <summary>The target is not met yet but within reach.</summary>
    AtRisk,

    /// <summary>The target is missed or behind schedule.</summary>
    Behind,
}
