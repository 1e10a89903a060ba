using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Pamong.SpbeAssessment.History;

/// <summary>
/// A server-rendered SVG line chart of the index over the years (1–5): each series has its own line style and
/// marker, so colour is never the only difference; every point carries a title. Pages put the data table next to it.
/// </summary>
public static class IndexLineChart
{
    public sealed record Series(string Name, string CssClass, string Dash, string Marker, IReadOnlyList<(int Year, decimal Value)> Points);

    private const double Width = 720, Height = 320, Left = 48, Right = 16, Top = 16, Bottom = 40;

    public static string Render(string id, string title, string description, int firstYear, int lastYear, IReadOnlyList<Series> series, Func<decimal, string> format)
    {
        var html = HtmlEncoder.Default;
        var years = Math.Max(1, lastYear - firstYear);
        double X(int year) => Left + ((year - firstYear) * (Width - Left - Right) / years);
        double Y(decimal value) => Top + ((5 - (double)value) * (Height - Top - Bottom) / 4);
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"spbe-chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append(Invariant($"<title id=\"{id}-title\">{html.Encode(title)}</title><desc id=\"{id}-desc\">{html.Encode(description)}</desc>"));
        for (var v = 1; v <= 5; v++)
        {
            svg.Append(Invariant($"<line class=\"spbe-chart__grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(v)}\" y2=\"{Y(v)}\"/>"));
            svg.Append(Invariant($"<text class=\"spbe-chart__axis\" x=\"{Left - 8}\" y=\"{Y(v) + 4}\" text-anchor=\"end\">{v}</text>"));
        }

        for (var year = firstYear; year <= lastYear; year++)
        {
            svg.Append(Invariant($"<text class=\"spbe-chart__axis\" x=\"{X(year)}\" y=\"{Height - Bottom + 20}\" text-anchor=\"middle\">{year}</text>"));
        }

        foreach (var s in series.Where(s => s.Points.Count > 0))
        {
            var points = string.Join(" ", s.Points.OrderBy(p => p.Year).Select(p => Invariant($"{X(p.Year):0.#},{Y(p.Value):0.#}")));
            svg.Append(Invariant($"<polyline class=\"spbe-chart__line {s.CssClass}\" points=\"{points}\" fill=\"none\" stroke-dasharray=\"{s.Dash}\"/>"));
            foreach (var (year, value) in s.Points)
            {
                var label = html.Encode($"{s.Name} {year}: {format(value)}");
                svg.Append(s.Marker == "square"
                    ? Invariant($"<rect class=\"spbe-chart__point {s.CssClass}\" x=\"{X(year) - 5:0.#}\" y=\"{Y(value) - 5:0.#}\" width=\"10\" height=\"10\"><title>{label}</title></rect>")
                    : s.Marker == "circle"
                        ? Invariant($"<circle class=\"spbe-chart__point {s.CssClass}\" cx=\"{X(year):0.#}\" cy=\"{Y(value):0.#}\" r=\"5\"><title>{label}</title></circle>")
                        : Invariant($"<path class=\"spbe-chart__point {s.CssClass}\" d=\"M{X(year) - 6:0.#} {Y(value):0.#} H{X(year) + 6:0.#}\"><title>{label}</title></path>"));
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A legend entry: the line sample in the series' style, then its name.</summary>
    public static string Legend(IReadOnlyList<Series> series)
    {
        var html = new StringBuilder("<ul class=\"spbe-legend\">");
        foreach (var s in series)
        {
            html.Append(Invariant($"<li><svg width=\"36\" height=\"12\" aria-hidden=\"true\" focusable=\"false\"><line class=\"spbe-chart__line {s.CssClass}\" x1=\"2\" x2=\"34\" y1=\"6\" y2=\"6\" stroke-dasharray=\"{s.Dash}\"/></svg>"));
            html.Append(HtmlEncoder.Default.Encode(s.Name)).Append("</li>");
        }

        return html.Append("</ul>").ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
