using System.Collections.Immutable;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>The events that apply on one date, in the order given; a timeline applies them together, date by date.</summary>
/// <param name="Date">The date, on the timeline's <see cref="UnitTimeline.Basis"/>.</param>
/// <param name="Events">The events of that date, in the order given.</param>
internal sealed record EventDateGroup(LocalDate Date, ImmutableArray<SuccessionEvent> Events);
