using System.Globalization;
using System.Text;

namespace Pamong.Platform.Web.Export;

/// <summary>
/// Writes the objects of a PDF 1.4 file: catalog, page tree, the two standard fonts, shared resources,
/// document information, then a page and a content stream per page, the cross-reference table and the trailer.
/// With a <see cref="PdfSignatureSlot"/>, the catalog gets an /AcroForm with one signature field (an invisible
/// widget on the last page) whose signature dictionary holds placeholders for /ByteRange and /Contents.
/// </summary>
internal static class PdfFile
{
    private const int Catalog = 1;
    private const int PageTree = 2;
    private const int Resources = 5;
    private const int Info = 6;
    private const int FirstPage = 7;

    public static byte[] Assemble(IReadOnlyList<string> pageContents, double width, double height, IEnumerable<int> opacities, string? title, PdfSignatureSlot? signature = null)
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
        var form = FirstPage + (2 * pageContents.Count);
        var widget = form + 1;
        var lastPage = FirstPage + (2 * (pageContents.Count - 1));
        Object(Catalog, signature is null
            ? Invariant($"<< /Type /Catalog /Pages {PageTree} 0 R >>")
            : Invariant($"<< /Type /Catalog /Pages {PageTree} 0 R /AcroForm {form} 0 R >>"));
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
            var annots = signature is not null && page == lastPage ? Invariant($" /Annots [{widget} 0 R]") : "";
            Object(page, Invariant($"<< /Type /Page /Parent {PageTree} 0 R /MediaBox {box} /Resources {Resources} 0 R /Contents {page + 1} 0 R{annots} >>"));
            var content = pageContents[i];
            Object(page + 1, Invariant($"<< /Length {Encoding.ASCII.GetByteCount(content)} >>\nstream\n{content}\nendstream"));
        }

        if (signature is not null)
        {
            var value = widget + 1;
            var appearance = widget + 2;
            Object(form, Invariant($"<< /Fields [{widget} 0 R] /SigFlags 3 >>"));
            Object(widget, Invariant($"<< /Type /Annot /Subtype /Widget /FT /Sig /T {PdfCanvas.Literal(WinAnsi.Clean(signature.FieldName))} /V {value} 0 R /F 132 /Rect [0 0 0 0] /P {lastPage} 0 R /AP << /N {appearance} 0 R >> >>"));
            Object(value, "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached"
                + " /Name " + TextString(signature.SignerName) + " /Reason " + TextString(signature.Reason)
                + " /Location " + TextString(signature.Location) + " /M " + PdfDate(signature.SignedAt)
                + " " + PdfSignaturePlaceholder.ByteRangeMarker
                + " /Contents <" + new string('0', signature.ContentsCapacity * 2) + "> >>");
            Object(appearance, "<< /Type /XObject /Subtype /Form /BBox [0 0 0 0] /Length 0 >>\nstream\n\nendstream");
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

    /// <summary>A PDF date, e.g. (D:20261123090000+07'00').</summary>
    private static string PdfDate(DateTimeOffset at)
    {
        var offset = at.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        return Invariant($"(D:{at:yyyyMMddHHmmss}{sign}{Math.Abs(offset.Hours):D2}'{Math.Abs(offset.Minutes):D2}')");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
