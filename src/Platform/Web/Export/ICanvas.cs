namespace Pamong.Platform.Web.Export;

/// <summary>
/// A surface the charts draw on, the same way on an SVG and on a PDF page: origin at the top left,
/// y growing downwards, one unit = one point (PDF) or one user unit (SVG).
/// </summary>
public interface ICanvas
{
    void Line(double x1, double y1, double x2, double y2, RgbColor stroke, double width = 1, bool dashed = false);

    void Rect(double x, double y, double width, double height, RgbColor? fill, RgbColor? stroke = null, double strokeWidth = 1);

    /// <summary>A closed shape; <paramref name="fillOpacity"/> below 1 lets what lies beneath show through.</summary>
    void Polygon(IReadOnlyList<(double X, double Y)> points, RgbColor? fill, RgbColor? stroke = null, double strokeWidth = 1, double fillOpacity = 1);

    /// <summary>One line of text whose baseline is at <paramref name="y"/>.</summary>
    void Text(double x, double y, string text, double size, TextAnchor anchor = TextAnchor.Start, bool bold = false, RgbColor? color = null);
}

public enum TextAnchor
{
    Start,
    Middle,
    End,
}
