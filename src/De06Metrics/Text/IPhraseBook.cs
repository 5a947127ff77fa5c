namespace De06Metrics.Text;

/// <summary>
/// One language's words: the template of every phrase the library, the <c>de06</c> command and the notebook views
/// write, and the few rules of grammar that a template cannot hold. A language is one class implementing this
/// interface; nothing outside the phrase books chooses words by language.
/// </summary>
/// <remarks>
/// <para>
/// A template is literal text with numbered placeholders (<c>{0}</c>, <c>{1:N1}</c>) that <see cref="Language.Format{T0}"/>
/// fills with the language's number conventions. A template may leave out a placeholder its language does not need
/// (Vietnamese does not repeat a unit that English states), and may be empty.
/// </para>
/// <para>
/// Implementations answer every <see cref="Phrase"/> with a switch that has no default arm, so a key missing from a
/// book fails the build (CS8509, an error under warnings as errors). They are immutable and thread-safe.
/// </para>
/// </remarks>
internal interface IPhraseBook
{
    /// <summary>The template of a phrase.</summary>
    /// <param name="phrase">The phrase.</param>
    /// <returns>The template; never <see langword="null"/>.</returns>
    string this[Phrase phrase] { get; }

    /// <summary>
    /// Whether a count takes the singular form of a noun: English writes "1 place" and "2 places"; Vietnamese nouns do
    /// not change with number, so its book answers <see langword="false"/> and both forms are the same there.
    /// </summary>
    /// <param name="count">The count as it is shown.</param>
    /// <returns><see langword="true"/> when the singular form is used.</returns>
    bool IsSingular(decimal count);

    /// <summary>A whole number written as an ordinal: "3rd" in English, "thứ 3" in Vietnamese.</summary>
    /// <param name="number">The number already written in the language's digits ("1.204").</param>
    /// <param name="value">The number, for the rule that chooses the ending (11th, 21st).</param>
    /// <returns>The ordinal.</returns>
    string Ordinal(string number, long value);
}
