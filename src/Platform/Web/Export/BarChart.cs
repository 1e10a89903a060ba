namespace Pamong.Platform.Web.Export;

/// <summary>Horizontal bars, one group per label (long labels wrap on the left), a 0–max scale, the value at each bar's end.</summary>
public static class BarChart
{
    private const double LabelSize = 9;
    private const double BarHeight = 11;
    private const double BarGap = 3;
    private const double GroupGap = 10;
    private const double LegendHeight = 18;
    private const double AxisHeight = 16;

    private static readonly RgbColor Ink = RgbColor.Hex("#1d2a24");
    private static readonly RgbColor Grid = RgbColor.Hex("#b9c4be");

    /// <summary>The height the chart needs at <paramref name="width"/>.</summary>
    public static double Height(ChartData data, double width)
    {
        var height = Legend(data) + AxisHeight + GroupGap;
        for (var i = 0; i < data.Labels.Count; i++)
        {
            height += GroupHeight(data, LabelLines(data.Labels[i], width).Count);
        }

        return height;
    }

    public static void Draw(ICanvas canvas, ChartData data, double width)
    {
        var labelWidth = LabelWidth(width);
        var left = labelWidth + 8;
        var right = width - 34;
        var top = Legend(data);
        DrawLegend(canvas, data);

        double X(double value) => left + ((right - left) * Math.Clamp(value, 0, data.Max) / data.Max);

        var bottom = Height(data, width) - AxisHeight;
        var ticks = (int)Math.Floor((data.Max / data.Step) + 1e-9);
        for (var t = 0; t <= ticks; t++)
        {
            var tick = t * data.Step;
            canvas.Line(X(tick), top, X(tick), bottom, Grid, 0.75, dashed: t > 0);
            canvas.Text(X(tick), bottom + 12, tick.ToString("#,##0.##", System.Globalization.CultureInfo.CurrentCulture), LabelSize, TextAnchor.Middle, color: Ink);
        }

        var y = top + (GroupGap / 2);
        for (var i = 0; i < data.Labels.Count; i++)
        {
            var lines = LabelLines(data.Labels[i], width);
            var height = GroupHeight(data, lines.Count);
            var textTop = y + ((height - GroupGap - (lines.Count * LabelSize * FontMetrics.LineHeight)) / 2);
            for (var l = 0; l < lines.Count; l++)
            {
                canvas.Text(labelWidth, textTop + ((l + 0.8) * LabelSize * FontMetrics.LineHeight), lines[l], LabelSize, TextAnchor.End, color: Ink);
            }

            var barsTop = y + ((height - GroupGap - BarsHeight(data)) / 2);
            for (var s = 0; s < data.Series.Count; s++)
            {
                var value = i < data.Series[s].Values.Count ? data.Series[s].Values[i] : null;
                var barY = barsTop + (s * (BarHeight + BarGap));
                if (value is { } v)
                {
                    canvas.Rect(left, barY, Math.Max(X(v) - left, 0.5), BarHeight, data.ColorOf(s));
                }

                canvas.Text((value is { } w ? X(w) : left) + 4, barY + (BarHeight * 0.78), data.FormatValue(value), LabelSize, color: Ink);
            }

            y += height;
        }

        canvas.Line(left, top, left, bottom, Ink, 1);
    }

    internal static double Legend(ChartData data) => data.Series.Count > 1 ? LegendHeight : 0;

    internal static void DrawLegend(ICanvas canvas, ChartData data)
    {
        if (data.Series.Count < 2)
        {
            return;
        }

        var x = 0.0;
        for (var s = 0; s < data.Series.Count; s++)
        {
            canvas.Rect(x, 3, 10, 10, data.ColorOf(s));
            canvas.Text(x + 14, 12, data.Series[s].Name, LabelSize, color: Ink);
            x += 14 + FontMetrics.Width(data.Series[s].Name, LabelSize) + 16;
        }
    }

    private static double LabelWidth(double width) => Math.Min(220, width * 0.38);

    private static IReadOnlyList<string> LabelLines(string label, double width) => TextWrap.Lines(label, LabelWidth(width), LabelSize, bold: false, maxLines: 2);

    private static double BarsHeight(ChartData data) => (data.Series.Count * (BarHeight + BarGap)) - BarGap;

    private static double GroupHeight(ChartData data, int labelLines) =>
        Math.Max(BarsHeight(data), labelLines * LabelSize * FontMetrics.LineHeight) + GroupGap;
}
