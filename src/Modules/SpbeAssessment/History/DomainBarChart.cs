using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Pamong.SpbeAssessment.History;

/// <summary>
/// A server-rendered SVG bar chart of domain values (0–5): for each domain a self-assessment bar and an official
/// bar, each labelled with its value so the chart reads without colour.
/// </summary>
public static class DomainBarChart
{
    public sealed record Bar(string Code, string Name, decimal? Self, decimal? Official);

    private const double Width = 720, Label = 200, Right = 150, BarHeight = 16, Gap = 4, GroupGap = 18, Top = 8;

    public static string Render(string id, string title, string description, IReadOnlyList<Bar> bars, string selfName, string officialName, Func<decimal, string> format)
    {
        var html = HtmlEncoder.Default;
        var height = Top + (bars.Count * ((2 * BarHeight) + Gap + GroupGap));
        double W(decimal value) => (double)value * (Width - Label - Right) / 5;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"spbe-chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append(Invariant($"<title id=\"{id}-title\">{html.Encode(title)}</title><desc id=\"{id}-desc\">{html.Encode(description)}</desc>"));
        var y = Top;
        foreach (var bar in bars)
        {
            svg.Append(Invariant($"<text class=\"spbe-chart__axis\" x=\"{Label - 8}\" y=\"{y + BarHeight + 2}\" text-anchor=\"end\">{html.Encode(bar.Code + " " + Shorten(bar.Name))}</text>"));
            Append(svg, y, bar.Self, "spbe-chart--self", selfName, bar, W, format);
            Append(svg, y + BarHeight + Gap, bar.Official, "spbe-chart--official", officialName, bar, W, format);
            y += (2 * BarHeight) + Gap + GroupGap;
        }

        return svg.Append("</svg>").ToString();
    }

    private static void Append(StringBuilder svg, double y, decimal? value, string css, string series, Bar bar, Func<decimal, double> width, Func<decimal, string> format)
    {
        var html = HtmlEncoder.Default;
        var text = value is { } v ? format(v) : "—";
        var w = value is { } known ? width(known) : 0;
        svg.Append(Invariant($"<rect class=\"spbe-chart__bar {css}\" x=\"{Label}\" y=\"{y}\" width=\"{w:0.#}\" height=\"{BarHeight}\"><title>{html.Encode($"{bar.Code} {series}: {text}")}</title></rect>"));
        svg.Append(Invariant($"<text class=\"spbe-chart__value\" x=\"{Label + w + 6:0.#}\" y=\"{y + BarHeight - 3}\">{html.Encode(text + " (" + series + ")")}</text>"));
    }

    private static string Shorten(string name) => name.Length <= 28 ? name : name[..27] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
