using System.Globalization;
using System.Text;

namespace De06Metrics.Reporting;

/// <summary>
/// Builds an SVG document as text: invariant-culture coordinates, XML-escaped text, nothing external (no scripts,
/// links, images or web fonts), so the result can be embedded in HTML or saved as a file as it is.
/// </summary>
/// <remarks>
/// Made with a <see cref="TextWriter"/>, it passes its text on to it every few kilobytes and at <see cref="Finish"/>,
/// so that a chart of many elements is never held whole; made without one, <see cref="ToString"/> returns the document.
/// </remarks>
internal sealed class SvgWriter
{
    /// <summary>How much text is gathered before it is passed on to the output.</summary>
    private const int Chunk = 8 * 1024;

    private readonly StringBuilder text = new();
    private readonly TextWriter? output;

    public SvgWriter(double width, double height, string title, string description)
        : this(null, width, height, title, description)
    {
    }

    public SvgWriter(TextWriter? output, double width, double height, string title, string description)
    {
        this.output = output;
        text.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height))
            .Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">");
        text.Append("<title>").Append(Escape(title)).Append("</title>");
        text.Append("<desc>").Append(Escape(description)).Append("</desc>");
    }

    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&apos;"),
                // Control characters other than tab and line breaks are not allowed in XML 1.0 at all.
                _ when char.IsControl(c) && c is not ('\t' or '\n' or '\r') => builder.Append(' '),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    public void Line(double x1, double y1, double x2, double y2, string cssClass, string stroke, double strokeWidth = 1, bool dashed = false, string? title = null)
    {
        text.Append("<line class=\"").Append(cssClass).Append("\" x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1))
            .Append("\" x2=\"").Append(N(x2)).Append("\" y2=\"").Append(N(y2)).Append("\" stroke=\"").Append(stroke)
            .Append("\" stroke-width=\"").Append(N(strokeWidth)).Append('"');
        if (dashed)
        {
            text.Append(" stroke-dasharray=\"6 4\"");
        }

        Close("line", title);
    }

    public void Rect(double x, double y, double width, double height, string cssClass, string fill, string? title = null, string? dataStatus = null)
    {
        text.Append("<rect class=\"").Append(cssClass).Append("\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(y))
            .Append("\" width=\"").Append(N(Math.Max(0, width))).Append("\" height=\"").Append(N(height)).Append("\" fill=\"").Append(fill).Append('"');
        if (dataStatus is not null)
        {
            text.Append(" data-status=\"").Append(dataStatus).Append('"');
        }

        Close("rect", title);
    }

    public void Circle(double cx, double cy, double r, string cssClass, string fill, string? title = null)
    {
        text.Append("<circle class=\"").Append(cssClass).Append("\" cx=\"").Append(N(cx)).Append("\" cy=\"").Append(N(cy))
            .Append("\" r=\"").Append(N(r)).Append("\" fill=\"").Append(fill).Append('"');
        Close("circle", title);
    }

    public void Polyline(IEnumerable<(double X, double Y)> points, string cssClass, string stroke, double strokeWidth = 2)
    {
        text.Append("<polyline class=\"").Append(cssClass).Append("\" fill=\"none\" stroke=\"").Append(stroke)
            .Append("\" stroke-width=\"").Append(N(strokeWidth)).Append("\" points=\"")
            .AppendJoin(' ', points.Select(p => N(p.X) + "," + N(p.Y))).Append("\"/>");
    }

    public void Text(double x, double y, string content, string cssClass, string anchor = "start", string fill = "#212121", bool bold = false)
    {
        text.Append("<text class=\"").Append(cssClass).Append("\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(y))
            .Append("\" text-anchor=\"").Append(anchor).Append("\" fill=\"").Append(fill).Append('"');
        if (bold)
        {
            text.Append(" font-weight=\"bold\"");
        }

        text.Append('>').Append(Escape(content)).Append("</text>");
        Spill();
    }

    public override string ToString() => text.ToString() + "</svg>";

    /// <summary>Ends the document and passes the rest of it on to the output.</summary>
    public void Finish()
    {
        text.Append("</svg>");
        output?.Write(text);
        text.Clear();
    }

    private void Spill()
    {
        if (output is not null && text.Length >= Chunk)
        {
            output.Write(text);
            text.Clear();
        }
    }

    private void Close(string element, string? title)
    {
        if (title is null)
        {
            text.Append("/>");
            Spill();
            return;
        }

        text.Append("><title>").Append(Escape(title)).Append("</title></").Append(element).Append('>');
        Spill();
    }
}
