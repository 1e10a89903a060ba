using System.Globalization;
using System.Text;

namespace Pamong.Platform.Web.Export;

/// <summary>
/// A small PDF 1.4 writer for printable reports, without dependencies: A4 pages (portrait or landscape),
/// the standard Helvetica fonts in WinAnsiEncoding, and a flow layout that fills pages top to bottom —
/// title, headings, paragraphs, key–value lists, tables whose header repeats on every page, and boxes to
/// draw charts in (<see cref="Canvas"/>). Every page gets the footer line and "Halaman n dari m".
/// <code>
/// var pdf = new PdfWriter { Footer = "Pemerintah Kabupaten Banyuwangi · dicetak 23 November 2026" };
/// pdf.Title("Formulir 3.0 Penilaian Risiko");
/// pdf.Table([new("No", 1), new("Risiko", 6)], rows);
/// return File(pdf.ToBytes(), "application/pdf");
/// </code>
/// </summary>
public sealed class PdfWriter
{
    public const double A4Short = 595.28;
    public const double A4Long = 841.89;
    public const double Margin = 48;

    private const double BodySize = 10;
    private const double TableSize = 8.5;
    private const double CellPadding = 3;
    private const double FooterSpace = 18;

    private static readonly RgbColor Ink = RgbColor.Hex("#1d2a24");
    private static readonly RgbColor Muted = RgbColor.Hex("#4a5a52");
    private static readonly RgbColor Rule = RgbColor.Hex("#9aa8a1");
    private static readonly RgbColor HeaderFill = RgbColor.Hex("#e3ebe7");

    private readonly List<StringBuilder> _pages = [];
    private readonly SortedSet<int> _opacities = [];
    private double _y;

    public PdfWriter(bool landscape = false) =>
        (PageWidth, PageHeight) = landscape ? (A4Long, A4Short) : (A4Short, A4Long);

    public double PageWidth { get; }

    public double PageHeight { get; }

    public double ContentWidth => PageWidth - (2 * Margin);

    /// <summary>Printed at the bottom left of every page, e.g. "Pemerintah Kabupaten Banyuwangi · dicetak 23 November 2026".</summary>
    public string? Footer { get; set; }

    /// <summary>The page number at the bottom right; {0} is the page, {1} the page count.</summary>
    public string PageNumberFormat { get; set; } = "Halaman {0} dari {1}";

    /// <summary>The document title in the PDF's properties.</summary>
    public string? DocumentTitle { get; set; }

    public int PageCount => _pages.Count;

    /// <summary>
    /// When set, <see cref="ToBytes"/> reserves room for a digital signature; complete it with
    /// <see cref="PdfSignaturePlaceholder.Fill"/> (the platform's signing service does both).
    /// </summary>
    public PdfSignatureSlot? Signature { get; set; }

    /// <summary>Where the next block would start, in points from the top of the current page.</summary>
    public double Position => _y;

    /// <summary>The room left on the current page above the footer, in points.</summary>
    public double RoomLeft => _pages.Count == 0 ? Bottom - Margin : Bottom - _y;

    private double Bottom => PageHeight - Margin - FooterSpace;

    private StringBuilder Page => _pages.Count > 0 ? _pages[^1] : NewPageContent();

    public void Title(string text)
    {
        DocumentTitle ??= text;
        Lines(text, 16, bold: true, ContentWidth, Margin, Ink);
        _y += 6;
    }

    public void Heading(string text)
    {
        if (_y > Margin)
        {
            _y += 8;
        }

        // Keep a heading with at least a few lines of what follows it.
        EnsureRoom(12 * FontMetrics.LineHeight + (3 * BodySize * FontMetrics.LineHeight));
        Lines(text, 12, bold: true, ContentWidth, Margin, Ink);
        _y += 3;
    }

    public void Paragraph(string text, double size = BodySize, bool muted = false)
    {
        Lines(text, size, bold: false, ContentWidth, Margin, muted ? Muted : Ink);
        _y += size * 0.6;
    }

    /// <summary>Pairs printed as two columns: the key in bold on the left, the value wrapped on the right.</summary>
    public void KeyValues(IEnumerable<(string Key, string Value)> pairs)
    {
        var keyWidth = ContentWidth * 0.32;
        var lineHeight = BodySize * FontMetrics.LineHeight;
        foreach (var (key, value) in pairs)
        {
            var keyLines = TextWrap.Lines(WinAnsi.Clean(key), keyWidth - 8, BodySize, bold: true);
            var valueLines = TextWrap.Lines(WinAnsi.Clean(value), ContentWidth - keyWidth, BodySize);
            var rows = Math.Max(keyLines.Count, valueLines.Count);
            for (var i = 0; i < rows; i++)
            {
                EnsureRoom(lineHeight);
                var canvas = CanvasAt(_y, lineHeight);
                if (i < keyLines.Count)
                {
                    canvas.Text(0, BodySize, keyLines[i], BodySize, bold: true, color: Ink);
                }

                if (i < valueLines.Count)
                {
                    canvas.Text(keyWidth, BodySize, valueLines[i], BodySize, color: Ink);
                }

                _y += lineHeight;
            }

            _y += 2;
        }

        _y += 4;
    }

    /// <summary>
    /// A table with a header row; rows that do not fit continue on the next page under a repeated header.
    /// A row taller than a whole page is cut to fit (its last line ends with "…").
    /// </summary>
    public void Table(IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<PdfCell>> rows)
    {
        var total = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => ContentWidth * c.Weight / total).ToArray();
        var header = columns.Select(c => new PdfCell(c.Header, HeaderFill, Bold: true)).ToList();
        var headerHeight = RowHeight(header, widths, int.MaxValue);
        EnsureRoom(headerHeight + (TableSize * FontMetrics.LineHeight) + (2 * CellPadding));
        DrawRow(header, columns, widths, headerHeight, int.MaxValue);
        foreach (var row in rows)
        {
            var maxLines = (int)((Bottom - Margin - headerHeight - (2 * CellPadding)) / (TableSize * FontMetrics.LineHeight));
            var height = RowHeight(row, widths, maxLines);
            if (_y + height > Bottom)
            {
                NewPage();
                DrawRow(header, columns, widths, headerHeight, int.MaxValue);
            }

            DrawRow(row, columns, widths, height, maxLines);
        }

        _y += 8;
    }

    /// <summary>Reserves a box of <paramref name="height"/> points across the content width (on a new page when needed) to draw in.</summary>
    public PdfCanvas Canvas(double height)
    {
        EnsureRoom(height);
        var canvas = CanvasAt(_y, height);
        _y += height + 6;
        return canvas;
    }

    public void Space(double points) => _y += points;

    public void NewPage() => NewPageContent();

    public byte[] ToBytes()
    {
        _ = Page;
        for (var i = 0; i < _pages.Count; i++)
        {
            DrawFooter(_pages[i], i + 1);
        }

        var contents = _pages.Select(p => p.ToString()).ToList();
        foreach (var page in _pages)
        {
            page.Clear();
        }

        _pages.Clear();
        return PdfFile.Assemble(contents, PageWidth, PageHeight, _opacities, DocumentTitle, Signature);
    }

    internal static string OpacityName(int percent) => "GA" + percent.ToString(CultureInfo.InvariantCulture);

    private StringBuilder NewPageContent()
    {
        var page = new StringBuilder();
        _pages.Add(page);
        _y = Margin;
        return page;
    }

    private void EnsureRoom(double height)
    {
        if (_pages.Count == 0 || (_y + height > Bottom && _y > Margin))
        {
            NewPage();
        }
    }

    private PdfCanvas CanvasAt(double top, double height) => new(Page, _opacities, PageHeight, Margin, top, ContentWidth, height);

    private void Lines(string text, double size, bool bold, double width, double left, RgbColor color)
    {
        var lineHeight = size * FontMetrics.LineHeight;
        foreach (var line in TextWrap.Lines(WinAnsi.Clean(text), width, size, bold))
        {
            EnsureRoom(lineHeight);
            new PdfCanvas(Page, _opacities, PageHeight, left, _y, width, lineHeight).Text(0, size, line, size, bold: bold, color: color);
            _y += lineHeight;
        }
    }

    private static double RowHeight(IReadOnlyList<PdfCell> row, double[] widths, int maxLines)
    {
        var lines = 1;
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < row.Count ? row[i] : new PdfCell("");
            lines = Math.Max(lines, TextWrap.Lines(WinAnsi.Clean(cell.Text), widths[i] - (2 * CellPadding), TableSize, cell.Bold, maxLines).Count);
        }

        return (lines * TableSize * FontMetrics.LineHeight) + (2 * CellPadding);
    }

    private void DrawRow(IReadOnlyList<PdfCell> row, IReadOnlyList<PdfColumn> columns, double[] widths, double height, int maxLines)
    {
        var canvas = CanvasAt(_y, height);
        var x = 0.0;
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < row.Count ? row[i] : new PdfCell("");
            canvas.Rect(x, 0, widths[i], height, cell.Fill, Rule, 0.5);
            var lines = TextWrap.Lines(WinAnsi.Clean(cell.Text), widths[i] - (2 * CellPadding), TableSize, cell.Bold, maxLines);
            var baseline = CellPadding + (TableSize * FontMetrics.CapHeight) + 1;
            foreach (var line in lines)
            {
                var (at, anchor) = columns[i].Align switch
                {
                    PdfAlign.Right => (x + widths[i] - CellPadding, TextAnchor.End),
                    PdfAlign.Center => (x + (widths[i] / 2), TextAnchor.Middle),
                    _ => (x + CellPadding, TextAnchor.Start),
                };
                canvas.Text(at, baseline, line, TableSize, anchor, cell.Bold, Ink);
                baseline += TableSize * FontMetrics.LineHeight;
            }

            x += widths[i];
        }

        _y += height;
    }

    private void DrawFooter(StringBuilder page, int number)
    {
        var canvas = new PdfCanvas(page, _opacities, PageHeight, Margin, PageHeight - Margin - 8, ContentWidth, 20);
        canvas.Line(0, 0, ContentWidth, 0, Rule, 0.5);
        if (Footer is not null)
        {
            canvas.Text(0, 12, Footer, 8, color: Muted);
        }

        var label = string.Format(CultureInfo.InvariantCulture, PageNumberFormat, number, _pages.Count);
        canvas.Text(ContentWidth, 12, label, 8, TextAnchor.End, color: Muted);
    }
}
