using System.Collections.Immutable;
using System.Globalization;
using De06Metrics.Units;

namespace De06Metrics.Timeline;

/// <summary>
/// One part of a <see cref="UnitSplit"/>: the unit that takes it (an existing unit, the split unit itself when it
/// continues, or a new unit), its share of the split unit's figures, and the children of the split unit it takes.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SplitPart
{
    private SplitPart(UnitId successor, ResponsibleUnit? newUnit, decimal? share, ImmutableArray<UnitId> children)
    {
        Successor = successor;
        NewUnit = newUnit;
        Share = share;
        Children = children;
    }

    /// <summary>The unit that takes the part.</summary>
    public UnitId Successor { get; }

    /// <summary>The unit created for the part, or <see langword="null"/> when <see cref="Successor"/> already exists.</summary>
    public ResponsibleUnit? NewUnit { get; }

    /// <summary>
    /// The part's share of the split unit's counts, amounts and rate parts, above 0 and at most 1, or
    /// <see langword="null"/> when the split assigns children instead.
    /// </summary>
    public decimal? Share { get; }

    /// <summary>The children of the split unit that move under <see cref="Successor"/> (or stay, when it is the split unit).</summary>
    public ImmutableArray<UnitId> Children { get; }

    /// <summary>A part taken by a unit that exists already, or by the split unit itself when it continues.</summary>
    /// <param name="successor">The unit.</param>
    /// <param name="share">The part's share, above 0 and at most 1; <see langword="null"/> when the split assigns children instead.</param>
    /// <param name="children">The children of the split unit the part takes; none twice.</param>
    /// <returns>The part.</returns>
    /// <exception cref="ArgumentException"><paramref name="successor"/> or a child is <c>default</c>, or a child is listed twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is not above 0 and at most 1.</exception>
    public static SplitPart ToExisting(UnitId successor, decimal? share = null, IEnumerable<UnitId>? children = null)
    {
        if (successor == default)
        {
            throw new ArgumentException("A split part needs a unit; default(UnitId) was given.", nameof(successor));
        }

        return new(successor, null, CheckShare(share, successor), CheckChildren(children, successor));
    }

    /// <summary>A part taken by a unit the split creates.</summary>
    /// <param name="newUnit">The new unit; its parent must be in force on the split's date.</param>
    /// <param name="share">The part's share, above 0 and at most 1; <see langword="null"/> when the split assigns children instead.</param>
    /// <param name="children">The children of the split unit that move under the new unit; none twice.</param>
    /// <returns>The part.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="newUnit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A child is <c>default</c> or listed twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is not above 0 and at most 1.</exception>
    public static SplitPart ToNew(ResponsibleUnit newUnit, decimal? share = null, IEnumerable<UnitId>? children = null)
    {
        ArgumentNullException.ThrowIfNull(newUnit);
        return new(newUnit.Id, newUnit, CheckShare(share, newUnit.Id), CheckChildren(children, newUnit.Id));
    }

    /// <summary>Describes the part: "'B' 0.6" or "'B' (children 'B.1', 'B.2')".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Share is { } share ? $"'{Successor}' {TimelineText.Number(share)}" : $"'{Successor}' (children {TimelineText.Units(Children)})";

    private static decimal? CheckShare(decimal? share, UnitId successor)
    {
        if (share is { } value && (value <= 0m || value > 1m))
        {
            throw new ArgumentOutOfRangeException(nameof(share), value,
                string.Create(CultureInfo.InvariantCulture, $"The share of split part '{successor}' must be above 0 and at most 1; {value} was given."));
        }

        return share;
    }

    private static ImmutableArray<UnitId> CheckChildren(IEnumerable<UnitId>? children, UnitId successor)
    {
        var list = children?.ToImmutableArray() ?? [];
        var seen = new HashSet<UnitId>();
        foreach (var child in list)
        {
            if (child == default)
            {
                throw new ArgumentException($"Split part '{successor}' lists default(UnitId) as a child.", nameof(children));
            }

            if (!seen.Add(child))
            {
                throw new ArgumentException($"Split part '{successor}' lists child '{child}' twice.", nameof(children));
            }
        }

        return list;
    }
}
