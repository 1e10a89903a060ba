namespace Pamong.Platform.Web.Export;

/// <summary>A radar (spider) chart: an axis per label (at least three), rings at each whole value, a filled outline per series.</summary>
public static class RadarChart
{
    private const double LabelSize = 9;
    private const double LabelWidth = 110;

    private static readonly RgbColor Ink = RgbColor.Hex("#1d2a24");
    private static readonly RgbColor Grid = RgbColor.Hex("#b9c4be");

    public static void Draw(ICanvas canvas, ChartData data, double width, double height)
    {
        if (data.Labels.Count < 3)
        {
            throw new ArgumentException("A radar chart needs at least three labels.", nameof(data));
        }

        BarChart.DrawLegend(canvas, data);
        var top = BarChart.Legend(data);
        var centre = (X: width / 2, Y: top + ((height - top) / 2));
        var radius = Math.Max(20, Math.Min((width / 2) - LabelWidth - 8, ((height - top) / 2) - 30));
        var count = data.Labels.Count;

        (double X, double Y) At(int axis, double value)
        {
            var angle = (-Math.PI / 2) + (2 * Math.PI * axis / count);
            var r = radius * Math.Clamp(value, 0, data.Max) / data.Max;
            return (centre.X + (r * Math.Cos(angle)), centre.Y + (r * Math.Sin(angle)));
        }

        for (var ring = 1; ring <= (int)data.Max; ring++)
        {
            canvas.Polygon(Enumerable.Range(0, count).Select(a => At(a, ring)).ToList(), null, Grid, 0.75);
            var label = At(0, ring);
            canvas.Text(label.X + 3, label.Y - 2, ring.ToString(System.Globalization.CultureInfo.CurrentCulture), 7, color: Ink);
        }

        for (var axis = 0; axis < count; axis++)
        {
            var end = At(axis, data.Max);
            canvas.Line(centre.X, centre.Y, end.X, end.Y, Grid, 0.75);
            DrawLabel(canvas, data.Labels[axis], axis, count, centre, radius + 8);
        }

        for (var s = 0; s < data.Series.Count; s++)
        {
            var values = data.Series[s].Values;
            var points = Enumerable.Range(0, count).Select(a => At(a, a < values.Count ? values[a] ?? 0 : 0)).ToList();
            canvas.Polygon(points, data.ColorOf(s), data.ColorOf(s), 2, fillOpacity: 0.15);
            foreach (var (x, y) in points)
            {
                canvas.Rect(x - 2.5, y - 2.5, 5, 5, data.ColorOf(s));
            }
        }
    }

    private static void DrawLabel(ICanvas canvas, string label, int axis, int count, (double X, double Y) centre, double distance)
    {
        var angle = (-Math.PI / 2) + (2 * Math.PI * axis / count);
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        var anchor = cos > 0.2 ? TextAnchor.Start : cos < -0.2 ? TextAnchor.End : TextAnchor.Middle;
        var lines = TextWrap.Lines(label, LabelWidth, LabelSize, bold: false, maxLines: 3);
        var lineHeight = LabelSize * FontMetrics.LineHeight;
        var x = centre.X + (distance * cos);
        // Above the chart the text grows upwards, below it downwards, at the sides it is centred on the axis.
        var block = lines.Count * lineHeight;
        var y = centre.Y + (distance * sin) + (sin < -0.2 ? -block : sin > 0.2 ? 0 : -block / 2);
        for (var i = 0; i < lines.Count; i++)
        {
            canvas.Text(x, y + ((i + 0.8) * lineHeight), lines[i], LabelSize, anchor, color: Ink);
        }
    }
}
