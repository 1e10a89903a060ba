using Pamong.Platform.Web.Export;

namespace Pamong.Platform.Signing.Documents;

/// <summary>
/// What the issuer adds under a document's body: the QR code that opens the verification page, and who signed it
/// electronically, with which certificate, and where to check it (the URL and the code, for those who cannot scan).
/// </summary>
internal static class SignatureBlock
{
    public const double Height = 112;
    private const double QrSize = 104;
    private static readonly RgbColor Ink = RgbColor.Hex("#1d2a24");
    private static readonly RgbColor Muted = RgbColor.Hex("#4a5a52");

    public static void Draw(PdfWriter pdf, string url, string code, string signer, string unit, string certificateIssuer, string signedAt)
    {
        pdf.Space(10);
        var canvas = pdf.Canvas(Height);
        canvas.Rect(0, 0, canvas.Width, Height, null, RgbColor.Hex("#9aa8a1"), 0.5);
        canvas.QrCode(4, 4, QrSize, url);
        var x = QrSize + 14;
        var y = 18.0;
        void Line(string text, double size, bool bold = false, bool muted = false)
        {
            canvas.Text(x, y, text, size, bold: bold, color: muted ? Muted : Ink);
            y += size * 1.45;
        }

        Line("Ditandatangani secara elektronik oleh", 8.5, muted: true);
        Line(signer, 11, bold: true);
        Line(unit, 9);
        Line("Waktu: " + signedAt, 8.5, muted: true);
        Line("Sertifikat diterbitkan oleh " + certificateIssuer, 8, muted: true);
        Line("Periksa keaslian dengan memindai kode QR atau membuka:", 8, muted: true);
        Line(url, 8);
        Line("Kode verifikasi: " + code, 8, bold: true);
    }
}
