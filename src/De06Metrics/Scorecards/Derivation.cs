using De06Metrics.Measures;

namespace De06Metrics.Scorecards;

/// <summary>A unit's value derived from its children's by the indicator's roll-up rule, or why it could not be.</summary>
/// <param name="Value">The derived value; <see langword="null"/> when the children's values could not be combined.</param>
/// <param name="From">How many children's values went into it.</param>
/// <param name="Problem">Why the children's values could not be combined, or <see langword="null"/>.</param>
internal sealed record Derivation(MeasuredValue? Value, int From, string? Problem);
