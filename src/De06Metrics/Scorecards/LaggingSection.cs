using System.Collections.Immutable;
using De06Metrics.Units;

namespace De06Metrics.Scorecards;

/// <summary>The lagging items one lead unit answers for, most severe first.</summary>
public sealed class LaggingSection
{
    internal LaggingSection(ResponsibleUnit lead, ImmutableArray<LaggingItem> items)
    {
        Lead = lead;
        Items = items;
    }

    /// <summary>The lead unit.</summary>
    public ResponsibleUnit Lead { get; }

    /// <summary>Its lagging items, most severe first.</summary>
    public ImmutableArray<LaggingItem> Items { get; }
}
