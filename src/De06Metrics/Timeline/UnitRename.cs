using System.Collections.Immutable;
using De06Metrics.Indicators;
using De06Metrics.Text;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>A unit takes a new name; its id, kind, parent and figures are unchanged.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class UnitRename : SuccessionEvent
{
    /// <summary>Creates a rename.</summary>
    /// <param name="unit">The unit renamed.</param>
    /// <param name="newName">The new name.</param>
    /// <param name="effectiveOn">The legal effective date.</param>
    /// <param name="source">The deciding document.</param>
    /// <param name="operationalOn">The operational date, when it differs from <paramref name="effectiveOn"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> or <paramref name="newName"/> is <c>default</c>.</exception>
    public UnitRename(UnitId unit, LocalizedText newName, LocalDate effectiveOn, SourceReference source, LocalDate? operationalOn = null)
        : base(effectiveOn, source, operationalOn)
    {
        RequireUnit(unit, nameof(unit), "A rename");
        if (newName == default)
        {
            throw new ArgumentException($"The rename of '{unit}' needs a new name; default(LocalizedText) was given.", nameof(newName));
        }

        Unit = unit;
        NewName = newName;
    }

    /// <inheritdoc />
    public override SuccessionKind Kind => SuccessionKind.Rename;

    /// <summary>The unit renamed.</summary>
    public UnitId Unit { get; }

    /// <summary>The new name.</summary>
    public LocalizedText NewName { get; }

    /// <summary>The renamed unit.</summary>
    public override ImmutableArray<UnitId> Subjects => [Unit];

    internal override string What => $"rename of '{Unit}' to \"{NewName.Vietnamese}\"";
}
