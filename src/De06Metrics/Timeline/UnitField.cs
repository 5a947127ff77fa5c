using System.Collections.Immutable;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>
/// The peers a unit is ranked among on a date: the units of one kind under one parent (the provinces: kind
/// <see cref="UnitKind.Province"/> with no parent). Its <see cref="Size"/> is the "of 63" or "of 34" of a rank.
/// </summary>
/// <remarks>
/// Two ranks compare only within the same field. Equal sizes are not enough: one province merged and another split
/// would leave 63 members that are not the same 63. <see cref="IsSameFieldAs"/> compares the members. A field is only
/// as complete as the timeline it comes from. Immutable and thread-safe.
/// </remarks>
public sealed class UnitField
{
    internal UnitField(UnitKind kind, UnitId? parent, LocalDate asOf, ImmutableArray<UnitId> members)
    {
        Kind = kind;
        Parent = parent;
        AsOf = asOf;
        Members = members;
    }

    /// <summary>The kind of the members.</summary>
    public UnitKind Kind { get; }

    /// <summary>The members' parent, or <see langword="null"/> for roots.</summary>
    public UnitId? Parent { get; }

    /// <summary>The date the field stands on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The members, in ordinal order of their ids.</summary>
    public ImmutableArray<UnitId> Members { get; }

    /// <summary>How many members: the field size of a rank.</summary>
    public int Size => Members.Length;

    /// <summary>Whether another field has the same kind, parent and members, whatever its date.</summary>
    /// <param name="other">The other field.</param>
    /// <returns><see langword="true"/> when ranks in the two fields can be compared position by position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public bool IsSameFieldAs(UnitField other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Kind == other.Kind && Parent == other.Parent && Members.SequenceEqual(other.Members);
    }

    /// <summary>The members not in another field: those that left between the two dates, or joined, read the other way.</summary>
    /// <param name="other">The other field.</param>
    /// <returns>The members of this field missing from <paramref name="other"/>, in ordinal order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public ImmutableArray<UnitId> MembersNotIn(UnitField other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return [.. Members.Except(other.Members)];
    }

    /// <summary>Describes the field: "34 Province under (root) as of 2025-07-01".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Size} {Kind} under {(Parent is { } parent ? $"'{parent}'" : "(root)")} as of {TimelineText.Date(AsOf)}";
}
