using System.Globalization;
using Pamong.Platform.Web.Export;
using Pamong.SpbeAssessment.Architecture.Applications;
using Pamong.SpbeAssessment.Architecture.Integrations;

namespace Pamong.SpbeAssessment.Architecture.Map;

/// <summary>
/// Draws which applications exchange data as an SVG graph: the applications as boxes on a circle, grouped
/// by owning OPD (so the same data always gives the same picture), the integrations as arrows labelled
/// with the data they carry. The page shows the same facts as a table.
/// </summary>
public static class ArchitectureMap
{
    private const double NodeWidth = 170;
    private const double NodeHeight = 48;
    private const double TextSize = 11;
    private const double LabelSize = 10;
    private const double Pad = 16;

    private static readonly RgbColor Ink = RgbColor.Hex("#1d2a24");
    private static readonly RgbColor Edge = RgbColor.Hex("#4a5a52");
    private static readonly RgbColor Planned = RgbColor.Hex("#8a5a00");

    /// <summary>Where each application's box sits (its centre), keyed by application key.</summary>
    public static IReadOnlyDictionary<string, (double X, double Y)> Layout(IReadOnlyList<ApplicationRow> applications, out double width, out double height)
    {
        var ordered = applications.OrderBy(a => a.OwnerName ?? "", StringComparer.Ordinal).ThenBy(a => !a.Automatic).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
        var count = Math.Max(ordered.Count, 1);
        // Neighbours on the circle stay a box width apart.
        var radius = Math.Max(200, count * (NodeWidth + 80) / (2 * Math.PI));
        width = (2 * radius) + NodeWidth + (2 * Pad);
        height = (2 * radius) + NodeHeight + (2 * Pad);
        var centre = (X: width / 2, Y: height / 2);
        var places = new Dictionary<string, (double X, double Y)>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var angle = (-Math.PI / 2) + (2 * Math.PI * i / count);
            places[ordered[i].Key] = (centre.X + (radius * Math.Cos(angle)), centre.Y + (radius * Math.Sin(angle)));
        }

        return places;
    }

    public static string Svg(IReadOnlyList<ApplicationRow> applications, IReadOnlyList<IntegrationRow> integrations, string id, string title, string description)
    {
        var places = Layout(applications, out var width, out var height);
        var canvas = new SvgCanvas(width, height);
        foreach (var integration in integrations)
        {
            if (places.TryGetValue(integration.From, out var from) && places.TryGetValue(integration.To, out var to))
            {
                var reverse = integrations.Any(i => i.From == integration.To && i.To == integration.From);
                DrawEdge(canvas, id, from, to, integration, reverse);
            }
        }

        foreach (var application in applications)
        {
            DrawNode(canvas, application, places[application.Key]);
        }

        var defs = Invariant($"""<marker id="{id}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="{Edge.ToHex()}"/></marker>""");
        return canvas.ToSvg(id, title, description, defs);
    }

    private static void DrawNode(SvgCanvas canvas, ApplicationRow application, (double X, double Y) at)
    {
        var (fill, stroke) = application.Automatic
            ? (RgbColor.Hex("#e8f5ee"), RgbColor.Hex("#0b5d3b"))
            : application.BuiltBy == ApplicationBuilder.CentralGovernment
                ? (RgbColor.Hex("#e8eefc"), RgbColor.Hex("#1a56db"))
                : (RgbColor.White, Edge);
        canvas.Rect(at.X - (NodeWidth / 2), at.Y - (NodeHeight / 2), NodeWidth, NodeHeight, fill, stroke, application.Automatic ? 2 : 1.25);
        var lines = TextWrap.Lines(application.Name, NodeWidth - 10, TextSize, bold: true, maxLines: 2);
        var top = at.Y - (lines.Count * TextSize * FontMetrics.LineHeight / 2);
        for (var i = 0; i < lines.Count; i++)
        {
            canvas.Text(at.X, top + ((i + 0.8) * TextSize * FontMetrics.LineHeight), lines[i], TextSize, TextAnchor.Middle, bold: true, color: Ink);
        }
    }

    private static void DrawEdge(SvgCanvas canvas, string id, (double X, double Y) from, (double X, double Y) to, IntegrationRow integration, bool reverse)
    {
        var (dx, dy) = (to.X - from.X, to.Y - from.Y);
        var length = Math.Max(Math.Sqrt((dx * dx) + (dy * dy)), 1);
        // Two arrows between the same pair run side by side instead of on top of each other.
        var shift = reverse ? 9.0 : 0;
        var (nx, ny) = (-dy / length * shift, dx / length * shift);
        var start = Clip((from.X + nx, from.Y + ny), (dx, dy));
        var end = Clip((to.X + nx, to.Y + ny), (-dx, -dy));
        var colour = integration.Status == IntegrationStatus.Planned ? Planned : Edge;
        var dash = integration.Status == IntegrationStatus.Active ? "" : " stroke-dasharray=\"5 3\"";
        canvas.Raw(Invariant($"""<line x1="{N(start.X)}" y1="{N(start.Y)}" x2="{N(end.X)}" y2="{N(end.Y)}" stroke="{colour.ToHex()}" stroke-width="1.5"{dash} marker-end="url(#{id}-arrow)"/>"""));
        var label = TextWrap.Lines(integration.DataExchanged, 180, LabelSize, bold: false, maxLines: 1)[0];
        var mid = (X: ((start.X + end.X) / 2) + (nx * 1.5), Y: ((start.Y + end.Y) / 2) + (ny * 1.5));
        var labelWidth = FontMetrics.Width(label, LabelSize) + 6;
        canvas.Raw(Invariant($"""<rect x="{N(mid.X - (labelWidth / 2))}" y="{N(mid.Y - 8)}" width="{N(labelWidth)}" height="14" fill="#ffffff" fill-opacity="0.9"/>"""));
        canvas.Text(mid.X, mid.Y + 3, label, LabelSize, TextAnchor.Middle, color: Ink);
    }

    /// <summary>Where a line leaving the centre of a box in direction (dx, dy) crosses the box's edge.</summary>
    private static (double X, double Y) Clip((double X, double Y) centre, (double X, double Y) direction)
    {
        var (dx, dy) = direction;
        var scaleX = Math.Abs(dx) < 1e-9 ? double.MaxValue : (NodeWidth / 2) / Math.Abs(dx);
        var scaleY = Math.Abs(dy) < 1e-9 ? double.MaxValue : (NodeHeight / 2) / Math.Abs(dy);
        var scale = Math.Min(Math.Min(scaleX, scaleY), 1);
        return (centre.X + (dx * scale), centre.Y + (dy * scale));
    }

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
