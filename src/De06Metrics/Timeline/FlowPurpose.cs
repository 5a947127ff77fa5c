namespace De06Metrics.Timeline;

/// <summary>What a <see cref="SuccessionFlow"/> carries: reported figures, or the responsibility for a target or task.</summary>
internal enum FlowPurpose
{
    /// <summary>Figures: a split by children is rebuilt from the children, an abolished unit's own figures pass to no unit.</summary>
    Figures,

    /// <summary>Responsibilities: a split passes them to every part, an abolition to the unit named to take over.</summary>
    Responsibility,
}
