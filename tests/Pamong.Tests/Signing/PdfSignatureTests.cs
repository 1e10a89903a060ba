using System.Security.Cryptography.X509Certificates;
using Pamong.Platform.Signing;
using Pamong.Platform.Signing.Certificates;
using Pamong.Platform.Web.Export;
using Pamong.Tests.Web;

namespace Pamong.Tests.Signing;

public sealed class PdfSignatureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
    private static readonly X509Certificate2 Root = CertificateFactory.CreateRoot("Pemerintah Kabupaten Contoh", DateTimeOffset.UtcNow);

    private static byte[] SignedLetter(SigningKeyType type, out X509Certificate2 signer)
    {
        signer = CertificateFactory.Issue(Root, "Desa Contoh", null, "Pemerintah Kabupaten Contoh", type, DateTimeOffset.UtcNow);
        var pdf = new PdfWriter();
        pdf.Title("Surat Keterangan Domisili");
        pdf.Paragraph("Yang bertanda tangan di bawah ini menerangkan bahwa warga tersebut berdomisili di Desa Contoh.");
        pdf.Canvas(100).QrCode(0, 0, 100, "https://contoh.example/verifikasi/ABCDEFGHJKLMNPQRSTUVWXYZ");
        pdf.Signature = new PdfSignatureSlot("Desa Contoh", "Surat nomor 470/1/2026", "Desa Contoh", Now.ToOffset(TimeSpan.FromHours(7)));
        var key = signer;
        var chain = new X509Certificate2Collection(X509CertificateLoader.LoadCertificate(Root.RawData));
        return PdfSignaturePlaceholder.Fill(pdf.ToBytes(), bytes => CmsSignature.Sign(bytes, key, chain, Now));
    }

    [Theory]
    [InlineData(SigningKeyType.EcdsaP256)]
    [InlineData(SigningKeyType.Rsa3072)]
    public void Signature_covers_the_whole_file_but_its_contents_and_verifies_with_a_chain_to_the_root(SigningKeyType type)
    {
        var pdf = SignedLetter(type, out var signer);
        PdfInspection.AssertWellFormed(pdf);
        var parsed = SignedPdf.Parse(pdf);

        Assert.Contains("/Type /Sig", parsed.Dictionary, StringComparison.Ordinal);
        Assert.Contains("/Filter /Adobe.PPKLite", parsed.Dictionary, StringComparison.Ordinal);
        Assert.Contains("/SubFilter /adbe.pkcs7.detached", parsed.Dictionary, StringComparison.Ordinal);
        Assert.Contains("/AcroForm", PdfInspection.Raw(pdf), StringComparison.Ordinal);
        Assert.Contains("/FT /Sig", PdfInspection.Raw(pdf), StringComparison.Ordinal);

        parsed.Cms.CheckSignature(verifySignatureOnly: true);
        var embedded = parsed.Cms.SignerInfos[0].Certificate!;
        Assert.Equal(signer.Thumbprint, embedded.Thumbprint);
        Assert.Contains(parsed.Cms.Certificates.Cast<X509Certificate2>(), c => c.Thumbprint == Root.Thumbprint);
        SignedPdf.AssertChainsTo(embedded, parsed.Cms.Certificates, Root);

        var check = PdfSignatureCheck.Check(pdf, Root);
        Assert.True(check is { Found: true, Valid: true, CoversWholeFile: true, ChainsToRoot: true });
    }

    [Fact]
    public void A_changed_byte_in_the_signed_range_breaks_the_signature()
    {
        var pdf = SignedLetter(SigningKeyType.EcdsaP256, out _);
        var at = PdfInspection.Raw(pdf).IndexOf("Domisili", StringComparison.Ordinal);
        pdf[at] = (byte)'d';

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => SignedPdf.Parse(pdf).Cms.CheckSignature(true));
        Assert.False(PdfSignatureCheck.Check(pdf, Root).Valid);
    }

    [Fact]
    public void Bytes_appended_after_signing_are_not_covered()
    {
        var pdf = SignedLetter(SigningKeyType.EcdsaP256, out _);
        var longer = pdf.Concat("% appended\n"u8.ToArray()).ToArray();
        var check = PdfSignatureCheck.Check(longer, Root);
        Assert.True(check.Valid);
        Assert.False(check.CoversWholeFile);
    }

    [Fact]
    public void A_certificate_from_another_root_does_not_chain_to_the_pemda_root()
    {
        var pdf = SignedLetter(SigningKeyType.EcdsaP256, out _);
        using var other = CertificateFactory.CreateRoot("Pemerintah Kabupaten Lain", DateTimeOffset.UtcNow);
        Assert.False(PdfSignatureCheck.Check(pdf, other).ChainsToRoot);
    }

    [Fact]
    public void An_unsigned_pdf_has_no_signature()
    {
        var pdf = new PdfWriter();
        pdf.Title("Tanpa tanda tangan");
        Assert.False(PdfSignatureCheck.Check(pdf.ToBytes()).Found);
    }

    [Fact]
    public void Qr_code_is_drawn_as_filled_rectangles()
    {
        var pdf = new PdfWriter();
        pdf.Canvas(100).QrCode(0, 0, 100, "https://contoh.example/verifikasi/ABC");
        var raw = PdfInspection.Raw(pdf.ToBytes());
        Assert.True(System.Text.RegularExpressions.Regex.Count(raw, " re ") > 50);
    }

    [SkippableTheory]
    [InlineData(SigningKeyType.EcdsaP256)]
    [InlineData(SigningKeyType.Rsa3072)]
    public void Poppler_pdfsig_says_the_signature_is_valid(SigningKeyType type)
    {
        var report = SignedPdf.PdfSigReport(SignedLetter(type, out _));
        Skip.If(report is null, "poppler's pdfsig is not installed (scripts/prepare-test-machine.sh installs poppler-utils).");
        Assert.Contains("Signature is Valid", report, StringComparison.Ordinal);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
    }
}
