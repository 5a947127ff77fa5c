using System.Collections.Immutable;
using De06Metrics.Indicators;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>
/// A dated change to the units: an establishment, a merger, a split, a rename, a transfer of a function or an
/// abolition, with its legal effective date, its operational date where that differs, and the document that decided it.
/// </summary>
/// <remarks>
/// <para>
/// The kinds are the sealed subclasses <see cref="UnitEstablishment"/>, <see cref="UnitMerger"/>, <see cref="UnitSplit"/>,
/// <see cref="UnitRename"/>, <see cref="FunctionTransfer"/> and <see cref="UnitAbolition"/>; no other can be derived.
/// Each checks on construction what it can see alone (no unit merged into itself, split shares summing to 1, …);
/// <see cref="UnitTimeline.Create"/> checks the events against the tree and against each other.
/// </para>
/// <para>
/// An event applies at the start of its date: the units it ends are in force up to the day before. Events of one date
/// apply together to the tree as it stood the day before. Events are compared by reference. Immutable and thread-safe.
/// </para>
/// </remarks>
public abstract class SuccessionEvent
{
    private protected SuccessionEvent(LocalDate effectiveOn, SourceReference source, LocalDate? operationalOn)
    {
        ArgumentNullException.ThrowIfNull(source);
        EffectiveOn = effectiveOn;
        OperationalOn = operationalOn ?? effectiveOn;
        Source = source;
    }

    /// <summary>What the event does.</summary>
    public abstract SuccessionKind Kind { get; }

    /// <summary>The date the change takes legal effect.</summary>
    public LocalDate EffectiveOn { get; }

    /// <summary>The date the changed units begin to operate; <see cref="EffectiveOn"/> when no other date was given.</summary>
    public LocalDate OperationalOn { get; }

    /// <summary>Whether the operational date differs from the legal one.</summary>
    public bool HasSeparateOperationalDate => OperationalOn != EffectiveOn;

    /// <summary>The document that decided the change, such as "202/2025/QH15 ngày 12/6/2025".</summary>
    public SourceReference Source { get; }

    /// <summary>
    /// The units the event changes: the units merged, the unit split, renamed or abolished, the unit giving up a
    /// function. A unit created by the event is not among them.
    /// </summary>
    public abstract ImmutableArray<UnitId> Subjects { get; }

    /// <summary>The date the event applies on under a basis: operational or legal.</summary>
    /// <param name="basis">The basis.</param>
    /// <returns><see cref="OperationalOn"/> or <see cref="EffectiveOn"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not defined.</exception>
    public LocalDate DateOn(SuccessionDateBasis basis) => basis switch
    {
        SuccessionDateBasis.Operational => OperationalOn,
        SuccessionDateBasis.Legal => EffectiveOn,
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, $"Date basis {(int)basis} is not defined."),
    };

    /// <summary>Describes the event: "merger of 'HG' into 'TQ' effective 2025-06-12, operational 2025-07-01 (202/2025/QH15 ngày 12/6/2025)".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var dates = HasSeparateOperationalDate
            ? $"effective {TimelineText.Date(EffectiveOn)}, operational {TimelineText.Date(OperationalOn)}"
            : $"effective {TimelineText.Date(EffectiveOn)}";
        return $"{What} {dates} ({Source})";
    }

    /// <summary>What the event does, without its dates: "merger of 'HG' into 'TQ'".</summary>
    internal abstract string What { get; }

    private protected static ImmutableArray<UnitId> DistinctUnits(IEnumerable<UnitId> units, string paramName, string what)
    {
        ArgumentNullException.ThrowIfNull(units, paramName);
        var list = units.ToImmutableArray();
        var seen = new HashSet<UnitId>();
        foreach (var unit in list)
        {
            if (unit == default)
            {
                throw new ArgumentException($"{what} lists default(UnitId).", paramName);
            }

            if (!seen.Add(unit))
            {
                throw new ArgumentException($"{what} lists '{unit}' twice.", paramName);
            }
        }

        return list;
    }

    private protected static void RequireUnit(UnitId unit, string paramName, string what)
    {
        if (unit == default)
        {
            throw new ArgumentException($"{what} needs a unit; default(UnitId) was given.", paramName);
        }
    }
}
