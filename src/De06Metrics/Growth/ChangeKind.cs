namespace De06Metrics.Growth;

/// <summary>
/// What a change is expressed in. The three are different quantities: a rate that moves from 72,3% to 88,8% has
/// changed by 16,5 percentage points and by 22,8 percent, and a result always says which of the two it holds.
/// </summary>
public enum ChangeKind
{
    /// <summary>
    /// An absolute change in the measure's own unit (a count, an amount of money, points of score):
    /// current − base.
    /// </summary>
    Units = 0,

    /// <summary>An absolute change of a rate, in percentage points ("điểm phần trăm"): current % − base %.</summary>
    PercentagePoints = 1,

    /// <summary>A relative change in percent: (current − base) / |base| × 100.</summary>
    Percent = 2,
}
