namespace Pamong.Platform.Web.Export;

/// <summary>
/// Asks <see cref="PdfWriter"/> to reserve room for one digital signature: a signature field in /AcroForm
/// (an invisible widget on the last page; the visible block is drawn in the page by the signer), and a
/// signature dictionary whose /ByteRange and /Contents are placeholders that <see cref="PdfSignaturePlaceholder.Fill"/>
/// completes once the signature over the finished file is known.
/// </summary>
public sealed record PdfSignatureSlot(string SignerName, string Reason, string Location, DateTimeOffset SignedAt)
{
    /// <summary>Bytes reserved for the CMS signature (written as hex, so the placeholder is twice as long).</summary>
    public int ContentsCapacity { get; init; } = 16384;

    /// <summary>The field's name in /AcroForm.</summary>
    public string FieldName { get; init; } = "TandaTanganElektronik";
}
