using System.Collections.Immutable;
using De06Metrics.Units;

namespace De06Metrics.Serialization;

/// <summary>One part of a split as a file gives it: the unit taking it, its share, the split unit's children it takes.</summary>
internal sealed record PartSpec(UnitId Unit, decimal? Share, ImmutableArray<UnitId> Children);
