namespace De06Metrics.Indicators;

/// <summary>How an indicator's values of child units combine into their parent's value.</summary>
/// <remarks>
/// Not every rule fits every measure: a rate rolls up by adding numerators and denominators (averaging percentages
/// is the classic error), a yes/no value is never summed, a rank never rolls up. <see cref="Indicator"/> rejects a rule
/// that cannot apply to its measure.
/// </remarks>
public enum RollUpRule
{
    /// <summary>The indicator does not roll up; a parent's value must be reported directly.</summary>
    None = 0,

    /// <summary>
    /// Add the children's numerators and denominators and divide: 80/100 and 30/50 give 110/150 = 73,33%.
    /// Rates and counts of a total only; every child value needs its parts.
    /// </summary>
    AddNumeratorsAndDenominators = 1,

    /// <summary>Add the children's values. Counts and money only.</summary>
    Sum = 2,

    /// <summary>
    /// The mean of the children's values weighted by their denominators (for a rate with parts this equals
    /// <see cref="AddNumeratorsAndDenominators"/>), or by weights the caller supplies. Rates, counts, money and scores.
    /// </summary>
    WeightedMean = 3,

    /// <summary>The smallest child value; for yes/no, "yes only if every child says yes".</summary>
    Minimum = 4,

    /// <summary>The largest child value; for yes/no, "yes if any child says yes".</summary>
    Maximum = 5,
}
