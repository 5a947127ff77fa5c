using System.Collections.Immutable;
using De06Metrics.Indicators;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Serialization;

/// <summary>
/// A succession as a file gives it, every field read and checked for the kind, before the units it creates are known:
/// a merger's or split's new unit is one of the file's units whose first day is the succession's date.
/// </summary>
internal sealed record SuccessionSpec(
    SuccessionKind Kind,
    LocalDate EffectiveOn,
    LocalDate? OperationalOn,
    SourceReference Source,
    UnitId? Unit,
    ImmutableArray<UnitId> Merged,
    UnitId? Into,
    ImmutableArray<PartSpec> Parts,
    LocalizedText? Name,
    UnitId? From,
    UnitId? To,
    ImmutableArray<IndicatorCode> Indicators,
    LocalizedText? Description,
    UnitId? ChildrenTo,
    UnitId? ResponsibilitiesTo);
