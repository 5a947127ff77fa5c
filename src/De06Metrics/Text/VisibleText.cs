using System.Buffers;
using System.Globalization;
using System.Text;

namespace De06Metrics.Text;

/// <summary>
/// Text from the data as a reader's screen may show it: every control character is replaced by a visible sign, so
/// that a name cannot colour the terminal, set its title, move the cursor or hide text behind a carriage return.
/// </summary>
/// <remarks>
/// C0 controls (U+0000–U+001F) become their Unicode control pictures (ESC is ␛, BEL ␇, CR ␍, TAB ␉), DEL becomes ␡;
/// C1 controls (U+0080–U+009F, among them the one-character CSI and OSC) and the bidirectional embeddings, overrides
/// and isolates (U+202A–U+202E, U+2066–U+2069), which have no picture, become <c>&lt;U+009B&gt;</c>. A line feed
/// (and a CR LF pair) stays a line break where the caller keeps line breaks. Text without such characters is returned
/// as it is. Linear in the length of the text; stateless and thread-safe.
/// </remarks>
internal static class VisibleText
{
    private static readonly SearchValues<char> Invisible = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Concat(Enumerable.Range(0x202A, 5)).Concat(Enumerable.Range(0x2066, 4)).Select(code => (char)code)));

    /// <summary>The text with every control character shown.</summary>
    /// <param name="text">The text.</param>
    /// <param name="keepLineBreaks">Whether a line feed stays a line break (in a table cell) or is shown as ␊ (in a line that must stay one line).</param>
    public static string Of(string text, bool keepLineBreaks)
    {
        var first = text.AsSpan().IndexOfAny(Invisible);
        if (first < 0)
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 16);
        shown.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (keepLineBreaks && (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')))
            {
                shown.Append('\n');
                i += c == '\r' ? 1 : 0;
            }
            else if (c < 0x20)
            {
                shown.Append((char)(0x2400 + c));
            }
            else if (c == 0x7F)
            {
                shown.Append('\u2421');
            }
            else if (Invisible.Contains(c))
            {
                shown.Append(CultureInfo.InvariantCulture, $"<U+{(int)c:X4}>");
            }
            else
            {
                shown.Append(c);
            }
        }

        return shown.ToString();
    }
}
