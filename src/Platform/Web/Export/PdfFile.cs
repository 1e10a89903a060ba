using System.Globalization;
using System.Text;

namespace Pamong.Platform.Web.Export;

/// <summary>
/// Writes the objects of a PDF 1.4 file: catalog, page tree, the two standard fonts, shared resources,
/// document information, then a page and a content stream per page, the cross-reference table and the trailer.
/// </summary>
internal static class PdfFile
{
    private const int Catalog = 1;
    private const int PageTree = 2;
    private const int Resources = 5;
    private const int Info = 6;
    private const int FirstPage = 7;

    public static byte[] Assemble(IReadOnlyList<string> pageContents, double width, double height, IEnumerable<int> opacities, string? title)
    {
        using var file = new MemoryStream();
        var offsets = new List<long>();

        void Write(string text)
        {
            var bytes = Encoding.ASCII.GetBytes(text);
            file.Write(bytes);
        }

        void Object(int number, string body)
        {
            offsets.Add(file.Position);
            if (offsets.Count != number)
            {
                throw new InvalidOperationException("PDF objects must be written in order.");
            }

            Write(Invariant($"{number} 0 obj\n{body}\nendobj\n"));
        }

        // The binary comment tells transfer programs the file is not plain text.
        Write("%PDF-1.4\n%");
        file.Write([0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);

        var kids = string.Join(" ", Enumerable.Range(0, pageContents.Count).Select(i => Invariant($"{FirstPage + (2 * i)} 0 R")));
        Object(Catalog, Invariant($"<< /Type /Catalog /Pages {PageTree} 0 R >>"));
        Object(PageTree, Invariant($"<< /Type /Pages /Kids [{kids}] /Count {pageContents.Count} >>"));
        Object(3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        Object(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
        var states = string.Concat(opacities.Select(p =>
            Invariant($" /{PdfWriter.OpacityName(p)} << /Type /ExtGState /ca {PdfCanvas.Num(p / 100.0)} >>")));
        Object(Resources, $"<< /ProcSet [/PDF /Text] /Font << /F1 3 0 R /F2 4 0 R >> /ExtGState <<{states} >> >>");
        Object(Info, "<< /Producer (Pamong)" + (title is null ? "" : " /Title " + TextString(title)) + " >>");

        var box = $"[0 0 {PdfCanvas.Num(width)} {PdfCanvas.Num(height)}]";
        for (var i = 0; i < pageContents.Count; i++)
        {
            var page = FirstPage + (2 * i);
            Object(page, Invariant($"<< /Type /Page /Parent {PageTree} 0 R /MediaBox {box} /Resources {Resources} 0 R /Contents {page + 1} 0 R >>"));
            var content = pageContents[i];
            Object(page + 1, Invariant($"<< /Length {Encoding.ASCII.GetByteCount(content)} >>\nstream\n{content}\nendstream"));
        }

        var xref = file.Position;
        var table = new StringBuilder(Invariant($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            table.Append(Invariant($"{offset:D10} 00000 n \n"));
        }

        Write(table.ToString());
        Write(Invariant($"trailer\n<< /Size {offsets.Count + 1} /Root {Catalog} 0 R /Info {Info} 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return file.ToArray();
    }

    /// <summary>A text string for the document information: UTF-16BE with its byte-order mark, in hex.</summary>
    private static string TextString(string text) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
