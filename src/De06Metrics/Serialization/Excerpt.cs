using System.Globalization;

namespace De06Metrics.Serialization;

/// <summary>
/// Cuts a value echoed in a problem to a readable length and says how long it was: a 100 MB name is shown by its first
/// characters and "… (a 104 857 600-character name)", so that one bad cell cannot fill a terminal or a log. Every
/// problem a reader reports passes its field, value and message through here (<see cref="DataProblem"/>). Stateless.
/// </summary>
internal static class Excerpt
{
    /// <summary>The longest value shown whole; a longer one is cut.</summary>
    public const int Longest = 200;

    /// <summary>How many characters of a cut value are shown.</summary>
    public const int Shown = 60;

    /// <summary>The text, or when longer than <see cref="Longest"/> its start and its length: <c>abc… (a 1 000 000-character value)</c>.</summary>
    public static string Of(string text, string noun)
    {
        if (text.Length <= Longest)
        {
            return text;
        }

        // A cut must not split a surrogate pair.
        var cut = char.IsHighSurrogate(text[Shown - 1]) ? Shown - 1 : Shown;
        return text[..cut] + "… (" + Length(text.Length) + "-character " + noun + ")";
    }

    /// <summary>A message with every quoted part ('…') longer than <see cref="Longest"/> cut as <see cref="Of"/> cuts it.</summary>
    public static string InMessage(string message)
    {
        if (message.Length <= Longest)
        {
            return message;
        }

        var result = new System.Text.StringBuilder();
        var at = 0;
        while (at < message.Length)
        {
            var open = message.IndexOf('\'', at);
            var close = open < 0 ? -1 : message.IndexOf('\'', open + 1);
            if (close < 0)
            {
                var rest = message[at..];
                result.Append(rest.Length > Longest * 5 ? Of(rest, "text") : rest);
                break;
            }

            result.Append(message, at, open + 1 - at);
            result.Append(Of(message[(open + 1)..close], "text"));
            result.Append('\'');
            at = close + 1;
        }

        return result.ToString();
    }

    /// <summary>A length with spaces between groups of three digits, as the messages write it: 104 857 600.</summary>
    private static string Length(int length)
    {
        var digits = length.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');
        var firstGroup = digits.Split(' ')[0];

        // "an 800-character", "an 18 000-character": the article follows the number as it is spoken.
        return (digits[0] == '8' || firstGroup is "11" or "18" ? "an " : "a ") + digits;
    }
}
