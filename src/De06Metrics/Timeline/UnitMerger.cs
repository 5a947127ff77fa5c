using System.Collections.Immutable;
using De06Metrics.Indicators;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>
/// Several units become one: the merged units end, and the unit they merge into, an existing one that continues under
/// its id (<see cref="Into(IEnumerable{UnitId}, UnitId, LocalDate, SourceReference, LocalDate?)"/>) or a new one
/// (<see cref="IntoNewUnit"/>), answers for them from then on. Hà Giang merged into Tuyên Quang, which kept its name.
/// </summary>
/// <remarks>
/// The merged units' children move under the unit merged into, unless another event of the same date ends or moves
/// them. Their figures are restated into the successor by the indicator's roll-up: rates add numerators and
/// denominators, sums add. Immutable and thread-safe.
/// </remarks>
public sealed class UnitMerger : SuccessionEvent
{
    private UnitMerger(ImmutableArray<UnitId> merged, UnitId into, ResponsibleUnit? newUnit, LocalDate effectiveOn, SourceReference source, LocalDate? operationalOn)
        : base(effectiveOn, source, operationalOn)
    {
        Merged = merged;
        Successor = into;
        NewUnit = newUnit;
    }

    /// <inheritdoc />
    public override SuccessionKind Kind => SuccessionKind.Merger;

    /// <summary>The units that end, in the order given.</summary>
    public ImmutableArray<UnitId> Merged { get; }

    /// <summary>The unit they merge into.</summary>
    public UnitId Successor { get; }

    /// <summary>The unit created by the merger, or <see langword="null"/> when <see cref="Successor"/> is an existing unit that continues.</summary>
    public ResponsibleUnit? NewUnit { get; }

    /// <summary>The merged units.</summary>
    public override ImmutableArray<UnitId> Subjects => Merged;

    /// <summary>Merges units into an existing unit, which keeps its id, name and place in the tree.</summary>
    /// <param name="merged">The units that end; at least one, none twice, not <paramref name="into"/>.</param>
    /// <param name="into">The continuing unit.</param>
    /// <param name="effectiveOn">The legal effective date.</param>
    /// <param name="source">The deciding document.</param>
    /// <param name="operationalOn">The operational date, when it differs from <paramref name="effectiveOn"/>.</param>
    /// <returns>The merger.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No unit is merged, one is listed twice or is <c>default</c>, or <paramref name="into"/> is among them.</exception>
    public static UnitMerger Into(IEnumerable<UnitId> merged, UnitId into, LocalDate effectiveOn, SourceReference source, LocalDate? operationalOn = null)
    {
        RequireUnit(into, nameof(into), "A merger");
        return new(Check(merged, into), into, null, effectiveOn, source, operationalOn);
    }

    /// <summary>Merges units into a unit created by the merger; all of them end.</summary>
    /// <param name="merged">The units that end; at least one, none twice, not the new unit's id.</param>
    /// <param name="newUnit">The new unit; its parent must be in force on the event's date.</param>
    /// <param name="effectiveOn">The legal effective date.</param>
    /// <param name="source">The deciding document.</param>
    /// <param name="operationalOn">The operational date, when it differs from <paramref name="effectiveOn"/>.</param>
    /// <returns>The merger.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No unit is merged, one is listed twice or is <c>default</c>, or the new unit's id is among them.</exception>
    public static UnitMerger IntoNewUnit(IEnumerable<UnitId> merged, ResponsibleUnit newUnit, LocalDate effectiveOn, SourceReference source, LocalDate? operationalOn = null)
    {
        ArgumentNullException.ThrowIfNull(newUnit);
        return new(Check(merged, newUnit.Id), newUnit.Id, newUnit, effectiveOn, source, operationalOn);
    }

    internal override string What => $"merger of {TimelineText.Units(Merged)} into {(NewUnit is null ? string.Empty : "new unit ")}'{Successor}'";

    private static ImmutableArray<UnitId> Check(IEnumerable<UnitId> merged, UnitId into)
    {
        var list = DistinctUnits(merged, nameof(merged), $"The merger into '{into}'");
        if (list.IsEmpty)
        {
            throw new ArgumentException($"The merger into '{into}' names no unit to merge.", nameof(merged));
        }

        if (list.Contains(into))
        {
            throw new ArgumentException($"Unit '{into}' is merged into itself; list only the units that end.", nameof(merged));
        }

        return list;
    }
}
