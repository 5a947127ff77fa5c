using System.Collections.Frozen;
using System.Collections.Immutable;

namespace De06Metrics.Units;

/// <summary>
/// A validated tree of responsible units: every id is unique, every parent exists, and no unit is its own ancestor.
/// It walks ancestors and descendants and gives each unit's path from its root.
/// </summary>
/// <remarks>
/// Built once by <see cref="Create"/>, then immutable and safe to share between threads. Queries naming an id that is
/// not registered throw <see cref="ArgumentException"/>; <see cref="TryGet"/> asks without throwing.
/// </remarks>
public sealed class UnitRegistry
{
    // Each unit's position in Units: lookups by id, and per-unit arrays that evaluators index by position.
    private readonly FrozenDictionary<UnitId, int> positionById;
    private readonly FrozenDictionary<UnitId, ImmutableArray<ResponsibleUnit>> childrenById;

    private UnitRegistry(ImmutableArray<ResponsibleUnit> units)
    {
        Units = units;
        var positions = new Dictionary<UnitId, int>(units.Length);
        for (var i = 0; i < units.Length; i++)
        {
            positions.Add(units[i].Id, i);
        }

        positionById = positions.ToFrozenDictionary();
        childrenById = units
            .Where(unit => unit.ParentId.HasValue)
            .GroupBy(unit => unit.ParentId!.Value)
            .ToFrozenDictionary(group => group.Key, group => group.ToImmutableArray());
        Roots = [.. units.Where(unit => unit.ParentId is null)];
    }

    /// <summary>An empty registry.</summary>
    public static UnitRegistry Empty { get; } = new([]);

    /// <summary>Every unit, in the order given to <see cref="Create"/>.</summary>
    public ImmutableArray<ResponsibleUnit> Units { get; }

    /// <summary>The units with no parent, in the order given.</summary>
    public ImmutableArray<ResponsibleUnit> Roots { get; }

    /// <summary>The number of units.</summary>
    public int Count => Units.Length;

    /// <summary>Builds a registry, checking that the units form a tree (or a forest of trees).</summary>
    /// <param name="units">The units, in any order; parents need not come before their children.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// Two units share an id, a unit names a parent that is not registered, or parents form a cycle; the message names
    /// the units concerned.
    /// </exception>
    public static UnitRegistry Create(IEnumerable<ResponsibleUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var list = units.ToImmutableArray();
        var seen = new Dictionary<UnitId, ResponsibleUnit>(list.Length);
        for (var i = 0; i < list.Length; i++)
        {
            var unit = list[i] ?? throw new ArgumentNullException(nameof(units), $"Unit {i} is null.");
            if (!seen.TryAdd(unit.Id, unit))
            {
                throw new ArgumentException($"Unit id '{unit.Id}' is used twice (at positions {list.IndexOf(seen[unit.Id])} and {i}).", nameof(units));
            }
        }

        foreach (var unit in list)
        {
            if (unit.ParentId is { } parent && !seen.ContainsKey(parent))
            {
                throw new ArgumentException($"Unit '{unit.Id}' names parent '{parent}', which is not registered.", nameof(units));
            }
        }

        EnsureNoCycle(list, seen);
        return new UnitRegistry(list);
    }

    private static void EnsureNoCycle(ImmutableArray<ResponsibleUnit> units, Dictionary<UnitId, ResponsibleUnit> byId)
    {
        // Each unit's chain of parents is walked once; a chain that reaches a unit already proven acyclic stops early.
        var acyclic = new HashSet<UnitId>();
        var chain = new List<UnitId>();
        var onChain = new HashSet<UnitId>();
        foreach (var start in units)
        {
            chain.Clear();
            onChain.Clear();
            for (UnitId? current = start.Id; current is { } id && !acyclic.Contains(id); current = byId[id].ParentId)
            {
                if (!onChain.Add(id))
                {
                    var cycle = chain.SkipWhile(unit => unit != id).Append(id);
                    throw new ArgumentException($"Units form a cycle of parents: {string.Join(" → ", cycle)}.", nameof(units));
                }

                chain.Add(id);
            }

            acyclic.UnionWith(chain);
        }
    }

    /// <summary>A unit's position in <see cref="Units"/>, or -1 when it is not registered.</summary>
    internal int PositionOf(UnitId id) => positionById.TryGetValue(id, out var position) ? position : -1;

    /// <summary>Whether a unit is registered.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when registered.</returns>
    public bool Contains(UnitId id) => positionById.ContainsKey(id);

    /// <summary>Finds a unit without throwing.</summary>
    /// <param name="id">The id.</param>
    /// <param name="unit">The unit, when registered.</param>
    /// <returns><see langword="true"/> when registered.</returns>
    public bool TryGet(UnitId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ResponsibleUnit? unit)
    {
        unit = positionById.TryGetValue(id, out var position) ? Units[position] : null;
        return unit is not null;
    }

    /// <summary>The unit with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentException">No unit has the id.</exception>
    public ResponsibleUnit this[UnitId id] => positionById.TryGetValue(id, out var position)
        ? Units[position]
        : throw new ArgumentException($"Unit '{id}' is not registered.", nameof(id));

    /// <summary>The parent of a unit, or <see langword="null"/> for a root.</summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>The parent.</returns>
    /// <exception cref="ArgumentException">No unit has the id.</exception>
    public ResponsibleUnit? ParentOf(UnitId id) => this[id].ParentId is { } parent ? Units[positionById[parent]] : null;

    /// <summary>The direct children of a unit, in the order given to <see cref="Create"/>.</summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>The children; empty for a leaf.</returns>
    /// <exception cref="ArgumentException">No unit has the id.</exception>
    public ImmutableArray<ResponsibleUnit> ChildrenOf(UnitId id)
    {
        _ = this[id];
        return childrenById.TryGetValue(id, out var children) ? children : [];
    }

    /// <summary>The ancestors of a unit, nearest first: parent, grandparent, …, root.</summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>The ancestors; empty for a root.</returns>
    /// <exception cref="ArgumentException">No unit has the id.</exception>
    public IEnumerable<ResponsibleUnit> AncestorsOf(UnitId id)
    {
        var unit = this[id];
        return Walk(unit);

        IEnumerable<ResponsibleUnit> Walk(ResponsibleUnit from)
        {
            for (var current = from; current.ParentId is { } parent;)
            {
                current = Units[positionById[parent]];
                yield return current;
            }
        }
    }

    /// <summary>The descendants of a unit, depth first, each before its own children, siblings in the order given.</summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>The descendants, not including the unit itself.</returns>
    /// <exception cref="ArgumentException">No unit has the id.</exception>
    public IEnumerable<ResponsibleUnit> DescendantsOf(UnitId id)
    {
        var children = ChildrenOf(id);
        return Walk(children);

        IEnumerable<ResponsibleUnit> Walk(ImmutableArray<ResponsibleUnit> start)
        {
            var stack = new Stack<ResponsibleUnit>(start.Reverse());
            while (stack.Count > 0)
            {
                var unit = stack.Pop();
                yield return unit;
                if (childrenById.TryGetValue(unit.Id, out var grandchildren))
                {
                    for (var i = grandchildren.Length - 1; i >= 0; i--)
                    {
                        stack.Push(grandchildren[i]);
                    }
                }
            }
        }
    }

    /// <summary>The path from a unit's root down to the unit itself.</summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>The units from root to <paramref name="id"/>, both included.</returns>
    /// <exception cref="ArgumentException">No unit has the id.</exception>
    public ImmutableArray<ResponsibleUnit> PathOf(UnitId id) => [.. AncestorsOf(id).Reverse(), this[id]];

    /// <summary>Whether one unit is an ancestor of another.</summary>
    /// <param name="ancestor">The possible ancestor.</param>
    /// <param name="descendant">The possible descendant.</param>
    /// <returns><see langword="true"/> when <paramref name="ancestor"/> lies on <paramref name="descendant"/>'s path above it.</returns>
    /// <exception cref="ArgumentException">Either id is not registered.</exception>
    public bool IsAncestorOf(UnitId ancestor, UnitId descendant)
    {
        if (!Contains(ancestor))
        {
            throw new ArgumentException($"Unit '{ancestor}' is not registered.", nameof(ancestor));
        }

        if (!Contains(descendant))
        {
            throw new ArgumentException($"Unit '{descendant}' is not registered.", nameof(descendant));
        }

        return AncestorsOf(descendant).Any(unit => unit.Id == ancestor);
    }
}
