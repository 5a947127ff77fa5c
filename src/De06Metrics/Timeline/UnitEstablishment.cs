using System.Collections.Immutable;
using De06Metrics.Indicators;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>A new unit comes into force with no predecessor, such as a department set up from nothing.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class UnitEstablishment : SuccessionEvent
{
    /// <summary>Creates an establishment.</summary>
    /// <param name="unit">The new unit; its parent must be in force on the event's date.</param>
    /// <param name="effectiveOn">The legal effective date.</param>
    /// <param name="source">The deciding document.</param>
    /// <param name="operationalOn">The date the unit begins to operate, when it differs from <paramref name="effectiveOn"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> or <paramref name="source"/> is <see langword="null"/>.</exception>
    public UnitEstablishment(ResponsibleUnit unit, LocalDate effectiveOn, SourceReference source, LocalDate? operationalOn = null)
        : base(effectiveOn, source, operationalOn)
    {
        ArgumentNullException.ThrowIfNull(unit);
        Unit = unit;
    }

    /// <inheritdoc />
    public override SuccessionKind Kind => SuccessionKind.Establishment;

    /// <summary>The new unit.</summary>
    public ResponsibleUnit Unit { get; }

    /// <summary>None: an establishment changes no existing unit.</summary>
    public override ImmutableArray<UnitId> Subjects => [];

    internal override string What => $"establishment of '{Unit.Id}'";
}
