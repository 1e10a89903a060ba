namespace Pamong.Platform.Web.Export;

/// <summary>
/// Bar and radar charts from the same <see cref="ChartData"/>, as accessible SVG for pages and drawn
/// natively onto a PDF. Put the numbers in a table next to the SVG (or in a &lt;details&gt;) as well.
/// </summary>
public static class Charts
{
    public static string BarSvg(ChartData data, string id, string title, string? description = null, double width = 640)
    {
        var canvas = new SvgCanvas(width, BarChart.Height(data, width));
        BarChart.Draw(canvas, data, width);
        return canvas.ToSvg(id, title, description ?? data.Describe());
    }

    public static string RadarSvg(ChartData data, string id, string title, string? description = null, double width = 560, double height = 440)
    {
        var canvas = new SvgCanvas(width, height);
        RadarChart.Draw(canvas, data, width, height);
        return canvas.ToSvg(id, title, description ?? data.Describe());
    }

    /// <summary>Draws the bar chart across the PDF's content width at the current position.</summary>
    public static void DrawBar(PdfWriter pdf, ChartData data)
    {
        var height = BarChart.Height(data, pdf.ContentWidth);
        BarChart.Draw(pdf.Canvas(height), data, pdf.ContentWidth);
    }

    /// <summary>Draws the radar chart, <paramref name="height"/> points tall, at the current position of the PDF.</summary>
    public static void DrawRadar(PdfWriter pdf, ChartData data, double height = 320) =>
        RadarChart.Draw(pdf.Canvas(height), data, pdf.ContentWidth, height);
}
