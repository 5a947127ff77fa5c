using System.Collections.Immutable;

namespace De06Metrics.Timeline;

/// <summary>What one unit holds at the end of a flow: its pieces, and every event any of them went through.</summary>
/// <param name="Pieces">The pieces, in the order they reached the unit.</param>
/// <param name="Events">The events the pieces went through, each once, in the order they apply on the timeline.</param>
internal sealed record FlowHolding(ImmutableArray<FlowPiece> Pieces, ImmutableArray<SuccessionEvent> Events);
