using System.Collections.ObjectModel;
using System.Globalization;
using De06Metrics.Text;

namespace De06Metrics.Composite;

/// <summary>
/// The middle level of a <see cref="MultiLevelIndex"/>: a group of indicators (a dimension, pillar or area) with its
/// weight in the index and its own aggregation of its indicators' normalised values.
/// </summary>
/// <remarks>
/// Weights of the indicators are relative within the dimension and renormalised over the indicators a unit has data
/// for, as in <see cref="CompositeIndex"/>. A dimension of one indicator is allowed (its score is that indicator's
/// normalised value), but its Cronbach's alpha is not meaningful. Immutable and thread-safe.
/// </remarks>
public sealed class IndexDimension
{
    /// <summary>Creates a dimension.</summary>
    /// <param name="code">A short code, such as "D1"; not empty.</param>
    /// <param name="name">The dimension's name.</param>
    /// <param name="weight">The nominal weight of the dimension in the index; not negative.</param>
    /// <param name="aggregation">How the indicators' normalised values are combined into the dimension's score.</param>
    /// <param name="indicators">The indicators; at least one, weights not all zero.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="indicators"/> or an indicator is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The code is empty, the name is <c>default</c>, there are no indicators, every indicator weighs zero, or
    /// <paramref name="aggregation"/> is <see cref="AggregationMethod.Copeland"/> (offered only for the top level).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative, or <paramref name="aggregation"/> is not defined.</exception>
    public IndexDimension(string code, LocalizedText name, decimal weight, AggregationMethod aggregation, IEnumerable<LevelIndicator> indicators)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        if (name == default)
        {
            throw new ArgumentException($"Dimension '{code}' needs a name; default(LocalizedText) was given.", nameof(name));
        }

        if (weight < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight,
                string.Create(CultureInfo.InvariantCulture, $"Dimension '{code}': a weight cannot be negative; {weight} was given."));
        }

        if (!Enum.IsDefined(aggregation))
        {
            throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, $"Aggregation method {(int)aggregation} is not defined.");
        }

        if (aggregation == AggregationMethod.Copeland)
        {
            throw new ArgumentException(
                $"Dimension '{code}': Copeland scores count pairs of units and are not on the indicators' scale, so the index could not combine them; Copeland is offered only for the index itself (the top level).",
                nameof(aggregation));
        }

        ArgumentNullException.ThrowIfNull(indicators);
        var list = indicators.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException($"Dimension '{code}' needs at least one indicator; none was given.", nameof(indicators));
        }

        for (var i = 0; i < list.Count; i++)
        {
            _ = list[i] ?? throw new ArgumentNullException(nameof(indicators), $"Dimension '{code}': indicator {i} is null.");
        }

        if (list.Sum(indicator => indicator.Weight) <= 0m)
        {
            throw new ArgumentException(
                $"The weights of dimension '{code}' must sum to more than zero; they are {string.Join(", ", list.Select(i => i.Weight.ToString(CultureInfo.InvariantCulture)))}.",
                nameof(indicators));
        }

        Code = code;
        Name = name;
        Weight = weight;
        Aggregation = aggregation;
        Indicators = new ReadOnlyCollection<LevelIndicator>(list);
    }

    /// <summary>The dimension's code.</summary>
    public string Code { get; }

    /// <summary>The dimension's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The nominal weight of the dimension in the index.</summary>
    public decimal Weight { get; }

    /// <summary>How the indicators' normalised values are combined.</summary>
    public AggregationMethod Aggregation { get; }

    /// <summary>The indicators, in order.</summary>
    public IReadOnlyList<LevelIndicator> Indicators { get; }

    /// <summary>Returns the code and weight.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code} ×{Weight}");
}
