using System.Collections.Immutable;

namespace De06Metrics.Units;

/// <summary>
/// Who answers for an indicator or a target: one lead unit ("chủ trì") and any coordinating units ("phối hợp").
/// </summary>
/// <remarks>Immutable and thread-safe; equal when the lead and the coordinating units, in order, are equal.</remarks>
public sealed class Responsibility : IEquatable<Responsibility>
{
    /// <summary>Creates a responsibility.</summary>
    /// <param name="lead">The lead unit.</param>
    /// <param name="coordinating">The coordinating units, in the order the document lists them; none twice, and not the lead.</param>
    /// <exception cref="ArgumentException">The lead is <c>default</c>, or a coordinating unit repeats or is the lead.</exception>
    public Responsibility(UnitId lead, IEnumerable<UnitId>? coordinating = null)
    {
        if (lead == default)
        {
            throw new ArgumentException("A responsibility needs a lead unit; default(UnitId) was given.", nameof(lead));
        }

        var others = coordinating?.ToImmutableArray() ?? [];
        var seen = new HashSet<UnitId>();
        foreach (var unit in others)
        {
            if (unit == default)
            {
                throw new ArgumentException("A coordinating unit is default(UnitId).", nameof(coordinating));
            }

            if (unit == lead)
            {
                throw new ArgumentException($"Unit '{unit}' is the lead and cannot also coordinate.", nameof(coordinating));
            }

            if (!seen.Add(unit))
            {
                throw new ArgumentException($"Coordinating unit '{unit}' is listed twice.", nameof(coordinating));
            }
        }

        Lead = lead;
        Coordinating = others;
    }

    /// <summary>The lead unit ("chủ trì").</summary>
    public UnitId Lead { get; }

    /// <summary>The coordinating units ("phối hợp"), in the order given.</summary>
    public ImmutableArray<UnitId> Coordinating { get; }

    /// <summary>The lead first, then the coordinating units.</summary>
    public IEnumerable<UnitId> All => Coordinating.Prepend(Lead);

    /// <inheritdoc />
    public bool Equals(Responsibility? other) =>
        other is not null && Lead == other.Lead && Coordinating.SequenceEqual(other.Coordinating);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Responsibility);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Lead);
        foreach (var unit in Coordinating)
        {
            hash.Add(unit);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the lead and the coordinating units.</summary>
    /// <returns>The text, such as "HG.CA; HG.STP, HG.SYT".</returns>
    public override string ToString() => Coordinating.IsEmpty ? Lead.ToString() : $"{Lead}; {string.Join(", ", Coordinating)}";
}
