using System.Collections.Immutable;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tasks;

/// <summary>The lagging tasks one lead unit answers for: overdue first, the longest overdue first, then those done late.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TaskLaggingSection
{
    internal TaskLaggingSection(ResponsibleUnit lead, ImmutableArray<TaskAssessment> items)
    {
        Lead = lead;
        Items = items;
    }

    /// <summary>The lead unit on the as-of day.</summary>
    public ResponsibleUnit Lead { get; }

    /// <summary>Its lagging tasks, in order: overdue by days overdue (most first), then done late by days late (most first).</summary>
    public ImmutableArray<TaskAssessment> Items { get; }

    /// <summary>The heading: "Đơn vị chủ trì: Công an tỉnh" / "Lead unit: Provincial Police".</summary>
    /// <param name="language">The language.</param>
    /// <returns>The heading.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Format(Phrase.ScorecardLeadUnit, Lead.Name.In(language));
    }

    /// <summary>Returns the English heading.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
