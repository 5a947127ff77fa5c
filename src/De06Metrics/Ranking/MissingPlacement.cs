namespace De06Metrics.Ranking;

/// <summary>
/// What a ranking does with missing values (<see langword="null"/> in the <see cref="decimal"/> APIs, NaN in the
/// <see cref="double"/> ones). The members follow pandas' <c>na_option</c> exactly.
/// </summary>
public enum MissingPlacement
{
    /// <summary>
    /// pandas <c>'keep'</c> (its default): a missing value gets no rank (<see langword="null"/>, or NaN in a
    /// <see cref="double"/> output) and is not counted in the field.
    /// </summary>
    Keep = 0,

    /// <summary>
    /// pandas <c>'top'</c>: missing values tie with one another and take the best positions (1, 2, …), ahead of
    /// every value, whichever the polarity.
    /// </summary>
    Top = 1,

    /// <summary>
    /// pandas <c>'bottom'</c>: missing values tie with one another and take the worst positions, after every value,
    /// whichever the polarity.
    /// </summary>
    Bottom = 2,
}
