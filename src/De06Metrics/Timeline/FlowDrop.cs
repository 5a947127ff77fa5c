using De06Metrics.Units;

namespace De06Metrics.Timeline;

/// <summary>A piece that passed to no unit, with the event where it stopped and why.</summary>
/// <param name="Origin">The unit the piece started from.</param>
/// <param name="Event">The event where it stopped.</param>
/// <param name="Reason">Why no unit took it, naming the origin and the holder.</param>
/// <param name="Share">The share of the origin's whole that stopped there.</param>
internal sealed record FlowDrop(UnitId Origin, SuccessionEvent Event, string Reason, decimal? Share);
