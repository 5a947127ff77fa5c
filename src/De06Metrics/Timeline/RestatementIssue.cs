namespace De06Metrics.Timeline;

/// <summary>Why a figure could not be restated in the units of another date; <see cref="None"/> when it was.</summary>
public enum RestatementIssue
{
    /// <summary>The figure was restated (or carried unchanged).</summary>
    None = 0,

    /// <summary>No reported figure flows into the unit for the period.</summary>
    NoData = 1,

    /// <summary>The unit covers several earlier units, and some of them have no figure for the period: a part is not the whole.</summary>
    MissingPredecessorFigures = 2,

    /// <summary>Figures that combine by adding numerators and denominators (or weigh by denominators) lack them; percentages are never averaged instead.</summary>
    MissingParts = 3,

    /// <summary>The indicator does not roll up, so figures of several earlier units cannot be combined into one.</summary>
    DoesNotRollUp = 4,

    /// <summary>A split's share cannot be taken of the figure: a rate without parts, a score, a yes/no value.</summary>
    CannotApportion = 5,

    /// <summary>A rank is a position in its field and is not restated; restate the values and rank them again.</summary>
    RankNotRestated = 6,

    /// <summary>
    /// The figure, or a share of it, passes to no unit of the later date: its unit (or the unit a share passed to) was
    /// abolished, or split by assigning its children. A share carried elsewhere is in the other figures; the
    /// contributions' shares of one reported figure add up to 1.
    /// </summary>
    NotCarried = 7,

    /// <summary>The figure's unit was not in force on the last day the figure counts.</summary>
    UnitNotInForce = 8,

    /// <summary>The figure cannot be expressed in the units of an earlier date, because its unit changed in between: a merged figure cannot be split back.</summary>
    EarlierUnits = 9,
}
