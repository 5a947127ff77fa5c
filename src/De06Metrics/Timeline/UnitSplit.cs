using System.Collections.Immutable;
using De06Metrics.Indicators;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>
/// One unit becomes several: each <see cref="SplitPart"/> is taken by a unit (the split unit itself when it continues,
/// another existing unit, or a new one), with a stated share of the split unit's figures or with an explicit list of
/// the split unit's children.
/// </summary>
/// <remarks>
/// <para>
/// With shares, a part's restated count or amount is the split unit's × the share, and a rate's numerator and
/// denominator are both scaled, so the rate itself is unchanged. Shares are given for every part or for none, and they
/// sum to exactly 1.
/// </para>
/// <para>
/// With children, every child of the split unit in force on the split's date must be assigned to exactly one part
/// (to the split unit itself, when it continues, for the children it keeps); a part's restated figure is then rolled
/// up from its children's figures. A split may give both: shares for figures, children for the tree.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class UnitSplit : SuccessionEvent
{
    /// <summary>Creates a split.</summary>
    /// <param name="unit">The unit split.</param>
    /// <param name="parts">At least two parts, each taken by a different unit; shares on all or none, summing to 1; shares or children or both.</param>
    /// <param name="effectiveOn">The legal effective date.</param>
    /// <param name="source">The deciding document.</param>
    /// <param name="operationalOn">The operational date, when it differs from <paramref name="effectiveOn"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/>, a part or <paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="unit"/> is <c>default</c>; fewer than two parts; two parts name one unit; a new part reuses the
    /// split unit's id; shares are on some parts only or do not sum to 1; no shares and no children; a child is listed
    /// twice or is the split unit. The message names the split unit, the date and the values.
    /// </exception>
    public UnitSplit(UnitId unit, IEnumerable<SplitPart> parts, LocalDate effectiveOn, SourceReference source, LocalDate? operationalOn = null)
        : base(effectiveOn, source, operationalOn)
    {
        RequireUnit(unit, nameof(unit), "A split");
        ArgumentNullException.ThrowIfNull(parts);
        var list = parts.ToImmutableArray();
        var context = $"The split of '{unit}' effective {TimelineText.Date(effectiveOn)}";
        if (list.Length < 2)
        {
            throw new ArgumentException($"{context} has {list.Length} part(s); a split has at least two.", nameof(parts));
        }

        var successors = new HashSet<UnitId>();
        var children = new HashSet<UnitId>();
        for (var i = 0; i < list.Length; i++)
        {
            var part = list[i] ?? throw new ArgumentNullException(nameof(parts), $"{context}: part {i} is null.");
            if (!successors.Add(part.Successor))
            {
                throw new ArgumentException($"{context} names '{part.Successor}' in two parts.", nameof(parts));
            }

            if (part.NewUnit is not null && part.Successor == unit)
            {
                throw new ArgumentException($"{context} creates a new unit with the split unit's own id; use SplitPart.ToExisting('{unit}') for the part it keeps.", nameof(parts));
            }

            foreach (var child in part.Children)
            {
                if (child == unit)
                {
                    throw new ArgumentException($"{context} lists '{unit}' as its own child.", nameof(parts));
                }

                if (!children.Add(child))
                {
                    throw new ArgumentException($"{context} assigns child '{child}' to two parts.", nameof(parts));
                }
            }
        }

        var withShare = list.Count(part => part.Share.HasValue);
        if (withShare != 0 && withShare != list.Length)
        {
            throw new ArgumentException(
                $"{context} gives shares for {withShare} of its {list.Length} parts; give a share for every part or for none ({string.Join(", ", list)}).",
                nameof(parts));
        }

        if (withShare == list.Length)
        {
            var sum = list.Sum(part => part.Share!.Value);
            if (sum != 1m)
            {
                throw new ArgumentException(
                    $"{context}: the shares sum to {TimelineText.Number(sum)}, not 1 ({string.Join(", ", list)}).",
                    nameof(parts));
            }
        }
        else if (children.Count == 0)
        {
            throw new ArgumentException(
                $"{context} gives neither shares nor children, so nothing says how its figures divide; give shares, children or both.",
                nameof(parts));
        }

        Unit = unit;
        Parts = list;
    }

    /// <inheritdoc />
    public override SuccessionKind Kind => SuccessionKind.Split;

    /// <summary>The unit split.</summary>
    public UnitId Unit { get; }

    /// <summary>The parts, in the order given.</summary>
    public ImmutableArray<SplitPart> Parts { get; }

    /// <summary>Whether the parts carry shares (otherwise they assign children).</summary>
    public bool HasShares => Parts[0].Share.HasValue;

    /// <summary>Whether the split unit continues, taking one of the parts.</summary>
    public bool Continues => Parts.Any(part => part.Successor == Unit);

    /// <summary>Whether any part assigns children.</summary>
    public bool AssignsChildren => Parts.Any(part => !part.Children.IsEmpty);

    /// <summary>The split unit.</summary>
    public override ImmutableArray<UnitId> Subjects => [Unit];

    internal override string What => $"split of '{Unit}' into {string.Join(", ", Parts)}";
}
