using System.Collections.Immutable;
using De06Metrics.Indicators;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>
/// A unit ends without merging: the district level abolished on 1 July 2025, its communes moved directly under the
/// province. Its children move to a named unit, and a named unit may take over its responsibilities.
/// </summary>
/// <remarks>
/// An abolished unit's own figures are not carried to any unit when history is restated: they were a roll-up of its
/// children, whose own figures carry on. Immutable and thread-safe.
/// </remarks>
public sealed class UnitAbolition : SuccessionEvent
{
    /// <summary>Creates an abolition.</summary>
    /// <param name="unit">The unit abolished.</param>
    /// <param name="effectiveOn">The legal effective date.</param>
    /// <param name="source">The deciding document.</param>
    /// <param name="childrenMoveTo">Where its children move; required when it has children in force on the date.</param>
    /// <param name="responsibilitiesTo">The unit that takes over its targets and tasks, if any.</param>
    /// <param name="operationalOn">The operational date, when it differs from <paramref name="effectiveOn"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A unit is <c>default</c>, or a destination is the abolished unit itself.</exception>
    public UnitAbolition(UnitId unit, LocalDate effectiveOn, SourceReference source, UnitId? childrenMoveTo = null, UnitId? responsibilitiesTo = null, LocalDate? operationalOn = null)
        : base(effectiveOn, source, operationalOn)
    {
        RequireUnit(unit, nameof(unit), "An abolition");
        if (childrenMoveTo is { } parent)
        {
            RequireUnit(parent, nameof(childrenMoveTo), "An abolition's destination for children");
            if (parent == unit)
            {
                throw new ArgumentException($"The children of abolished unit '{unit}' cannot move to '{unit}' itself.", nameof(childrenMoveTo));
            }
        }

        if (responsibilitiesTo is { } heir)
        {
            RequireUnit(heir, nameof(responsibilitiesTo), "An abolition's successor for responsibilities");
            if (heir == unit)
            {
                throw new ArgumentException($"The responsibilities of abolished unit '{unit}' cannot pass to '{unit}' itself.", nameof(responsibilitiesTo));
            }
        }

        Unit = unit;
        ChildrenMoveTo = childrenMoveTo;
        ResponsibilitiesTo = responsibilitiesTo;
    }

    /// <inheritdoc />
    public override SuccessionKind Kind => SuccessionKind.Abolition;

    /// <summary>The unit abolished.</summary>
    public UnitId Unit { get; }

    /// <summary>Where its children move, if it names a place.</summary>
    public UnitId? ChildrenMoveTo { get; }

    /// <summary>The unit that takes over its targets and tasks, if any.</summary>
    public UnitId? ResponsibilitiesTo { get; }

    /// <summary>The abolished unit.</summary>
    public override ImmutableArray<UnitId> Subjects => [Unit];

    internal override string What => $"abolition of '{Unit}'" +
        (ChildrenMoveTo is { } to ? $", children to '{to}'" : string.Empty) +
        (ResponsibilitiesTo is { } heir ? $", responsibilities to '{heir}'" : string.Empty);
}
