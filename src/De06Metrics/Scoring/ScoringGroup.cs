using System.Collections.ObjectModel;
using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Text;

namespace De06Metrics.Scoring;

/// <summary>
/// A group of sub-indicators with its maximum points, such as a component of Decision 766/QĐ-TTg's index (publicity
/// and transparency, 18 points; code CKMB).
/// </summary>
/// <remarks>
/// The sub-indicators' maximum points may sum to less than the group's maximum (a group modelled in part), never to
/// more. Immutable and thread-safe.
/// </remarks>
public sealed class ScoringGroup
{
    /// <summary>Creates a group.</summary>
    /// <param name="code">The group's code, such as <c>CKMB</c>; not empty, no white space at either end.</param>
    /// <param name="name">The group's name.</param>
    /// <param name="maximumPoints">The group's maximum points; positive.</param>
    /// <param name="items">The sub-indicators; at least one, codes distinct, their maximum points summing to at most <paramref name="maximumPoints"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="items"/> or a sub-indicator is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The code is empty or padded, the name is <c>default</c>, there are no sub-indicators, a code repeats, or the
    /// sub-indicators' points exceed the group's maximum or the range of <see cref="decimal"/>.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximumPoints"/> is zero or negative.</exception>
    public ScoringGroup(string code, LocalizedText name, decimal maximumPoints, IEnumerable<ScoredIndicator> items)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        if (code.Trim().Length != code.Length)
        {
            throw new ArgumentException($"A group code has no white space at either end; '{code}' has.", nameof(code));
        }

        if (name == default)
        {
            throw new ArgumentException($"Group '{code}' needs a name; default(LocalizedText) was given.", nameof(name));
        }

        if (maximumPoints <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(maximumPoints), maximumPoints,
                string.Create(CultureInfo.InvariantCulture, $"Group '{code}': the maximum points must be positive; {maximumPoints} was given."));
        }

        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException($"Group '{code}' needs at least one sub-indicator; none was given.", nameof(items));
        }

        var seen = new HashSet<IndicatorCode>();
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i] ?? throw new ArgumentNullException(nameof(items), $"Group '{code}': sub-indicator {i} is null.");

            if (!seen.Add(item.Code))
            {
                throw new ArgumentException($"Group '{code}': sub-indicator '{item.Code}' appears more than once.", nameof(items));
            }

            if (item.MaximumPoints > maximumPoints)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Group '{code}': sub-indicator '{item.Code}' is worth {item.MaximumPoints} points, above the group's maximum of {maximumPoints}."),
                    nameof(items));
            }
        }

        decimal assigned;
        try
        {
            assigned = list.Sum(item => item.MaximumPoints);
        }
        catch (OverflowException e)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"Group '{code}': the sub-indicators' points ({string.Join(" + ", list.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Code} {i.MaximumPoints}")))}) sum past the range of decimal (±7,9 × 10^28)."),
                nameof(items), e);
        }

        if (assigned > maximumPoints)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"Group '{code}': the sub-indicators' points sum to {assigned} ({string.Join(" + ", list.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Code} {i.MaximumPoints}")))}), above the group's maximum of {maximumPoints}."),
                nameof(items));
        }

        Code = code;
        Name = name;
        MaximumPoints = maximumPoints;
        Items = new ReadOnlyCollection<ScoredIndicator>(list);
        AssignedPoints = assigned;
    }

    /// <summary>The group's code.</summary>
    public string Code { get; }

    /// <summary>The group's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The group's maximum points.</summary>
    public decimal MaximumPoints { get; }

    /// <summary>The sum of the sub-indicators' maximum points; at most <see cref="MaximumPoints"/>.</summary>
    public decimal AssignedPoints { get; }

    /// <summary>The sub-indicators, in order.</summary>
    public IReadOnlyList<ScoredIndicator> Items { get; }

    /// <summary>Returns the code, English name and maximum.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code} {Name.In(Language.English)} ({MaximumPoints})");
}
