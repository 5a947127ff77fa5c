using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using De06Metrics.Text;

namespace De06Metrics.Tests.Text;

/// <summary>
/// A language whose phrase book answers every key with symbols and the key's placeholders only. Text written in it
/// holds no letters but those of the data it was given: any word left is a word that did not come from a phrase book.
/// </summary>
internal static partial class PseudoLanguage
{
    /// <summary>The pseudo language: Vietnamese number conventions, symbols for words.</summary>
    public static Language Instance { get; } = new("xx", "◊", decimalSeparator: ",", groupSeparator: ".", new Book());

    /// <summary>
    /// The words (two letters or more in a row) a text holds, after removing the data's own words such as names and
    /// codes; empty when every word came from the phrase book.
    /// </summary>
    public static IReadOnlyList<string> WordsIn(string text, params IEnumerable<string> dataWords)
    {
        foreach (var word in dataWords.Where(word => word.Length > 0).OrderByDescending(word => word.Length))
        {
            text = text.Replace(word, " ", StringComparison.Ordinal);
        }

        return [.. Word().Matches(text).Select(match => match.Value)];
    }

    /// <summary>The words in the text of well-formed markup (HTML views, SVG charts), tags and attributes left out.</summary>
    public static IReadOnlyList<string> WordsInMarkup(string markup, params IEnumerable<string> dataWords) =>
        WordsIn(string.Join("\n", XElement.Parse(markup).DescendantNodes().OfType<XText>().Select(node => node.Value)), dataWords);

    /// <summary>The placeholders of a template: "{0}", "{1:N1}".</summary>
    public static IEnumerable<string> Placeholders(string template) =>
        Placeholder().Matches(template.Replace("{{", string.Empty, StringComparison.Ordinal).Replace("}}", string.Empty, StringComparison.Ordinal))
            .Select(match => match.Value);

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();

    [GeneratedRegex(@"\{[0-9]+[^}]*\}")]
    private static partial Regex Placeholder();

    private sealed class Book : IPhraseBook
    {
        public string this[Phrase phrase]
        {
            get
            {
                var placeholders = Placeholders(Language.Vietnamese.Phrases[phrase])
                    .Concat(Placeholders(Language.English.Phrases[phrase]))
                    .Distinct()
                    .Order(StringComparer.Ordinal);
                var text = new StringBuilder("◊");
                foreach (var placeholder in placeholders)
                {
                    text.Append(placeholder).Append('◊');
                }

                return text.ToString();
            }
        }

        public bool IsSingular(decimal count) => false;

        public string Ordinal(string number, long value) => "#" + number.ToString(CultureInfo.InvariantCulture);
    }
}
