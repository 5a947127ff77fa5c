using System.Collections.Immutable;
using De06Metrics.Units;

namespace De06Metrics.Timeline;

/// <summary>A share of an origin unit's figures (or responsibilities) held by a unit, with the events it went through.</summary>
/// <param name="Origin">The unit the piece started from.</param>
/// <param name="Share">The share of the origin's whole; <see langword="null"/> when a split without shares passed it on.</param>
/// <param name="Route">The events the piece went through, in the order they applied.</param>
internal sealed record FlowPiece(UnitId Origin, decimal? Share, ImmutableArray<SuccessionEvent> Route);
