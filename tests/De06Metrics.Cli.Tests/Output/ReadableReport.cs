using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using De06Metrics.Cli.Output;

namespace De06Metrics.Cli.Tests.Output;

/// <summary>The text a reader sees in a report: HTML without its markup and style sheet, JSON's text values without keys and codes.</summary>
internal static partial class ReadableReport
{
    /// <summary>
    /// The data words a report in <paramref name="format"/> may show: in a terminal table a narrow column parts a
    /// name across its lines, between the frame's bars ("Tỉnh" │ … │ "Hà Giang"), so each word of a name is data too.
    /// </summary>
    /// <param name="data">The data's names and texts.</param>
    /// <param name="format">The format written.</param>
    public static IEnumerable<string> DataWords(IEnumerable<string> data, ReportFormat format)
    {
        var words = data.ToList();
        return format == ReportFormat.Table ? words.Concat(words.SelectMany(word => word.Split(' ', StringSplitOptions.RemoveEmptyEntries))) : words;
    }

    /// <summary>The readable text of a report written in <paramref name="format"/>.</summary>
    /// <param name="output">What the writer wrote.</param>
    /// <param name="format">The format it wrote.</param>
    /// <param name="jsonSection">For JSON, the property holding the table to read (<c>tasks</c>), or <see langword="null"/> for the indicators' table at the root.</param>
    public static string Of(string output, ReportFormat format, string? jsonSection = null)
    {
        switch (format)
        {
            case ReportFormat.Html:
                // A <wbr> lets a code break after its separators; it is no space in the text ("MH.<wbr>33" reads "MH.33").
                return WebUtility.HtmlDecode(Tag().Replace(Style().Replace(output.Replace("<wbr>", string.Empty, StringComparison.Ordinal), " "), " "));
            case ReportFormat.Json:
                using (var json = JsonDocument.Parse(output))
                {
                    var table = jsonSection is null ? json.RootElement : json.RootElement.GetProperty(jsonSection);
                    var texts = new List<string> { table.GetProperty("title").GetString()!, table.GetProperty("note").GetString()! };
                    foreach (var row in table.GetProperty("rows").EnumerateArray())
                    {
                        texts.AddRange(row.GetProperty("text").EnumerateObject().Select(cell => cell.Value.GetString()!));
                        texts.Add(row.GetProperty("sentence").GetString()!);
                    }

                    foreach (var section in table.GetProperty("sections").EnumerateArray())
                    {
                        texts.Add(section.GetProperty("heading").GetString()!);
                        texts.Add(section.GetProperty("text").GetString()!);
                    }

                    return string.Join("\n", texts);
                }

            default:
                return output;
        }
    }

    [GeneratedRegex("<style>.*?</style>|<!DOCTYPE html>", RegexOptions.Singleline)]
    private static partial Regex Style();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
