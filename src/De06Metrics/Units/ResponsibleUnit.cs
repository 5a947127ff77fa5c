using De06Metrics.Text;

namespace De06Metrics.Units;

/// <summary>A body that is responsible for indicators: a province, a department, a district, a commune, an agency.</summary>
/// <remarks>
/// A unit names its parent by id; <see cref="UnitRegistry"/> checks that the ids form a tree.
/// Immutable and thread-safe; two units with the same id, name, kind and parent are equal.
/// </remarks>
public sealed class ResponsibleUnit : IEquatable<ResponsibleUnit>
{
    /// <summary>Creates a unit.</summary>
    /// <param name="id">The stable identifier.</param>
    /// <param name="name">The name in Vietnamese and, where known, English.</param>
    /// <param name="kind">What kind of body it is.</param>
    /// <param name="parentId">The parent unit's id, or <see langword="null"/> for a root.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is <c>default</c>, or the unit is its own parent.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public ResponsibleUnit(UnitId id, LocalizedText name, UnitKind kind, UnitId? parentId = null)
    {
        if (id == default)
        {
            throw new ArgumentException("A unit needs an id; default(UnitId) was given.", nameof(id));
        }

        if (name == default)
        {
            throw new ArgumentException($"Unit '{id}' needs a name; default(LocalizedText) was given.", nameof(name));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Unit kind {(int)kind} is not defined.");
        }

        if (parentId == default(UnitId))
        {
            throw new ArgumentException($"Unit '{id}' names default(UnitId) as its parent; use null for a root.", nameof(parentId));
        }

        if (parentId == id)
        {
            throw new ArgumentException($"Unit '{id}' cannot be its own parent.", nameof(parentId));
        }

        Id = id;
        Name = name;
        Kind = kind;
        ParentId = parentId;
    }

    /// <summary>The stable identifier.</summary>
    public UnitId Id { get; }

    /// <summary>The name in Vietnamese and, where known, English.</summary>
    public LocalizedText Name { get; }

    /// <summary>What kind of body it is.</summary>
    public UnitKind Kind { get; }

    /// <summary>The parent unit's id, or <see langword="null"/> for a root.</summary>
    public UnitId? ParentId { get; }

    /// <inheritdoc />
    public bool Equals(ResponsibleUnit? other) =>
        other is not null && Id == other.Id && Name == other.Name && Kind == other.Kind && ParentId == other.ParentId;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ResponsibleUnit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Kind, ParentId);

    /// <summary>Returns the id and Vietnamese name.</summary>
    /// <returns>The text, such as "HG.CA (Công an tỉnh)".</returns>
    public override string ToString() => $"{Id} ({Name.Vietnamese})";
}
