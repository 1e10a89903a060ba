using System.Globalization;
using System.Text;

namespace Pamong.Platform.Web.Export;

/// <summary>
/// Draws on one PDF page inside a box (see <see cref="PdfWriter.Canvas"/>): coordinates are points
/// from the box's top-left corner, turned into PDF's bottom-left page coordinates here.
/// </summary>
public sealed class PdfCanvas : ICanvas
{
    private readonly StringBuilder _content;
    private readonly ISet<int> _opacities;
    private readonly double _left;
    private readonly double _top;
    private readonly double _pageHeight;

    internal PdfCanvas(StringBuilder content, ISet<int> opacities, double pageHeight, double left, double top, double width, double height)
    {
        (_content, _opacities, _pageHeight, _left, _top) = (content, opacities, pageHeight, left, top);
        (Width, Height) = (width, height);
    }

    public double Width { get; }

    public double Height { get; }

    public void Line(double x1, double y1, double x2, double y2, RgbColor stroke, double width = 1, bool dashed = false)
    {
        _content.Append("q ").Append(Stroke(stroke)).Append(Num(width)).Append(" w ");
        if (dashed)
        {
            _content.Append("[3 2] 0 d ");
        }

        _content.Append(Point(x1, y1)).Append(" m ").Append(Point(x2, y2)).Append(" l S Q\n");
    }

    public void Rect(double x, double y, double width, double height, RgbColor? fill, RgbColor? stroke = null, double strokeWidth = 1)
    {
        if (fill is null && stroke is null)
        {
            return;
        }

        _content.Append("q ").Append(Paint(fill, stroke, strokeWidth))
            .Append(Num(_left + x)).Append(' ').Append(Num(_pageHeight - _top - y - height)).Append(' ')
            .Append(Num(width)).Append(' ').Append(Num(height)).Append(" re ").Append(Operator(fill, stroke)).Append(" Q\n");
    }

    public void Polygon(IReadOnlyList<(double X, double Y)> points, RgbColor? fill, RgbColor? stroke = null, double strokeWidth = 1, double fillOpacity = 1)
    {
        if (points.Count < 2 || (fill is null && stroke is null))
        {
            return;
        }

        if (fill is not null && fillOpacity < 1)
        {
            // Transparent fill first, then the outline at full strength.
            var percent = (int)Math.Round(Math.Clamp(fillOpacity, 0, 1) * 100);
            _opacities.Add(percent);
            _content.Append("q /").Append(PdfWriter.OpacityName(percent)).Append(" gs ").Append(Paint(fill, null, 0));
            Path(points);
            _content.Append("f Q\n");
            fill = null;
            if (stroke is null)
            {
                return;
            }
        }

        _content.Append("q ").Append(Paint(fill, stroke, strokeWidth));
        Path(points);
        _content.Append(Operator(fill, stroke)).Append(" Q\n");
    }

    public void Text(double x, double y, string text, double size, TextAnchor anchor = TextAnchor.Start, bool bold = false, RgbColor? color = null)
    {
        var clean = WinAnsi.Clean(text).Replace('\n', ' ');
        var width = FontMetrics.Width(clean, size, bold);
        var left = anchor switch
        {
            TextAnchor.Middle => x - (width / 2),
            TextAnchor.End => x - width,
            _ => x,
        };
        _content.Append("BT /").Append(bold ? "F2 " : "F1 ").Append(Num(size)).Append(" Tf ").Append(Fill(color ?? RgbColor.Black))
            .Append("1 0 0 1 ").Append(Point(left, y)).Append(" Tm ").Append(Literal(clean)).Append(" Tj ET\n");
    }

    /// <summary>
    /// A QR code of <paramref name="text"/> in a square of <paramref name="size"/> points at (x, y), drawn as filled
    /// rectangles (no image): each row's runs of dark modules become one rectangle. Includes the quiet zone.
    /// </summary>
    public void QrCode(double x, double y, double size, string text, RgbColor? color = null)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCoder.QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var module = size / modules.Count;
        _content.Append("q ").Append(Fill(color ?? RgbColor.Black));
        for (var row = 0; row < modules.Count; row++)
        {
            var cells = modules[row];
            for (var column = 0; column < cells.Count; column++)
            {
                if (!cells[column])
                {
                    continue;
                }

                var run = column;
                while (run + 1 < cells.Count && cells[run + 1])
                {
                    run++;
                }

                var top = y + (row * module);
                _content.Append(Num(_left + x + (column * module))).Append(' ').Append(Num(_pageHeight - _top - top - module)).Append(' ')
                    .Append(Num((run - column + 1) * module)).Append(' ').Append(Num(module)).Append(" re ");
                column = run;
            }
        }

        _content.Append("f Q\n");
    }

    /// <summary>A PDF string literal: WinAnsi bytes, with brackets, backslashes and non-ASCII bytes escaped.</summary>
    internal static string Literal(string clean)
    {
        var literal = new StringBuilder("(");
        foreach (var b in WinAnsi.Encode(clean))
        {
            if (b is (byte)'(' or (byte)')' or (byte)'\\')
            {
                literal.Append('\\').Append((char)b);
            }
            else if (b is < 32 or > 126)
            {
                literal.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
            }
            else
            {
                literal.Append((char)b);
            }
        }

        return literal.Append(')').ToString();
    }

    internal static string Num(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private void Path(IReadOnlyList<(double X, double Y)> points)
    {
        _content.Append(Point(points[0].X, points[0].Y)).Append(" m ");
        foreach (var (x, y) in points.Skip(1))
        {
            _content.Append(Point(x, y)).Append(" l ");
        }

        _content.Append("h ");
    }

    private string Point(double x, double y) => Num(_left + x) + " " + Num(_pageHeight - _top - y);

    private static string Paint(RgbColor? fill, RgbColor? stroke, double strokeWidth) =>
        (fill is { } f ? Fill(f) : "") + (stroke is { } s ? Stroke(s) + Num(strokeWidth) + " w " : "");

    private static string Operator(RgbColor? fill, RgbColor? stroke) => (fill, stroke) switch
    {
        (not null, not null) => "B",
        (not null, null) => "f",
        _ => "S",
    };

    private static string Fill(RgbColor c) => Rgb(c) + " rg ";

    private static string Stroke(RgbColor c) => Rgb(c) + " RG ";

    private static string Rgb(RgbColor c) => Num(c.R / 255.0) + " " + Num(c.G / 255.0) + " " + Num(c.B / 255.0);
}
