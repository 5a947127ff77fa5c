namespace De06Metrics.Text;

/// <summary>
/// The case of a text's first letter: a clause opening a sentence or a badge takes a capital, a label inside a sentence
/// a small letter. Invariant, so that the output is the same with or without ICU; Vietnamese letters (Đ, Ư, Ấ …) map
/// the same in every culture.
/// </summary>
internal static class LetterCase
{
    /// <summary>The text with its first letter in upper case, the rest kept: "vượt tiến độ" → "Vượt tiến độ".</summary>
    public static string UpperFirst(string text) =>
        text.Length == 0 ? text : string.Concat(text[..1].ToUpperInvariant(), text.AsSpan(1));

    /// <summary>The text with its first letter in lower case, the rest kept: "Quý III/2024" → "quý III/2024".</summary>
    public static string LowerFirst(string text) =>
        text.Length == 0 ? text : string.Concat(text[..1].ToLowerInvariant(), text.AsSpan(1));
}
