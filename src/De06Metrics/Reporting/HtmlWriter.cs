using De06Metrics.Text;

namespace De06Metrics.Reporting;

/// <summary>
/// Writes HTML elements to a text writer, encoding every text and attribute value it is given: control characters are
/// shown (<see cref="VisibleText"/>), the five characters HTML gives meaning to are written as entities, and other
/// characters, Vietnamese letters included, stay as they are. Only <see cref="Markup(string)"/> and <see cref="Markup(Action{TextWriter})"/> write text as it is, for the
/// library's own style sheet and SVG charts.
/// </summary>
/// <remarks>Not thread-safe: one writer per document.</remarks>
internal sealed class HtmlWriter(TextWriter output)
{
    public HtmlWriter Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        output.Write('<');
        output.Write(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            output.Write(' ');
            output.Write(name);
            output.Write("=\"");
            Encode(value, keepLineBreaks: false);
            output.Write('"');
        }

        output.Write('>');
        return this;
    }

    public HtmlWriter Close(string tag)
    {
        output.Write("</");
        output.Write(tag);
        output.Write('>');
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlWriter Element(string tag, string text, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    public HtmlWriter Text(string text)
    {
        Encode(text, keepLineBreaks: true);
        return this;
    }

    /// <summary>Markup written as it is: only for text the library made itself (its style sheet, its SVG charts).</summary>
    public HtmlWriter Markup(string markup)
    {
        output.Write(markup);
        return this;
    }

    /// <summary>Markup the library makes itself (an SVG chart), written by <paramref name="write"/> straight to the output.</summary>
    public HtmlWriter Markup(Action<TextWriter> write)
    {
        write(output);
        return this;
    }

    public HtmlWriter Line()
    {
        output.Write('\n');
        return this;
    }

    private void Encode(string text, bool keepLineBreaks)
    {
        foreach (var c in VisibleText.Of(text, keepLineBreaks))
        {
            switch (c)
            {
                case '&':
                    output.Write("&amp;");
                    break;
                case '<':
                    output.Write("&lt;");
                    break;
                case '>':
                    output.Write("&gt;");
                    break;
                case '"':
                    output.Write("&quot;");
                    break;
                case '\'':
                    output.Write("&#39;");
                    break;
                default:
                    output.Write(c);
                    break;
            }
        }
    }
}
