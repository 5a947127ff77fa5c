using System.Globalization;
using De06Metrics.Evaluation;
using De06Metrics.Measures;
using De06Metrics.Serialization;
using De06Metrics.Text;

namespace De06Metrics.DuckDb;

/// <summary>
/// The words the SQL functions read and write: polarities as the data files write them (<c>higherIsBetter</c>, read
/// ignoring case, spaces, <c>-</c> and <c>_</c>), statuses and reasons as their names in camelCase
/// (<c>basicallyMet</c>, <c>zeroTarget</c>), languages by their code (<c>vi</c>, <c>en</c>).
/// </summary>
internal static class SqlWords
{
    private static readonly string[] StatusWords = Words<TargetStatus>();
    private static readonly string[] ReasonWords = Words<NotMeaningfulReason>();
    private static readonly byte[][] StatusUtf8 = Utf8(StatusWords);
    private static readonly byte[][] ReasonUtf8 = Utf8(ReasonWords);

    /// <summary>The word for a status: <c>exceeded</c>, <c>met</c>, <c>basicallyMet</c>, <c>notMet</c>, <c>noData</c>.</summary>
    public static string Of(TargetStatus status) => StatusWords[(int)status];

    /// <summary>The word for a reason: <c>zeroTarget</c>, <c>signChange</c>, …</summary>
    public static string Of(NotMeaningfulReason reason) => ReasonWords[(int)reason];

    /// <summary>The word for a status as UTF-8 bytes, made once.</summary>
    public static byte[] Utf8Of(TargetStatus status) => StatusUtf8[(int)status];

    /// <summary>The word for a reason as UTF-8 bytes, made once.</summary>
    public static byte[] Utf8Of(NotMeaningfulReason reason) => ReasonUtf8[(int)reason];

    /// <summary>Reads a polarity; throws, naming the argument, on any other word.</summary>
    public static Polarity Polarity(string text, string argument)
    {
        if (Tokens.Polarities.TryParse(text, out var polarity))
        {
            return polarity;
        }

        throw new ArgumentException(
            $"'{text}' is not a polarity; expected {Tokens.Polarities.Expected}.", argument);
    }

    /// <summary>Reads a status word; throws, naming the argument, on any other word.</summary>
    public static TargetStatus Status(string text, string argument) =>
        Parse<TargetStatus>(text, StatusWords, argument, "status");

    /// <summary>Reads a reason word; throws, naming the argument, on any other word.</summary>
    public static NotMeaningfulReason Reason(string text, string argument) =>
        Parse<NotMeaningfulReason>(text, ReasonWords, argument, "reason");

    /// <summary>Reads a language code (<c>vi</c>, <c>en</c>); throws, naming the argument, on any other.</summary>
    public static Language Language(string text, string argument)
    {
        try
        {
            return Text.Language.FromCode(text);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"'{text}' is not a language code; expected 'vi' or 'en'.", argument, e);
        }
    }

    private static T Parse<T>(string text, string[] words, string argument, string what)
        where T : struct, Enum
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is { } word && string.Equals(word, text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return (T)Enum.ToObject(typeof(T), i);
            }
        }

        throw new ArgumentException(
            $"'{text}' is not a {what}; expected one of {string.Join(", ", words.Where(w => w is not null))}.", argument);
    }

    private static byte[][] Utf8(string[] words) =>
        [.. words.Select(word => word is null ? [] : System.Text.Encoding.UTF8.GetBytes(word))];

    // Indexed by the enum's byte value; each name in camelCase.
    private static string[] Words<T>()
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var words = new string[values.Max(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)) + 1];
        foreach (var value in values)
        {
            var name = value.ToString();
            words[Convert.ToInt32(value, CultureInfo.InvariantCulture)] = char.ToLowerInvariant(name[0]) + name[1..];
        }

        return words;
    }
}
