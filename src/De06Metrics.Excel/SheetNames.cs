using De06Metrics.Text;

namespace De06Metrics.Excel;

/// <summary>The rules Excel sets for a sheet's name, and the report's sheet names in a language.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class SheetNames
{
    /// <summary>The longest name Excel accepts.</summary>
    public const int Longest = 31;

    /// <summary>The characters Excel refuses in a sheet's name.</summary>
    public static ReadOnlySpan<char> Forbidden => "[]:*?/\\";

    public static string Summary(Language language) => Checked(language[Phrase.WorkbookSheetSummary]);

    public static string Results(Language language) => Checked(language[Phrase.WorkbookSheetResults]);

    public static string Lagging(Language language) => Checked(language[Phrase.WorkbookSheetLagging]);

    public static string Tasks(Language language) => Checked(language[Phrase.WorkbookSheetTasks]);

    public static string Tree(Language language) => Checked(language[Phrase.WorkbookSheetTree]);

    /// <summary>Whether Excel accepts the name: 1 to 31 characters, none of <c>[]:*?/\</c>, no apostrophe at either end.</summary>
    public static bool IsValid(string name) =>
        name.Length is > 0 and <= Longest && name.AsSpan().IndexOfAny(Forbidden) < 0 && name[0] != '\'' && name[^1] != '\'';

    private static string Checked(string name) => IsValid(name)
        ? name
        : throw new InvalidOperationException($"The phrase book's sheet name '{name}' is not one Excel accepts (1 to {Longest} characters, none of []:*?/\\).");
}
