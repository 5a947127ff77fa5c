using De06Metrics.Text;

namespace De06Metrics.Indicators;

/// <summary>The words for a <see cref="ValueStatus"/>, and how statuses combine.</summary>
public static class ValueStatusExtensions
{
    /// <summary>
    /// The status of a figure computed from two others: the least firm of them. A change of a reported figure over an
    /// estimate is an estimate; a roll-up of a preliminary and a reported figure is preliminary.
    /// </summary>
    /// <param name="status">One status.</param>
    /// <param name="other">The other.</param>
    /// <returns>The least firm of the two (the later in <see cref="ValueStatus"/>'s order).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A status is not defined.</exception>
    public static ValueStatus LeastFirm(this ValueStatus status, ValueStatus other)
    {
        EnsureDefined(status, nameof(status));
        EnsureDefined(other, nameof(other));
        return Later(status, other);
    }

    /// <summary>
    /// <see cref="LeastFirm"/> for statuses already known to be defined (held by observations and values the library
    /// made), without checking them again: for the paths that take it once per value.
    /// </summary>
    internal static ValueStatus Later(ValueStatus status, ValueStatus other) => status >= other ? status : other;

    /// <summary>The status as a word: "ước tính" / "estimated", "sơ bộ" / "preliminary", "suy ra" / "derived".</summary>
    /// <param name="status">The status.</param>
    /// <param name="language">The language.</param>
    /// <returns>The word; empty for <see cref="ValueStatus.Reported"/>, which carries no mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public static string Describe(this ValueStatus status, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return status switch
        {
            ValueStatus.Reported => string.Empty,
            ValueStatus.Revised => language[Phrase.ValueStatusRevised],
            ValueStatus.Restated => language[Phrase.ValueStatusRestated],
            ValueStatus.Derived => language[Phrase.ValueStatusDerived],
            ValueStatus.Preliminary => language[Phrase.ValueStatusPreliminary],
            ValueStatus.Estimated => language[Phrase.ValueStatusEstimated],
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, $"Value status {(int)status} is not defined."),
        };
    }

    /// <summary>The mark a table writes beside a value: "(ước tính)" / "(estimated)".</summary>
    /// <param name="status">The status.</param>
    /// <param name="language">The language.</param>
    /// <returns>The mark; empty for <see cref="ValueStatus.Reported"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public static string Mark(this ValueStatus status, Language language) =>
        status == ValueStatus.Reported ? Describe(status, language) : language.Format(Phrase.ValueStatusMark, Describe(status, language));

    /// <summary>
    /// The legend's line for a status: "(ước tính): số ước tính, chưa phải số chính thức" / "(estimated): an estimate,
    /// not yet an official figure".
    /// </summary>
    /// <param name="status">The status.</param>
    /// <param name="language">The language.</param>
    /// <returns>The line; empty for <see cref="ValueStatus.Reported"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public static string DescribeLegend(this ValueStatus status, Language language)
    {
        var mark = Mark(status, language);
        return status switch
        {
            ValueStatus.Reported => string.Empty,
            ValueStatus.Revised => language.Format(Phrase.ValueStatusLegendLine, mark, language[Phrase.ValueStatusRevisedMeaning]),
            ValueStatus.Restated => language.Format(Phrase.ValueStatusLegendLine, mark, language[Phrase.ValueStatusRestatedMeaning]),
            ValueStatus.Derived => language.Format(Phrase.ValueStatusLegendLine, mark, language[Phrase.ValueStatusDerivedMeaning]),
            ValueStatus.Preliminary => language.Format(Phrase.ValueStatusLegendLine, mark, language[Phrase.ValueStatusPreliminaryMeaning]),
            _ => language.Format(Phrase.ValueStatusLegendLine, mark, language[Phrase.ValueStatusEstimatedMeaning]),
        };
    }

    private static void EnsureDefined(ValueStatus status, string name)
    {
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(name, status, $"Value status {(int)status} is not defined.");
        }
    }
}
