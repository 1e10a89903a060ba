using System.Globalization;
using System.Text;

namespace Pamong.Platform.Web.Export;

/// <summary>
/// Completes the signature a <see cref="PdfSignatureSlot"/> reserved: finds the placeholders, writes the
/// /ByteRange (everything but the /Contents hex string), asks for the signature over those bytes and writes it
/// into /Contents. The file's length and every offset stay as they were.
/// </summary>
public static class PdfSignaturePlaceholder
{
    /// <summary>The placeholder written for /ByteRange: fixed width, so the real numbers fit in place.</summary>
    internal const string ByteRangeMarker = "/ByteRange [0 0000000000 0000000000 0000000000]";

    public static byte[] Fill(byte[] pdf, Func<byte[], byte[]> sign)
    {
        var marker = Encoding.ASCII.GetBytes(ByteRangeMarker);
        var rangeAt = pdf.AsSpan().LastIndexOf(marker);
        if (rangeAt < 0)
        {
            throw new InvalidOperationException("The PDF has no signature placeholder.");
        }

        var contentsKey = Encoding.ASCII.GetBytes("/Contents <");
        var contentsAt = pdf.AsSpan(rangeAt).IndexOf(contentsKey);
        if (contentsAt < 0)
        {
            throw new InvalidOperationException("The signature placeholder has no /Contents.");
        }

        var start = rangeAt + contentsAt + contentsKey.Length - 1; // the '<'
        var end = Array.IndexOf(pdf, (byte)'>', start) + 1;      // after the '>'
        var range = string.Create(CultureInfo.InvariantCulture, $"/ByteRange [0 {start,10} {end,10} {pdf.Length - end,10}]");
        if (range.Length != marker.Length)
        {
            throw new InvalidOperationException("The file is too large for the signature placeholder.");
        }

        var result = (byte[])pdf.Clone();
        Encoding.ASCII.GetBytes(range).CopyTo(result, rangeAt);

        var signed = new byte[start + (result.Length - end)];
        Array.Copy(result, 0, signed, 0, start);
        Array.Copy(result, end, signed, start, result.Length - end);
        var signature = sign(signed);
        var capacity = (end - start - 2) / 2;
        if (signature.Length > capacity)
        {
            throw new InvalidOperationException($"The signature ({signature.Length} bytes) is larger than the room reserved ({capacity} bytes).");
        }

        Encoding.ASCII.GetBytes(Convert.ToHexString(signature)).CopyTo(result, start + 1);
        return result;
    }
}
