using System.Globalization;
using System.Net;
using System.Text;

namespace Pamong.Platform.Web.Export;

/// <summary>
/// Draws SVG markup for a page: an accessible image (role="img", its own &lt;title&gt; and &lt;desc&gt;)
/// that scales down to the width of a phone. Text is set in Helvetica/Arial, whose widths <see cref="FontMetrics"/> knows.
/// </summary>
public sealed class SvgCanvas(double width, double height) : ICanvas
{
    private readonly StringBuilder _body = new();

    public double Width { get; } = width;

    public double Height { get; } = height;

    public void Line(double x1, double y1, double x2, double y2, RgbColor stroke, double width = 1, bool dashed = false) =>
        _body.Append(Invariant($"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{stroke.ToHex()}\" stroke-width=\"{N(width)}\""))
            .Append(dashed ? " stroke-dasharray=\"3 2\"" : "").Append("/>");

    public void Rect(double x, double y, double width, double height, RgbColor? fill, RgbColor? stroke = null, double strokeWidth = 1) =>
        _body.Append(Invariant($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\""))
            .Append(Paint(fill, stroke, strokeWidth, 1)).Append("/>");

    public void Polygon(IReadOnlyList<(double X, double Y)> points, RgbColor? fill, RgbColor? stroke = null, double strokeWidth = 1, double fillOpacity = 1) =>
        _body.Append("<polygon points=\"").AppendJoin(' ', points.Select(p => N(p.X) + "," + N(p.Y))).Append('"')
            .Append(Paint(fill, stroke, strokeWidth, fillOpacity)).Append("/>");

    public void Text(double x, double y, string text, double size, TextAnchor anchor = TextAnchor.Start, bool bold = false, RgbColor? color = null)
    {
        _body.Append(Invariant($"<text x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"{N(size)}\""));
        if (anchor != TextAnchor.Start)
        {
            _body.Append(anchor == TextAnchor.Middle ? " text-anchor=\"middle\"" : " text-anchor=\"end\"");
        }

        if (bold)
        {
            _body.Append(" font-weight=\"bold\"");
        }

        _body.Append(" fill=\"").Append((color ?? RgbColor.Black).ToHex()).Append("\">").Append(WebUtility.HtmlEncode(text)).Append("</text>");
    }

    /// <summary>Raw markup added as it is (e.g. a &lt;g&gt; with a link); the caller escapes it.</summary>
    public void Raw(string markup) => _body.Append(markup);

    /// <summary>The finished &lt;svg&gt; element; <paramref name="id"/> must be unique on the page.</summary>
    public string ToSvg(string id, string title, string description, string? defs = null)
    {
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(Width)} {N(Height)}\" width=\"{N(Width)}\" height=\"{N(Height)}\""))
            .Append(" role=\"img\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\" class=\"chart\"")
            .Append(" font-family=\"Helvetica, Arial, sans-serif\">")
            .Append("<title id=\"").Append(id).Append("-title\">").Append(WebUtility.HtmlEncode(title)).Append("</title>")
            .Append("<desc id=\"").Append(id).Append("-desc\">").Append(WebUtility.HtmlEncode(description)).Append("</desc>");
        if (defs is not null)
        {
            svg.Append("<defs>").Append(defs).Append("</defs>");
        }

        return svg.Append(_body).Append("</svg>").ToString();
    }

    private static string Paint(RgbColor? fill, RgbColor? stroke, double strokeWidth, double fillOpacity)
    {
        var paint = " fill=\"" + (fill?.ToHex() ?? "none") + "\"";
        if (fill is not null && fillOpacity < 1)
        {
            paint += " fill-opacity=\"" + N(fillOpacity) + "\"";
        }

        return stroke is { } s ? paint + " stroke=\"" + s.ToHex() + "\" stroke-width=\"" + N(strokeWidth) + "\"" : paint;
    }

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
